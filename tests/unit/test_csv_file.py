"""The one CSV writer, over every CSV the app writes: BOM, CRLF, formula-safe text, numbers left as numbers — and
read back by Python's csv module as Excel's dialect would read it."""

import csv
import html
import io
import re
import shutil
import subprocess
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


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not on this machine")
def test_libreoffice_reads_names_as_text_and_numbers_as_numbers(tmp_path):
    """A spreadsheet we did not write opens the file: Hangul intact, nothing evaluated as a formula, -3 a number."""
    source = tmp_path / "report.csv"
    rows = [["신영시장", "=1+1", -3], ["신영시장", "+2+2", 5], ["신영시장", "@SUM(1)", 0],
            ["신영시장", "해남채소, 2호점", 1]]
    source.write_bytes(csv_bytes(["시장", "가게", "늘어난 수"], rows))
    # 44,34,76: comma, double quote, UTF-8 — what Calc's import dialog offers for a file with a byte-order mark
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--infilter=CSV:44,34,76,1", "--convert-to", "html", "--outdir", str(tmp_path), str(source)],
                   capture_output=True, timeout=180, check=True)
    page = (tmp_path / "report.html").read_text(encoding="utf-8", errors="replace")
    cells = [html.unescape(re.sub("<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", page, re.S)]
    assert cells == ["시장", "가게", "늘어난 수", "신영시장", "'=1+1", "-3", "신영시장", "'+2+2", "5",
                     "신영시장", "'@SUM(1)", "0", "신영시장", "해남채소, 2호점", "1"]
