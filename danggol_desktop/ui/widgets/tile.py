"""A big button with a bold title and a one-line explanation under it, for the home screen's jobs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import styled_label


class TileButton(QPushButton):
    """Big button whose words wrap; with `left` the text reads like a paragraph (for sentences to choose from)."""

    def __init__(self, title: str, explanation: str = "", parent: QWidget | None = None, left: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setAccessibleName(title)
        if explanation:
            self.setAccessibleDescription(explanation)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._column = layout = QVBoxLayout(self)
        layout.setSpacing(gap(8))
        layout.addStretch(1)
        self._title_role = "" if left else "tile_title"
        self.title_label = styled_label(title, self._title_role)
        self.toggled.connect(self._follow_checked)
        self.explanation_label = styled_label(explanation)
        for label in (self.title_label, self.explanation_label):
            if label.text():
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignCenter)
                layout.addWidget(label)
        layout.addStretch(1)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override: size from the labels, not from button text
        return self._column.totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._column.totalMinimumSize()

    def _follow_checked(self, checked: bool) -> None:
        """Words on a chosen (dark) card turn light, so they keep their contrast."""
        from danggol_desktop.ui.widgets.page import set_role

        for label, role in ((self.title_label, self._title_role), (self.explanation_label, "")):
            set_role(label, "on_selected" if checked else role)

    def set_text(self, title: str) -> None:
        self.title_label.setText(title)
        self.setAccessibleName(title)
