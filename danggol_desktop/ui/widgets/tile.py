"""A big button with a bold title and a one-line explanation under it, for the home screen's jobs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from danggol_desktop.ui.widgets.page import styled_label


class TileButton(QPushButton):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setAccessibleName(title)
        self.setAccessibleDescription(explanation)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addStretch(1)
        self.title_label = styled_label(title, "tile_title")
        self.explanation_label = styled_label(explanation)
        for label in (self.title_label, self.explanation_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override: size from the labels, not from button text
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.layout().totalMinimumSize()
