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
       s.archived_at, s.created_at, s.updated_at, s.search_id, s.location
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
        """A name a person types must be free among the market's active shops (an import may still bring a second
        shop of one name: identity is the uuid; the tutor is told and renames one)."""
        row = self._db.conn.execute(
            "SELECT id FROM shops WHERE market_id = ? AND name = ? AND archived_at IS NULL AND id IS NOT ?",
            (market_id, name, except_id)).fetchone()
        if row:
            raise Conflict("shop_exists", detail=name)

    def add(self, details: ShopDetails) -> Shop:
        with self._db.atomic():
            market_id = self._market_id(details.market)
            self._check_free(market_id, details.name)
            if self._db.conn.execute("SELECT 1 FROM shops WHERE market_id = ? AND name = ? AND archived_at IS NOT "
                                     "NULL", (market_id, details.name)).fetchone():
                raise Conflict("shop_archived", detail=details.name)  # bring it back instead: 되살리기
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
                    "location": details.location,
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
                    "location": details.location,
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

    def unarchive(self, shop_id: int) -> Shop:
        """The shop comes back to the lists, with all its records. Refused while an active shop has its name."""
        shop = self.get(shop_id)
        with self._db.atomic():
            market_id = self._market_id(shop.market)
            self._check_free(market_id, shop.name, except_id=shop_id)
            self._db["shops"].update(shop_id, {"archived_at": None, "updated_at": self._clock.stamp()})
        return self.get(shop_id)

    def edit(self, shop_id: int, changes: dict[str, str]) -> Shop:
        """Only the fields given change (already cleaned): name, category, phone, channel_url, location. Only those
        fields get a new version, so an edit of another field on another laptop is kept."""
        shop = self.get(shop_id)
        with self._db.atomic():
            if "name" in changes:
                self._check_free(self._market_id(shop.market), changes["name"], except_id=shop_id)
            if changes:
                self._db["shops"].update(shop_id, {**changes, "updated_at": self._clock.stamp()})
        return self.get(shop_id)

    def get(self, shop_id: int) -> Shop:
        row = self._db.conn.execute(_SELECT + " WHERE s.id = ?", (shop_id,)).fetchone()
        if row is None:
            raise NotFound("shop_not_found", detail=str(shop_id))
        return Shop(*row)

    def list(self, market: str | None = None, include_archived: bool = False, archived: bool = False) -> list[Shop]:
        """Active shops; with `include_archived` all; with `archived` only the archived ones."""
        where, args = [], []
        if market is not None:
            where.append("m.name = ?")
            args.append(market)
        if archived:
            where.append("s.archived_at IS NOT NULL")
        elif not include_archived:
            where.append("s.archived_at IS NULL")
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.name, s.name"
        return [Shop(*row) for row in self._db.conn.execute(sql, args)]

    def find(self, ref: str, archived: bool = False) -> Shop:
        """A shop by `NAME`, `MARKET/NAME` or, where two shops share a name, `MARKET/NAME@1a2b3c4d` (the start of its
        uuid, as the import prints it), among active shops (or archived ones); NotFound, or Conflict `shop_ambiguous`
        (several markets) or `shop_same_name` (two shops of one market; their exact refs in `detail`)."""
        market, _, name = ref.rpartition("/") if "/" in ref else (None, "", ref)
        name = name.strip()
        shops = self.list(market=market.strip() if market else None, archived=archived)
        found = [s for s in shops if s.name == name]
        head, at, tail = name.rpartition("@")
        if not found and at and len(tail) >= 8:
            found = [s for s in shops if s.name == head.strip() and s.uuid.startswith(tail.lower())]
        if not found:
            raise NotFound("shop_not_found", detail=ref)
        if len(found) > 1:
            same_market = len({s.market for s in found}) == 1
            raise Conflict("shop_same_name" if same_market else "shop_ambiguous",
                           detail=" ".join(shop_ref(s) for s in found))
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


def shop_ref(shop: Shop) -> str:
    """How a command names exactly this shop even when another of its market has its name."""
    return f"{shop.market}/{shop.name}@{shop.uuid[:8]}"


def _new_uuid() -> str:
    import uuid  # here, not at the top: uuid loads `platform`, and start-up reads shops but adds none

    return str(uuid.uuid4())
