"""Backups a person can use: what each copy holds, bringing one back after a look, a copy on a USB stick."""

from __future__ import annotations

from pathlib import Path

from danggol_desktop.app_log import log_event
from danggol_desktop.domain.records import BackupInfo
from danggol_desktop.storage import backup
from danggol_desktop.tasks.workspace import Workspace, task


@task
def list_backups(ws: Workspace) -> list[BackupInfo]:
    """Every copy with what it holds, pinned ones first, then newest first (damaged copies are listed as such,
    never offered)."""
    copies = [backup.describe(path) for path in backup.list_backups(ws.backup_dir)]
    return [c for c in copies if c.pinned] + [c for c in copies if not c.pinned]


@task
def remove_pinned(ws: Workspace, copy: Path) -> None:
    """The person no longer needs a copy kept before a restore, an import or a fresh start."""
    backup.remove_pinned(Path(copy))
    log_event(ws.data_dir, f"pinned copy removed: {Path(copy).name}")


@task
def restore(ws: Workspace, copy: Path) -> Path | None:
    """Bring a copy back as the current data. The current data is copied first (kind 'restore') so the restore can
    itself be undone; returns that copy, or None when the current file could not be copied (it is then left
    unchanged and the error raised). A copy made by a newer app is refused before anything changes; a copy from
    before an update is brought up to this app's schema at once, so every screen can read it (they failed until a
    restart: "no such column: s.search_id")."""
    from danggol_desktop.storage.database import SCHEMA_VERSION, SchemaTooNew, migrate

    found = backup.copy_schema_version(Path(copy))
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(found, SCHEMA_VERSION)
    kept = backup.make_backup(ws.db.conn, ws.backup_dir, "restore", ws.clock.local_now(), pinned=True)
    backup.restore_backup(Path(copy), ws.db_path)
    if 0 < found < SCHEMA_VERSION:
        migrate(ws.db, found)
        log_event(ws.data_dir, f"migration: restored copy from schema {found} to {SCHEMA_VERSION}")
    log_event(ws.data_dir, f"restore: {Path(copy).name} brought back; the data before kept as {kept.name}")
    return kept


@task
def backup_elsewhere(ws: Workspace, folder: Path) -> Path:
    """'다른 곳에 백업': a checked copy in a folder the person picked (a USB stick, say)."""
    made = backup.copy_elsewhere(ws.db.conn, Path(folder), ws.clock.local_now())
    log_event(ws.data_dir, f"backup elsewhere: {made.name}")
    return made
