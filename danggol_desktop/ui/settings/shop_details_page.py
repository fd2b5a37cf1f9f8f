"""Shop details: name, market, place in the market, kind of shop, phone and channel address, checked and saved on
request."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from danggol_desktop.domain.categories import Category
from danggol_desktop.domain.errors import Conflict, InvalidInput
from danggol_desktop.domain.message_budget import parse_credit
from danggol_desktop.domain.shop import ShopDetails, check_market
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import describe_error, error_text
from danggol_desktop.tasks import message_tasks, shop_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.page import Page, bring_into_view, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class ShopDetailsPage(Page):
    shop_changed = Signal(object)  # Shop

    def __init__(self, shop: Shop | None, workspace: Workspace, categories: list[Category], language: str,
                 parent: QWidget | None = None) -> None:
        """With `shop` None the page adds a new shop (tutor mode). Saving goes through the task layer."""
        super().__init__(self.tr("Shop details") if shop is not None else self.tr("Add a shop"), parent=parent)
        self._shop = shop
        self._ws = workspace
        self._categories = categories
        c = self.content
        self.name_field = TextField(self.tr("Shop name"))
        self.market_field = TextField(self.tr("Market name"))
        self.phone_field = TextField(self.tr("Shop phone number (optional)"),
                                     hint=self.tr("For example 010-1234-5678 or 02-123-4567."))
        self.channel_field = TextField(
            self.tr("KakaoTalk Channel address (optional)"),
            hint=self.tr("It starts with pf.kakao.com/_ . You can paste it as it is."),
        )
        self.location_field = TextField(
            self.tr("Place in the market (optional)"),
            hint=self.tr("As people there say it, for example Lane 1, No. 3. It goes on the market's directory board."),
        )
        self.optout_field = TextField(
            self.tr("Free 080 number for refusing text messages (optional)"),
            hint=self.tr("Only needed to send ads by text message (SMS): the law asks for a free number to refuse "
                         "them. Your phone company or a text-message service gives you one, e.g. 080-123-4567."),
        )
        self.credit_field = TextField(
            self.tr("Free message credit received (optional)"),
            hint=self.tr("The money the programme gave for sending messages, e.g. 3,000,000. Before each message we "
                         "say what is left."),
        )
        c.addWidget(self.name_field)
        # the markets there are, one press each: a market is picked, not typed again ('신영 시장' made a second one);
        # a new market is typed in the box, and one that is an existing market written differently is refused
        markets = shop_tasks.markets(workspace)[:6]
        self.market_choice = ChoiceGrid([(m, m) for m in markets], columns=3)
        self.market_choice.chosen.connect(lambda m: self.market_field.set_text(str(m)))
        self.market_choice.setVisible(bool(markets))
        c.addWidget(self.market_field)
        c.addWidget(self.market_choice)
        c.addWidget(self.location_field)
        c.addWidget(styled_label(self.tr("Kind of shop"), "heading"))
        self.category_choice = ChoiceGrid([(cat.code, cat.name(language)) for cat in categories], columns=3)
        c.addWidget(self.category_choice)
        self.category_error = styled_label("", "error")
        self.category_error.hide()
        c.addWidget(self.category_error)
        c.addWidget(self.phone_field)
        c.addWidget(self.channel_field)
        c.addWidget(self.optout_field)
        c.addWidget(self.credit_field)
        self.saved_label = styled_label("", "banner")
        self.saved_label.hide()
        c.addWidget(self.saved_label)
        c.addStretch(1)
        if shop is not None:
            self._fill_shop(shop)

        self.save_button = styled_button(self.tr("Save shop details"), "primary")
        self.save_button.clicked.connect(self.save_shop)
        self.footer.addStretch(1)
        self.footer.addWidget(self.save_button)

    def _fill_shop(self, shop: Shop) -> None:
        self.name_field.set_text(shop.name)
        self.market_field.set_text(shop.market)
        self.market_choice.show_value(shop.market)
        self.phone_field.set_text(shop.phone)
        self.channel_field.set_text(shop.channel_url)
        self.optout_field.set_text(shop.optout_phone)
        self.location_field.set_text(shop.location)
        self.category_choice.set_value(shop.category)
        credit = message_tasks.message_credit(self._ws, shop.id)
        self.credit_field.set_text(f"{credit:,}" if credit else "")

    def _store(self, details: ShopDetails) -> Shop:
        """The shop's details and its message credit, together."""
        stored = (shop_tasks.add_shop(self._ws, details) if self._shop is None
                  else shop_tasks.update_shop(self._ws, self._shop.id, details))
        message_tasks.set_message_credit(self._ws, stored.id, self.credit_field.text())
        return stored

    def save_shop(self) -> bool:
        """Check every field; on success store the shop and say so, otherwise show why next to the field."""
        self.saved_label.hide()
        self.category_error.hide()
        fields = {"name": self.name_field, "market": self.market_field, "phone": self.phone_field,
                  "channel": self.channel_field, "optout_phone": self.optout_field,
                  "location": self.location_field, "credit": self.credit_field}
        details = ShopDetails(
            name=self.name_field.text(),
            market=self.market_field.text(),
            category=str(self.category_choice.value() or ""),
            phone=self.phone_field.text(),
            channel_url=self.channel_field.text(),
            optout_phone=self.optout_field.text(),
            location=self.location_field.text(),
        )
        try:  # checked before anything is saved: a refused credit changes nothing
            parse_credit(self.credit_field.text())
        except InvalidInput as exc:
            self.credit_field.show_error(describe_error(exc))
            return False
        markets = shop_tasks.markets(self._ws)
        typed_market = " ".join(details.market.split())
        try:  # an existing market typed differently, or a phone number, is said first; then a new one is asked
            check_market(typed_market, markets, True)
        except InvalidInput as exc:
            self.market_field.show_error(describe_error(exc))
            return False
        if markets and typed_market and typed_market not in markets and not dialogs.ask_yes_no(
                self, self.tr("A new market?"), self.tr("'%1' is not one of the markets here. Make it a new market?")
                .replace("%1", typed_market), self.tr("Yes, a new market"), self.tr("No, let me choose")):
            self.market_field.edit.setFocus()  # a new market is an explicit choice, never a typing slip
            return False
        try:
            stored = save_or_tell(self, lambda: self._store(details), self.tr("The shop details were not saved."),
                                  self._ws.data_dir)
            if stored is NOT_SAVED:
                return False
            self._shop = stored
        except InvalidInput as exc:
            field = fields.get(exc.field)
            if field is None:
                self.category_error.setText(error_text(exc.code))
                self.category_error.show()
            else:
                field.show_error(describe_error(exc))  # with the market meant, for a market typed differently
            return False
        except Conflict as exc:
            self.name_field.show_error(error_text(exc.code))
            return False
        self._fill_shop(self._shop)
        self.saved_label.setText(self.tr("Saved."))
        self.saved_label.show()
        bring_into_view(self.saved_label)  # once laid out: at once, the page jumped to the bottom and hid it
        self.shop_changed.emit(self._shop)
        return True
