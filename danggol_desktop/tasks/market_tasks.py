"""The market's own channel, run by the merchants' association (상인회): kept as the market's association shop (kind
`association`), so that its friend counts, goal, messages, posts, coupons, channel kit and posters are the ones every
shop has, and travel in .danggol files like them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from danggol_desktop.domain.errors import DanggolError, InvalidInput, NotFound
from danggol_desktop.domain.shop import association_name
from danggol_desktop.domain.shop_record import ASSOCIATION, Shop
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.workspace import Workspace, task

if TYPE_CHECKING:
    from danggol_desktop.domain.directory import DirectoryShop

class NoMarketChannel(DanggolError):
    """The market has no channel address yet: banners, events and boards need its QR."""

    code = "no_market_channel"


@task
def market_channel(ws: Workspace, market: str) -> Shop | None:
    """The market's association shop, or None when the market has no channel yet."""
    shops = [s for s in ShopRepo(ws.db).list(market=market) if s.category == ASSOCIATION]
    return min(shops, key=lambda s: s.id) if shops else None


@task
def set_market_channel(ws: Workspace, market: str, address: str, search_id: str = "") -> Shop:
    """The market's channel address and search ID: its association shop is made on first use. The market must exist
    (a misspelt name would otherwise start a new market); the address is checked as every shop's is."""
    from danggol_desktop.domain.shop import ShopDetails, clean_name
    from danggol_desktop.tasks import channel_kit_tasks, shop_tasks

    market = clean_name(market, "market")
    if market not in shop_tasks.markets(ws):
        raise NotFound("market_not_found", detail=market)
    if not (address or "").strip():
        raise InvalidInput("empty", "channel_url")
    from danggol_desktop.domain.channel_kit import clean_search_id
    from danggol_desktop.domain.channel_link import normalize_channel_link

    normalize_channel_link(address)  # both checked before anything is written: a refusal changes nothing
    clean_search_id(search_id, channel_kit_tasks.channel_kit().limits)
    shop = market_channel(ws, market)
    if shop is None:
        shop = shop_tasks.add_shop(ws, ShopDetails(association_name(market), market, ASSOCIATION), new_market=False)
    return channel_kit_tasks.save_channel(ws, shop.id, address, search_id)


@task
def directory_shops(ws: Workspace, market: str, language: str) -> tuple[list[DirectoryShop], list[Shop]]:
    """The market's active shops for its directory board: those with a channel address (their QR), and apart those
    without one (they cannot have a QR yet). The association's own channel is the board's, not a shop's."""
    from danggol_desktop import resources
    from danggol_desktop.domain.categories import load_categories
    from danggol_desktop.domain.directory import DirectoryShop
    from danggol_desktop.domain.shop import check_market, clean_name
    from danggol_desktop.tasks import shop_tasks

    market = clean_name(market, "market")
    check_market(market, shop_tasks.markets(ws), may_be_new=False)  # names the markets there are, or the one meant
    kinds = {c.code: c.name(language) for c in load_categories(resources.asset("data", "categories.json"))}
    shops = [s for s in ShopRepo(ws.db).list(market=market) if s.category != ASSOCIATION]
    on_board = [DirectoryShop(s.name, kinds.get(s.category, ""), s.location, s.channel_url, s.search_id)
                for s in shops if s.channel_url]
    return on_board, [s for s in shops if not s.channel_url]
