"""Opening the one SQLite file: safety pragmas, schema version checks, ordered migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.storage import backup
from danggol_desktop.storage.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
DB_FILENAME = "danggol.sqlite"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class Database:
    """The app's database: the sqlite3 connection at once, sqlite-utils' table helpers when first used.

    Importing sqlite-utils costs about a tenth of a second, and nothing the first screen reads needs it, so it is
    loaded on the first write or table look-up (`db["shops"]`, `db.atomic()`, …), which delegate to it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils = None

    @property
    def utils(self):
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getitem__(self, name: str):
        return self.utils[name]

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.utils, name)


class SchemaTooNew(DanggolError):
    """The file was written by a newer app; we refuse it and leave it exactly as it is."""

    code = "schema_too_new"

    def __init__(self, found: int, known: int) -> None:
        super().__init__(detail=f"schema {found} > {known}")
        self.found = found
        self.known = known


class DatabaseCorrupt(DanggolError):
    """The file is not a readable SQLite database."""

    code = "database_corrupt"


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Before any write: a file that is not SQLite raises DatabaseCorrupt, a newer schema raises SchemaTooNew; both leave
    the file untouched. Before migrating an existing database a backup is taken into `backup_dir`.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        with open(path, "rb") as fh:
            if fh.read(16) != _SQLITE_MAGIC:
                raise DatabaseCorrupt(detail="bad header")
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseCorrupt(detail=str(exc)) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise SchemaTooNew(version, SCHEMA_VERSION)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # shop PCs lose power; every commit must reach the disk
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        db = Database(conn)
        if version < SCHEMA_VERSION:
            if existed and version > 0 and backup_dir is not None:
                backup.make_backup(conn, backup_dir, reason=f"before-migration-{version}-to-{SCHEMA_VERSION}")
            migrate(db, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseCorrupt(detail=str(exc)) from None
    return db


def migrate(db: Database, from_version: int) -> None:
    """Apply the migrations after `from_version`, each in its own transaction together with its version bump."""
    for number, step in enumerate(MIGRATIONS[from_version:], start=from_version + 1):
        with db.atomic():
            step(db)
            db.conn.execute(f"PRAGMA user_version={number:d}")


def schema_version(db: Database) -> int:
    return db.conn.execute("PRAGMA user_version").fetchone()[0]
