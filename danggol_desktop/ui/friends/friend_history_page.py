"""Past friend counts, newest first: fix one, delete one (with undo), or save them all for Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from danggol_desktop.domain.dates import format_count, format_day
from danggol_desktop.domain.friend_counts import FriendCount, to_csv
from danggol_desktop.messages import error_text
from danggol_desktop.storage.files import FileNotWritable, write_atomically
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.shop_repo import Shop
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label

PAGE_SIZE = 30


class FriendHistoryPage(Page):
    edit_requested = Signal(object)  # date
    back_requested = Signal()

    def __init__(self, shop: Shop, counts: FriendCountRepo, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Friend count records"), parent=parent)
        self._shop = shop
        self._counts = counts
        self._language = language
        self._shown = PAGE_SIZE
        self._deleted: date | None = None

        undo_row = QHBoxLayout()
        self.notice = styled_label("", "banner")
        self.undo_button = styled_button(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        undo_row.addWidget(self.notice, 1)
        undo_row.addWidget(self.undo_button)
        self.content.addLayout(undo_row)
        self.notice.hide()
        self.undo_button.hide()

        self.rows_box = QVBoxLayout()
        self.content.addLayout(self.rows_box)
        self.more_button = styled_button(self.tr("Show older records"))
        self.more_button.clicked.connect(self.show_more)
        self.content.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addStretch(1)

        back = styled_button(self.tr("← Record a count"))
        back.clicked.connect(self.back_requested)
        self.export_button = styled_button(self.tr("Save as a file for Excel (CSV)"), "primary")
        self.export_button.clicked.connect(self.export_csv)
        self.footer.addWidget(back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.export_button)
        self.row_widgets: list[QWidget] = []
        self.refresh()

    def refresh(self) -> None:
        for widget in self.row_widgets:
            widget.deleteLater()
        self.row_widgets = []
        entries = self._counts.history(self._shop.id, limit=self._shown)
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
        self.more_button.setVisible(self._counts.total(self._shop.id) > self._shown)
        self.export_button.setEnabled(bool(entries))

    def _add_row(self, grid: QGridLayout, row: int, entry: FriendCount) -> None:
        day = format_day(entry.day, self._language, with_year=True)
        count = styled_label(format_count(entry.count, self._language), "heading", wrap=False)
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit = styled_button(self.tr("Fix"), accessible_name=self.tr("Fix the record of %1").replace("%1", day))
        delete = styled_button(self.tr("Delete"), accessible_name=self.tr("Delete the record of %1").replace("%1", day))
        edit.clicked.connect(lambda _c=False, d=entry.day: self.edit_requested.emit(d))
        delete.clicked.connect(lambda _c=False, d=entry.day: self.delete(d))
        for column, widget in enumerate(
            (styled_label(day, "heading", wrap=False), count, styled_label(entry.note, "muted"), edit, delete)
        ):
            grid.addWidget(widget, row, column)

    def show_more(self) -> None:
        self._shown += PAGE_SIZE
        self.refresh()

    def delete(self, day: date) -> None:
        if self._counts.delete(self._shop.id, day):
            self._deleted = day
            self._notify(self.tr("The record of %1 was deleted.").replace("%1", format_day(day, self._language)),
                         can_undo=True)
            self.refresh()

    def undo(self) -> None:
        if self._deleted is not None and self._counts.undo_delete(self._shop.id, self._deleted):
            self._notify(self.tr("The record of %1 is back.").replace("%1", format_day(self._deleted, self._language)))
            self._deleted = None
            self.refresh()

    def _notify(self, text: str, can_undo: bool = False) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.undo_button.setVisible(can_undo)

    def export_csv(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation) or str(Path.home())
        suggested = Path(folder) / self.tr("friends-%1.csv").replace("%1", self._shop.name)
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save for Excel"), str(suggested), "CSV (*.csv)")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            write_atomically(path, to_csv(self._counts.series(self._shop.id)).encode("utf-8-sig"))
        except FileNotWritable as exc:
            self._notify(error_text(exc.code))
            return None
        self._notify(self.tr("Saved: %1").replace("%1", str(path)))
        return path
