"""Printing a poster on the paper the printer has, through the same renderer as the screen, PDF and PNG."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.print_plan import PrintPlan, plan_print
from danggol_desktop.poster.output import Poster, page_size
from danggol_desktop.poster.renderer import paint_poster


class PrintFailed(DanggolError):
    """The printer could not be opened (switched off, unplugged, removed): nothing was printed."""

    code = "print_failed"


CUT_MARK_MM = 6.0  # the short lines in the margins that show where to cut between copies
CUT_GAP_MM = 1.5  # marks stop short of the design


def prepare_printer(printer: QPrinter, poster: Poster, job_name: str) -> None:
    """The layout's own paper and orientation, edge to edge, and a job name the print queue shows."""
    printer.setPageSize(page_size(poster.layout))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(job_name)
    printer.setCreator("단골 Desktop")


def print_on_paper(printer: QPrinter, poster: Poster) -> PrintPlan:
    """Paint `poster` on whatever paper `printer` now has (the person may have chosen another in the dialog):
    true size when it fits — copies side by side with cut marks when several fit — otherwise scaled evenly."""
    paper = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    plan = plan_print(poster.layout.page_mm, (paper.width(), paper.height()))
    dots = printer.resolution() / 25.4
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(detail=printer.printerName() or printer.outputFileName())
    try:
        for cell in plan.cells:
            target = QRectF(cell.x_mm * dots, cell.y_mm * dots, cell.w_mm * dots, cell.h_mm * dots)
            paint_poster(painter, target, poster.layout, poster.content, poster.matrix)
        if plan.copies > 1:
            _cut_marks(painter, plan, dots, (paper.width(), paper.height()))
    finally:
        painter.end()
    return plan


def _cut_marks(painter: QPainter, plan: PrintPlan, dots: float, paper_mm: tuple[float, float]) -> None:
    xs = sorted({round(c.x_mm, 3) for c in plan.cells} | {round(c.x_mm + c.w_mm, 3) for c in plan.cells})
    ys = sorted({round(c.y_mm, 3) for c in plan.cells} | {round(c.y_mm + c.h_mm, 3) for c in plan.cells})
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    # between the copies: a fine grey dashed guide (it falls in the designs' own margins)
    painter.setPen(QPen(QColor("#9A9A9A"), max(1.0, 0.15 * dots), Qt.PenStyle.DashLine))
    for x in xs[1:-1]:
        painter.drawLine(QPointF(x * dots, top * dots), QPointF(x * dots, bottom * dots))
    for y in ys[1:-1]:
        painter.drawLine(QPointF(left * dots, y * dots), QPointF(right * dots, y * dots))
    # outside the block, where the paper has room: short black marks in line with every cut
    painter.setPen(QPen(QColor("#000000"), max(1.0, 0.2 * dots), Qt.PenStyle.SolidLine))
    for x in xs:  # above and below the block of copies
        for y0, y1 in ((max(0.0, top - CUT_GAP_MM - CUT_MARK_MM), top - CUT_GAP_MM),
                       (bottom + CUT_GAP_MM, min(paper_mm[1], bottom + CUT_GAP_MM + CUT_MARK_MM))):
            if y1 > y0:
                painter.drawLine(QPointF(x * dots, y0 * dots), QPointF(x * dots, y1 * dots))
    for y in ys:  # left and right of it
        for x0, x1 in ((max(0.0, left - CUT_GAP_MM - CUT_MARK_MM), left - CUT_GAP_MM),
                       (right + CUT_GAP_MM, min(paper_mm[0], right + CUT_GAP_MM + CUT_MARK_MM))):
            if x1 > x0:
                painter.drawLine(QPointF(x0 * dots, y * dots), QPointF(x1 * dots, y * dots))
