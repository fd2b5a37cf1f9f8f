"""This computer's preferences (text size, contrast, language, the chosen shop) and small remembered values."""

from __future__ import annotations

from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.storage.settings_repo import SettingsRepo
from danggol_desktop.tasks.workspace import Workspace, task


@task
def load_preferences(ws: Workspace) -> Preferences:
    return SettingsRepo(ws.db).load()


@task
def save_preferences(ws: Workspace, prefs: Preferences) -> None:
    SettingsRepo(ws.db).save(prefs)


@task
def remembered(ws: Workspace, key: str) -> str:
    """A small remembered value outside the preferences (the folder photos last came from)."""
    return SettingsRepo(ws.db).value(key)


@task
def remember(ws: Workspace, key: str, value: str) -> None:
    SettingsRepo(ws.db).set_value(key, value)
