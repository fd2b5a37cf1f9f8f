"""A grid of big buttons of which exactly one can be chosen, used instead of small radio buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import styled_button


class ChoiceGrid(QWidget):
    """Big toggle buttons in rows of `columns`; `chosen` is emitted with the value of the button picked."""

    chosen = Signal(object)

    def __init__(self, options: Sequence[tuple[object, str]], columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(gap(12))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values: dict[int, object] = {}
        self.buttons: list[QPushButton] = []
        for index, (value, text) in enumerate(options):
            button = styled_button(text)
            button.setCheckable(True)
            self._group.addButton(button, index)
            self._values[index] = value
            self.buttons.append(button)
            layout.addWidget(button, index // columns, index % columns)
        self._group.idClicked.connect(lambda i: self.chosen.emit(self._values[i]))

    def value(self) -> object | None:
        checked = self._group.checkedId()
        return self._values.get(checked) if checked >= 0 else None

    def set_value(self, value: object) -> None:
        for index, candidate in self._values.items():
            if candidate == value:
                self._group.button(index).setChecked(True)
                return

    def show_value(self, value: object) -> None:
        """Show as pressed the button whose value is `value`, or none when no button has it (the answer was typed)."""
        if value in self._values.values():
            self.set_value(value)
            return
        self._group.setExclusive(False)  # an exclusive group keeps one button pressed
        for button in self.buttons:
            button.setChecked(False)
        self._group.setExclusive(True)
