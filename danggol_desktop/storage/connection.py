"""The app's database handle: the sqlite3 connection at once, sqlite-utils' table helpers when first used."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from danggol_desktop.domain.clock import Clock
    from danggol_desktop.storage.versioning import Versioning

_UTILS_CLASS: Any = None


@contextmanager
def immediate(conn: sqlite3.Connection, keep: bool = True) -> Iterator[None]:
    """One write transaction that takes the write lock at BEGIN, so a second writer waits for the busy timeout
    instead of failing when its read lock cannot be upgraded. Committed at the end (rolled back when `keep` is
    False: a dry run), rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT" if keep else "ROLLBACK")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _utils_class() -> Any:
    """sqlite-utils' Database whose transactions are `immediate` ones."""
    global _UTILS_CLASS
    if _UTILS_CLASS is None:
        import sqlite_utils

        class _ImmediateDatabase(sqlite_utils.Database):
            @contextmanager
            def atomic(self) -> Iterator[Any]:
                if self.conn.in_transaction:
                    with super().atomic():
                        yield self
                    return
                with immediate(self.conn):
                    yield self

        _UTILS_CLASS = _ImmediateDatabase
    return _UTILS_CLASS


class Database:
    """The app's database: the sqlite3 connection at once, sqlite-utils' table helpers when first used.

    Importing sqlite-utils costs about a tenth of a second, and nothing the first screen reads needs it, so it is
    loaded on the first write or table look-up (`db["shops"]`, `db.atomic()`, …), which delegate to it.
    Every write transaction starts with BEGIN IMMEDIATE and so honours the busy timeout. It carries the one clock
    (domain.clock) the repositories stamp rows with."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock, path: Path | None = None) -> None:
        self.conn = conn
        self.clock = clock  # the program's one clock: every row written through this handle is stamped with it
        self.path = path
        self._utils: Any = None
        # set when the file could only be opened to read (a full disk): every write is refused with this reason
        self.read_only_because: BaseException | None = None
        self.versioning: Versioning | None = None  # set by open_database: the issuer of field versions

    @property
    def utils(self) -> Any:
        if self._utils is None:
            self._utils = _utils_class()(self.conn)
        return self._utils

    def atomic(self) -> AbstractContextManager[Any]:
        return self.utils.atomic()  # type: ignore[no-any-return]

    def __getitem__(self, name: str) -> Any:
        return self.utils[name]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.utils, name)
