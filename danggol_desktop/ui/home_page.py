"""Home: a greeting with the shop's name and one big tile per job."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.tile import TileButton

JOBS = ("message", "poster", "friends", "channel_kit")  # the merchant's four jobs; tutor mode is in the footer


class HomePage(Page):
    job_requested = Signal(str)
    settings_requested = Signal()
    switch_requested = Signal()

    def __init__(self, shop_name: str, can_switch: bool = False, association: bool = False,
                 parent: QWidget | None = None) -> None:
        # the merchants' association runs the market's channel: greeted as itself ('신영시장 상인회, 안녕하세요!'),
        # not as a shop's owner
        greeting = self.tr("Hello, %1!") if association else self.tr("Hello, owner of %1!")
        super().__init__(greeting.replace("%1", shop_name), can_go_home=False, parent=parent)
        invitation = styled_label(self.tr("What would you like to do today? Press one of the big buttons."), "heading")
        self.content.addWidget(invitation)
        grid = QGridLayout()
        grid.setSpacing(gap(20))
        self.tiles: dict[str, TileButton] = {}
        for index, job in enumerate(JOBS):
            title, explanation = self.job_texts()[job]
            tile = TileButton(title, explanation)
            tile.clicked.connect(lambda _checked=False, j=job: self.job_requested.emit(j))
            self.tiles[job] = tile
            self.optional_widgets.append(tile.explanation_label)
            grid.addWidget(tile, index // 2, index % 2)
        self.content.addLayout(grid, 1)
        self.optional_widgets.append(invitation)  # last to go: on a short screen the big buttons speak for themselves
        self.settings_button = styled_button(self.tr("Settings (text size, screen, shop)"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.switch_button = styled_button(self.tr("Switch shop"))
        self.switch_button.clicked.connect(self.switch_requested)
        self.switch_button.setVisible(can_switch)
        self.tutor_button = styled_button(self.tr("Tutor mode"))
        self.tutor_button.setAccessibleDescription(self.tr("For digital tutors: many shops, practice and reports"))
        self.tutor_button.clicked.connect(lambda: self.job_requested.emit("tutor"))
        self.footer.addWidget(self.switch_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.tutor_button)
        self.footer.addWidget(self.settings_button)

    def job_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "message": (
                self.tr("Write a promotion message"),
                self.tr("Write a message for your customers, step by step"),
            ),
            "poster": (self.tr("Make a QR poster"), self.tr("A sign customers scan to become your channel friends")),
            "friends": (self.tr("Record friend count"), self.tr("Write down today's number and see it grow")),
            "channel_kit": (self.tr("Decorate your channel"),
                            self.tr("Profile, welcome message, coupon, chat answers and posts")),
        }
