"""어느 프린터로 인쇄할까요? — the app's own print step for merchants, instead of the system's print dialog (1,438 px
wide at 200%, its OK/Cancel below the screen, half of it in English): each printer as a big button, the paper as a
small sketch of what comes out, the number of sheets with − and +, then 인쇄하기. No typing, nothing to set up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPageSize, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from danggol_desktop.domain.print_plan import PrintPlan, plan_print
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.drag_scroll import enable_drag_scrolling

A4_MM = (210.0, 297.0)
MOST_SHEETS = 20


@dataclass(frozen=True)
class Printer:
    name: str  # the queue's name, as the system knows it
    words: str  # what the person sees: the printer's description, or its name
    default: bool = False


@dataclass(frozen=True)
class PrintChoice:
    printer: str
    paper_mm: tuple[float, float]
    sheets: int


# Windows sets these up on every PC: they put nothing on paper, and most open a save window of their own
NOT_ON_PAPER = ("microsoft print to pdf", "microsoft xps document writer", "onenote", "fax")


def system_printers() -> list[Printer]:
    """The printers set up on this computer that put ink on paper, the default one first (none without CUPS, or
    without a queue)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    found = [Printer(info.printerName(), info.description() or info.printerName(), info.isDefault())
             for info in QPrinterInfo.availablePrinters()]
    on_paper = [p for p in found if not any(word in p.name.lower() for word in NOT_ON_PAPER)]
    return sorted(on_paper, key=lambda p: not p.default)


def paper_name(paper_mm: tuple[float, float]) -> str:
    """'A4', 'A6' … for a standard paper, else its size in millimetres."""
    size = QPageSize(QSizeF(*paper_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    if size.id() != QPageSize.PageSizeId.Custom:
        return QPageSize.name(size.id()).split(" ")[0]
    return f"{paper_mm[0]:g}×{paper_mm[1]:g} mm"


def papers_for(page_mm: tuple[float, float]) -> list[tuple[float, float]]:
    """The poster's own paper first, then A4 when the poster is smaller (several on one sheet, to cut apart)."""
    offered = [page_mm]
    if page_mm[0] < A4_MM[0] - 1 and page_mm[1] < A4_MM[1] - 1:
        offered.append(A4_MM)
    return offered


class PaperSketch(QWidget):
    """The sheet as it will come out: the paper's outline and the poster on it at its place, in small."""

    def __init__(self, paint: Callable[[QPainter, QRectF], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint = paint
        self._paper: tuple[float, float] = A4_MM
        self._plan: PrintPlan | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(gap(120), gap(170))

    def show_plan(self, paper_mm: tuple[float, float], plan: PrintPlan) -> None:
        self._paper, self._plan = paper_mm, plan
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pw, ph = self._paper
        room = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        scale = min(room.width() / pw, room.height() / ph)
        sheet = QRectF(room.x() + (room.width() - pw * scale) / 2, room.y(), pw * scale, ph * scale)
        painter.fillRect(sheet.translated(3, 3), QColor("#9A9A9A"))  # a shadow, so white paper shows on white
        painter.fillRect(sheet, QColor("#FFFFFF"))
        painter.setPen(QPen(QColor("#333333"), 1.5))
        painter.drawRect(sheet)
        if self._plan is None:
            return
        for cell in self._plan.cells:
            target = QRectF(sheet.x() + cell.x_mm * scale, sheet.y() + cell.y_mm * scale,
                            cell.w_mm * scale, cell.h_mm * scale)
            painter.save()
            self._paint(painter, target)
            painter.restore()
        if self._plan.copies > 1:  # where to cut
            painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
            for cell in self._plan.cells:
                painter.drawRect(QRectF(sheet.x() + cell.x_mm * scale, sheet.y() + cell.y_mm * scale,
                                        cell.w_mm * scale, cell.h_mm * scale))
        painter.end()



class PrintStepDialog(QDialog):
    """The printers, the paper and the number of sheets; `choice` once 인쇄하기 was pressed."""

    def __init__(self, parent: QWidget | None, printers: list[Printer], page_mm: tuple[float, float],
                 paint: Callable[[QPainter, QRectF], object]) -> None:
        from danggol_desktop.ui.widgets.page import styled_button, styled_label

        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PrintStep", "Print"))
        self.choice: PrintChoice | None = None
        self.sheets = 1
        self._page_mm = page_mm
        self._printers = printers
        column = QVBoxLayout(self)
        column.setSpacing(gap(4))
        column.setContentsMargins(gap(10), gap(4), gap(10), gap(8))
        column.addWidget(styled_label(QCoreApplication.translate("PrintStep", "Which printer shall we use?"),
                                      "heading", wrap=False))

        self.printer_group = QButtonGroup(self)
        self.printer_buttons: list = []
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, printer in enumerate(printers):
            button = styled_button(printer.words)
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.printer_group.addButton(button, index)
            grid.addWidget(button, index // 2, index % 2)
            self.printer_buttons.append(button)
        if len(printers) <= 2:
            column.addWidget(holder)
        else:  # more printers (a network offers many): a row and a half in view, the rest by wheel or drag
            area = QScrollArea()
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidgetResizable(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(holder)
            row = self.printer_buttons[0].sizeHint().height() + grid.verticalSpacing()
            area.setFixedHeight(round(row * 1.4))
            area.setMinimumWidth(holder.sizeHint().width() + area.verticalScrollBar().sizeHint().width() + gap(4))
            enable_drag_scrolling(area)
            column.addWidget(area)

        # the sketch beside what it shows: the paper (side by side), what to put in the printer, the sheets; so the
        # whole step stays on a 1366×728 screen at 200% text
        body = QHBoxLayout()
        self.sketch = PaperSketch(paint)
        body.addWidget(self.sketch, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        self.paper_group = QButtonGroup(self)
        self.paper_buttons: list = []
        self._papers = papers_for(page_mm)
        paper_row = QHBoxLayout()
        for index, paper in enumerate(self._papers):
            plan = plan_print(page_mm, paper)
            if plan.copies > 1:
                words = QCoreApplication.translate("PrintStep", "%1 paper, %2 on a sheet").replace(
                    "%1", paper_name(paper)).replace("%2", str(plan.copies))
            else:
                words = QCoreApplication.translate("PrintStep", "%1 paper").replace("%1", paper_name(paper))
            button = styled_button(words)
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.paper_group.addButton(button, index)
            paper_row.addWidget(button)
            self.paper_buttons.append(button)
        right.addLayout(paper_row)
        self.paper_group.idClicked.connect(lambda _i: self._show_paper())
        self.paper_label = styled_label("", "muted")  # one sentence, the same length for every paper
        right.addWidget(self.paper_label)

        sheets_row = QHBoxLayout()
        sheets_row.addWidget(styled_label(QCoreApplication.translate("PrintStep", "How many sheets?"), wrap=False))
        self.fewer_button = styled_button("−", accessible_name=QCoreApplication.translate("PrintStep",
                                                                                         "One sheet fewer"))
        self.more_button = styled_button("+", accessible_name=QCoreApplication.translate("PrintStep",
                                                                                        "One sheet more"))
        self.sheets_label = QLabel()
        self.sheets_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheets_label.setMinimumWidth(self.sheets_label.fontMetrics().horizontalAdvance("20장 ") + gap(16))
        self.fewer_button.clicked.connect(lambda: self._set_sheets(self.sheets - 1))
        self.more_button.clicked.connect(lambda: self._set_sheets(self.sheets + 1))
        sheets_row.addWidget(self.fewer_button)
        sheets_row.addWidget(self.sheets_label)
        sheets_row.addWidget(self.more_button)
        sheets_row.addStretch(1)
        right.addLayout(sheets_row)
        right.addStretch(1)
        body.addLayout(right, 1)
        column.addLayout(body)

        last = QHBoxLayout()
        self.print_button = styled_button(QCoreApplication.translate("PrintStep", "Print"), "primary")
        self.print_button.clicked.connect(self._print)
        self.cancel_button = styled_button(QCoreApplication.translate("PrintStep", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        last.addWidget(self.print_button, 1)
        last.addWidget(self.cancel_button)
        column.addLayout(last)
        self._set_sheets(1)
        self._show_paper()
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    @property
    def paper_mm(self) -> tuple[float, float]:
        return self._papers[max(0, self.paper_group.checkedId())]

    def _show_paper(self) -> None:
        self.sketch.show_plan(self.paper_mm, plan_print(self._page_mm, self.paper_mm))  # the cut lines drawn on it
        self.paper_label.setText(QCoreApplication.translate("PrintStep", "Put %1 paper in the printer.").replace(
            "%1", paper_name(self.paper_mm)))

    def _set_sheets(self, sheets: int) -> None:
        self.sheets = min(MOST_SHEETS, max(1, sheets))
        self.sheets_label.setText(QCoreApplication.translate("PrintStep", "%1 sheets").replace(
            "%1", str(self.sheets)))
        self.fewer_button.setEnabled(self.sheets > 1)  # disabled, never hidden: nothing moves
        self.more_button.setEnabled(self.sheets < MOST_SHEETS)

    def _print(self) -> None:
        printer = self._printers[max(0, self.printer_group.checkedId())]
        self.choice = PrintChoice(printer.name, self.paper_mm, self.sheets)
        self.accept()


def choose_printing(parent: QWidget | None, printers: list[Printer], page_mm: tuple[float, float],
                    paint: Callable[[QPainter, QRectF], object]) -> PrintChoice | None:
    dialog = PrintStepDialog(parent, printers, page_mm, paint)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice
