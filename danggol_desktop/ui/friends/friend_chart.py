"""The friend chart on screen: the shared painter (charts/friend_chart.py) in the theme in use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from danggol_desktop.charts.friend_chart import ChartData, paint_friend_chart


class FriendChart(QWidget):
    """The chart on screen: repaints from the data it was given, in the theme in use (`appearance.theme`)."""

    def __init__(self, appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._appearance = appearance
        self.data: ChartData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("FriendChart", "Friend count chart"))

    def set_data(self, data: ChartData, description: str = "") -> None:
        self.data = data
        self.setAccessibleDescription(description)
        self.update()

    def set_compact(self, compact: bool) -> None:
        """A shorter chart for large text on a short screen (its labels still grow with the text)."""
        self._compact = compact
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        theme = self._appearance.theme
        return QSize(theme.px(320), theme.px(130 if getattr(self, "_compact", False) else 160))

    def sizeHint(self) -> QSize:  # noqa: N802
        theme = self._appearance.theme
        # it grows into whatever height is left; asking for less keeps the pad beside it in view on a laptop screen
        return QSize(theme.px(560), theme.px(140 if getattr(self, "_compact", False) else 220))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        if self.data is not None:
            paint_friend_chart(painter, QRectF(self.rect()), self.data, self._appearance.theme)
        painter.end()

