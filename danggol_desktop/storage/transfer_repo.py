"""Export one shop or a whole market to a .danggol file, and merge one in. Records are matched by uuid (or as the same
thing made on two laptops: the registry's natural keys); each field group takes the edit with the later version, so
an edit of one field elsewhere never wipes another, archives and deletes hold, and importing a file twice changes
nothing. After exchanging files both ways two laptops hold the same data."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from danggol_desktop import __version__
from danggol_desktop.domain.bundle import FORMAT, FORMAT_VERSION, TABLES, Bundle, BundleError, bundle_bytes, check_links
from danggol_desktop.domain.clock import parse_instant
from danggol_desktop.domain.errors import NotFound
from danggol_desktop.domain.hlc import Version
from danggol_desktop.domain.import_gate import BadRecord
from danggol_desktop.domain.records import ImportPlan, SameName
from danggol_desktop.domain.tables import BY_NAME, Table
from danggol_desktop.domain.tables import TABLES as REGISTRY
from danggol_desktop.storage.connection import immediate
from danggol_desktop.storage.files import write_atomically
from danggol_desktop.storage.versioning import effective_versions, versions_text

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

# What stays on this computer, each with its reason, and how links and natural keys are stored: all from the table
# registry (domain/tables.py). The export reads the columns from the database itself (`exported_fields`), so a column
# a migration adds is exported at once, and tests/unit/test_tables.py fails until the registry lists it too.
NOT_EXPORTED_TABLES = {table.name: table.stays_home_because for table in REGISTRY if not table.travels}
NOT_EXPORTED_COLUMNS = {"id": "the local row number; records travel by uuid and get a new number where they land"}
# uuid field in the file → (column, table) here; the column travels as the uuid
_LINKS = {table.name: {link.file_field: (link.column, link.table) for link in table.links}
          for table in REGISTRY if table.links and table.travels}


class TransferRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- export ----------------------------------------------------------------------------------------------------
    def export(self, path: Path, shop_id: int | None = None, market: str | None = None,
               overwrite: bool = True) -> dict[str, int]:
        """Write a .danggol file of one shop, one market, or everything; returns the number of records per table."""
        tables = self._collect(shop_id, market)
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "created": self._db.clock.now().isoformat(timespec="seconds"),
            "holds": {"shop_id": shop_id, "market": market}, "counts": {t: len(r) for t, r in tables.items()},
        }
        write_atomically(Path(path), bundle_bytes(manifest, tables), overwrite=overwrite)
        return {t: len(r) for t, r in tables.items()}

    def exported_fields(self, table: str) -> list[str]:
        """The fields `table` has in a .danggol file: its columns from the database, the local link columns named by
        the uuid they point at, less NOT_EXPORTED_COLUMNS."""
        links = {column: uuid_field for uuid_field, (column, _target) in _LINKS.get(table, {}).items()}
        columns = [row[1] for row in self._db.conn.execute(f"PRAGMA table_info({table})")]
        return [links.get(c, c) for c in columns if c not in NOT_EXPORTED_COLUMNS]

    def tables(self) -> list[str]:
        """Every table of the database that is not kept off the USB stick on purpose."""
        names = self._db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        return sorted(name for (name,) in names if name not in NOT_EXPORTED_TABLES)

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cursor = self._db.conn.execute(sql, args)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _collect(self, shop_id: int | None, market: str | None) -> dict[str, list[dict[str, Any]]]:
        args: tuple[Any, ...]
        if shop_id is not None:
            where, args = "s.id = ?", (shop_id,)
        elif market is not None:
            where, args = "m.name = ?", (market,)
        else:
            where, args = "1", ()
        shops = self._rows(f"SELECT s.*, m.uuid AS market_uuid FROM shops s JOIN markets m ON m.id = s.market_id "
                           f"WHERE {where}", args)
        if not shops:
            raise NotFound("shop_not_found" if shop_id is not None or market is None else "market_not_found")
        ids = [s["id"] for s in shops]
        marks = ",".join("?" * len(ids))
        uuid_of = {s["id"]: s["uuid"] for s in shops}
        tables: dict[str, list[dict[str, Any]]] = {
            "markets": self._rows(f"SELECT DISTINCT m.* FROM markets m JOIN shops s ON s.market_id = m.id "
                                  f"WHERE s.id IN ({marks})", tuple(ids)),
            "shops": shops,
        }
        for table in ("friend_counts", "messages", "posters", "curriculum_progress", "channel_texts", "coupons",
                      "posts"):
            rows = self._rows(f"SELECT * FROM {table} WHERE shop_id IN ({marks})", tuple(ids))
            for row in rows:
                row["shop_uuid"] = uuid_of[row["shop_id"]]
            tables[table] = rows
        attendance = self._rows(f"SELECT a.*, p.uuid AS session_uuid FROM practice_attendance a JOIN practice_sessions "
                                f"p ON p.id = a.session_id WHERE a.shop_id IN ({marks})", tuple(ids))
        for row in attendance:
            row["shop_uuid"] = uuid_of[row["shop_id"]]
        tables["practice_attendance"] = attendance
        session_ids = sorted({row["session_id"] for row in attendance})
        tables["practice_sessions"] = self._rows(
            f"SELECT * FROM practice_sessions WHERE id IN ({','.join('?' * len(session_ids))})", tuple(session_ids)
        ) if session_ids else []
        # the markets' events, and who of these shops takes part in them
        market_uuid = {m["id"]: m["uuid"] for m in tables["markets"]}
        market_ids = sorted(market_uuid)
        events = self._rows(f"SELECT * FROM market_events WHERE market_id IN ({','.join('?' * len(market_ids))})",
                            tuple(market_ids))
        event_uuid = {e["id"]: e["uuid"] for e in events}
        for event in events:
            event["market_uuid"] = market_uuid[event["market_id"]]
        tables["market_events"] = events
        taking_part = [row for row in self._rows(f"SELECT * FROM market_event_shops WHERE shop_id IN ({marks})",
                                                 tuple(ids)) if row["event_id"] in event_uuid]
        for row in taking_part:
            row["event_uuid"], row["shop_uuid"] = event_uuid[row["event_id"]], uuid_of[row["shop_id"]]
        tables["market_event_shops"] = taking_part
        fields = {table: self.exported_fields(table) for table in tables}
        for table, rows in tables.items():  # each field group's version spelled out: the file says all it knows
            for row in rows:
                row["versions"] = versions_text(effective_versions(BY_NAME[table], row["versions"], row["updated_at"]))
        return {table: [{k: r[k] for k in fields[table]} for r in rows] for table, rows in tables.items()}

    # -- import ----------------------------------------------------------------------------------------------------
    def plan(self, bundle: Bundle) -> ImportPlan:
        """What an import would add, change and remove, worked out in a transaction that is rolled back."""
        return self._merge(bundle, keep=False)

    def apply(self, bundle: Bundle) -> ImportPlan:
        return self._merge(bundle, keep=True)

    def _merge(self, bundle: Bundle, keep: bool) -> ImportPlan:
        check_links(bundle, {})
        plan = ImportPlan()
        versioning = self._db.versioning
        if versioning is None:
            raise RuntimeError("the database was opened without versioning")
        newest: list[Version] = []
        with immediate(self._db.conn, keep=keep), versioning.merge():
            self._refuse_uuids_of_other_tables(bundle)
            local_ids: dict[str, dict[str, int]] = {table: {} for table in TABLES}
            for table in REGISTRY:
                if not table.travels:
                    continue
                records = list(enumerate(bundle.tables.get(table.name, []), start=1))
                in_file = {record["uuid"] for _index, record in records}
                if table.same_applies is not None:  # the same things made twice pair up smallest uuid first
                    records.sort(key=lambda pair: pair[1]["uuid"])
                for index, record in records:
                    merged = _RecordMerge(self._db.conn, table, index, record, local_ids, in_file)
                    outcome, local_id = merged.run()
                    local_ids[table.name][record["uuid"]] = local_id
                    plan.count(table.name, outcome)
                    newest.append(max(merged.incoming.values()))
            plan.same_names = self._same_names(set(local_ids["shops"].values()))
            if keep and newest:
                versioning.hlc.observe(max(newest))  # every later edit here is ordered after the file's
                versioning.keep_state()
        return plan

    def _refuse_uuids_of_other_tables(self, bundle: Bundle) -> None:
        """A uuid names one record of one table: a file record whose uuid is another table's, here or in the file
        itself, is refused and named (it would move or overwrite something else)."""
        conn = self._db.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS file_uuids (uuid TEXT PRIMARY KEY, tbl TEXT, idx INTEGER)")
        conn.execute("DELETE FROM file_uuids")
        try:
            for table, records in bundle.tables.items():
                for index, record in enumerate(records, start=1):
                    try:
                        conn.execute("INSERT INTO file_uuids VALUES (?, ?, ?)", (record["uuid"], table, index))
                    except sqlite3.IntegrityError:
                        raise BadRecord(table, index, "uuid", "another table's record has it") from None
            for table in TABLES:
                clash = conn.execute(f"SELECT f.tbl, f.idx FROM file_uuids f JOIN {table} t ON t.uuid = f.uuid "
                                     "WHERE f.tbl != ? LIMIT 1", (table,)).fetchone()
                if clash:
                    raise BadRecord(clash[0], clash[1], "uuid", f"a {table} record here has it")
        finally:
            conn.execute("DELETE FROM file_uuids")

    def _same_names(self, touched: set[int]) -> list[SameName]:
        """Shops of one name in one market where the file brought in or touched at least one of them."""
        rows = self._db.conn.execute(
            "SELECT m.name, s.name, group_concat(s.id) FROM shops s JOIN markets m ON m.id = s.market_id "
            "WHERE s.archived_at IS NULL GROUP BY s.market_id, s.name HAVING count(*) > 1 ORDER BY m.name, s.name")
        return [SameName(market, name, tuple(sorted(int(i) for i in ids.split(","))))
                for market, name, ids in rows if touched & {int(i) for i in ids.split(",")}]


class _RecordMerge:
    """One record of a file merged into its table: found by uuid (or as the same thing made twice), then each field
    group takes the later version."""

    def __init__(self, conn: sqlite3.Connection, table: Table, index: int, record: dict[str, Any],
                 local_ids: dict[str, dict[str, int]], in_file: set[str]) -> None:
        self.conn, self.table, self.index, self.record, self.local_ids = conn, table, index, record, local_ids
        self.in_file = in_file
        self.values = {k: v for k, v in record.items() if not k.endswith("_uuid") and k != "versions"}
        for link in table.links:
            target_id = local_ids[link.table].get(record[link.file_field])
            if target_id is None:
                raise BundleError("bundle_broken_link", detail=f"{table.name}.{link.file_field}")
            self.values[link.column] = target_id
        self.incoming = effective_versions(table, record["versions"], record["updated_at"])

    def run(self) -> tuple[str, int]:
        row = self._row("uuid = ?", (self.record["uuid"],))
        if row is not None:
            self._refuse_another_owner(row)
        else:
            row = self._same_thing()
        try:
            if row is None:
                return "added", self._insert()
            return self._update(row)
        except sqlite3.IntegrityError as exc:  # a market's name another market has here: hostile, named
            raise BadRecord(self.table.name, self.index, "uuid", str(exc)[:80]) from None

    def _row(self, where: str, args: tuple[Any, ...] | dict[str, Any]) -> dict[str, Any] | None:
        cursor = self.conn.execute(f"SELECT * FROM {self.table.name} WHERE {where} ORDER BY uuid LIMIT 1", args)
        found = cursor.fetchone()
        return dict(zip([d[0] for d in cursor.description], found, strict=True)) if found else None

    def _refuse_another_owner(self, row: dict[str, Any]) -> None:
        """The same uuid must be the same record: its links and the fields set when it was made agree."""
        by_column = {link.column: link.file_field for link in self.table.links}
        for column in (*by_column, *self.table.fixed):
            if row[column] != self.values[column]:
                raise BadRecord(self.table.name, self.index, by_column.get(column, column),
                                "the record with this uuid here belongs to another")

    def _same_thing(self) -> dict[str, Any] | None:
        """The same thing made on two laptops with two uuids: a count of one shop and day, a curriculum tick, a
        market of one name, one send told to both tutors."""
        table = self.table
        if table.natural_key:
            return self._row(" AND ".join(f"{k} = ?" for k in table.natural_key),
                             tuple(self.values[k] for k in table.natural_key))
        if table.same_applies is not None and table.same_applies(self.values):
            # a local record this file already matched is not matched twice (two sends of one text on one day on
            # one laptop stay two on every laptop), nor one the file holds itself, which its own record will find.
            # File records and local rows pair up in uuid order, so that the laptops, whichever way files go, pair
            # them alike and end with the same uuids.
            claimed = set(self.local_ids[table.name].values())
            cursor = self.conn.execute(f"SELECT * FROM {table.name} WHERE {table.same_when} ORDER BY uuid",
                                       self.values)
            names = [d[0] for d in cursor.description]
            for found in cursor:
                row = dict(zip(names, found, strict=True))
                if row["id"] not in claimed and row["uuid"] not in self.in_file:
                    return row
        return None

    def _insert(self) -> int:
        # the file's own map, already checked by the import gate; a file from before versions gets its row time
        values = {**self.values, "versions": self.record["versions"] or versions_text(self.incoming)}
        columns = list(values)
        cursor = self.conn.execute(
            f"INSERT INTO {self.table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            tuple(values[c] for c in columns))
        return int(cursor.lastrowid or 0)

    def _update(self, row: dict[str, Any]) -> tuple[str, int]:
        table = self.table
        local = effective_versions(table, row["versions"], row["updated_at"])
        merged = dict(local)
        changes: dict[str, Any] = {}
        for group in table.groups:
            key = group[0]
            if self.incoming[key] > local[key]:
                merged[key] = self.incoming[key]
                changes.update({c: self.values[c] for c in group if self.values[c] != row[c]})
        if "*" in local and self.incoming["*"] > local["*"]:
            merged["*"] = self.incoming["*"]
        removed = any(row[c] is None and changes.get(c) is not None for c in ("archived_at", "deleted_at")
                      if c in changes)
        quiet = {
            "uuid": min(row["uuid"], self.values["uuid"]),  # the same thing made twice keeps one uuid on both
            "created_at": _earlier(row["created_at"], self.values["created_at"]),
            "updated_at": _later(row["updated_at"], self.values["updated_at"]),
            # written only when a version moved: a row made here keeps its one `*` version otherwise
            "versions": versions_text(merged) if merged != local else row["versions"],
        }
        quiet = {k: v for k, v in quiet.items() if v != row[k]}
        if not changes and not quiet:
            return "same", int(row["id"])
        writes = {**changes, **quiet}
        self.conn.execute(f"UPDATE {table.name} SET {', '.join(f'{k} = ?' for k in writes)} WHERE id = ?",
                          (*writes.values(), row["id"]))
        return ("removed" if removed else "changed" if changes else "quiet"), int(row["id"])


def _earlier(a: str, b: str) -> str:
    return b if parse_instant(b) < parse_instant(a) else a


def _later(a: str, b: str) -> str:
    return b if parse_instant(b) > parse_instant(a) else a
