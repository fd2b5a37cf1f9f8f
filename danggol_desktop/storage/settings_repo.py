"""Preferences stored as key/value rows in the `settings` table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from danggol_desktop.domain.preferences import Preferences

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database


class SettingsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> Preferences:
        rows = self._db.conn.execute("SELECT key, value FROM settings").fetchall()
        return Preferences.from_strings(dict(rows))

    def save(self, prefs: Preferences) -> None:
        with self._db.atomic():
            self._db["settings"].upsert_all(
                [{"key": k, "value": v} for k, v in prefs.to_strings().items()], pk="key"
            )

    def value(self, key: str) -> str:
        """A small remembered value outside the preferences (the folder photos last came from)."""
        row = self._db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    def set_value(self, key: str, value: str) -> None:
        with self._db.atomic():
            self._db["settings"].upsert({"key": key, "value": value}, pk="key")
