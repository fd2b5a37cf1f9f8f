"""Markets and their shops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.errors import Conflict, NotFound
from danggol_desktop.domain.shop_record import Shop

if TYPE_CHECKING:
    from danggol_desktop.domain.shop import ShopDetails
    from danggol_desktop.storage.connection import Database


_SELECT = """
SELECT s.id, s.uuid, s.name, m.name AS market, s.category, s.phone, s.channel_url, s.optout_phone,
       s.archived_at, s.created_at, s.updated_at, s.search_id
FROM shops s JOIN markets m ON m.id = s.market_id
"""


class ShopRepo:
    """Shops are unique by name within a market. Details passed in must already be cleaned (domain.shop)."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    @property
    def db(self) -> Database:
        """The database the repositories share (app.py builds the others from it)."""
        return self._db

    def _market_id(self, name: str) -> int:
        row = self._db.conn.execute("SELECT id FROM markets WHERE name = ?", (name,)).fetchone()
        if row:
            return int(row[0])
        now = self._clock.stamp()
        table = self._db["markets"]
        table.insert({"uuid": _new_uuid(), "name": name, "created_at": now, "updated_at": now})
        return int(table.last_pk)

    def _check_free(self, market_id: int, name: str, except_id: int | None = None) -> None:
        row = self._db.conn.execute(
            "SELECT id FROM shops WHERE market_id = ? AND name = ?", (market_id, name)
        ).fetchone()
        if row and row[0] != except_id:
            raise Conflict("shop_exists", detail=name)

    def add(self, details: ShopDetails) -> Shop:
        with self._db.atomic():
            market_id = self._market_id(details.market)
            self._check_free(market_id, details.name)
            now = self._clock.stamp()
            table = self._db["shops"]
            table.insert(
                {
                    "uuid": _new_uuid(),
                    "market_id": market_id,
                    "name": details.name,
                    "category": details.category,
                    "phone": details.phone,
                    "channel_url": details.channel_url,
                    "optout_phone": details.optout_phone,
                    "archived_at": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            shop_id = table.last_pk
        return self.get(shop_id)

    def update(self, shop_id: int, details: ShopDetails) -> Shop:
        self.get(shop_id)
        with self._db.atomic():
            market_id = self._market_id(details.market)
            self._check_free(market_id, details.name, except_id=shop_id)
            self._db["shops"].update(
                shop_id,
                {
                    "market_id": market_id,
                    "name": details.name,
                    "category": details.category,
                    "phone": details.phone,
                    "channel_url": details.channel_url,
                    "optout_phone": details.optout_phone,
                    "updated_at": self._clock.stamp(),
                },
            )
        return self.get(shop_id)

    def archive(self, shop_id: int) -> Shop:
        self.get(shop_id)
        now = self._clock.stamp()
        with self._db.atomic():
            self._db["shops"].update(shop_id, {"archived_at": now, "updated_at": now})
        return self.get(shop_id)

    def get(self, shop_id: int) -> Shop:
        row = self._db.conn.execute(_SELECT + " WHERE s.id = ?", (shop_id,)).fetchone()
        if row is None:
            raise NotFound("shop_not_found", detail=str(shop_id))
        return Shop(*row)

    def list(self, market: str | None = None, include_archived: bool = False) -> list[Shop]:
        where, args = [], []
        if market is not None:
            where.append("m.name = ?")
            args.append(market)
        if not include_archived:
            where.append("s.archived_at IS NULL")
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.name, s.name"
        return [Shop(*row) for row in self._db.conn.execute(sql, args)]

    def find(self, ref: str) -> Shop:
        """A shop by `NAME` or `MARKET/NAME` among active shops; NotFound or Conflict(`shop_ambiguous`)."""
        market, _, name = ref.rpartition("/") if "/" in ref else (None, "", ref)
        found = [s for s in self.list(market=market.strip() if market else None) if s.name == name.strip()]
        if not found:
            raise NotFound("shop_not_found", detail=ref)
        if len(found) > 1:
            raise Conflict("shop_ambiguous", detail=ref)
        return found[0]

    def set_channel(self, shop_id: int, channel_url: str, search_id: str) -> Shop:
        """The channel's address and search ID, both already cleaned, in one transaction."""
        self.get(shop_id)
        with self._db.atomic():
            self._db["shops"].update(shop_id, {"channel_url": channel_url, "search_id": search_id,
                                               "updated_at": self._clock.stamp()})
        return self.get(shop_id)

    def count(self) -> int:
        return int(self._db.conn.execute("SELECT count(*) FROM shops WHERE archived_at IS NULL").fetchone()[0])


def _new_uuid() -> str:
    import uuid  # here, not at the top: uuid loads `platform`, and start-up reads shops but adds none

    return str(uuid.uuid4())
