"""백업에서 되살리기: every backup copy with its date and what it holds; bringing one back after a look (the current
data is copied first, so even that can be undone); and a copy on a USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.records import BackupInfo
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.tasks import backup_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class BackupPage(Page):
    restored = Signal()

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backup copies"), parent=parent)
        self._ws = workspace
        self._language = language
        self.content.addWidget(styled_label(self.tr(
            "The app keeps copies of your records by itself: one a day, one a week, and one before every import. "
            "If something went wrong, you can bring a copy back here."), "muted"))
        self.elsewhere_button = styled_button(self.tr("Back up to another place (USB stick)…"))
        self.elsewhere_button.clicked.connect(self.choose_elsewhere)
        self.content.addWidget(self.elsewhere_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice = styled_label("", "banner")
        self.notice.setVisible(False)
        self.content.addWidget(self.notice)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(gap(12))
        self.content.addLayout(self.list_box)
        self.content.addStretch(1)
        self.restore_buttons: list = []
        self.first_focus = self.elsewhere_button
        self.refresh()

    def _kind_text(self, kind: str) -> str:
        return {"daily": self.tr("Daily copy"), "weekly": self.tr("Weekly copy"),
                "import": self.tr("Before bringing in a file"), "migration": self.tr("Before an update"),
                "restore": self.tr("Before bringing back a copy")}.get(kind, self.tr("Copy"))

    def describe(self, info: BackupInfo) -> str:
        when = info.made_at.strftime("%Y-%m-%d %H:%M")
        if not info.ok:
            return self.tr("%1 — this copy is damaged and cannot be used.").replace("%1", when)
        kept = self.tr("Kept until you remove it") + " · " if info.pinned else ""
        return (f"{kept}{when} · {self._kind_text(info.kind)}\n"
                + self.tr("%1 shops · %2 friend counts · %3 messages sent · newest record %4")
                .replace("%1", str(info.shops)).replace("%2", f"{info.friend_counts:,}")
                .replace("%3", f"{info.messages_sent:,}").replace("%4", info.newest_record or "-"))

    def refresh(self) -> None:
        while self.list_box.count():
            item = self.list_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.restore_buttons = []
        copies = save_or_tell(self, lambda: backup_tasks.list_backups(self._ws),
                              self.tr("The list of copies could not be read."), self._ws.data_dir)
        if copies is NOT_SAVED or not copies:
            self.list_box.addWidget(styled_label(self.tr("There are no copies yet. The first one is made today."),
                                                 "muted"))
            return
        for info in copies:
            row = QFrame()
            row.setProperty("role", "card")
            line = QHBoxLayout(row)
            line.addWidget(styled_label(self.describe(info)), 1)
            if info.ok:
                button = styled_button(self.tr("Bring back"), accessible_name=self.tr("Bring back the copy of %1")
                                       .replace("%1", info.made_at.strftime("%Y-%m-%d %H:%M")))
                button.clicked.connect(lambda _=False, i=info: self.restore(i))
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
                self.restore_buttons.append(button)
            if info.pinned:
                remove = styled_button(self.tr("Remove"), accessible_name=self.tr("Remove the kept copy of %1")
                                       .replace("%1", info.made_at.strftime("%Y-%m-%d %H:%M")))
                remove.clicked.connect(lambda _=False, i=info: self.remove_pinned(i))
                line.addWidget(remove, 0, Qt.AlignmentFlag.AlignVCenter)
            self.list_box.addWidget(row)

    def remove_pinned(self, info: BackupInfo) -> bool:
        """A copy kept before a restore, an import or a fresh start goes only when the person says so."""
        question = (self.tr("Remove this kept copy? The records in it cannot be brought back after that.") + "\n\n"
                    + self.describe(info))
        if not dialogs.ask_yes_no(self, self.tr("Remove the copy?"), question, self.tr("Yes, remove it"),
                                  self.tr("No, keep it")):
            return False
        if save_or_tell(self, lambda: backup_tasks.remove_pinned(self._ws, info.path),
                        self.tr("The copy was not removed."), self._ws.data_dir) is NOT_SAVED:
            return False
        self._say(self.tr("The kept copy was removed."))
        self.refresh()
        return True

    def restore(self, info: BackupInfo) -> bool:
        question = (self.tr("Bring back this copy? Your records will be as they were then:") + "\n\n"
                    + self.describe(info) + "\n\n"
                    + self.tr("Your records as they are now are kept as a copy first, so you can come back to them."))
        if not dialogs.ask_yes_no(self, self.tr("Bring back a copy?"), question, self.tr("Yes, bring it back"),
                                  self.tr("No, keep things as they are")):
            return False
        try:
            done = save_or_tell(self, lambda: backup_tasks.restore(self._ws, info.path),
                                self.tr("The copy was not brought back. Your records are as they were."),
                                self._ws.data_dir)
        except DanggolError as exc:  # a copy from a newer app: refused before anything changed
            self._say(describe_error(exc))
            return False
        if done is NOT_SAVED:
            return False
        self._say(self.tr("The copy of %1 was brought back.").replace("%1", info.made_at.strftime("%Y-%m-%d %H:%M")))
        self.refresh()
        self.restored.emit()
        return True

    def choose_elsewhere(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where should the copy go?"), start)
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> Path | None:
        made = save_or_tell(self, lambda: backup_tasks.backup_elsewhere(self._ws, folder),
                            self.tr("The copy was not made."), self._ws.data_dir)
        if made is NOT_SAVED:
            return None
        self._say(self.tr("A copy was saved in the folder %1 as %2.").replace("%1", folder.name or str(folder))
                  .replace("%2", made.name))
        return made

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)
