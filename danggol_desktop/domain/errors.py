"""Typed errors that carry a code; the UI and the command line turn codes into translated sentences."""

from __future__ import annotations


class DanggolError(Exception):
    """Base of every error the core raises on purpose. `code` is stable; `detail` is for logs, never shown raw."""

    code = "error"

    def __init__(self, code: str | None = None, detail: str = "") -> None:
        if code is not None:
            self.code = code
        self.detail = detail
        super().__init__(f"{self.code}: {detail}" if detail else self.code)


class InvalidInput(DanggolError):
    """A value typed by a person that cannot be right (empty name, letters in a phone number …)."""

    code = "invalid_input"

    def __init__(self, code: str, field: str = "", detail: str = "") -> None:
        super().__init__(code, detail)
        self.field = field


class InvalidValue(InvalidInput):
    """A refusal whose sentence names values (%1, %2 …): the size that would read, the item without an origin."""

    def __init__(self, code: str, field: str = "", values: tuple[str, ...] = ()) -> None:
        super().__init__(code, field, detail=" ".join(values))
        self.values = values


class InvalidChannelLink(InvalidInput):
    """What was pasted is not a KakaoTalk Channel address we can turn into an add-friend link."""


class NotFound(DanggolError):
    code = "not_found"


class Conflict(DanggolError):
    code = "conflict"


# What went wrong with the data file (storage/errors.py sorts SQLite's and the OS's errors into these).
class StorageError(DanggolError):
    """The data file could not be read or written; the file itself is left where it is."""

    code = "io_error"


class DatabaseCorrupt(StorageError):
    """SQLite says the file is damaged (or is not a database at all); the only case that moves it aside."""

    code = "database_corrupt"


class DatabaseEmpty(DatabaseCorrupt):
    """The data file is there but holds nothing while backups exist: restore, don't start over."""

    code = "database_empty"


class DiskFull(StorageError):
    code = "disk_full"


class ReadOnlyStorage(StorageError):
    code = "read_only"


class DatabaseBusy(StorageError):
    code = "database_busy"


class BackupFolderBlocked(StorageError):
    """Where the data folder's backups/ should be there is a file: no copy can be made until it is moved."""

    code = "backup_folder_blocked"
