"""Rotated copies of the database made with SQLite's online backup API, and moving a damaged file aside."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 14
_NAME = re.compile(r"^danggol-(\d{8}-\d{6})-([a-z0-9\-]+)\.sqlite$")


def make_backup(conn: sqlite3.Connection, backup_dir: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the open database into `backup_dir` (consistent even while in use) and keep the newest KEEP copies."""
    backup_dir = Path(backup_dir)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    safe_reason = re.sub(r"[^a-z0-9\-]+", "-", reason.lower()).strip("-") or "copy"
    target = backup_dir / f"danggol-{stamp}-{safe_reason}.sqlite"
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    partial.replace(target)
    for old in list_backups(backup_dir)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups in `backup_dir`, newest first."""
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: _NAME.match(p.name).group(1), reverse=True)


def daily_backup(conn: sqlite3.Connection, backup_dir: Path, now: datetime | None = None) -> Path | None:
    """Make today's backup unless there already is one; returns the new file or None."""
    now = now or datetime.now()
    today = now.strftime("%Y%m%d")
    if any(_NAME.match(p.name).group(1).startswith(today) for p in list_backups(backup_dir)):
        return None
    return make_backup(conn, backup_dir, reason="daily", now=now)


def move_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (with its -wal/-shm files) so it is kept, never overwritten; returns the new path."""
    db_path = Path(db_path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    n = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}-{n}{db_path.suffix}")
        n += 1
    db_path.replace(target)
    for extra in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + extra)
        if side.exists():
            side.replace(target.with_name(target.name + extra))
    return target


def restore_backup(backup_path: Path, db_path: Path) -> None:
    """Copy a backup into place as the database (the caller has moved any existing file aside first)."""
    src = sqlite3.connect(Path(backup_path).resolve().as_uri() + "?mode=ro", uri=True)
    dest = sqlite3.connect(str(db_path))
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
