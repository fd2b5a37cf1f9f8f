"""A labelled text input with its hint and an error line right under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import bring_into_view, styled_label


class TextField(QWidget):
    """Label, input, hint, and an error message shown next to the input when its value is refused."""

    def __init__(self, label: str, hint: str = "", placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(gap(6))
        self.label = styled_label(label, "heading")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(label)
        self.edit.setMaxLength(300)
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        # the refusal right under the input, above the hint: where the eyes are when it appears
        self.error = styled_label("", "error")
        self.error.setAccessibleName(label)
        self.error.hide()
        layout.addWidget(self.error)
        self.hint: QLabel | None = None
        if hint:
            self.hint = styled_label(hint, "muted")
            layout.addWidget(self.hint)
        self.edit.textEdited.connect(lambda _text: self.clear_error())

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()
        self.edit.setProperty("invalid", True)
        self._repolish()
        self.edit.setFocus()
        # the field down to its refusal in view (an empty price was refused at y=599, unseen); the hint may wait
        bring_into_view(self, down_to=self.error)

    def clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.edit.setProperty("invalid", False)
            self._repolish()

    def _repolish(self) -> None:
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
