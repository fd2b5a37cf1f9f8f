"""Bulk entry from a spreadsheet: friend counts, messages sent from the phone and posts, one row each, in a CSV as
Excel saves it (UTF-8 with or without a byte-order mark, or CP949 — Korean Excel's 'CSV' is CP949). Columns are
found by their Korean or English names; every row goes through the same checks as typed input, and one bad row
refuses the whole file with the row and column named (the task writes nothing then)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.friend_counts import check_day, parse_count

MAX_ROWS = 20_000  # a programme's whole year is a few thousand rows; far more is a wrong file
MAX_BYTES = 10 * 1024 * 1024

# column code → the names a header may use (compared without spaces, case ignored)
COLUMNS = {
    "kind": ("종류", "kind", "type"),
    "market": ("시장", "market"),
    "shop": ("가게", "shop", "가게이름", "shopname"),
    "day": ("날짜", "date", "day"),
    "value": ("값", "value", "친구수", "count", "제목", "title"),
}
REQUIRED = ("kind", "shop", "day")
KINDS = {
    "friends": ("친구수", "친구", "friends", "count"),
    "sent": ("보낸메시지", "메시지", "sent", "message", "messages"),
    "post": ("소식", "post", "posts"),
}
TEMPLATE_HEADER = ("종류", "시장", "가게", "날짜", "값")
FORMULA = ("=", "+", "@")


@dataclass(frozen=True)
class CsvRow:
    line: int  # the row's number as the spreadsheet shows it (the header is row 1)
    kind: str  # friends, sent, post
    market: str
    shop: str
    day: date
    count: int | None  # friends only
    text: str  # a post's title, a message's words


@dataclass(frozen=True)
class CsvProblem:
    line: int
    column: str  # the column's code, '' for the whole row or file
    code: str  # an error code (error_sentences), e.g. count_not_number
    value: str


class CsvRefused(InvalidInput):
    """The file is refused; `problems` names each bad row and column (at most the first 20)."""

    code = "csv_refused"

    def __init__(self, problems: list[CsvProblem]) -> None:
        super().__init__("csv_refused", "file", detail="; ".join(
            f"{p.line}:{p.column}:{p.code}" for p in problems[:20]))
        self.problems = problems[:20]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else CP949 (Korean Excel); InvalidInput csv_encoding when neither reads."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput("csv_encoding", "file")


def parse_day(text: str) -> date:
    """2026-11-26, 2026.11.26, 2026/11/26 or 2026. 11. 26. (as Excel shows dates)."""
    found = re.fullmatch(r"\s*(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?\s*", text)
    if not found:
        raise InvalidInput("date_invalid", "date")
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        raise InvalidInput("date_invalid", "date") from None


def parse_rows(data: bytes, today: date) -> list[CsvRow]:
    """Every row checked; CsvRefused naming the first problems when any row is wrong. Blank rows, and rows whose
    value is left empty (a template's unfilled lines), are skipped."""
    if len(data) > MAX_BYTES:
        raise CsvRefused([CsvProblem(0, "", "csv_too_big", "")])
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise CsvRefused([CsvProblem(1, "", "csv_no_header", "")]) from None
    except csv.Error:
        raise CsvRefused([CsvProblem(1, "", "csv_damaged", "")]) from None
    where: dict[str, int] = {}
    for index, name in enumerate(header):
        for code, names in COLUMNS.items():
            if _squash(name) in names and code not in where:
                where[code] = index
    missing = [code for code in REQUIRED if code not in where]
    if missing:
        raise CsvRefused([CsvProblem(1, code, "csv_missing_column", "") for code in missing])
    rows: list[CsvRow] = []
    problems: list[CsvProblem] = []
    line = 1
    try:
        for cells in reader:
            line += 1
            if line > MAX_ROWS + 1:
                raise CsvRefused([CsvProblem(line, "", "csv_too_many_rows", str(MAX_ROWS))])
            if not any(c.strip() for c in cells):
                continue

            def cell(code: str, cells: list[str] = cells) -> str:
                index = where.get(code)
                return cells[index].strip() if index is not None and index < len(cells) else ""

            row = _row(line, cell, today, problems)
            if row is not None:
                rows.append(row)
            if len(problems) >= 20:
                break
    except csv.Error:
        problems.append(CsvProblem(line, "", "csv_damaged", ""))
    if problems:
        raise CsvRefused(problems)
    return rows


def _row(line: int, cell: Callable[[str], str], today: date, problems: list[CsvProblem]) -> CsvRow | None:
    found = len(problems)
    kind_text = cell("kind")
    kind = next((code for code, names in KINDS.items() if _squash(kind_text) in names), None)
    if kind is None:
        problems.append(CsvProblem(line, "kind", "csv_unknown_kind", kind_text))
    value = cell("value")
    if kind == "friends" and not value:
        return None  # a template line left empty
    if not cell("shop"):
        problems.append(CsvProblem(line, "shop", "csv_no_shop", ""))
    day: date | None = None
    try:
        if cell("day").startswith(FORMULA):
            raise InvalidInput("csv_formula", "date")
        day = check_day(parse_day(cell("day")), today)
    except InvalidInput as exc:
        problems.append(CsvProblem(line, "day", exc.code, cell("day")))
    count = None
    if kind == "friends":
        try:
            if value.startswith(FORMULA):
                raise InvalidInput("csv_formula", "count")
            count = parse_count(value)
        except InvalidInput as exc:
            problems.append(CsvProblem(line, "value", exc.code, value))
    if len(problems) > found or kind is None or day is None:
        return None
    return CsvRow(line, kind, cell("market"), cell("shop"), day, count, value if kind != "friends" else "")
