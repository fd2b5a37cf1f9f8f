"""Data on a USB stick: save this shop or its whole market to a .danggol file, or bring one in. Before anything is
changed the tutor sees what would be added, changed and removed, kind by kind; a backup is taken first. When an import
leaves two shops of one name, she is told and offered to rename one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.records import ImportPlan
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import describe_error, describe_note
from danggol_desktop.tasks import shop_tasks, transfer_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_open_path, ask_save_path
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class TransferPage(Page):
    imported = Signal()
    rename_requested = Signal(object)  # Shop: one of two shops an import left with one name

    def __init__(self, workspace: Workspace, shop: Shop, parent: QWidget | None = None):
        super().__init__(self.tr("Data on a USB stick"), parent=parent)
        self._ws = workspace
        self._shop = shop
        self.content.addWidget(styled_label(self.tr("Save to a file"), "heading"))
        self.shop_button = styled_button(self.tr("Save this shop (%1)").replace("%1", shop.name))
        self.market_button = styled_button(self.tr("Save the whole market (%1)").replace("%1", shop.market))
        self.all_button = styled_button(self.tr("Save everything (every market)"))
        self.shop_button.clicked.connect(lambda: self.export(shop_only=True))
        self.market_button.clicked.connect(lambda: self.export(shop_only=False))
        self.all_button.clicked.connect(lambda: self.export(shop_only=False, everything=True))
        self.content.addWidget(self.shop_button)
        self.content.addWidget(self.market_button)
        self.content.addWidget(self.all_button)
        self.content.addWidget(styled_label(self.tr("Bring in a file"), "heading"))
        self.content.addWidget(styled_label(self.tr(
            "New records are added, and for each thing the newest change wins, whichever computer made it. Bringing "
            "in the same file twice changes nothing."), "muted"))
        self.import_button = styled_button(self.tr("Bring in a .danggol file…"), "primary")
        self.import_button.clicked.connect(self.choose_import)
        self.content.addWidget(self.import_button)
        self.result = SavedNotice()
        self.content.addWidget(self.result)
        self.rename_button = styled_button(self.tr("Rename one of them"))
        self.rename_button.clicked.connect(self._rename_newest)
        self.rename_button.hide()
        self.content.addWidget(self.rename_button)
        self._to_rename: Shop | None = None
        self.content.addStretch(1)
        self.first_focus = self.shop_button

    def _say(self, text: str) -> None:
        self.result.show_text(text)

    def export(self, shop_only: bool, everything: bool = False) -> Path | None:
        """This shop, its market, or `everything` (every market: a tutor's whole laptop, to another laptop)."""
        name = self.tr("Danggol all markets") if everything else (self._shop.name if shop_only else self._shop.market)
        path = ask_save_path(self, self.tr("Save to a file"), name, "danggol")
        if path is None:
            return None
        scope: dict = {} if everything else ({"shop_id": self._shop.id} if shop_only else {"market": self._shop.market})
        try:
            counts = save_or_tell(self, lambda: transfer_tasks.export_bundle(self._ws, path, **scope),
                                  self.tr("The file was not saved."), self._ws.data_dir)
        except DanggolError as exc:
            self._say(describe_error(exc))
            return None
        if counts is NOT_SAVED:
            return None
        self.result.show_saved(path, before=self.tr("%1 shops.").replace("%1", str(counts["shops"])))
        return path

    def describe(self, plan: ImportPlan) -> str:
        """What the file adds, changes and removes, kind by kind, in plain words; then any note."""
        names = {"markets": self.tr("markets"), "shops": self.tr("shops"), "friend_counts": self.tr("friend counts"),
                 "messages": self.tr("messages"), "posters": self.tr("posters"),
                 "practice_sessions": self.tr("practice sessions"), "practice_attendance": self.tr("attendance"),
                 "curriculum_progress": self.tr("curriculum ticks"), "channel_texts": self.tr("channel texts"),
                 "coupons": self.tr("coupons"), "posts": self.tr("posts"),
                 "market_events": self.tr("market events"),
                 "market_event_shops": self.tr("shops taking part in events")}
        lines = []
        for table, name in names.items():
            parts = [text.replace("%1", str(n)) for n, text in (
                (plan.added.get(table, 0), self.tr("%1 new")), (plan.changed.get(table, 0), self.tr("%1 changed")),
                (plan.removed.get(table, 0), self.tr("%1 put away or deleted"))) if n]
            if parts:
                lines.append(f"• {name}: " + ", ".join(parts))
        text = "\n".join(lines) if lines else self.tr("Nothing new: this computer already has all of it.")
        notes = [describe_note(note) for note in plan.notes]
        return "\n\n".join([text, *notes])

    def _same_names_text(self, plan: ImportPlan) -> str:
        if not plan.same_names:
            return ""
        names = ", ".join(f"{same.market} {same.name}" for same in plan.same_names)
        return self.tr("Two shops now have the same name: %1. Both are kept with their own records. Please rename "
                       "one so that nobody mixes them up.").replace("%1", names)

    def _rename_newest(self) -> None:
        if self._to_rename is not None:
            self.rename_requested.emit(self._to_rename)

    def choose_import(self) -> None:
        chosen = ask_open_path(self, self.tr("Bring in a file"), "danggol")
        if chosen is not None:
            self.import_file(chosen)

    def import_file(self, path: Path) -> ImportPlan | None:
        try:
            preview = transfer_tasks.preview_import(self._ws, path)
        except DanggolError as exc:
            self._say(describe_error(exc))
            return None
        plan = preview.plan
        self.rename_button.hide()
        if plan.changes == 0:
            if plan.writes:  # only the other computer's bookkeeping: taken quietly, so both stay the same
                save_or_tell(self, lambda: transfer_tasks.import_bundle(self._ws, preview),
                             self.tr("Nothing was brought in; your records are as they were."), self._ws.data_dir)
            self._say(self.describe(plan))
            return plan
        # something would change: the button that brings it in is the default one
        if not dialogs.ask_yes_no(self, self.tr("Bring it in?"), self.describe(plan), self.tr("Bring it in"),
                                  self.tr("Not now"), default_yes=True):
            return None
        try:
            done = save_or_tell(self, lambda: transfer_tasks.import_bundle(self._ws, preview),
                                self.tr("Nothing was brought in; your records are as they were."), self._ws.data_dir)
        except DanggolError as exc:
            self._say(describe_error(exc))
            return None
        if done is NOT_SAVED:
            return None
        same = self._same_names_text(done)
        self._say("\n".join(filter(None, [self.tr("Brought in."), self.describe(done), same])))
        if done.same_names:
            self._to_rename = shop_tasks.get_shop(self._ws, done.same_names[0].shop_ids[-1])
            self.rename_button.setText(self.tr("Rename %1 (the one added last)").replace("%1", self._to_rename.name))
            self.rename_button.show()
        self.imported.emit()
        return done
