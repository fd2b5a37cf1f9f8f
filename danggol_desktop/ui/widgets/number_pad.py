"""A big on-screen number pad for people who find the keyboard's digits small or far away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QSizePolicy, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import styled_button


class NumberPad(QWidget):
    """Digits 1–9 and 0, 'clear' and 'back one'; it types into `target` as if on its keyboard."""

    pressed = Signal(str)

    def __init__(self, target: QLineEdit, parent: QWidget | None = None, columns: int = 3) -> None:
        super().__init__(parent)
        self._target = target
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(gap(10))
        self.buttons: dict[str, object] = {}
        # 3 columns like a phone; two rows (digits, then the erase keys two columns wide) where the screen is short
        # and the text large.
        wide = columns != 3
        keys = (["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"] if not wide else
                ["1", "2", "3", "4", "5", "back", "6", "7", "8", "9", "0", "clear"])
        labels = {
            "clear": (QCoreApplication.translate("NumberPad", "Clear all") if wide else
                      QCoreApplication.translate("NumberPad", "Clear"),
                      QCoreApplication.translate("NumberPad", "Clear the number")),
            "back": (QCoreApplication.translate("NumberPad", "← Back") if wide else
                     QCoreApplication.translate("NumberPad", "← Erase"),
                     QCoreApplication.translate("NumberPad", "Erase the last digit")),
        }
        for index, key in enumerate(keys):
            text, name = labels.get(key, (key, key))
            button = styled_button(text, "pad" if key.isdigit() else "", accessible_name=name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked=False, k=key: self._press(k))
            self.buttons[key] = button
            if wide:
                row, place = divmod(index, 6)
                grid.addWidget(button, row, place, 1, 2 if place == 5 else 1)
            else:
                grid.addWidget(button, index // 3, index % 3)

    def _press(self, key: str) -> None:
        edit = self._target
        if key == "clear":
            edit.clear()
        elif key == "back":
            edit.backspace()
        else:
            edit.insert(key)
        self.pressed.emit(key)
