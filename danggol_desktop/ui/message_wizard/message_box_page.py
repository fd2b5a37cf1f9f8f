"""내 메시지함: saved and sent messages, newest first; write one again, or delete one (with undo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.records import StoredMessage
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import error_text
from danggol_desktop.tasks import message_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets.date_picker import DateButton
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

PREVIEW_LINES = 3


class MessageBoxPage(Page):
    reuse_requested = Signal(object)  # StoredMessage
    write_requested = Signal()
    pictures_requested = Signal()

    def __init__(self, shop: Shop, workspace: Workspace, language: str, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My message box"), parent=parent)
        self._shop = shop
        self._ws = workspace
        self._language = language
        self._today = today
        self._deleted: int | None = None
        row = QHBoxLayout()
        self.notice = styled_label("", "banner")
        self.undo_button = styled_button(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.notice, 1)
        row.addWidget(self.undo_button)
        self.content.addLayout(row)
        self.notice.hide()
        self.undo_button.hide()
        self.list_box = QVBoxLayout()
        self.content.addLayout(self.list_box)
        self.content.addWidget(styled_label(self.tr("Sent a message from the Kakao app on your phone? Record it here "
                                                    "so it counts too."), "heading"))
        outside = QHBoxLayout()
        today_value = today()
        self.outside_day = DateButton(language, today_value)
        self.outside_day.setAccessibleName(self.tr("Day it was sent"))
        self.outside_day.setDate(QDate(today_value.year, today_value.month, today_value.day))
        self.outside_day.setMaximumDate(QDate(today_value.year, today_value.month, today_value.day))
        self.outside_text = TextField(self.tr("What it said (optional)"))
        self.outside_text.edit.setMaxLength(300)
        self.outside_button = styled_button(self.tr("Record it as sent"))
        self.outside_button.clicked.connect(self.record_outside)
        outside.addWidget(self.outside_day)
        outside.addWidget(self.outside_button)
        outside.addStretch(1)
        self.content.addWidget(self.outside_text)
        self.content.addLayout(outside)
        self.content.addStretch(1)
        self.table: QWidget | None = None
        write = styled_button(self.tr("Write a new message"), "primary")
        write.clicked.connect(self.write_requested)
        self.pictures_button = styled_button(self.tr("My pictures · make a picture"))
        self.pictures_button.clicked.connect(self.pictures_requested)
        self.footer.addWidget(self.pictures_button)
        self.footer.addStretch(1)
        self.footer.addWidget(write)
        self.refresh()

    def _status_text(self, message: StoredMessage) -> str:
        if message.status == "sent" and message.sent_at:
            day = datetime.fromisoformat(message.sent_at).date()
            return self.tr("Sent %1").replace("%1", format_day(day, self._language))
        if message.status == "practice":
            return self.tr("Practice")
        return self.tr("Kept")

    def refresh(self) -> None:
        if self.table is not None:
            self.table.deleteLater()
        self.table = QWidget()
        grid = QGridLayout(self.table)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        messages = message_tasks.message_box(self._ws, self._shop.id)
        if not messages:
            grid.addWidget(styled_label(self.tr("No messages yet. Kept and sent messages will be listed here."),
                                        "heading"), 0, 0, 1, 4)
        self.rows: list[tuple[StoredMessage, QWidget, QWidget]] = []
        for row, message in enumerate(messages):
            lines = message.body.splitlines()
            preview = "\n".join(lines[:PREVIEW_LINES]) + ("\n…" if len(lines) > PREVIEW_LINES else "")
            status = styled_label(self._status_text(message), "heading")  # wraps at large text: the row fits
            body = styled_label(preview)
            again = styled_button(self.tr("Write again"), accessible_name=self.tr("Write this message again"))
            delete = styled_button(self.tr("Delete"), accessible_name=self.tr("Delete this message"))
            again.clicked.connect(lambda _c=False, m=message: self.reuse_requested.emit(m))
            delete.clicked.connect(lambda _c=False, m=message: self.delete(m.id))
            grid.addWidget(status, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(body, row, 1)
            grid.addWidget(again, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(delete, row, 3, Qt.AlignmentFlag.AlignTop)
            self.rows.append((message, again, delete))
        self.list_box.addWidget(self.table)

    def record_outside(self) -> bool:
        day = self.outside_day.value()
        try:  # the same task, and so the same checks, as `danggol messages record-sent`
            recorded = save_or_tell(
                self, lambda: message_tasks.record_sent_outside(self._ws, self._shop.id, day, self._today(),
                                                                self.outside_text.text()),
                self.tr("The message of %1 was not recorded.").replace("%1", format_day(day, self._language)),
                self._ws.data_dir)
        except InvalidInput as exc:
            self.notice.setText(error_text(exc.code))
            self.notice.show()
            return False
        if recorded is NOT_SAVED:
            return False
        self.outside_text.set_text("")
        self.notice.setText(self.tr("Recorded: a message sent on %1.").replace("%1", format_day(day, self._language)))
        self.notice.show()
        self.undo_button.hide()
        self.refresh()
        return True

    def delete(self, message_id: int) -> None:
        done = save_or_tell(self, lambda: message_tasks.delete_message(self._ws, message_id),
                            self.tr("The message was not deleted."), self._ws.data_dir)
        if done is not NOT_SAVED and done:
            self._deleted = message_id
            self.notice.setText(self.tr("The message was deleted."))
            self.notice.show()
            self.undo_button.show()
            self.refresh()

    def undo(self) -> None:
        deleted = self._deleted
        if deleted is None:
            return
        done = save_or_tell(self, lambda: message_tasks.undo_delete_message(self._ws, deleted),
                            self.tr("The message was not brought back."), self._ws.data_dir)
        if done is not NOT_SAVED and done:
            self._deleted = None
            self.notice.setText(self.tr("The message is back."))
            self.undo_button.hide()
            self.refresh()
