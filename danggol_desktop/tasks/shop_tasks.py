"""Shops: adding, changing and archiving them, and the reads the screens and commands make. The shop's rules
(domain.shop) load only when a shop is added or changed: listing shops is on the first screen's path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.storage.shop_repo import ShopRepo, shop_ref
from danggol_desktop.tasks.workspace import Workspace, known_values, task

__all__ = ["shop_ref"]

if TYPE_CHECKING:
    from danggol_desktop.domain.shop import ShopDetails


@task
def add_shop(ws: Workspace, details: ShopDetails, new_market: bool = True) -> Shop:
    """Check the details as typed (names, phone, category, channel link, the market against the markets there are)
    and add the shop. `new_market=False` (the command line without --new-market): the market must exist already,
    unless there is none yet."""
    from danggol_desktop.domain.shop import check_market, clean_shop_details

    clean = clean_shop_details(details, set(known_values().categories))
    check_market(clean.market, markets(ws), new_market)
    return ShopRepo(ws.db).add(clean)


@task
def update_shop(ws: Workspace, shop_id: int, details: ShopDetails) -> Shop:
    from danggol_desktop.domain.shop import check_market, clean_shop_details

    clean = clean_shop_details(details, set(known_values().categories))
    check_market(clean.market, markets(ws), True)
    return ShopRepo(ws.db).update(shop_id, clean)


@task
def markets(ws: Workspace) -> list[str]:
    """The markets that have shops (archived ones included: their names are taken)."""
    return sorted({s.market for s in ShopRepo(ws.db).list(include_archived=True)})


@task
def archive_shop(ws: Workspace, shop_id: int) -> Shop:
    """The shop leaves the lists and reports; its records are kept."""
    return ShopRepo(ws.db).archive(shop_id)


@task
def unarchive_shop(ws: Workspace, shop_id: int) -> Shop:
    """되살리기: the shop is back in the lists with all its records (refused while an active shop has its name)."""
    return ShopRepo(ws.db).unarchive(shop_id)


@task
def edit_shop(ws: Workspace, shop_id: int, name: str | None = None, category: str | None = None,
              phone: str | None = None, channel_url: str | None = None, location: str | None = None) -> Shop:
    """Change only the fields given, each checked as typed; the others keep their values and their versions."""
    from danggol_desktop.domain.channel_link import normalize_channel_link
    from danggol_desktop.domain.errors import InvalidInput
    from danggol_desktop.domain.shop import clean_location, clean_name, normalize_phone

    changes: dict[str, str] = {}
    if name is not None:
        changes["name"] = clean_name(name, "name")
    if category is not None:
        if category and category not in known_values().categories:
            raise InvalidInput("category_unknown", "category")
        changes["category"] = category
    if phone is not None:
        changes["phone"] = normalize_phone(phone)
    if channel_url is not None:
        changes["channel_url"] = normalize_channel_link(channel_url) if channel_url.strip() else ""
    if location is not None:
        changes["location"] = clean_location(location)
    return ShopRepo(ws.db).edit(shop_id, changes)


@task
def list_shops(ws: Workspace, market: str | None = None, archived: bool = False) -> list[Shop]:
    return ShopRepo(ws.db).list(market=market, archived=archived)


@task
def count_shops(ws: Workspace) -> int:
    return ShopRepo(ws.db).count()


@task
def get_shop(ws: Workspace, shop_id: int) -> Shop:
    return ShopRepo(ws.db).get(shop_id)


@task
def find_shop(ws: Workspace, ref: str, archived: bool = False) -> Shop:
    """A shop by name, by 시장/가게 when the name is in several markets, or 시장/가게@1a2b3c4d when two shops of a
    market share it (NotFound, Conflict); `archived` looks among archived shops."""
    return ShopRepo(ws.db).find(ref, archived=archived)
