"""The one CSV writer, over every CSV the app writes: BOM, CRLF, formula-safe text, numbers left as numbers — and
read back by Python's csv module as Excel's dialect would read it."""

import csv
import io
from datetime import date

import pytest

from danggol_desktop.domain.csv_file import csv_bytes
from danggol_desktop.domain.friend_counts import COUNT_COLUMNS, FriendCount, count_rows
from danggol_desktop.domain.market_report import (
    SHOP_COLUMNS,
    TOTAL_ROWS,
    ReportWords,
    ShopFigures,
    build_report,
    report_csv,
)

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"클릭\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
           "정상, 쉼표", "따옴표 \"이름\""]


def read(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\n" not in text.replace("\r\n", "")  # CRLF everywhere, no bare LF (a value may hold neither)
    return list(csv.reader(io.StringIO(text, newline="")))


def every_export(names: list[str]) -> dict[str, bytes]:
    counts = [FriendCount(date(2026, 11, 1), 12, name) for name in names]
    shops = [ShopFigures(name, name, True, 1, 9 + n, 2) for n, name in enumerate(names)]
    report = build_report(shops, date(2026, 11, 1), date(2026, 11, 30))
    words = ReportWords(SHOP_COLUMNS, {code: code for code in TOTAL_ROWS}, "예", "아니요")
    return {"friend counts": csv_bytes(COUNT_COLUMNS, count_rows(counts)), "market report": report_csv(report, words)}


@pytest.mark.parametrize("export", ["friend counts", "market report"])
def test_no_cell_can_run_as_a_formula_and_names_survive(export):
    rows = read(every_export(HOSTILE)[export])
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [c for c in cells if c[:1] == "-" and not c[1:].replace(".", "").isdigit()]  # -3 is a number
    for name in HOSTILE:
        assert name in cells or "'" + name in cells  # nothing lost: the apostrophe only leads it


def test_numbers_stay_numbers_and_nothing_is_written_for_none():
    rows = read(csv_bytes(["a", "b", "c"], [[-3, 2.5, None], [], ["-", "글자", 0]]))
    assert rows == [["a", "b", "c"], ["-3", "2.5", ""], [], ["'-", "글자", "0"]]
