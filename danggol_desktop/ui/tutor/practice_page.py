"""Practice sessions: start one (topic, who came), and while it is open every screen says 연습 중 and messages are
kept as practice, never counted as sent. A shop's practice messages can be cleared."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.error_sentences import error_text
from danggol_desktop.tasks import shop_tasks, tutor_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class PracticePage(Page):
    session_changed = Signal()

    def __init__(self, workspace: Workspace, today: Callable[[], date], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Practice session"), parent=parent)
        self._ws = workspace
        self._today = today
        self._language = language
        self.status = styled_label("", "banner")
        self.content.addWidget(self.status)
        self.topic = TextField(self.tr("What are you practising today?"), placeholder=self.tr("e.g. Sending a coupon"))
        self.topic.edit.setMaxLength(60)
        self.content.addWidget(self.topic)
        self.content.addWidget(styled_label(self.tr("Who came? (tick the shops)"), "heading"))
        self.attendance = QListWidget()
        self.attendance.setAccessibleName(self.tr("Shops that came"))
        self.content.addWidget(self.attendance)
        self.start_button = styled_button(self.tr("Start practice"), "primary")
        self.start_button.clicked.connect(self.start)
        self.end_button = styled_button(self.tr("End practice"), "primary")
        self.end_button.clicked.connect(self.end)
        self.clear_button = styled_button(self.tr("Clear the practice messages of the ticked shops"))
        self.clear_button.clicked.connect(self.clear_practice)
        self.content.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.history = styled_label("", "muted")
        self.content.addWidget(self.history)
        self.content.addStretch(1)
        self.footer.addStretch(1)
        self.footer.addWidget(self.start_button)
        self.footer.addWidget(self.end_button)
        self.refresh()

    def refresh(self) -> None:
        open_session = tutor_tasks.open_session(self._ws)
        self.attendance.clear()
        for shop in shop_tasks.list_shops(self._ws):
            item = QListWidgetItem(f"{shop.market} · {shop.name}")
            item.setData(Qt.ItemDataRole.UserRole, shop.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = open_session is not None and shop.id in open_session.shop_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
        self.attendance.setMinimumHeight(self.attendance.sizeHintForRow(0) * min(self.attendance.count(), 8) + 8
                                         if self.attendance.count() else 0)
        # with no session the banner only explains; at large text it makes way for the topic and the list
        self.optional_widgets = [] if open_session is not None else [self.status]
        if open_session is not None:
            self.status.setText(self.tr("Practice is on: %1. Messages written now are kept as practice.").replace(
                "%1", open_session.topic))
            self.topic.set_text(open_session.topic)
        else:
            self.status.setText(self.tr("No practice is on. Messages are kept as real ones."))
        self.start_button.setVisible(open_session is None)
        self.end_button.setVisible(open_session is not None)
        past = [f"{format_day(s.day, self._language)} — {s.topic} ({len(s.shop_ids)})"
                for s in tutor_tasks.session_history(self._ws)[:8]]
        self.history.setText(self.tr("Earlier sessions:") + "\n" + "\n".join(past) if past else "")
        self.first_focus = self.topic.edit

    def ticked(self) -> list[int]:
        return [
            self.attendance.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.attendance.count())
            if self.attendance.item(i).checkState() == Qt.CheckState.Checked
        ]

    def start(self) -> bool:
        shop_ids = self.ticked()
        try:
            started = save_or_tell(self, lambda: tutor_tasks.start_session(self._ws, self._today(), self.topic.text(),
                                                                           shop_ids),
                                   self.tr("The practice was not started."), self._ws.data_dir)
        except InvalidInput as exc:
            self.topic.show_error(error_text("field_required" if exc.code == "name_empty" else exc.code))
            return False
        if started is NOT_SAVED:
            return False
        self.refresh()
        self.session_changed.emit()
        return True

    def end(self) -> None:
        session = tutor_tasks.open_session(self._ws)
        if session is not None and save_or_tell(self, lambda: tutor_tasks.close_session(self._ws, session.id),
                                                self.tr("The practice was not ended."),
                                                self._ws.data_dir) is NOT_SAVED:
            return
        self.refresh()
        self.session_changed.emit()

    def clear_practice(self) -> None:
        shop_ids = self.ticked()
        if not shop_ids:
            self.status.setText(self.tr("Tick the shops whose practice messages should go."))
            return
        if dialogs.ask_yes_no(
            self,
            self.tr("Clear practice messages?"),
            self.tr("The practice messages of %1 shops will be deleted. Real messages stay.").replace(
                "%1", str(len(shop_ids))
            ),
            self.tr("Delete them"),
            self.tr("Keep them"),
        ):
            gone = save_or_tell(self, lambda: tutor_tasks.clear_practice_messages(self._ws, shop_ids),
                                self.tr("The practice messages were not deleted."), self._ws.data_dir)
            if gone is NOT_SAVED:
                return
            self.status.setText(self.tr("%1 practice messages deleted.").replace("%1", str(gone)))
