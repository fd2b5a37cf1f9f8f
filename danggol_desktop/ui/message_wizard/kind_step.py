"""Step 1: what to announce — one big card per kind, and the occasions coming up soon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.promotion import PromotionDraft, kind_codes_for
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.message_wizard.step_base import MessageStep
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import styled_button, styled_label
from danggol_desktop.ui.widgets.tile import TileButton


def kind_texts() -> dict[str, tuple[str, str]]:
    return {
        "discount": (
            QCoreApplication.translate("KindStep", "Sale or special price"),
            QCoreApplication.translate("KindStep", "A lower price for a while"),
        ),
        "new_item": (
            QCoreApplication.translate("KindStep", "Something new in"),
            QCoreApplication.translate("KindStep", "Fresh goods just arrived"),
        ),
        "event": (
            QCoreApplication.translate("KindStep", "A gift or extra"),
            QCoreApplication.translate("KindStep", "Something free with a purchase"),
        ),
        "closed": (
            QCoreApplication.translate("KindStep", "Days we are closed"),
            QCoreApplication.translate("KindStep", "Holidays and days off"),
        ),
        "hours": (
            QCoreApplication.translate("KindStep", "New opening hours"),
            QCoreApplication.translate("KindStep", "When the shop opens and closes"),
        ),
        "greeting": (
            QCoreApplication.translate("KindStep", "Holiday greetings"),
            QCoreApplication.translate("KindStep", "Chuseok, Seollal and other days"),
        ),
        "night_market": (
            QCoreApplication.translate("KindStep", "Night market"),
            QCoreApplication.translate("KindStep", "Evenings when the market stays open"),
        ),
        "group_buy": (
            QCoreApplication.translate("KindStep", "Group buying"),
            QCoreApplication.translate("KindStep", "Shops selling one thing together"),
        ),
        "onnuri": (
            QCoreApplication.translate("KindStep", "Onnuri voucher days"),
            QCoreApplication.translate("KindStep", "Vouchers given for shopping"),
        ),
        "festival": (
            QCoreApplication.translate("KindStep", "Festival and prizes"),
            QCoreApplication.translate("KindStep", "A market festival or prize draw"),
        ),
        "holiday_shopping": (
            QCoreApplication.translate("KindStep", "Holiday shopping"),
            QCoreApplication.translate("KindStep", "Shopping for Chuseok or Seollal"),
        ),
        "market_notice": (
            QCoreApplication.translate("KindStep", "Parking or closing days"),
            QCoreApplication.translate("KindStep", "Notices for the whole market"),
        ),
        "new_shop": (
            QCoreApplication.translate("KindStep", "Introduce a new shop"),
            QCoreApplication.translate("KindStep", "A shop that just opened"),
        ),
    }


class KindStep(MessageStep):
    chosen = Signal()  # a kind was picked: the wizard moves on by itself
    shows_next = False

    def __init__(self, context: MessageContext, draft: PromotionDraft, parent: QWidget | None = None) -> None:
        super().__init__(context, draft, parent)
        layout = self.column
        layout.addWidget(styled_label(self.tr("Step 1 of 5: What would you like to tell your customers?"), "heading"))
        grid = QGridLayout()
        grid.setSpacing(gap(14))
        self.cards: dict[str, TileButton] = {}
        texts = kind_texts()
        codes = kind_codes_for(context.shop.is_association)
        columns = 4 if len(codes) > 6 else 3  # the market channel's eight cards in two rows, like a shop's six
        for index, code in enumerate(codes):
            card = TileButton(*texts[code])
            if context.px(100) > 125:  # at large text the six titles fit a laptop screen; explanations make way
                card.explanation_label.hide()
            card.clicked.connect(lambda _c=False, k=code: self.choose(k))
            self.cards[code] = card
            grid.addWidget(card, index // columns, index % columns)
        layout.addLayout(grid)
        self.occasions = context.upcoming_occasions()
        self.occasion_buttons = []
        # At large text the cards take the screen: the coming days make way (the greeting card offers them too).
        if self.occasions and context.px(100) <= 125:
            layout.addWidget(styled_label(self.tr("Coming up soon — press one to send a greeting:"), "heading"))
            row = QHBoxLayout()
            for occasion in self.occasions[:4]:
                text = f"{occasion.name(context.language)} ({format_day(occasion.day, context.language)})"
                button = styled_button(text)
                button.clicked.connect(lambda _c=False, code=occasion.code: self.choose("greeting", code))
                self.occasion_buttons.append(button)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        self.first_focus = self.cards[codes[0]]

    def choose(self, kind: str, occasion: str = "") -> None:
        if self.draft.kind != kind:
            self.draft.kind = kind
            self.draft.fields = {}
            self.draft.body = ""
            self.draft.template = 0
        if occasion:
            self.draft.fields["occasion"] = occasion
        self.chosen.emit()

    def validate(self) -> bool:
        return bool(self.draft.kind)
