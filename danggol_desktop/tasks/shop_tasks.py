"""Shops: adding, changing and archiving them, and the reads the screens and commands make. The shop's rules
(domain.shop) load only when a shop is added or changed: listing shops is on the first screen's path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.workspace import Workspace, known_values, task

if TYPE_CHECKING:
    from danggol_desktop.domain.shop import ShopDetails


@task
def add_shop(ws: Workspace, details: ShopDetails) -> Shop:
    """Check the details as typed (names, phone, category, channel link) and add the shop."""
    from danggol_desktop.domain.shop import clean_shop_details

    clean = clean_shop_details(details, set(known_values().categories))
    return ShopRepo(ws.db).add(clean)


@task
def update_shop(ws: Workspace, shop_id: int, details: ShopDetails) -> Shop:
    from danggol_desktop.domain.shop import clean_shop_details

    clean = clean_shop_details(details, set(known_values().categories))
    return ShopRepo(ws.db).update(shop_id, clean)


@task
def archive_shop(ws: Workspace, shop_id: int) -> Shop:
    """The shop leaves the lists and reports; its records are kept."""
    return ShopRepo(ws.db).archive(shop_id)


@task
def list_shops(ws: Workspace, market: str | None = None) -> list[Shop]:
    return ShopRepo(ws.db).list(market=market)


@task
def count_shops(ws: Workspace) -> int:
    return ShopRepo(ws.db).count()


@task
def get_shop(ws: Workspace, shop_id: int) -> Shop:
    return ShopRepo(ws.db).get(shop_id)


@task
def find_shop(ws: Workspace, ref: str) -> Shop:
    """A shop by name, or by 시장/가게 when the name is in several markets (NotFound, Conflict)."""
    return ShopRepo(ws.db).find(ref)
