"""A shop as read from the database. Kept on its own, without dataclasses or the shop's rules, because the first
screen reads it (tests/cli/test_startup.py holds what start-up may load)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from danggol_desktop.domain.shop import ShopDetails


# the kind of the market's own shop: the merchants' association (상인회) and its market channel (tasks/market_tasks.py)
ASSOCIATION = "association"


class Shop(NamedTuple):
    """A shop as read from the database (immutable, like the row it comes from)."""

    id: int
    uuid: str
    name: str
    market: str
    category: str
    phone: str
    channel_url: str
    optout_phone: str
    archived_at: str | None
    created_at: str
    updated_at: str
    search_id: str = ""  # the channel's 검색용 아이디, without its @
    location: str = ""  # 위치 in the market ("1번 골목 3호")

    @property
    def is_association(self) -> bool:
        return self.category == ASSOCIATION

    @property
    def details(self) -> ShopDetails:
        from danggol_desktop.domain.shop import ShopDetails  # the shop's rules load when a shop is edited

        return ShopDetails(self.name, self.market, self.category, self.phone, self.channel_url, self.optout_phone,
                           self.location)
