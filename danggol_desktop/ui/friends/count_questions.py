"""The two questions asked before a friend count is kept, on the friends screen and on the tutor's week screen
alike: 'that day already has N written down — change it?' and 'that is over 20% fewer than last time — right?'."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from danggol_desktop.domain.dates import format_count, format_day
from danggol_desktop.domain.friend_counts import is_big_drop
from danggol_desktop.tasks import friend_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets import dialogs


def replace_ok(parent: QWidget, ws: Workspace, shop_id: int, day: date, count: int, language: str) -> bool:
    """False when the day already has another count and the person keeps it."""
    existing = friend_tasks.count_on(ws, shop_id, day)
    if existing is None or existing.count == count:
        return True
    question = (QCoreApplication.translate("FriendsPage", "%1 already has %2 written down. Change it to %3?")
                .replace("%1", format_day(day, language)).replace("%2", format_count(existing.count, language))
                .replace("%3", format_count(count, language)))
    return dialogs.ask_yes_no(parent, QCoreApplication.translate("FriendsPage", "Change the record?"), question,
                              QCoreApplication.translate("FriendsPage", "Yes, change it"),
                              QCoreApplication.translate("FriendsPage", "No, keep it"))


def drop_ok(parent: QWidget, ws: Workspace, shop_id: int, day: date, count: int, language: str) -> bool:
    """False when the count is far below the one before and the person wants to fix it."""
    before = friend_tasks.latest(ws, shop_id, before=day)
    if before is None or not is_big_drop(before.count, count):
        return True
    question = QCoreApplication.translate(
        "FriendsPage", "Is that right? That is more than 20% fewer than last time (%1). It can happen when customers "
        "block the channel, so you can save it.").replace("%1", format_count(before.count, language))
    return dialogs.ask_yes_no(parent, QCoreApplication.translate("FriendsPage", "Is that right?"), question,
                              QCoreApplication.translate("FriendsPage", "Yes, it is right"),
                              QCoreApplication.translate("FriendsPage", "No, let me fix it"))
