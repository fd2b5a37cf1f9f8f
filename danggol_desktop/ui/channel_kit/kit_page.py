"""채널 꾸미기: one big card per curriculum step the other jobs do not cover, each saying whether it is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.tasks import channel_kit_tasks as tasks
from danggol_desktop.ui.channel_kit.kit_context import KitContext
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell
from danggol_desktop.ui.widgets.tile import TileButton

# card code → the curriculum step it ticks
CARDS = (("channel", "create_channel"), ("profile", "profile"), ("welcome", "welcome"), ("coupon", "coupon"),
         ("chat", "chat"), ("post", "posts"))


class ChannelKitPage(Page):
    card_requested = Signal(str)
    pictures_requested = Signal()  # 그림 만들기: one press from here (it was three levels down the message box)

    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decorate your channel"), parent=parent)
        self.context = context
        invitation = styled_label(self.tr("Get your channel ready step by step. Each card prepares what you paste "
                                          "in the KakaoTalk Channel admin."), "muted")
        self.content.addWidget(invitation)
        self.optional_widgets.append(invitation)
        grid = QGridLayout()
        grid.setSpacing(gap(16))
        columns = 2
        self.tiles: dict[str, TileButton] = {}
        texts = self.card_texts()
        done_steps = context.done_steps()  # read once for the six cards
        for index, (card, step) in enumerate(CARDS):
            title, explanation = texts[card]
            done = done_steps.get(step)
            state = (self.tr("✓ Done on %1").replace("%1", format_day(done, context.language)) if done
                     else self.tr("Not done yet"))
            tile = TileButton(f"✓ {title}" if done else title, f"{state} · {explanation}")
            tile.clicked.connect(lambda _c=False, c=card: self.card_requested.emit(c))
            self.tiles[card] = tile
            self.optional_widgets.append(tile.explanation_label)
            grid.addWidget(tile, index // columns, index % columns)
        self.content.addLayout(grid)
        self.pictures_button = styled_button(self.tr("Make a picture"))
        self.pictures_button.clicked.connect(self.pictures_requested)
        self.add_header_button(self.pictures_button)  # beside the title: in view at any size, the cards keep theirs
        self.coupon_line = styled_label("", "heading")
        self.use_button = styled_button(self.tr("+1 A customer used the coupon"), "primary")
        self.use_button.clicked.connect(lambda: self.count_use(1))
        self.unuse_button = styled_button(self.tr("−1 (a mistake)"))
        self.unuse_button.clicked.connect(lambda: self.count_use(-1))
        row = QHBoxLayout()
        row.setSpacing(gap(16))
        row.addWidget(self.use_button)
        row.addWidget(self.unuse_button)
        row.addStretch(1)
        self.content.addWidget(self.coupon_line)
        self.content.addLayout(row)
        self.content.addStretch(1)
        self.coupon = context.current_coupon()
        self.show_coupon()
        self.first_focus = self.tiles["channel"]

    def card_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "channel": (self.tr("Make the channel"), self.tr("A step-by-step guide, then its address and search ID")),
            "profile": (self.tr("Set up the profile"), self.tr("Name, introduction, hours and a profile picture")),
            "welcome": (self.tr("Welcome message"), self.tr("What a new friend receives by itself")),
            "coupon": (self.tr("Make a coupon"), self.tr("A coupon for friends, with its picture")),
            "chat": (self.tr("Answers for chats"), self.tr("Ready answers: hours, directions, parking …")),
            "post": (self.tr("Write a post"), self.tr("News for your channel home")),
        }

    def show_coupon(self) -> None:
        coupon = self.coupon
        for widget in (self.coupon_line, self.use_button, self.unuse_button):
            widget.setVisible(coupon is not None)
        if coupon is not None:
            self.coupon_line.setText(self.tr("Coupon now: %1 · used by %2 customers").replace(
                "%1", coupon.title).replace("%2", f"{coupon.used:,}"))
            self.unuse_button.setEnabled(coupon.used > 0)

    def count_use(self, step: int) -> None:
        if self.coupon is None:
            return
        coupon_id = self.coupon.id
        result = save_or_tell(self, lambda: tasks.count_coupon_use(self.context.workspace, coupon_id, step),
                              self.tr("The coupon use was not saved."), self.context.workspace.data_dir)
        if result is not NOT_SAVED:
            self.coupon = result
            self.show_coupon()
