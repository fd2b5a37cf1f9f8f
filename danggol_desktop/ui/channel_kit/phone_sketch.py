"""A simple phone drawn by the app — never a copied Kakao screenshot — with the one thing to press marked, for the
offline walk-through of the KakaoTalk Channel admin app."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

KAKAO_YELLOW = QColor("#FEE500")
MARK = QColor("#D32F2F")
PHONE_SHARE = 0.72  # of the sketch's width; the rest is room for the arrow


@dataclass(frozen=True)
class SketchRow:
    """One element of the sketched screen: `kind` is 'title', 'field', 'button', 'yellow' (Kakao's yellow button)
    or 'row' (a line of a list); `marked` draws a thick red ring and a hand pointing at it."""

    text: str
    kind: str = "row"
    marked: bool = False


class PhoneSketch(QWidget):
    def __init__(self, rows: list[SketchRow], width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self._width = width
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())
        marked = [row.text for row in rows if row.marked]
        self.setAccessibleName(" / ".join(row.text for row in rows))
        if marked:
            self.setAccessibleDescription(marked[0])

    def sizeHint(self) -> QSize:  # noqa: N802
        unit = self._width / 100
        # the phone is as tall as its rows need (no empty screen to scroll past at large text)
        return QSize(self._width, int(unit * (34 + 20 * max(3, len(self.rows)))))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        unit = w / 100
        body = QRectF(unit * 2, unit * 2, w * PHONE_SHARE - unit * 4, h - unit * 4)  # the arrow points from the right
        painter.setPen(QPen(QColor("#333333"), unit * 1.2))
        painter.setBrush(QColor("#222222"))
        painter.drawRoundedRect(body, unit * 10, unit * 10)
        screen = body.adjusted(unit * 4, unit * 10, -unit * 4, -unit * 10)
        painter.setBrush(QColor("#FFFFFF"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(screen, unit * 2, unit * 2)
        font = QFont(self.font())
        font.setPixelSize(max(8, round(unit * 6.2)))
        painter.setFont(font)
        y = screen.top() + unit * 4
        row_h = unit * 14
        for row in self.rows:
            rect = QRectF(screen.left() + unit * 5, y, screen.width() - unit * 10, row_h)
            self._paint_row(painter, rect, row, unit)
            y += row_h + unit * 4
            if y > screen.bottom() - row_h:
                break
        painter.end()

    def _paint_row(self, painter: QPainter, rect: QRectF, row: SketchRow, unit: float) -> None:
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        text_rect = rect.adjusted(unit * 3, 0, -unit * 3, 0)
        if row.kind == "title":
            font = QFont(painter.font())
            font.setBold(True)
            painter.save()
            painter.setFont(font)
            painter.setPen(QColor("#000000"))
            painter.drawText(text_rect, flags, row.text)
            painter.restore()
        elif row.kind in ("button", "yellow"):
            painter.setBrush(KAKAO_YELLOW if row.kind == "yellow" else QColor("#EEEEEE"))
            painter.setPen(QPen(QColor("#999999"), unit * 0.4))
            painter.drawRoundedRect(rect, unit * 3, unit * 3)
            painter.setPen(QColor("#000000"))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), row.text)
        elif row.kind == "field":
            painter.setBrush(QColor("#FFFFFF"))
            painter.setPen(QPen(QColor("#777777"), unit * 0.5))
            painter.drawRect(rect)
            painter.setPen(QColor("#555555"))
            painter.drawText(text_rect, flags, row.text)
        else:
            painter.setPen(QPen(QColor("#DDDDDD"), unit * 0.4))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.setPen(QColor("#222222"))
            painter.drawText(text_rect, flags, row.text)
        if row.marked:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(MARK, unit * 1.6))
            painter.drawRoundedRect(rect.adjusted(-unit * 2, -unit * 2, unit * 2, unit * 2), unit * 4, unit * 4)
            self._paint_pointer(painter, rect, unit)

    def _paint_pointer(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        """A red arrow beside the phone pointing left at the marked element (never over another one)."""
        tip_x, mid = rect.right() + unit * 3, rect.center().y()
        tail = self.width() - unit * 1
        path = QPainterPath()
        path.moveTo(tip_x, mid)
        path.lineTo(tip_x + unit * 9, mid - unit * 7)
        path.lineTo(tip_x + unit * 9, mid - unit * 3)
        path.lineTo(tail, mid - unit * 3)
        path.lineTo(tail, mid + unit * 3)
        path.lineTo(tip_x + unit * 9, mid + unit * 3)
        path.lineTo(tip_x + unit * 9, mid + unit * 7)
        path.closeSubpath()
        painter.setPen(QPen(QColor("#FFFFFF"), unit * 0.6))
        painter.setBrush(MARK)
        painter.drawPath(path)
