"""The market report PDF read back with poppler: long market and shop names wrap inside their rows (no two words on
a page overlap), the table continues over pages with its header each time, every page says its number and the day it
was made, and the chart is drawn as vectors (no picture in the file)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from danggol_desktop.domain.market_report import ShopFigures, build_report
from danggol_desktop.report.report_pdf import export_report_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is installed by make test")
MARKET = "서울특별시 동대문구 경동 약령시장 전통시장 상인회"  # 30 characters
START, END, MADE = date(2026, 9, 1), date(2026, 11, 26), date(2026, 11, 27)


def words_by_page(pdf) -> list[list[tuple[float, float, float, float, str]]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(out.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [[(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text or "")
             for w in page.iter("word")] for page in root.iter("page")]


def overlapping(words):
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                found.append((a[4], b[4]))
    return found


@needs_poppler
def test_long_names_wrap_in_their_rows_and_the_table_goes_on_over_pages(qapp, tmp_path):
    from danggol_desktop.resources import load_fonts

    load_fonts()
    shops = [ShopFigures(f"{n:02d}번 할머니네 손두부와 국산콩 청국장 반찬가게", MARKET, n % 5 != 0,
                         10 + n if n % 5 else None, 40 + 3 * n if n % 5 else None, n % 4) for n in range(45)]
    report = build_report(shops, START, END, MARKET)
    weekly = [(date(2026, 9, 7), 300), (date(2026, 10, 5), 900), (date(2026, 11, 23), 1500)]
    out = tmp_path / "report.pdf"
    pages = export_report_pdf(report, weekly, out, "ko", MADE)
    assert pages >= 3  # two-line rows: the 45 shops need more than one page of table

    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert any(line.split() == ["Pages:", str(pages)] for line in info.splitlines())
    per_page = words_by_page(out)
    assert len(per_page) == pages
    for number, words in enumerate(per_page, start=1):
        assert overlapping(words) == [], f"page {number}"
        text = " ".join(w[4] for w in words)
        assert f"{pages}쪽 중 {number}쪽" in text and "2026년 11월 27일(금) 만듦" in text
        if number > 1:
            assert "처음" in text and "가게" in text  # the table's header again on every table page
    table_text = " ".join(w[4] for page in per_page[1:] for w in page)
    assert all(f"{n:02d}번" in table_text for n in range(45))  # every shop, none lost at a page break
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # only pdfimages' own two header lines: the chart is vectors
    first = " ".join(w[4] for w in per_page[0])
    assert "1,500명" in first or "1,500" in first  # the chart's last value is real text on the page


def test_the_chart_draws_a_line_never_an_area_whatever_brush_it_is_handed(qapp):
    """Issue 28, finding 1: the report's figure boxes left a yellow brush set, and the count path of three or more
    weekly points was filled — a yellow wedge between the line and the chord from its first to its last point."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from danggol_desktop.charts.friend_chart import ChartData, paint_friend_chart
    from danggol_desktop.look import Look

    weekly = [(date(2026, 9, 6), 100), (date(2026, 9, 13), 900), (date(2026, 9, 20), 950), (date(2026, 9, 27), 1000)]
    image = QImage(800, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    yellow = QColor("#FF00FF")  # a brush no chart colour uses, as the figure boxes' was left set
    painter.setBrush(yellow)
    paint_friend_chart(painter, QRectF(0, 0, 800, 500), ChartData(weekly, START, date(2026, 9, 27), None, set(), "ko"),
                       Look(100, pixel_fonts=True))
    painter.end()
    filled = sum(1 for x in range(0, 800, 2) for y in range(0, 500, 2) if QColor(image.pixel(x, y)) == yellow)
    assert filled == 0


@needs_poppler
def test_a_long_name_without_spaces_breaks_inside_its_column_and_loses_no_letter(qapp, tmp_path):
    """Issue 28, finding 4: names without spaces were clipped mid-letter (~12 Hangul characters showed)."""
    from danggol_desktop.resources import load_fonts

    load_fonts()
    long_name = "할머니네손두부와국산콩청국장반찬가게본점신영시장입구쪽"  # 27 characters, no space
    report = build_report([ShopFigures(long_name, "신영시장", True, 10, 40, 3),
                           ShopFigures("해남채소", "신영시장", True, 5, 9, 1)], START, END, "신영시장")
    out = tmp_path / "report.pdf"
    export_report_pdf(report, [], out, "ko", MADE)
    table = words_by_page(out)[1]
    name_right_pt = (15 + (0.14 + 0.2) * 180) * 72 / 25.4  # the shop column's right edge
    pieces = [w for w in table if w[4] and w[4][0] in long_name and w[0] < name_right_pt and w[1] > 60]
    assert long_name in "".join(w[4] for w in sorted(pieces, key=lambda w: (w[1], w[0])))  # every letter
    assert all(w[2] <= name_right_pt + 1 for w in pieces)  # broken inside the column, not run over it
    assert overlapping(table) == []


def test_the_screen_table_says_start_not_the_button_verb(qapp):
    from danggol_desktop.report.report_pdf import table_headers

    assert "시작하기" not in " ".join(table_headers())


@needs_poppler
def test_the_all_markets_report_at_2023_scale_keeps_every_award_and_the_chart_above_the_footer(qapp, tmp_path):
    """Issue 28, finding 5: 100 markets, 1,151 shops; 160 shops level for most messages and 275 for most posts —
    the award list ran over the footer, the chart was dropped and two awards were missing."""
    from danggol_desktop.resources import load_fonts

    load_fonts()
    shops = [ShopFigures(f"가게{n:04d}", f"{n % 100:03d}시장", n % 13 != 0, 20 + n % 7, 200 + n % 173,
                         5 if n % 7 else 4, posts=2 if n % 4 else 1) for n in range(1151)]
    report = build_report(shops, START, END)
    weekly = [(date(2026, 9, 7), 150_000), (date(2026, 10, 5), 190_000), (date(2026, 11, 23), 214_181)]
    out = tmp_path / "all.pdf"
    export_report_pdf(report, weekly, out, "ko", MADE)
    first = words_by_page(out)[0]
    text = " ".join(w[4] for w in first)
    for title in ("친구가 가장 많은 가게", "친구가 가장 많이 늘어난 가게", "메시지를 가장 많이 보낸 가게",
                  "소식을 가장 많이 올린 가게", "처음보다 가장 크게 자란 가게"):
        assert " ".join(title.split()) in text, title
    assert "공동" in text and "214,181" in text  # level shops said in a few words; the chart is on the page
    footer_top = (297 - 15 - 10) * 72 / 25.4
    assert max(w[3] for w in first if w[1] < footer_top) <= footer_top + 1  # nothing runs into the footer
    assert overlapping(first) == []


@needs_poppler
def test_the_shop_table_ends_with_a_totals_row(qapp, tmp_path):
    """Issue 28, finding 7: the office adds the table up by hand; its last row now says the whole market."""
    from danggol_desktop.resources import load_fonts

    load_fonts()
    report = build_report([ShopFigures("해남채소", "신영시장", True, 10, 40, 3, posts=2, coupons=1),
                           ShopFigures("바다수산", "신영시장", True, 5, 9, 1),
                           ShopFigures("주소없는집", "신영시장", False, None, None, 0)], START, END, "신영시장")
    out = tmp_path / "report.pdf"
    export_report_pdf(report, [], out, "ko", MADE)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    last = [line.split() for line in text.splitlines() if line.strip().startswith("합계")]
    assert last and last[-1][:2] == ["합계", "3곳"] and last[-1][2:] == ["2", "15", "49", "34", "4", "2", "1"]


@needs_poppler
def test_the_all_markets_report_has_a_line_per_market_and_every_report_its_weeks(qapp, tmp_path):
    """Issue 28, finding 7: subtotals per market in the all-markets report, and a weekly table."""
    from danggol_desktop.domain.market_report import WeekFigures
    from danggol_desktop.resources import load_fonts

    load_fonts()
    shops = [ShopFigures(f"가게{n}", "신영시장" if n < 3 else "자양시장", True, 10, 20 + n, 1, posts=1)
             for n in range(5)]
    report = build_report(shops, START, END)
    report.weeks = [WeekFigures(date(2026, 9, 1), date(2026, 9, 6), 50, None, 2, 1),
                    WeekFigures(date(2026, 9, 7), date(2026, 9, 13), 60, 10, 3, 0)]
    out = tmp_path / "all.pdf"
    pages = export_report_pdf(report, [], out, "ko", MADE)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    lines = [line.split() for line in text.splitlines()]
    assert ["신영시장", "3", "3", "63", "33", "3", "3"] in lines
    assert ["자양시장", "2", "2", "47", "27", "2", "2"] in lines
    assert ["2026-09-01", "50", "-", "2", "1"] in lines and ["2026-09-07", "60", "10", "3", "0"] in lines
    assert f"{pages}쪽 중 {pages}쪽" in text
