"""Tutor mode: a mode of the same app, for the digital tutor — the week's counts, shops, practice, curriculum,
report, USB, and the market's own channel with its events."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import Page, styled_label
from danggol_desktop.ui.widgets.tile import TileButton

SECTIONS = ("week", "shops", "practice", "curriculum", "report", "transfer", "market")


class TutorHomePage(Page):
    section_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tutor mode"), parent=parent)
        intro = styled_label(self.tr("For the digital tutor. Merchants can go back with 'Home'."), "muted")
        self.content.addWidget(intro)
        texts = {
            "week": (self.tr("This week's friend counts"), self.tr("Every shop of a market on one list")),
            "shops": (self.tr("Shops"), self.tr("Add, change, switch or archive shops")),
            "practice": (self.tr("Practice session"), self.tr("Who came, what you practised")),
            "curriculum": (self.tr("Curriculum"), self.tr("Each shop's steps, ticked with a date")),
            "report": (self.tr("Market report"), self.tr("Figures, awards, PDF and CSV")),
            "transfer": (self.tr("Data on a USB stick"), self.tr("Save or bring in a .danggol file")),
            "market": (self.tr("Market channel and events"), self.tr("The association's channel, market-wide events")),
        }
        grid = QGridLayout()
        grid.setSpacing(gap(16))
        self.tiles: dict[str, TileButton] = {}
        for index, code in enumerate(SECTIONS):
            tile = TileButton(*texts[code])
            tile.clicked.connect(lambda _c=False, c=code: self.section_requested.emit(c))
            self.tiles[code] = tile
            self.optional_widgets.append(tile.explanation_label)  # at large text the titles alone fit
            grid.addWidget(tile, index // 4, index % 4)  # seven tiles in two rows: in view at 200%
        self.optional_widgets.append(intro)  # after the explanations: at 200% the seven titles need its room
        for column in range(4):
            grid.setColumnStretch(column, 1)  # even columns: the narrow fourth broke 교육 진도 in two
        self.content.addLayout(grid)
        self.content.addStretch(1)
        self.first_focus = self.tiles["week"]  # the tutor's weekly round
