"""`danggol shops add|list|archive`."""

from __future__ import annotations

import argparse
from typing import Any

from danggol_desktop.commands import Command, Make, action_in
from danggol_desktop.tasks import shop_tasks
from danggol_desktop.tasks.workspace import Workspace


def register(sub: Any, make: Make) -> None:
    shops = sub.add_parser("shops", help="add, list and archive shops")
    shops_sub = shops.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    add = shops_sub.add_parser("add", help="add a shop")
    add.add_argument("--name", required=True)
    add.add_argument("--market", required=True)
    add.add_argument("--category", default="", help="category code or name, e.g. vegetables or 채소")
    add.add_argument("--phone", default="")
    add.add_argument("--channel", default="", help="KakaoTalk Channel address")
    add.add_argument("--optout", default="", help="free 080 number for refusing text-message ads")
    lst = shops_sub.add_parser("list", help="list the shops that are not archived")
    lst.add_argument("--market")
    arc = shops_sub.add_parser("archive", help="archive a shop (its data is kept)")
    arc.add_argument("--name", required=True, help="NAME, or MARKET/NAME when the name is in several markets")


def category_code(text: str) -> str:
    """Accept a category by code or by its name in any language; unknown text is passed on to be refused."""
    from danggol_desktop import resources
    from danggol_desktop.domain.categories import load_categories

    wanted = text.strip()
    for category in load_categories(resources.asset("data", "categories.json")):
        if wanted == category.code or wanted in category.names.values():
            return category.code
    return wanted


def run(args: argparse.Namespace, ws: Workspace) -> None:
    if args.action == "add":
        from danggol_desktop.domain.shop import ShopDetails

        details = ShopDetails(args.name, args.market, category_code(args.category), args.phone, args.channel,
                              args.optout)
        shop = shop_tasks.add_shop(ws, details)
        print(f"{shop.market}/{shop.name}")
    elif args.action == "list":
        for shop in shop_tasks.list_shops(ws, market=args.market):
            print("\t".join([shop.market, shop.name, shop.category, shop.phone, shop.channel_url]))
    else:
        shop = shop_tasks.archive_shop(ws, shop_tasks.find_shop(ws, args.name).id)
        print(f"{shop.market}/{shop.name}")


COMMAND = Command("shops", register, run, writes=action_in("add", "archive"))
