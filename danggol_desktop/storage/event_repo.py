"""Market-wide events and the shops taking part (issue 29)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.errors import NotFound
from danggol_desktop.domain.market_event import MarketEvent, RecordedEvent

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

_COLUMNS = ("e.id, m.name, e.name, e.starts_on, e.ends_on, e.benefit FROM market_events e "
            "JOIN markets m ON m.id = e.market_id")


class EventRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def save(self, event: MarketEvent, shop_ids: list[int]) -> RecordedEvent:
        """Record the event. The same market, name and first day is the same event made again (a tutor fixing a
        typo and running it once more): its benefit, last day and shops are brought up to date, a shop no longer
        named is marked taken out, never deleted."""
        conn = self._db.conn
        row = conn.execute("SELECT id FROM markets WHERE name = ?", (event.market,)).fetchone()
        if row is None:
            raise NotFound("market_not_found", detail=event.market)
        market_id = row[0]
        now = self._clock.stamp()
        with self._db.atomic():
            found = conn.execute(
                "SELECT id FROM market_events WHERE market_id = ? AND name = ? AND starts_on = ? "
                "AND deleted_at IS NULL",
                (market_id, event.name, event.starts_on.isoformat())).fetchone()
            if found is None:
                table = self._db["market_events"]
                table.insert({"uuid": str(uuid.uuid4()), "market_id": market_id, "name": event.name,
                              "benefit": event.benefit, "starts_on": event.starts_on.isoformat(),
                              "ends_on": event.ends_on.isoformat(), "created_at": now, "updated_at": now,
                              "deleted_at": None})
                event_id = int(table.last_pk)
            else:
                event_id = found[0]
                conn.execute("UPDATE market_events SET benefit = ?, ends_on = ?, updated_at = ? WHERE id = ? "
                             "AND (benefit IS NOT ? OR ends_on IS NOT ?)",
                             (event.benefit, event.ends_on.isoformat(), now, event_id, event.benefit,
                              event.ends_on.isoformat()))
            wanted = list(dict.fromkeys(shop_ids))
            had = {shop_id: (row_id, deleted) for row_id, shop_id, deleted in conn.execute(
                "SELECT id, shop_id, deleted_at FROM market_event_shops WHERE event_id = ?", (event_id,))}
            for shop_id in wanted:
                if shop_id not in had:
                    self._db["market_event_shops"].insert(
                        {"uuid": str(uuid.uuid4()), "event_id": event_id, "shop_id": shop_id, "created_at": now,
                         "updated_at": now, "deleted_at": None})
                elif had[shop_id][1] is not None:  # taken out before, back in now
                    conn.execute("UPDATE market_event_shops SET deleted_at = NULL, updated_at = ? WHERE id = ?",
                                 (now, had[shop_id][0]))
            for shop_id, (row_id, deleted) in had.items():
                if shop_id not in wanted and deleted is None:
                    conn.execute("UPDATE market_event_shops SET deleted_at = ?, updated_at = ? WHERE id = ?",
                                 (now, now, row_id))
        return self.get(event_id)

    def get(self, event_id: int) -> RecordedEvent:
        row = self._db.conn.execute(f"SELECT {_COLUMNS} WHERE e.id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFound("event_not_found", detail=str(event_id))
        return self._event(row)

    def _event(self, row: tuple[Any, ...]) -> RecordedEvent:
        shops = tuple(r[0] for r in self._db.conn.execute(
            "SELECT shop_id FROM market_event_shops WHERE event_id = ? AND deleted_at IS NULL ORDER BY id", (row[0],)))
        return RecordedEvent(row[0], row[1], row[2], date.fromisoformat(row[3]), date.fromisoformat(row[4]), row[5],
                             shops)

    def list(self, market: str | None = None) -> list[RecordedEvent]:
        """The events still standing, by first day."""
        where, params = ("AND m.name = ?", (market,)) if market else ("", ())
        rows = self._db.conn.execute(
            f"SELECT {_COLUMNS} WHERE e.deleted_at IS NULL {where} ORDER BY e.starts_on, e.id", params).fetchall()
        return [self._event(row) for row in rows]
