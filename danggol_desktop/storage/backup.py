"""Rotated copies of the database made with SQLite's online backup API, checked before they are kept, and the way
back from them: a summary of what each copy holds, a restore that keeps the current file first, moving a damaged file
aside (never overwriting it)."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from danggol_desktop.domain.clock import KOREA
from danggol_desktop.domain.errors import BackupFolderBlocked
from danggol_desktop.paths import make_private_dir, make_private_file
from danggol_desktop.storage.errors import DatabaseCorrupt, StorageError, classify

if TYPE_CHECKING:
    from danggol_desktop.domain.records import BackupInfo

# How many copies of each kind are kept. Each kind has its own quota, so fourteen imports never push out the dailies.
QUOTAS = {"daily": 7, "weekly": 4, "import": 5, "migration": 5, "restore": 5}
# All copies together stay under this; for a big tutor's file the oldest copies go first (never the newest of each).
TOTAL_BUDGET_BYTES = 1024 * 1024 * 1024
_NAME = re.compile(r"^danggol-(\d{8}-\d{6})-([a-z0-9\-]+)\.sqlite$")
_LEGACY_KINDS = {"before-import": "import", "before-migration": "migration"}
# A copy being made writes its .partial file continuously (a 180 MB file takes 0.3 s): one untouched for a minute
# was left by a copy that was killed (a power cut, a closed laptop), and so were its journals.
_STALE_PARTIAL_S = 60


PINNED = "-pinned"  # a copy kept until the person removes it: never rotated, never counted in the budget


def _kind_of(reason: str) -> str:
    if reason.endswith(PINNED):
        return _kind_of(reason[: -len(PINNED)]) + PINNED
    if reason in QUOTAS:
        return reason
    for prefix, kind in _LEGACY_KINDS.items():
        if reason.startswith(prefix):
            return kind
    return "daily" if reason.startswith("daily") else reason


def _parse(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), _kind_of(match.group(2))
    except ValueError:
        return None


def _listed(path: Path) -> tuple[datetime, str]:
    """_parse for a path list_backups returned (so its name parses)."""
    return _parse(path) or (datetime.min, "other")


def list_backups(backup_dir: Path, kind: str | None = None) -> list[Path]:
    """Backups in `backup_dir` (of one kind when given, pinned or not), newest first."""
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.iterdir():
        parsed = _parse(path)
        if parsed is not None and (kind is None or parsed[1] in (kind, kind + PINNED)):
            found.append((parsed[0], path.name, path))
    return [p for _t, _n, p in sorted(found, reverse=True)]


def _regular_file(path: Path) -> bool:
    """The path opens (without blocking) as a regular file: a pipe or a device put in its place is never read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode)
    finally:
        os.close(fd)


def check_copy(path: Path) -> bool:
    """True when `path` is a SQLite file that passes `quick_check` (a pipe or device in its place is never opened)."""
    if not _regular_file(Path(path)):
        return False
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check(1)").fetchall() == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _wall(now: datetime) -> datetime:
    """Copies are named and compared by the market's wall time (naive), whatever zone the PC is set to."""
    return now.astimezone(KOREA).replace(tzinfo=None) if now.tzinfo is not None else now


def _clean_partials(backup_dir: Path) -> None:
    # The files' age is read against the file system's own clock — the time it gives a file written just now — not
    # the program's clock, which tests fix and which a wrong PC date moves.
    fd, marker = tempfile.mkstemp(prefix=".danggol-now-", dir=backup_dir)
    try:
        os.write(fd, b"now")
        now = os.fstat(fd).st_mtime
    finally:
        os.close(fd)
        os.unlink(marker)
    cutoff = now - _STALE_PARTIAL_S
    leftovers = [*backup_dir.glob("danggol-*.partial"), *backup_dir.glob("danggol-*.partial-journal"),
                 *backup_dir.glob("danggol-*.partial-wal"), *backup_dir.glob("danggol-*.partial-shm")]
    for partial in leftovers:
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass


def _free_name(folder: Path, stem: str) -> Path:
    """`folder/stem.sqlite`, or `stem-1`, `stem-2` … when taken: a copy never replaces another."""
    target = folder / f"{stem}.sqlite"
    n = 1
    while target.exists():
        target = folder / f"{stem}-{n}.sqlite"
        n += 1
    return target


def _copy_checked(source: sqlite3.Connection, target: Path) -> Path:
    """Copy `source` into `target` through a .partial file; the copy is kept only if it passes quick_check."""
    partial = target.with_name(target.name + ".partial")
    try:
        dest = sqlite3.connect(str(partial))
        try:
            dest.execute("PRAGMA user_version")  # makes the file, so that it is private before a page is copied
            make_private_file(partial)
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        if not check_copy(partial):
            raise DatabaseCorrupt(detail="the copy failed quick_check; nothing replaced")
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise classify(exc) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def make_backup(conn: sqlite3.Connection, backup_dir: Path, kind: str, now: datetime, pinned: bool = False) -> Path:
    """Copy the open database into `backup_dir` (consistent even while in use), check the copy, then rotate that
    kind's quota. A copy that fails the check is deleted and never replaces a good one. A pinned copy (the one made
    before a restore or an import) is never rotated out: the person removes it on the restore screen."""
    backup_dir = Path(backup_dir)
    kind = _kind_of(kind)
    if backup_dir.exists() and not backup_dir.is_dir():
        raise BackupFolderBlocked(detail=str(backup_dir))
    try:
        make_private_dir(backup_dir)
    except OSError as exc:
        raise classify(exc) from None
    try:
        _clean_partials(backup_dir)
    except OSError as exc:
        raise classify(exc) from None
    when = _wall(now)
    name = f"danggol-{when:%Y%m%d-%H%M%S}-{kind}{PINNED if pinned else ''}"
    target = _copy_checked(conn, _free_name(backup_dir, name))
    rotate(backup_dir)
    return target


def rotate(backup_dir: Path) -> None:
    """Keep each kind's quota, then the total budget (oldest first, never the newest copy of a kind)."""
    by_kind: dict[str, list[Path]] = {kind: [] for kind in QUOTAS}
    for path in list_backups(backup_dir):  # newest first
        by_kind.setdefault(_listed(path)[1], []).append(path)
    kept: list[Path] = []
    for kind, quota in QUOTAS.items():
        for old in by_kind[kind][quota:]:
            old.unlink(missing_ok=True)
        kept += by_kind[kind][:quota]
    newest_of_kind = {copies[0] for kind, copies in by_kind.items() if kind in QUOTAS and copies}
    by_age = sorted(kept, key=lambda p: _listed(p)[0])
    total = sum(p.stat().st_size for p in by_age)
    for old in by_age:
        if total <= TOTAL_BUDGET_BYTES:
            break
        if old in newest_of_kind:
            continue
        total -= old.stat().st_size
        old.unlink(missing_ok=True)


def routine_backup(conn: sqlite3.Connection, backup_dir: Path, now: datetime) -> list[Path]:
    """Today's copy unless there is one, and a weekly copy when the newest is a week old; returns what was made."""
    now = _wall(now)
    made: list[Path] = []
    if not any(_listed(p)[0].date() == now.date() for p in list_backups(backup_dir, "daily")):
        made.append(make_backup(conn, backup_dir, "daily", now))
    weekly = list_backups(backup_dir, "weekly")
    if not weekly or now - _listed(weekly[0])[0] >= timedelta(days=7):
        made.append(make_backup(conn, backup_dir, "weekly", now))
    return made


def daily_backup(conn: sqlite3.Connection, backup_dir: Path, now: datetime) -> Path | None:
    """Make today's backup (and the week's) unless there already is one; returns the daily copy made or None."""
    made = routine_backup(conn, backup_dir, now)
    return next((p for p in made if _listed(p)[1] == "daily"), None)


def routine_backup_of_file(db_path: Path, backup_dir: Path, now: datetime) -> list[Path]:
    """routine_backup through a connection of its own, so it can run on a worker thread while the app goes on."""
    conn = sqlite3.connect(str(db_path), timeout=10)
    try:
        return routine_backup(conn, backup_dir, now)
    finally:
        conn.close()


def describe(path: Path) -> BackupInfo:
    """What a copy holds: shops, friend counts, messages sent and its newest record; ok=False when it is damaged."""
    from danggol_desktop.domain.records import BackupInfo  # with the backups list only: it loads the drafts' types

    path = Path(path)
    made, kind = _parse(path) or (_wall(datetime.fromtimestamp(path.stat().st_mtime, KOREA)), "other")
    pinned = kind.endswith(PINNED)
    parsed = (made, kind[: -len(PINNED)] if pinned else kind)
    size = path.stat().st_size if path.exists() else 0
    if not check_copy(path):
        return BackupInfo(path, parsed[0], parsed[1], size, ok=False, pinned=pinned)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        def one(sql: str) -> Any:
            return conn.execute(sql).fetchone()[0]

        newest = max((one(f"SELECT max(updated_at) FROM {t}") or "" for t in ("shops", "friend_counts", "messages")),
                      default="")
        return BackupInfo(path, parsed[0], parsed[1], size, ok=True,
                          shops=one("SELECT count(*) FROM shops WHERE archived_at IS NULL"),
                          friend_counts=one("SELECT count(*) FROM friend_counts WHERE deleted_at IS NULL"),
                          messages_sent=one("SELECT count(*) FROM messages WHERE status = 'sent' "
                                            "AND deleted_at IS NULL"),
                          newest_record=newest[:10], pinned=pinned)
    except sqlite3.Error:
        return BackupInfo(path, parsed[0], parsed[1], size, ok=False, pinned=pinned)
    finally:
        conn.close()


def pin(path: Path) -> Path:
    """Keep a copy until the person removes it (after 빈 자료로 시작하기 it holds the only records of before)."""
    path = Path(path)
    if path.stem.endswith(PINNED):
        return path
    target = path.with_name(f"{path.stem}{PINNED}{path.suffix}")
    try:
        path.replace(target)
    except OSError as exc:
        raise classify(exc) from None
    return target


def remove_pinned(path: Path) -> None:
    """The person removes a pinned copy on the restore screen (only pinned copies are removed this way)."""
    path = Path(path)
    if not path.stem.endswith(PINNED) or _parse(path) is None:
        raise ValueError(path.name)
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise classify(exc) from None


def newest_good(backup_dir: Path) -> Path | None:
    """The newest copy that passes quick_check (a damaged copy is skipped, never restored)."""
    for path in list_backups(backup_dir):
        if check_copy(path):
            return path
    return None


def move_aside(db_path: Path, now: datetime) -> Path:
    """Rename a damaged database (with its -wal/-shm files) so it is kept, never overwritten; returns the new path."""
    db_path = Path(db_path)
    stamp = _wall(now).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    n = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}-{n}{db_path.suffix}")
        n += 1
    try:
        db_path.replace(target)
        for extra in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + extra)
            if side.exists():
                side.replace(target.with_name(target.name + extra))
    except OSError as exc:
        raise classify(exc) from None
    return target


def copy_schema_version(path: Path) -> int:
    """The schema version a copy was written with (0 when it cannot be read)."""
    if not _regular_file(Path(path)):
        return 0
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def restore_backup(backup_path: Path, db_path: Path) -> None:
    """Copy a backup into place as the database, page by page in one transaction (the caller has kept the current
    file first: moved aside when damaged, or copied with kind 'restore')."""
    if not _regular_file(Path(backup_path)):
        raise DatabaseCorrupt(detail=f"backup {Path(backup_path).name} is not a regular file")
    if not check_copy(backup_path):
        raise DatabaseCorrupt(detail=f"backup {Path(backup_path).name} fails quick_check")
    try:
        src = sqlite3.connect(Path(backup_path).resolve().as_uri() + "?mode=ro", uri=True)
        dest = sqlite3.connect(str(db_path), timeout=10)
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
    except sqlite3.Error as exc:
        raise classify(exc) from None


def copy_elsewhere(conn: sqlite3.Connection, folder: Path, now: datetime) -> Path:
    """'다른 곳에 백업': a checked, consistent copy in a folder the user picked (a USB stick); never overwrites."""
    folder = Path(folder)
    if not folder.is_dir():
        raise StorageError("folder_missing", detail=str(folder))
    when = _wall(now)
    return _copy_checked(conn, _free_name(folder, f"danggol-backup-{when:%Y%m%d-%H%M%S}"))

