"""Export one shop or a whole market to a .danggol file, and merge one in: new records are added, newer edits win,
older ones are ignored, and importing the same file twice changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from danggol_desktop import __version__
from danggol_desktop.domain.bundle import FORMAT, FORMAT_VERSION, TABLES, Bundle, BundleError, bundle_bytes, check_links
from danggol_desktop.domain.errors import NotFound
from danggol_desktop.domain.records import ImportPlan
from danggol_desktop.domain.tables import TABLES as REGISTRY
from danggol_desktop.storage.connection import immediate
from danggol_desktop.storage.files import write_atomically

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
# A record that is the same thing as a local one with another uuid (made on two machines) is found by these.
_NATURAL_KEYS = {table.name: table.natural_key for table in REGISTRY if table.natural_key and table.travels}


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
        fields = {table: self.exported_fields(table) for table in tables}
        return {table: [{k: r[k] for k in fields[table]} for r in rows] for table, rows in tables.items()}

    # -- import ----------------------------------------------------------------------------------------------------
    def plan(self, bundle: Bundle) -> ImportPlan:
        """What an import would add and update, worked out in a transaction that is rolled back."""
        return self._merge(bundle, keep=False)

    def apply(self, bundle: Bundle) -> ImportPlan:
        return self._merge(bundle, keep=True)

    def _merge(self, bundle: Bundle, keep: bool) -> ImportPlan:
        check_links(bundle, {})
        plan = ImportPlan()
        with immediate(self._db.conn, keep=keep):
            local_ids: dict[str, dict[str, int]] = {table: {} for table in TABLES}
            for table in TABLES:
                for record in bundle.tables.get(table, []):
                    outcome, local_id = self._merge_record(table, record, local_ids)
                    local_ids[table][record["uuid"]] = local_id
                    if outcome == "added":
                        plan.added[table] = plan.added.get(table, 0) + 1
                    elif outcome == "updated":
                        plan.updated[table] = plan.updated.get(table, 0) + 1
        return plan

    def _merge_record(
        self, table: str, record: dict[str, Any], local_ids: dict[str, dict[str, int]]
    ) -> tuple[str, int]:
        values = {k: v for k, v in record.items() if not k.endswith("_uuid") or k == "uuid"}
        for uuid_field, (column, target) in _LINKS.get(table, {}).items():
            target_id = local_ids[target].get(record[uuid_field])
            if target_id is None:
                raise BundleError("bundle_broken_link", detail=f"{table}.{uuid_field}")
            values[column] = target_id
        conn = self._db.conn
        row = conn.execute(f"SELECT id, updated_at FROM {table} WHERE uuid = ?", (record["uuid"],)).fetchone()
        if row is None and table in _NATURAL_KEYS:
            keys = _NATURAL_KEYS[table]
            row = conn.execute(f"SELECT id, updated_at FROM {table} WHERE "
                               + " AND ".join(f"{k} = ?" for k in keys), tuple(values[k] for k in keys)).fetchone()
        if row is None:
            columns = list(values)
            cursor = conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                tuple(values[c] for c in columns),
            )
            return "added", int(cursor.lastrowid or 0)
        local_id, local_updated = row
        if record["updated_at"] > local_updated:
            changes = {k: v for k, v in values.items() if k != "uuid"}
            conn.execute(
                f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                (*changes.values(), local_id),
            )
            return "updated", local_id
        return "same", local_id
