"""The data a task works on: the open database, the folder it lives in, and what the app knows by code."""

from __future__ import annotations

import functools
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from danggol_desktop import resources
from danggol_desktop.storage import backup
from danggol_desktop.storage.database import DB_FILENAME, Database, open_database
from danggol_desktop.storage.errors import StorageError, classify

if TYPE_CHECKING:
    from danggol_desktop.domain.record_checks import KnownValues


@dataclass
class Workspace:
    db: Database
    data_dir: Path
    now: object = field(default=lambda: datetime.now(timezone.utc))

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def close(self) -> None:
        self.db.conn.close()


def open_workspace(data_dir: Path, check: bool = True) -> Workspace:
    """Open the data folder's database (see storage.database.open_database for what it refuses)."""
    data_dir = Path(data_dir)
    return Workspace(open_database(data_dir / DB_FILENAME, data_dir / "backups", check=check), data_dir)


def routine_backup(ws: Workspace) -> list[Path]:
    """The day's (and the week's) copy after a write, for the command line; the GUI runs it on a worker thread.
    A backup that cannot be made never undoes the write that came before it: it is reported to the caller."""
    return backup.routine_backup(ws.db.conn, ws.backup_dir)


def try_routine_backup(ws: Workspace) -> StorageError | None:
    """routine_backup after a write that already succeeded: any failure is returned (and logged by the caller), so
    it is said as 'saved, but no backup copy' and never as 'nothing changed'."""
    try:
        routine_backup(ws)
    except Exception as exc:  # noqa: BLE001
        from danggol_desktop.app_log import log_exception

        log_exception(ws.data_dir, exc, "routine backup after a write")
        return classify(exc, ws.data_dir)
    return None


def known_values() -> KnownValues:
    from danggol_desktop.domain.categories import load_categories
    from danggol_desktop.domain.promotion import KIND_CODES
    from danggol_desktop.domain.record_checks import KnownValues

    categories = load_categories(resources.asset("data", "categories.json"))
    layouts = json.loads(resources.asset("data", "poster_layouts.json").read_text(encoding="utf-8"))["layouts"]
    steps = json.loads(resources.asset("data", "curriculum.json").read_text(encoding="utf-8"))["steps"]
    return KnownValues(
        categories=frozenset(c.code for c in categories),
        message_kinds=frozenset(KIND_CODES) | {"outside"},
        poster_layouts=frozenset(e["code"] for e in layouts),
        curriculum_steps=frozenset(s["code"] for s in steps),
    )


def task(fn):
    """Every task raises DanggolError subclasses only: a raw sqlite3 or OS error is sorted into a StorageError
    (disk full, read-only, busy, damaged …) here, once, for screens and command line alike."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (sqlite3.Error, OSError, StorageError) as exc:
            folder = args[0].data_dir if args and isinstance(args[0], Workspace) else None
            raise classify(exc, folder) from exc

    return wrapper
