"""The curriculum grid: shops down, steps across; a tick records the day the step was done. Built for a market of 70
shops: the shop names (row headers) and the step names (column headers) stay put while the grid scrolls under them,
the grid shows one market at a time (markets share shop names), a tick's day can be changed, and a step can be ticked
at once for every shop that came to a practice session, with the session's day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QTableWidget, QTableWidgetItem, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.tasks import shop_tasks, tutor_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.date_picker import DatePickerDialog
from danggol_desktop.ui.widgets.market_picker import MarketPicker
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

ALL = ""


class CurriculumPage(Page):
    def __init__(self, workspace: Workspace, steps: list[tuple[str, str]], today: Callable[[], date],
                 language: str = "ko", market: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Curriculum"), parent=parent)
        self._ws = workspace
        self._steps = steps
        self._today = today
        self._language = language
        self.shops: list[Shop] = []
        markets = sorted({s.market for s in shop_tasks.list_shops(workspace)})
        self.market_choice = MarketPicker(markets, ALL, self.tr("All markets"))
        self.market_choice.set_value(market if market in markets else (markets[0] if markets else ALL))
        self.market_choice.chosen.connect(lambda _m: self.fill())
        self.market_choice.setVisible(len(markets) > 1)
        self.content.addWidget(self.market_choice)
        explanation = styled_label(self.tr(
            "Tick a step when the shop has done it; the day is kept. To change a tick's day, choose it and press "
            "'Change the day'."), "muted")
        self.content.addWidget(explanation)
        self.optional_widgets.append(explanation)  # at large text the grid comes first
        self.table = QTableWidget(0, len(steps))
        self.table.setAccessibleName(self.tr("Curriculum progress"))
        self.table.setHorizontalHeaderLabels([name for _code, name in steps])
        self.table.setWordWrap(True)
        self.table.setCornerButtonEnabled(False)
        for corner in self.table.findChildren(QAbstractButton):  # the empty corner: named, and it does nothing
            corner.setAccessibleName(self.tr("Shops and steps"))
        # the grid scrolls inside itself under its headers (it used to grow and scroll with the page, and the
        # headers or the names went out of view): it takes the room the page has
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.table.setMinimumHeight(gap(150))
        self.table.horizontalHeader().setMinimumHeight(max(48, gap(52)))  # and the corner with it: a full target
        self.content.addWidget(self.table, 1)
        self.summary = styled_label("", "heading")
        self.content.addWidget(self.summary)
        self.optional_widgets.append(self.summary)  # at 200% on a laptop the grid keeps the room (one scroll bar)
        self.notice = styled_label("", "muted")
        self.content.addWidget(self.notice)
        self.day_button = styled_button(self.tr("Change the day"))
        self.day_button.clicked.connect(self.change_day)
        self.attendance_button = styled_button(self.tr("Tick this step for everyone who came to practice"))
        self.attendance_button.clicked.connect(self.tick_attendees)
        self.footer.addStretch(1)
        self.footer.addWidget(self.attendance_button)
        self.footer.addWidget(self.day_button)
        self.table.itemChanged.connect(self._changed)
        self.fill()
        self.first_focus = self.table

    def market(self) -> str | None:
        value = self.market_choice.value()
        return str(value) if value else None

    def fill(self) -> None:
        """The chosen market's shops (every market's, named with their market, for 모든 시장)."""
        market = self.market()
        self.shops = shop_tasks.list_shops(self._ws, market)
        done = tutor_tasks.progress(self._ws, [s.id for s in self.shops])
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.shops))
        self.table.setVerticalHeaderLabels([s.name if market else f"{s.market} · {s.name}" for s in self.shops])
        for row, shop in enumerate(self.shops):
            for col, (code, _name) in enumerate(self._steps):
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                self._show(item, done.get((shop.id, code)))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._update_summary()

    @staticmethod
    def _show(item: QTableWidgetItem, day: date | None) -> None:
        item.setCheckState(Qt.CheckState.Checked if day else Qt.CheckState.Unchecked)
        item.setText(f"{day.month}.{day.day}" if day else "")

    def _changed(self, item: QTableWidgetItem) -> None:
        day = self._today() if item.checkState() == Qt.CheckState.Checked else None
        self._tick(item.row(), item.column(), day)

    def _tick(self, row: int, col: int, day: date | None) -> bool:
        shop = self.shops[row]
        code = self._steps[col][0]
        saved = save_or_tell(self, lambda: tutor_tasks.tick_step(self._ws, shop.id, code, day),
                             self.tr("The tick was not saved."), self._ws.data_dir)
        if saved is NOT_SAVED:  # the box shows what is stored, not what was clicked
            day = tutor_tasks.progress(self._ws, [shop.id]).get((shop.id, code))
        item = self.table.item(row, col)
        if item is not None:
            self.table.blockSignals(True)
            self._show(item, day)
            self.table.blockSignals(False)
        self._update_summary()
        return saved is not NOT_SAVED

    def change_day(self, chosen: date | None = None) -> bool:
        """The day of the chosen tick, picked on the calendar (a step done last week, ticked today)."""
        item = self.table.currentItem()
        if item is None or item.checkState() != Qt.CheckState.Checked:
            self.notice.setText(self.tr("Choose a ticked box first, then press 'Change the day'."))
            return False
        shop, code = self.shops[item.row()], self._steps[item.column()][0]
        current = tutor_tasks.progress(self._ws, [shop.id]).get((shop.id, code)) or self._today()
        if chosen is None:
            dialog = DatePickerDialog(current, self._today(), self._language, maximum=self._today(), parent=self)
            if not dialog.exec():
                return False
            chosen = dialog.value
        if not self._tick(item.row(), item.column(), chosen):
            return False
        self.notice.setText(self.tr("%1: done on %2.").replace("%1", shop.name).replace(
            "%2", format_day(chosen, self._language)))
        return True

    def tick_attendees(self) -> int:
        """The chosen column's step ticked for every shop of this grid that came to the latest practice session,
        with that session's day; asked first. Returns how many shops were ticked."""
        col = self.table.currentColumn()
        sessions = tutor_tasks.session_history(self._ws)
        if col < 0 or not sessions:
            self.notice.setText(self.tr("Choose a step's column first; a practice session must have been held.")
                                if sessions else self.tr("No practice session has been held yet."))
            return 0
        session = sessions[0]
        rows = [row for row, shop in enumerate(self.shops) if shop.id in session.shop_ids]
        step = self._steps[col][1]
        question = (self.tr("Tick '%1' for the %2 shops that came to the practice of %3?")
                    .replace("%1", step).replace("%2", str(len(rows)))
                    .replace("%3", format_day(session.day, self._language)))
        if not rows or not dialogs.ask_yes_no(self, self.tr("Tick for everyone who came?"), question,
                                              self.tr("Yes, tick them"), self.tr("No")):
            return 0
        ticked = sum(self._tick(row, col, session.day) for row in rows)
        self.notice.setText(self.tr("'%1' ticked for %2 shops.").replace("%1", step).replace("%2", str(ticked)))
        return ticked

    def _update_summary(self) -> None:
        done = tutor_tasks.progress(self._ws, [s.id for s in self.shops])
        total = len(self.shops) * len(self._steps)
        self.summary.setText(self.tr("%1 of %2 steps done").replace("%1", str(len(done))).replace("%2", str(total)))
