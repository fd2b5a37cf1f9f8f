"""Every local edit of a travelling table gets a version, whichever code path makes it: triggers (written by migration
9 from the table registry) call `danggol_hlc()` for each field group whose value changed and for each new row, and
keep this device's id and the last version issued in `settings`. The functions are registered on every connection
the app opens; while an import merges (`merging`) the triggers stand aside and the merge writes the versions itself.

A row's `versions` column maps a group (named by its first column) to its version; `*` is the version of every
group not named (set when the row was made); a row from before versions existed has `{}` and its `updated_at` is
every group's version, on the legacy device."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from danggol_desktop.domain.hlc import HybridClock, Version, is_device_id, legacy_version, new_device_id, parse_version

if TYPE_CHECKING:
    from danggol_desktop.domain.clock import Clock
    from danggol_desktop.domain.tables import Table

# The table registry (and the record checks it names) loads only when a version is first needed or a merge runs:
# opening the data file at start-up does not pay for it.

DEVICE_KEY = "device_id"
LAST_KEY = "hlc_last"
_KEEP_DEVICE = f"INSERT OR IGNORE INTO \"settings\" (\"key\", \"value\") VALUES ('{DEVICE_KEY}', danggol_device())"
_KEEP_LAST = f"INSERT OR REPLACE INTO \"settings\" (\"key\", \"value\") VALUES ('{LAST_KEY}', danggol_hlc_last())"
_KEEP_STATE = f"{_KEEP_DEVICE}; {_KEEP_LAST};"


class Versioning:
    """This connection's issuer of versions, and the switch the merge turns while it writes versions itself."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self.merging = False
        self.hlc = HybridClock(clock, self._device(), self._floor)
        conn.create_function("danggol_hlc", 0, lambda: self.hlc.tick().text())
        conn.create_function("danggol_hlc_last", 0, self._last_text)
        conn.create_function("danggol_device", 0, lambda: self.hlc.device)
        conn.create_function("danggol_merging", 0, lambda: int(self.merging), deterministic=False)

    def _setting(self, key: str) -> str | None:
        try:
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:  # a brand-new file before its schema
            return None
        return str(row[0]) if row else None

    def _device(self) -> str:
        device = self._setting(DEVICE_KEY)
        return device if device is not None and is_device_id(device) else new_device_id()

    def _last_text(self) -> str:
        last = self.hlc.last
        return last.text() if last else ""

    def _floor(self) -> Version | None:
        """The highest version this file holds: the last one issued or imported here, else the newest row time."""
        found: list[Version] = []
        try:
            found.append(parse_version(self._setting(LAST_KEY)))
        except ValueError:  # a file from before versions: the table registry is loaded only then (~30 ms)
            from danggol_desktop.domain.tables import TRAVELLING

            for table in TRAVELLING:
                try:
                    newest = self._conn.execute(f"SELECT max(updated_at) FROM {table.name}").fetchone()[0]
                    if newest:
                        found.append(legacy_version(newest))
                except (sqlite3.Error, ValueError):
                    continue
        return max(found) if found else None

    @contextmanager
    def merge(self) -> Iterator[None]:
        """The triggers stand aside: the merge writes each row's versions itself."""
        self.merging = True
        try:
            yield
        finally:
            self.merging = False

    def keep_state(self) -> None:
        """What a trigger does after an edit, for the merge: the device id and the last version, kept in settings."""
        self._conn.execute(_KEEP_DEVICE)
        self._conn.execute(_KEEP_LAST)


def effective_versions(table: Table, versions: str, updated_at: str) -> dict[str, Version]:
    """Each field group's version of one row, `*` and legacy rows spelled out. Raises ValueError on a bad map."""
    import json  # not at start-up: opening the data file needs no JSON

    stored = json.loads(versions) if versions else {}
    if not isinstance(stored, dict):
        raise ValueError("versions is not a map")
    base = parse_version(stored["*"]) if "*" in stored else legacy_version(updated_at)
    groups = [group[0] for group in table.groups] or ["*"]
    return {group: parse_version(stored[group]) if group in stored else base for group in groups}


def versions_text(versions: dict[str, Version]) -> str:
    import json

    return json.dumps({group: version.text() for group, version in sorted(versions.items())}, separators=(",", ":"))


def trigger_statements(table: Table, present: set[str] | None = None, new_row: bool = True) -> list[str]:
    """The triggers that version every local edit of `table`: one for a new row, one per field group. `present`
    (a migration's view of the table then) leaves out the groups of columns a later migration adds."""
    name = table.name
    statements = [
        f'CREATE TRIGGER "{name}_versions_new" AFTER INSERT ON "{name}" WHEN danggol_merging() = 0\n'
        f"BEGIN UPDATE \"{name}\" SET \"versions\" = json_object('*', danggol_hlc()) WHERE \"id\" = NEW.\"id\"; "
        f"{_KEEP_STATE} END"
    ] if new_row else []
    for group in table.groups:
        if present is not None and not set(group) <= present:
            continue
        changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in group)
        columns = ", ".join(f'"{c}"' for c in group)
        statements.append(
            f'CREATE TRIGGER "{name}_versions_{group[0]}" AFTER UPDATE OF {columns} ON "{name}"\n'
            f"WHEN danggol_merging() = 0 AND ({changed})\n"
            f"BEGIN UPDATE \"{name}\" SET \"versions\" = json_set(\"versions\", '$.{group[0]}', danggol_hlc()) "
            f"WHERE \"id\" = NEW.\"id\"; {_KEEP_STATE} END"
        )
    return statements
