"""시장 채널·행사 (tutor mode): a market's own channel, run by the merchants' association — its address, search ID and
free message credit — and a market-wide event prepared in one go: name, days, benefit and the shops taking part
(ticked from the market's list) → the message, the post, the poster, the stamp-tour card and the window signs in a
folder, the event recorded for the report. The same work as `danggol market channel` and `danggol event`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.message_budget import parse_credit
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.tasks import event_tasks, market_tasks, message_tasks, shop_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.date_picker import DateButton
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, start_folder
from danggol_desktop.ui.widgets.market_picker import MarketPicker
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class MarketPage(Page):
    def __init__(self, workspace: Workspace, markets: list[str], today: Callable[[], date], language: str,
                 market: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Market channel and events"), parent=parent)
        self._ws = workspace
        self._today = today
        self._language = language
        self.market = market if market in markets else (markets[0] if markets else "")
        c = self.content
        question = styled_label(self.tr("Which market?"), "heading")
        c.addWidget(question)
        self.market_choice = MarketPicker(markets, None, "")
        if self.market:
            self.market_choice.set_value(self.market)
        self.market_choice.chosen.connect(self.follow_market)
        c.addWidget(self.market_choice)
        if len(markets) == 1:  # nothing to choose: the market is named in the title, and the form starts higher
            question.hide()
            self.market_choice.hide()
            self.title_label.setText(f"{self.title_label.text()} — {self.market}")
            self.title_label.setAccessibleName(self.title_label.text())

        # the market channel (상인회)
        c.addWidget(styled_label(self.tr("The market's own channel (merchants' association)"), "heading"))
        self.channel_field = TextField(self.tr("Market channel address"),
                                       hint=self.tr("It starts with pf.kakao.com/_ . You can paste it as it is."))
        self.search_field = TextField(self.tr("Search ID (optional)"), placeholder=self.tr("e.g. @sinyoung"))
        self.credit_field = TextField(self.tr("Free message credit received (optional)"),
                                      hint=self.tr("e.g. 3,000,000 won"))
        c.addWidget(self.channel_field)
        pair = QHBoxLayout()  # two short answers side by side: the save button stays in view at 100%
        pair.addWidget(self.search_field, 1, Qt.AlignmentFlag.AlignTop)
        pair.addWidget(self.credit_field, 1, Qt.AlignmentFlag.AlignTop)
        c.addLayout(pair)
        row = QHBoxLayout()
        self.channel_button = styled_button(self.tr("Save the market channel"))
        self.channel_button.clicked.connect(self.save_channel)
        self.channel_notice = SavedNotice()
        row.addWidget(self.channel_button, 0)
        row.addWidget(self.channel_notice, 1)
        c.addLayout(row)

        # a market-wide event
        c.addWidget(styled_label(self.tr("A market-wide event"), "heading"))
        self.name_field = TextField(self.tr("Name of the event"), placeholder=self.tr("e.g. Kimchi-making festival"))
        self.benefit_field = TextField(self.tr("What customers get"),
                                       placeholder=self.tr("e.g. a prize draw for purchases over 30,000 won"))
        c.addWidget(self.name_field)
        c.addWidget(self.benefit_field)
        days = QHBoxLayout()
        day = today()
        self.start_edit, self.end_edit = DateButton(language, day), DateButton(language, day)
        self.end_edit.setDate(QDate(day.year, day.month, day.day).addDays(2))
        for edit, label in ((self.start_edit, self.tr("First day")), (self.end_edit, self.tr("Last day"))):
            edit.setAccessibleName(label)
            days.addWidget(styled_label(label, "heading"))
            days.addWidget(edit)
        days.addStretch(1)
        c.addLayout(days)
        shops_row = QHBoxLayout()
        shops_row.addWidget(styled_label(self.tr("Shops taking part"), "heading"), 1)
        self.all_button = styled_button(self.tr("Tick all"))
        self.none_button = styled_button(self.tr("Untick all"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        shops_row.addWidget(self.all_button)
        shops_row.addWidget(self.none_button)
        c.addLayout(shops_row)
        self.shops_box = QWidget()
        self.shops_grid = QGridLayout(self.shops_box)
        self.shops_grid.setContentsMargins(0, 0, 0, 0)
        self.shops_grid.setSpacing(gap(8))
        c.addWidget(self.shops_box)
        self.shops_error = styled_label("", "error")
        self.shops_error.hide()
        c.addWidget(self.shops_error)
        self.event_notice = SavedNotice()
        c.addWidget(self.event_notice)
        c.addStretch(1)
        self.checks: dict[str, QCheckBox] = {}

        self.make_button = styled_button(self.tr("Make the event's pieces"), "primary")
        self.make_button.clicked.connect(self.make_event)
        self.footer.addStretch(1)
        self.footer.addWidget(self.make_button)
        picker = self.market_choice
        self.first_focus = picker.search.edit if picker.search is not None else (
            picker.buttons[0] if picker.buttons and len(markets) > 1 else self.channel_field.edit)
        self.follow_market(self.market)

    # -- the market ---------------------------------------------------------------------------------------------------
    def follow_market(self, market: object) -> None:
        """The chosen market's channel in the fields and its shops in the list, all ticked."""
        self.market = str(market or "")
        channel = market_tasks.market_channel(self._ws, self.market) if self.market else None
        self.channel_field.set_text(channel.channel_url if channel else "")
        self.search_field.set_text(f"@{channel.search_id}" if channel and channel.search_id else "")
        credit = message_tasks.message_credit(self._ws, channel.id) if channel else None
        self.credit_field.set_text(f"{credit:,}" if credit else "")
        self.channel_notice.show_text("")
        while self.shops_grid.count():
            item = self.shops_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checks = {}
        shops = [s for s in shop_tasks.list_shops(self._ws) if s.market == self.market and not s.is_association]
        for index, shop in enumerate(shops):
            box = QCheckBox(shop.name)
            box.setChecked(True)
            # as wide as its words: a press beside them, in an empty cell, did nothing
            box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.checks[shop.name] = box
            self.shops_grid.addWidget(box, index // 3, index % 3)

    def _tick_all(self, ticked: bool) -> None:
        for box in self.checks.values():
            box.setChecked(ticked)

    def save_channel(self) -> None:
        """The address (and search ID, and credit), each checked before anything is saved."""
        for field in (self.channel_field, self.search_field, self.credit_field):
            field.clear_error()
        try:
            parse_credit(self.credit_field.text())
        except InvalidInput as exc:
            self.credit_field.show_error(describe_error(exc))
            return
        address, search, credit = self.channel_field.text(), self.search_field.text(), self.credit_field.text()

        def keep() -> Shop:
            shop = market_tasks.set_market_channel(self._ws, self.market, address, search)
            message_tasks.set_message_credit(self._ws, shop.id, credit)
            return shop

        try:
            shop = save_or_tell(self, keep, self.tr("The market channel was not saved."), self._ws.data_dir)
        except InvalidInput as exc:
            field = self.search_field if exc.field == "search_id" else self.channel_field
            field.show_error(describe_error(exc))
            return
        except DanggolError as exc:
            self.channel_notice.show_text(describe_error(exc), "error")
            return
        if shop is NOT_SAVED:
            return
        self.channel_notice.align_with(self.channel_button)
        self.channel_notice.show_text(self.tr("Saved: %1's channel.").replace("%1", shop.name))

    # -- the event ----------------------------------------------------------------------------------------------------
    def ticked(self) -> list[str]:
        return [name for name, box in self.checks.items() if box.isChecked()]

    def _ask_folder(self) -> Path | None:
        from danggol_desktop.ui.widgets import save_place

        choice = save_place.choose_place(self, self.tr("Where shall the event's pieces go?"))
        if choice is None:
            return None
        if isinstance(choice, Path):
            return choice
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where shall the event's pieces go?"),
                                                  str(start_folder()))
        return Path(chosen) if chosen else None

    def make_event(self) -> Path | None:
        """Check the event whole, ask where, then make the five files in a folder of their own and record it."""
        from danggol_desktop import resources
        from danggol_desktop.poster.event_pieces import export_pieces

        for field in (self.name_field, self.benefit_field):
            field.clear_error()
        self.shops_error.hide()
        self.event_notice.show_text("")
        name = " ".join(self.name_field.text().split())
        fields = {"name": self.name_field, "benefit": self.benefit_field}
        start, end = self.start_edit.value(), self.end_edit.value()
        try:  # the event is checked before the place is asked: a refusal never leaves an empty folder
            event_tasks.plan_event(self._ws, self.market, name, start, end, self.benefit_field.text(), self.ticked(),
                                   self._today())
        except InvalidInput as exc:
            self._refuse(exc, fields)
            return None
        from danggol_desktop.ui.widgets import save_place

        parent = self._ask_folder()
        if parent is None:
            return None
        folder = save_place.free_folder(parent, self.tr("%1 event").replace("%1", name))
        try:
            plan = event_tasks.plan_event_pieces(self._ws, self.market, name, start, end, self.benefit_field.text(),
                                                 self.ticked(), folder)
            resources.load_fonts()
            export_pieces(plan.piece, plan.files, plan.texts)
            event_tasks.record_event(self._ws, plan.event, plan.taking_part, plan.association, plan.draft)
        except InvalidInput as exc:
            self._remove_if_empty(folder)
            self._refuse(exc, fields)
            return None
        except DanggolError as exc:
            self._remove_if_empty(folder)
            self.event_notice.show_text(self.tr("Please save the market channel's address above first.")
                                        if exc.code == "no_market_channel" else describe_error(exc), "error")
            return None
        self.event_notice.show_saved(folder, before=self.tr("Made the message, post, poster, stamp card and %1 "
                                                            "window signs.").replace("%1", str(len(plan.taking_part))))
        return folder

    @staticmethod
    def _remove_if_empty(folder: Path) -> None:
        """The event's own folder goes again when nothing could be made in it."""
        try:
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        except OSError:
            pass

    def _refuse(self, exc: InvalidInput, fields: dict[str, TextField]) -> None:
        field = fields.get(exc.field)
        if field is not None:
            field.show_error(describe_error(exc))
        elif exc.field == "shop":
            self.shops_error.setText(describe_error(exc))
            self.shops_error.show()
        else:
            self.event_notice.show_text(describe_error(exc), "error")
