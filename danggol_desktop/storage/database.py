"""Opening the one SQLite file: safety pragmas, schema version checks, ordered migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.paths import make_private_dir, make_private_file
from danggol_desktop.storage import fresh_schema
from danggol_desktop.storage.connection import Database, immediate
from danggol_desktop.storage.errors import DatabaseCorrupt, DatabaseEmpty, StorageError, classify
from danggol_desktop.storage.migrations import MIGRATIONS
from danggol_desktop.storage.versioning import Versioning

SCHEMA_VERSION = len(MIGRATIONS)
_SQLITE_MAGIC = b"SQLite format 3\x00"


class SchemaTooNew(DanggolError):
    """The file was written by a newer app; we refuse it and leave it exactly as it is."""

    code = "schema_too_new"

    def __init__(self, found: int, known: int) -> None:
        super().__init__(detail=f"schema {found} > {known}")
        self.found = found
        self.known = known


BUSY_TIMEOUT_S = 10


def quick_check(conn: sqlite3.Connection) -> bool:
    """SQLite's own quick integrity check of every page; False when the file is damaged inside."""
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        if isinstance(classify(exc), DatabaseCorrupt):
            return False
        raise classify(exc) from None
    return rows == [("ok",)]


def open_database(path: Path, backup_dir: Path | None = None, *, clock: Clock) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Before any write: a file that is not SQLite or fails `quick_check` raises DatabaseCorrupt, a zero-length file
    with backups beside it raises DatabaseEmpty, a newer schema raises SchemaTooNew; all leave the file untouched.
    A full disk, a read-only folder or a file locked by another program raise their own StorageError — never
    DatabaseCorrupt. Before migrating an existing database a backup is taken into `backup_dir`.
    """
    path = Path(path)
    try:
        make_private_dir(path.parent)
        existed = path.exists() and path.stat().st_size > 0
        if path.exists() and not existed and backup_dir is not None and _has_backups(backup_dir):
            raise DatabaseEmpty(detail="zero-length file next to backups")
        if existed:
            with open(path, "rb") as fh:
                if fh.read(16) != _SQLITE_MAGIC:
                    raise DatabaseCorrupt(detail="bad header")
    except OSError as exc:
        raise classify(exc, path.parent) from None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise classify(exc, path.parent) from None
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000:d}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version <= SCHEMA_VERSION and not quick_check(conn):
                raise DatabaseCorrupt(detail="quick_check failed")
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(version, SCHEMA_VERSION)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # shop PCs lose power; every commit must reach the disk
        conn.execute("PRAGMA foreign_keys=ON")
        for own in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            make_private_file(own)  # SQLite makes the -wal and -shm with the database's own mode from now on
        db = Database(conn, clock, path)
        db.versioning = Versioning(conn, clock)  # before any write: the triggers call its functions
        if version == 0 and fresh_schema.VERSION == SCHEMA_VERSION and not _has_tables(conn):
            create_fresh(conn)  # a brand-new file: the whole schema in one transaction, one sync
            version = SCHEMA_VERSION
        if version < SCHEMA_VERSION:
            kept = None
            if existed and version > 0 and backup_dir is not None:
                from danggol_desktop.storage import backup  # only when migrating: start-up does not load it

                kept = backup.make_backup(conn, backup_dir, "migration", clock.local_now())
            migrate(db, version)
            if existed:
                from danggol_desktop.app_log import log_event

                log_event(path.parent, f"migration: data file from schema {version} to {SCHEMA_VERSION}"
                          + (f", copy kept first as {kept.name}" if kept else ""))
    except (DanggolError, sqlite3.Error, OSError) as exc:
        conn.close()
        if isinstance(exc, StorageError):
            raise classify(exc, path.parent) from None
        if isinstance(exc, DanggolError):
            raise
        raise classify(exc, path.parent) from None
    return db


def open_to_read(path: Path, because: StorageError, *, clock: Clock) -> Database:
    """Open the data file only to read, for a disk too full to open it normally (WAL needs to write its shared-memory
    file even to read): lists, charts and reports still show, and every write is refused with `because`. Only a
    file of this app's schema with nothing waiting in its -wal is opened so; otherwise `because` is raised."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    if not path.is_file() or (wal.exists() and wal.stat().st_size > 0):
        raise because
    try:
        # immutable: SQLite makes no -shm and takes no lock; nothing writes this file while the disk is full
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        raise because from None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION or not quick_check(conn):
            raise because
    except (sqlite3.Error, StorageError):
        conn.close()
        raise because from None
    db = Database(conn, clock, path)
    db.versioning = Versioning(conn, clock)
    db.read_only_because = because
    return db


def _has_tables(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])


def create_fresh(conn: sqlite3.Connection) -> None:
    """Write the current schema (storage.fresh_schema) into an empty file in one transaction with its version."""
    with immediate(conn):
        for statement in fresh_schema.STATEMENTS:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version={fresh_schema.VERSION:d}")


def migrate(db: Database, from_version: int) -> None:
    """Apply the migrations after `from_version`, each in its own transaction together with its version bump."""
    for number, step in enumerate(MIGRATIONS[from_version:], start=from_version + 1):
        with db.atomic():
            step(db)
            db.conn.execute(f"PRAGMA user_version={number:d}")


def schema_version(db: Database) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def _has_backups(backup_dir: Path) -> bool:
    from danggol_desktop.storage import backup  # only for an empty file: start-up does not load it

    return bool(backup.list_backups(backup_dir))
