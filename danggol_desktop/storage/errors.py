"""What went wrong with the data file, told apart by SQLite's own result codes and the OS error number.

Only a file SQLite itself calls corrupt or "not a database" is damaged. A full disk, a read-only folder, a file
held by another program or a failing USB stick are each their own error with their own sentence, and none of them
is ever a reason to move the file aside."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from danggol_desktop.domain.errors import (  # the classes live in domain/: screens name them without storage
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseEmpty,
    DiskFull,
    ReadOnlyStorage,
    StorageError,
)

__all__ = ["DatabaseBusy", "DatabaseCorrupt", "DatabaseEmpty", "DiskFull", "ReadOnlyStorage", "StorageError",
           "classify", "is_storage_failure"]

# SQLite primary result codes (https://www.sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB, SQLITE_AUTH = 26, 23


_SQLITE_CLASSES = {
    SQLITE_CORRUPT: DatabaseCorrupt, SQLITE_NOTADB: DatabaseCorrupt,
    SQLITE_FULL: DiskFull,
    SQLITE_READONLY: ReadOnlyStorage, SQLITE_PERM: ReadOnlyStorage, SQLITE_AUTH: ReadOnlyStorage,
    SQLITE_CANTOPEN: ReadOnlyStorage,
    SQLITE_BUSY: DatabaseBusy, SQLITE_LOCKED: DatabaseBusy,
}
_OS_CLASSES = {
    errno.ENOSPC: DiskFull, errno.EDQUOT: DiskFull, errno.EFBIG: DiskFull,
    errno.EROFS: ReadOnlyStorage, errno.EACCES: ReadOnlyStorage, errno.EPERM: ReadOnlyStorage,
    errno.EBUSY: DatabaseBusy,
}


LOW_SPACE_BYTES = 256 * 1024


def _disk_is_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def classify(exc: BaseException, folder: Path | None = None) -> StorageError:
    """The StorageError that says in plain terms what `exc` (sqlite3.Error or OSError) means. SQLite reports some
    full-disk failures (the shared-memory file, a journal) only as a generic I/O error: when `folder` is given and
    its disk has no room left, such an error is a full disk."""
    if isinstance(exc, StorageError):
        if type(exc) is StorageError and _disk_is_full(folder):
            return DiskFull(detail=exc.detail)
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            text = str(exc).lower()
            cls = (DiskFull if "disk is full" in text else DatabaseBusy if "locked" in text or "busy" in text
                   else ReadOnlyStorage if "readonly" in text or "read-only" in text
                   else DatabaseCorrupt if "malformed" in text or "not a database" in text else StorageError)
        else:
            cls = _SQLITE_CLASSES.get(code & 0xFF, StorageError)
        if cls is StorageError and _disk_is_full(folder):
            cls = DiskFull
        return cls(detail=f"{type(exc).__name__}: {exc}")
    if isinstance(exc, OSError):
        cls = _OS_CLASSES.get(exc.errno or 0, StorageError)
        if cls is StorageError and _disk_is_full(folder):
            cls = DiskFull
        return cls(detail=f"{type(exc).__name__}: {exc}")
    return StorageError(detail=f"{type(exc).__name__}: {exc}")


def is_storage_failure(exc: BaseException) -> bool:
    return isinstance(exc, (StorageError, sqlite3.Error, OSError))
