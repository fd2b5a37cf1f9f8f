"""The one CSV writer of the app, for Excel on a shop PC: UTF-8 with a byte-order mark (so Hangul opens right),
CRLF line ends, and text that a spreadsheet would run as a formula made harmless — a shop named '=HYPERLINK(…)'
stays a name. Numbers stay numbers (a growth of -3 is not text)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

Cell = str | int | float | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Cell) -> str | int | float:
    """A cell as Excel should see it: empty for None, text starting like a formula led by an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """The whole file: BOM, header, rows (a row may be shorter — a blank row separates blocks)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")
