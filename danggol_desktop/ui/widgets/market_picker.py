"""Pick a market as big buttons — a handful at most. With many markets (the 2023 programme had 100; 101 buttons
took about 34 rows before the results) a search box comes first and the buttons show the markets it matches, spaces
and case ignored, so '신영' finds '신영시장' and '신영 시장' alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.page import styled_label

SHOWN = 6  # market buttons at most; the rest are found by typing


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


class MarketPicker(QWidget):
    """`chosen` carries the market's name, or `everything` (the 'all markets' choice, offered when it has words)."""

    chosen = Signal(object)

    def __init__(self, markets: list[str], everything: object, everything_words: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markets = list(markets)
        self._everything = (everything, everything_words)
        self._value: object | None = None
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(gap(8))
        self.search: TextField | None = None
        if len(self._markets) > SHOWN:
            self.search = TextField(QCoreApplication.translate("MarketPicker", "Find a market"),
                                    placeholder=QCoreApplication.translate("MarketPicker", "e.g. 신영"))
            self.search.edit.textChanged.connect(lambda _t: self._show_matches())
            self._column.addWidget(self.search)
        self.more = styled_label("", "muted")
        self.grid = ChoiceGrid([])
        self._column.addWidget(self.grid)
        self._column.addWidget(self.more)
        self._show_matches()

    @property
    def buttons(self):
        return self.grid.buttons

    def matches(self) -> list[str]:
        typed = _key(self.search.text()) if self.search is not None else ""
        return [m for m in self._markets if typed in _key(m)]

    def _show_matches(self) -> None:
        found = self.matches()
        options: list[tuple[object, str]] = [(m, m) for m in found[:SHOWN]]
        if self._everything[1]:  # a screen that works on one market at a time has no 'all markets'
            options.append(self._everything)
        grid = ChoiceGrid(options, columns=3)
        grid.chosen.connect(self._choose)
        self._column.replaceWidget(self.grid, grid)
        self.grid.deleteLater()
        self.grid = grid
        if self._value is not None:
            grid.set_value(self._value)
        hidden = len(found) - SHOWN
        if not found:
            self.more.setText(QCoreApplication.translate("MarketPicker", "No market has that name."))
        elif hidden > 0:
            self.more.setText(QCoreApplication.translate(
                "MarketPicker", "%1 more markets: type part of the name to find one.").replace("%1", f"{hidden:,}"))
        else:
            self.more.setText("")
        self.more.setVisible(bool(self.more.text()))

    def _choose(self, value: object) -> None:
        self._value = value
        self.chosen.emit(value)

    def value(self) -> object | None:
        return self._value

    def set_value(self, value: object) -> None:
        self._value = value
        self.grid.set_value(value)
