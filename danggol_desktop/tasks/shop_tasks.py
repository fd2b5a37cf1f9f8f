"""Adding, changing and archiving shops."""

from __future__ import annotations

from danggol_desktop.domain.shop import ShopDetails, clean_shop_details
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.workspace import Workspace, known_values, task


@task
def add_shop(ws: Workspace, details: ShopDetails) -> Shop:
    """Check the details as typed (names, phone, category, channel link) and add the shop."""
    clean = clean_shop_details(details, set(known_values().categories))
    return ShopRepo(ws.db).add(clean)


@task
def update_shop(ws: Workspace, shop_id: int, details: ShopDetails) -> Shop:
    clean = clean_shop_details(details, set(known_values().categories))
    return ShopRepo(ws.db).update(shop_id, clean)


@task
def archive_shop(ws: Workspace, shop_id: int) -> Shop:
    """The shop leaves the lists and reports; its records are kept."""
    return ShopRepo(ws.db).archive(shop_id)
