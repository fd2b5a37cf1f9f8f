"""이번 주 친구 수 — the tutor's weekly round on one screen: every shop of the market in one list (name, its last count
and day, a box for this week's), one day for the whole list. Type a number, press Enter (or Tab) and the row is
kept — with the friends screen's own checks and questions — and the next box is ready. One count used to take 10–12
clicks (and up to 56 presses of 하루 전 to go back 8 weeks): 62 shops now take about three keys each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from danggol_desktop.domain.dates import format_count, format_day
from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.friend_counts import check_day, parse_count
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import describe_error, error_text
from danggol_desktop.tasks import csv_import_tasks, friend_tasks, shop_tasks
from danggol_desktop.tasks.csv_import_tasks import CsvImported
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.friends import count_questions
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.date_picker import DateButton
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_open_path
from danggol_desktop.ui.widgets.market_picker import MarketPicker
from danggol_desktop.ui.widgets.page import Page, bring_into_view, set_role, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class _Row:
    def __init__(self, shop: Shop, last: QLabel, box: QLineEdit, said: QLabel) -> None:
        self.shop, self.last, self.box, self.said = shop, last, box, said
        self.kept = ""  # the text last saved from this box: leaving it unchanged saves nothing


class WeekCountsPage(Page):
    def __init__(self, workspace: Workspace, markets: list[str], today: Callable[[], date], language: str,
                 market: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This week's friend counts"), parent=parent)
        self._ws = workspace
        self._today = today
        self._language = language
        self.rows: list[_Row] = []
        self.market_choice = MarketPicker(markets, None, "")  # one market at a time
        self.market_choice.chosen.connect(lambda _m: self.show_market())
        if market or markets:
            self.market_choice.set_value(market or markets[0])
        self.market_choice.setVisible(len(markets) > 1)  # one market: nothing to choose, the list comes up
        self.content.addWidget(self.market_choice)
        # the day for the whole list, beside the title: in view wherever the list is scrolled to, and the first
        # boxes in view at 200% on a laptop
        self.day_button = DateButton(language, today())
        self.day_button.setAccessibleName(self.tr("The day of these counts"))
        self.day_button.dateChanged.connect(lambda _d: self.show_market())
        self.add_header_button(self.day_button)
        explanation = styled_label(self.tr(
            "Type each shop's friend count and press Enter: it is kept, and the next shop is ready."), "muted")
        self.content.addWidget(explanation)
        self.optional_widgets.append(explanation)  # at large text the list's first boxes come first
        # what 엑셀 파일에서 가져오기 brought in, or which rows to fix: room only once it has something to say (its
        # button is in the footer, which never moves), so the first boxes are in view at 200%
        self.notice = SavedNotice()
        self.notice.hide()
        self.content.addWidget(self.notice)
        self.import_button = styled_button(self.tr("Bring in from an Excel file…"))
        self.import_button.clicked.connect(self.import_file)
        self.footer.addStretch(1)
        self.footer.addWidget(self.import_button)
        self.list_widget = QWidget()
        self.grid = QGridLayout(self.list_widget)
        self.content.addWidget(self.list_widget)
        self.content.addStretch(1)
        self.show_market()

    def market(self) -> str | None:
        value = self.market_choice.value()
        return str(value) if value else None

    def day(self) -> date:
        return self.day_button.value()

    def show_market(self) -> None:
        """The market's shops, each with its last count before the day and what the day already has."""
        market, day = self.market(), self.day()
        old = self.list_widget
        self.list_widget = QWidget()
        self.grid = QGridLayout(self.list_widget)
        self.grid.setHorizontalSpacing(gap(16))
        self.grid.setVerticalSpacing(gap(6))
        self.content.replaceWidget(old, self.list_widget)
        old.deleteLater()
        self.rows = []
        for col, words in enumerate((self.tr("Shop"), self.tr("Last count"), self.tr("Friends on the day"))):
            self.grid.addWidget(styled_label(words, "heading"), 0, col)
        shops = shop_tasks.list_shops(self._ws, market) if market else []
        for index, shop in enumerate(shops, start=1):
            before = friend_tasks.latest(self._ws, shop.id, before=day)
            on_day = friend_tasks.count_on(self._ws, shop.id, day)
            last = styled_label(self.tr("none yet") if before is None else self.tr("%1 on %2").replace(
                "%1", format_count(before.count, self._language)).replace("%2", format_day(before.day,
                                                                                            self._language)),
                "muted")
            box = QLineEdit()
            box.setAccessibleName(self.tr("Friends of %1").replace("%1", shop.name))
            box.setMaxLength(9)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            said = styled_label("", "muted")
            row = _Row(shop, last, box, said)
            if on_day is not None:
                box.setText(str(on_day.count))
                row.kept = box.text()
            if not shop.channel_url:  # friends are counted for channel shops only: the address comes first
                box.setEnabled(False)
                said.setText(self.tr("Write the channel address first (Shops › Change)."))
            box.installEventFilter(_Keys(self, row))
            self.grid.addWidget(styled_label(shop.name), index, 0)
            self.grid.addWidget(last, index, 1)
            self.grid.addWidget(box, index, 2)
            self.grid.addWidget(said, index, 3)
            self.rows.append(row)
        self.grid.setColumnStretch(3, 1)
        if not shops:
            self.grid.addWidget(styled_label(self.tr("This market has no shops yet."), "muted"), 1, 0, 1, 3)
        first = next((r.box for r in self.rows if r.box.isEnabled()), None)
        self.first_focus = first or self.market_choice
        if first is not None:
            first.setFocus()

    def import_file(self, path: Path | None = None) -> CsvImported | None:
        """A spreadsheet of counts, messages sent and posts (danggol import-csv's file): all rows, or none with the
        rows to fix named. The list shows what came in."""
        path = path or ask_open_path(self, self.tr("Bring in from an Excel file"), "csv")
        if path is None:
            return None
        try:
            done = csv_import_tasks.import_csv(self._ws, path, self._today(), self.tr("Channel news"))
        except DanggolError as exc:
            self.notice.show()
            self.notice.show_text(describe_error(exc), "error")
            return None
        self.show_market()
        self.notice.show()
        self.notice.show_text(self.tr("Brought in %1 friend counts, %2 messages sent and %3 posts.")
                              .replace("%1", str(done.counts)).replace("%2", str(done.sent))
                              .replace("%3", str(done.posts)))
        return done

    def keep(self, row: _Row) -> bool:
        """Save the row as typed; False (and said beside it, focus kept) when it cannot be kept."""
        text = row.box.text().strip()
        if text == row.kept or not text:
            return True
        try:
            count = parse_count(text)
            day = check_day(self.day(), self._today())
        except InvalidInput as exc:
            self._say(row, error_text(exc.code), "error")
            return False
        if not count_questions.replace_ok(self, self._ws, row.shop.id, day, count, self._language):
            return False
        if not count_questions.drop_ok(self, self._ws, row.shop.id, day, count, self._language):
            return False
        existing = friend_tasks.count_on(self._ws, row.shop.id, day)
        stored = save_or_tell(self, lambda: friend_tasks.record_count(
            self._ws, row.shop.id, str(count), day, self._today(), existing.note if existing else ""),
            self.tr("The count of %1 was not saved.").replace("%1", row.shop.name), self._ws.data_dir)
        if stored is NOT_SAVED:
            return False
        row.kept = str(count)
        row.box.setText(row.kept)
        self._say(row, self.tr("✓ Kept"), "")
        return True

    def _say(self, row: _Row, text: str, role: str) -> None:
        row.said.setText(text)
        set_role(row.said, role or "muted")

    def move_on(self, row: _Row, step: int) -> None:
        """The next (or previous) box that can take a count, brought into view."""
        enabled = [r for r in self.rows if r.box.isEnabled()]
        index = enabled.index(row) + step
        if 0 <= index < len(enabled):
            enabled[index].box.setFocus()
            enabled[index].box.selectAll()
            bring_into_view(enabled[index].box)


class _Keys(QObject):
    """Enter, Tab and ↓ keep the row and go to the next one; Shift+Tab and ↑ go back. A row that cannot be kept
    keeps the focus, with the reason beside it."""

    def __init__(self, page: WeekCountsPage, row: _Row) -> None:
        super().__init__(row.box)
        self._page, self._row = page, row

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            forward = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down) or (
                key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            backward = key in (Qt.Key.Key_Up, Qt.Key.Key_Backtab)
            if forward or backward:
                if self._page.keep(self._row):
                    self._page.move_on(self._row, 1 if forward else -1)
                return True
        elif event.type() == QEvent.Type.FocusOut and event.reason() == Qt.FocusReason.MouseFocusReason:
            self._page.keep(self._row)  # clicked elsewhere: what was typed is kept too
        return False
