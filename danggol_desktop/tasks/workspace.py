"""The data a task works on: the open database, the folder it lives in, and what the app knows by code."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from danggol_desktop import paths, resources
from danggol_desktop.domain.clock import Clock
from danggol_desktop.storage.connection import Database
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.errors import StorageError, classify

if TYPE_CHECKING:
    from danggol_desktop.domain.record_checks import KnownValues

P = ParamSpec("P")
R = TypeVar("R")


class Workspace:
    """An open data folder: its database, where it lives, and the one clock (the database's: its records are stamped
    with it)."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @property
    def db_path(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.data_dir)

    def close(self) -> None:
        self.db.conn.close()


def open_workspace(data_dir: Path, clock: Clock) -> Workspace:
    """Open the data folder's database (see storage.database.open_database for what it refuses). On a full disk it
    is opened to read only: what is recorded can still be seen, and every save says the disk is full."""
    data_dir = Path(data_dir)
    return Workspace(open_or_read_only(paths.database_path(data_dir), paths.backup_dir(data_dir), clock), data_dir)


def open_or_read_only(db_path: Path, backup_dir: Path, clock: Clock) -> Database:
    from danggol_desktop.domain.errors import DiskFull
    from danggol_desktop.storage.database import open_to_read

    try:
        return open_database(db_path, backup_dir, clock=clock)
    except DiskFull as full:
        return open_to_read(db_path, full, clock=clock)


def try_routine_backup(ws: Workspace) -> StorageError | None:
    """The day's (and the week's) copy after a command-line write that already succeeded (the GUI makes it on a worker
    thread). Any failure is logged and returned, so it is said as 'saved, but no backup copy', never 'nothing
    changed'."""
    from danggol_desktop.storage import backup

    try:
        made = backup.routine_backup(ws.db.conn, ws.backup_dir, ws.clock.local_now())
    except Exception as exc:  # noqa: BLE001
        from danggol_desktop.app_log import log_exception

        log_exception(ws.data_dir, exc, "routine backup after a write")
        return classify(exc, ws.data_dir)
    _log_backups(ws.data_dir, made)
    return None


def _log_backups(data_dir: Path, made: list[Path]) -> None:
    from danggol_desktop.app_log import log_event

    for copy in made:
        log_event(data_dir, f"backup: {copy.name}")


def known_values() -> KnownValues:
    import json

    from danggol_desktop.domain.categories import load_categories
    from danggol_desktop.domain.promotion import KIND_CODES
    from danggol_desktop.domain.record_checks import KnownValues
    from danggol_desktop.tasks.channel_kit_tasks import channel_kit

    categories = load_categories(resources.asset("data", "categories.json"))
    layouts = json.loads(resources.asset("data", "poster_layouts.json").read_text(encoding="utf-8"))["layouts"]
    steps = json.loads(resources.asset("data", "curriculum.json").read_text(encoding="utf-8"))["steps"]
    return KnownValues(
        categories=frozenset(c.code for c in categories),
        message_kinds=frozenset(KIND_CODES) | {"outside"},
        poster_layouts=frozenset(e["code"] for e in layouts),
        curriculum_steps=frozenset(s["code"] for s in steps),
        channel_text_codes=channel_kit().text_codes(),
        kit_limits=channel_kit().limits,
    )


def sort_failure(exc: BaseException, data_dir: Path | None) -> BaseException:
    """A raw SQLite or OS error that escaped a command (outside a task) sorted into its StorageError, as @task does;
    anything else is returned as it is."""
    from danggol_desktop.storage.errors import classify, is_storage_failure

    return classify(exc, data_dir) if is_storage_failure(exc) else exc


def check_output(ws: Workspace, path: Path, overwrite: bool) -> None:
    """A file a command or a screen is about to write: never inside the data folder (the database, its backups, the
    log), whatever `overwrite` says; then a regular file or a new name, replaced only when `overwrite`."""
    from danggol_desktop.storage.files import check_not_in, check_target

    check_not_in(Path(path), ws.data_dir)
    check_target(Path(path), overwrite)


def task(fn: Callable[P, R]) -> Callable[P, R]:
    """Every task raises DanggolError subclasses only: a raw sqlite3 or OS error is sorted into a StorageError
    (disk full, read-only, busy, damaged …) here, once, for screens and command line alike."""
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except (sqlite3.Error, OSError, StorageError) as exc:
            ws = args[0] if args and isinstance(args[0], Workspace) else None
            if ws is not None and ws.db.read_only_because is not None and isinstance(exc, sqlite3.Error):
                raise ws.db.read_only_because from exc  # opened to read on a full disk: the reason is the disk
            raise classify(exc, ws.data_dir if ws is not None else None) from exc

    return wrapper
