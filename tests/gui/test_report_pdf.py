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
