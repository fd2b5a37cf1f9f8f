"""Printing through the real print function into a PDF printer, on the paper a shop's printer may have: the page is
the paper, the design keeps its proportions (QR modules square, read back by zxing-cpp), copies and scale as planned."""

from __future__ import annotations

import math
import shutil
import subprocess
import time

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from danggol_desktop.domain.print_plan import plan_print
from danggol_desktop.poster.printing import prepare_printer, print_on_paper
from tests.gui.test_poster_output import CATALOG, LINK, poster

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is installed by make test")
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter, "A6": QPageSize.PageSizeId.A6}
POINTS = {"A4": (595.3, 841.9), "Letter": (612, 792), "A6": (297.6, 419.5)}


def test_the_plan_keeps_true_size_when_it_fits_and_scales_evenly_when_not():
    four = plan_print((105, 148), (210, 297))
    assert four.copies == 4 and four.true_size and {(c.w_mm, c.h_mm) for c in four.cells} == {(105, 148)}
    letter = plan_print((210, 297), (215.9, 279.4))
    assert letter.copies == 1 and letter.percent == 94
    cell = letter.cells[0]
    assert math.isclose(cell.w_mm / cell.h_mm, 210 / 297) and math.isclose(cell.x_mm * 2 + cell.w_mm, 215.9)
    assert plan_print((210, 297), (209.9, 297)).true_size  # a printer's A4 that is a tenth of a millimetre short
    assert plan_print((105, 148), (105, 148)).copies == 1
    with pytest.raises(ValueError):
        plan_print((0, 148), (210, 297))


@needs_poppler
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("code", CATALOG.codes)
def test_printed_on_any_paper_the_qr_stays_square_and_readable(qapp, tmp_path, code, paper):
    from danggol_desktop.resources import load_fonts

    load_fonts()
    the_poster = poster(code)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, the_poster, "해남채소 QR 포스터")
    assert printer.docName() == "해남채소 QR 포스터" and printer.fullPage()
    printer.setPageSize(QPageSize(PAPERS[paper]))  # what the printer has, chosen in its dialog or by default
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    plan = print_on_paper(printer, the_poster)

    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split("x"))
    assert abs(width - POINTS[paper][0]) < 1.5 and abs(height - POINTS[paper][1]) < 1.5
    assert "해남채소 QR 포스터" in info  # the job's name travels with it
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-singlefile", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"),
                                   formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    assert len(found) == plan.copies * len(the_poster.layout.panels) and {r.text for r in found} == {LINK}
    for result in found:
        p = result.position
        across = math.dist((p.top_left.x, p.top_left.y), (p.top_right.x, p.top_right.y))
        down = math.dist((p.top_left.x, p.top_left.y), (p.bottom_left.x, p.bottom_left.y))
        assert abs(across / down - 1) < 0.03, (code, paper, across, down)  # square modules, not squashed
    if code == "card" and paper == "A4":
        assert plan.copies == 4 and plan.true_size
    if code != "card" and paper == "Letter":
        assert plan.copies == 1 and plan.percent == 94


def cups_pdf_printer():
    """A CUPS queue with the cups-pdf backend (a real print path, writing to ~/PDF), when the machine has one."""
    from PySide6.QtPrintSupport import QPrinterInfo

    if shutil.which("lpstat") is None:
        return None
    out = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, timeout=30).stdout
    for line in out.splitlines():  # "device for PDF: cups-pdf:/"
        if "cups-pdf:/" in line:
            name = line.split("device for ", 1)[1].split(":", 1)[0]
            info = QPrinterInfo.printerInfo(name)
            return info if not info.isNull() else None
    return None


@needs_poppler
@pytest.mark.parametrize("code, points", [("card", (297.6, 419.5)), ("a4", (595.3, 841.9))])
def test_printing_through_cups_to_its_pdf_printer(qapp, code, points):
    """The whole way a shop PC prints: Qt → CUPS → the cups-pdf driver; the page it makes is read back."""
    from pathlib import Path

    from danggol_desktop.resources import load_fonts

    info = cups_pdf_printer()
    if info is None:
        pytest.skip("no CUPS queue with the cups-pdf backend on this machine")
    load_fonts()
    out_dir = Path.home() / "PDF"
    before = set(out_dir.glob("*.pdf")) if out_dir.exists() else set()
    the_poster = poster(code)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, the_poster, f"danggol-test-{code}")
    plan = print_on_paper(printer, the_poster)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        made = set(out_dir.glob("*.pdf")) - before if out_dir.exists() else set()
        if made:
            break
        time.sleep(0.5)
    assert made, "cups-pdf wrote nothing"
    pdf = max(made, key=lambda p: p.stat().st_mtime)
    time.sleep(1)  # the driver finishes writing the file it has named
    info_text = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info_text.splitlines() if line.startswith("Page size"))
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split("x"))
    assert abs(width - points[0]) < 2 and abs(height - points[1]) < 2
    image = pdf.with_suffix(".png")
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-singlefile", "-png", str(pdf), str(image.with_suffix(""))],
                   check=True, capture_output=True)
    found = zxingcpp.read_barcodes(Image.open(image), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    assert len(found) == plan.copies * len(the_poster.layout.panels) and {r.text for r in found} == {LINK}
    pdf.unlink()
    image.unlink()
