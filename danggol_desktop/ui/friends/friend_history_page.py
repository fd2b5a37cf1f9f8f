"""Past friend counts, newest first: fix one, delete one (with undo), or save them all for Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from danggol_desktop.column_names import count_header
from danggol_desktop.domain.dates import format_count, format_day
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.friend_counts import FriendCount
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import error_text
from danggol_desktop.tasks import friend_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_save_path
from danggol_desktop.ui.widgets.page import Page, bring_into_view, set_role, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

PAGE_SIZE = 30
# After 지우기 or 되돌리기 the row's button rests this long: a double or triple tap (common with older hands) is one
# press, so an undone record is never deleted again by the same tap, nor a deletion undone by its own double-click.
REST_MS = 1000


class FriendHistoryPage(Page):
    edit_requested = Signal(object)  # date
    back_requested = Signal()

    def __init__(self, shop: Shop, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Friend count records"), parent=parent)
        self._shop = shop
        self._ws = workspace
        self._language = language
        self._shown = PAGE_SIZE
        # Deleting never moves a row: the deleted row stays where it was with its own 되돌리기 in place of 지우기,
        # so a second tap cannot delete the next day, and every deletion since the screen opened can be undone.
        self.deleted: list[date] = []
        self._rows: dict[date, tuple] = {}
        self._resting: set[date] = set()
        # a reserved place: what happened is said without moving anything; the row itself answers in place, so the
        # page is not scrolled up to this sentence (that moved the row from under the finger)
        self.notice = SavedNotice(follow=False)
        self.content.addWidget(self.notice)

        self.rows_box = QVBoxLayout()
        self.content.addLayout(self.rows_box)
        self.more_button = styled_button(self.tr("Show older records"))
        self.more_button.clicked.connect(self.show_more)
        self.content.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addStretch(1)

        back = styled_button(self.tr("← Record a count"))
        back.clicked.connect(self.back_requested)
        self.export_button = styled_button(self.tr("Save for Excel"), "primary")
        self.export_button.clicked.connect(self.export_csv)
        self.footer.addWidget(back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.export_button)
        self.row_widgets: list[QWidget] = []
        self.refresh()

    def refresh(self) -> None:
        self._rows = {}
        for widget in self.row_widgets:
            widget.deleteLater()
        self.row_widgets = []
        entries = friend_tasks.history(self._ws, self._shop.id, limit=self._shown)
        if not entries:
            empty = styled_label(self.tr("There are no records yet."), "heading")
            self.rows_box.addWidget(empty)
            self.row_widgets.append(empty)
        else:
            table = QWidget()
            grid = QGridLayout(table)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(20)
            grid.setVerticalSpacing(8)
            grid.setColumnStretch(2, 1)
            for row, entry in enumerate(entries):
                self._add_row(grid, row, entry)
            self.rows_box.addWidget(table)
            self.row_widgets.append(table)
        self.more_button.setVisible(friend_tasks.total(self._ws, self._shop.id) > self._shown)
        self.export_button.setEnabled(bool(entries))

    def _add_row(self, grid: QGridLayout, row: int, entry: FriendCount) -> None:
        day = format_day(entry.day, self._language, with_year=True)
        count = styled_label(format_count(entry.count, self._language), "heading", wrap=False)
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count.ensurePolished()
        count.setFixedHeight(count.sizeHint().height())  # '(deleted)' and back: the row keeps its height
        edit = styled_button(self.tr("Fix"), accessible_name=self.tr("Fix the record of %1").replace("%1", day))
        delete = styled_button(self.tr("Delete"), accessible_name=self.tr("Delete the record of %1").replace("%1", day))
        # wide enough for either word, so that turning into 되돌리기 moves nothing and cuts nothing
        wider = styled_button(self.tr("Undo"))
        delete.ensurePolished()
        wider.ensurePolished()
        delete.setMinimumWidth(max(delete.sizeHint().width(), wider.sizeHint().width()))
        wider.deleteLater()
        edit.clicked.connect(lambda _c=False, d=entry.day: self.edit_requested.emit(d))
        delete.clicked.connect(lambda _c=False, d=entry.day: self.toggle_deleted(d))
        for column, widget in enumerate(
            # the day may wrap ('2026년 11월 / 26일(목)') so that at large text the row fits the screen's width
            (styled_label(day, "heading"), count, styled_label(entry.note, "muted"), edit, delete)
        ):
            grid.addWidget(widget, row, column)
        self._rows[entry.day] = (entry, count, edit, delete)

    def show_more(self) -> None:
        self._shown += PAGE_SIZE
        self.refresh()

    def resting(self, day: date) -> bool:
        return day in self._resting

    def toggle_deleted(self, day: date) -> None:
        """The row's own button: 지우기, and on a deleted row 되돌리기."""
        if day in self._resting:
            return
        if day in self.deleted:
            self.undo(day)
        else:
            self.delete(day)

    def delete(self, day: date) -> None:
        done = save_or_tell(self, lambda: friend_tasks.delete_count(self._ws, self._shop.id, day),
                            self.tr("The record of %1 was not deleted.").replace("%1", format_day(day, self._language)),
                            self._ws.data_dir)
        if done is NOT_SAVED or not done:
            return
        self.deleted.append(day)
        self._show_row(day, deleted=True)
        self._notify(self.tr("The record of %1 was deleted. Press Undo on its line to bring it back.").replace(
            "%1", format_day(day, self._language)))

    def undo(self, day: date | None = None) -> None:
        """Bring back a deleted record (the latest one when no day is given)."""
        day = day if day is not None else (self.deleted[-1] if self.deleted else None)
        if day is None:
            return
        done = save_or_tell(self, lambda: friend_tasks.undo_delete_count(self._ws, self._shop.id, day),
                            self.tr("The record of %1 was not brought back.").replace(
                                "%1", format_day(day, self._language)), self._ws.data_dir)
        if done is NOT_SAVED:
            return
        self.deleted.remove(day)
        self._show_row(day, deleted=False)
        self._notify(self.tr("The record of %1 is back.").replace("%1", format_day(day, self._language)))

    def _show_row(self, day: date, deleted: bool) -> None:
        if day not in self._rows:
            return
        entry, count, edit, button = self._rows[day]
        shown = format_day(day, self._language, with_year=True)
        count.setText(self.tr("(deleted)") if deleted else format_count(entry.count, self._language))
        set_role(count, "muted" if deleted else "heading")
        edit.setEnabled(not deleted)
        button.setText(self.tr("Undo") if deleted else self.tr("Delete"))
        # resting (REST_MS): taps are let go, the button itself stays as it is (disabling it would move the focus on
        # and scroll the page under the finger)
        self._resting.add(day)
        QTimer.singleShot(REST_MS, lambda: self._resting.discard(day))
        button.setAccessibleName((self.tr("Bring back the record of %1") if deleted
                                  else self.tr("Delete the record of %1")).replace("%1", shown))

    def _notify(self, text: str) -> None:
        self.notice.show_text(text)

    def export_csv(self) -> Path | None:
        path = ask_save_path(self, self.tr("Save for Excel"), self.tr("%1 friend counts").replace(
            "%1", self._shop.name), "csv")
        if path is None:
            return None
        try:
            friend_tasks.save_counts_csv(self._ws, self._shop.id, count_header(), path)
        except DanggolError as exc:  # the chosen place cannot be written, or the data file cannot be read
            self._notify(error_text(exc.code))
            return None
        self.notice.show_saved(path)
        bring_into_view(self.notice)  # pressed in the footer, which never scrolls: the sentence can be scrolled to
        return path
