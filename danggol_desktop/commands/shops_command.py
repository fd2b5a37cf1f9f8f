"""`danggol shops add|list|edit|rename|archive|unarchive`."""

from __future__ import annotations

import argparse
from typing import Any

from danggol_desktop.commands import Command, Make, action_in
from danggol_desktop.tasks.workspace import Workspace

_SHOP_HELP = "NAME, MARKET/NAME, or MARKET/NAME@1a2b3c4d when two shops share the name"


def register(sub: Any, make: Make) -> None:
    shops = sub.add_parser("shops", help="add, list and archive shops")
    shops_sub = shops.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    add = shops_sub.add_parser("add", help="add a shop")
    add.add_argument("--name", required=True)
    add.add_argument("--market", required=True, help="an existing market (shops list); a new one needs --new-market")
    add.add_argument("--new-market", action="store_true", help="the market is new: make it")
    add.add_argument("--category", default="", help="category code or name, e.g. vegetables or 채소")
    add.add_argument("--phone", default="")
    add.add_argument("--channel", default="", help="KakaoTalk Channel address")
    add.add_argument("--optout", default="", help="free 080 number for refusing text-message ads")
    add.add_argument("--location", default="", help="where the shop is in the market, e.g. '1번 골목 3호'")
    lst = shops_sub.add_parser("list", help="list the shops that are not archived")
    lst.add_argument("--market")
    lst.add_argument("--archived", action="store_true", help="list the archived shops instead")
    arc = shops_sub.add_parser("archive", help="archive a shop (its data is kept)")
    arc.add_argument("--name", required=True, help="NAME, or MARKET/NAME when the name is in several markets")
    edit = shops_sub.add_parser("edit", help="change a shop's phone, channel or kind; the rest stays as it is")
    edit.add_argument("--shop", required=True, help=_SHOP_HELP)
    edit.add_argument("--phone", help="a phone number, or '' to clear it")
    edit.add_argument("--channel", help="KakaoTalk Channel address, or '' to clear it")
    edit.add_argument("--category", help="category code or name, e.g. vegetables or 채소")
    edit.add_argument("--location", help="where the shop is in the market, e.g. '1번 골목 3호', or '' to clear it")
    edit.add_argument("--credit", help="free message credit received, in won (e.g. 3000000 or 300만), or '' to clear")
    rename = shops_sub.add_parser("rename", help="give a shop a new name (its records stay with it)")
    rename.add_argument("--shop", required=True, help=_SHOP_HELP)
    rename.add_argument("--to", required=True, help="the new name")
    unarc = shops_sub.add_parser("unarchive", help="bring an archived shop back, with all its records")
    unarc.add_argument("--shop", required=True, help=_SHOP_HELP)


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
    from danggol_desktop.tasks import shop_tasks

    if args.action == "add":
        from danggol_desktop.domain.shop import ShopDetails

        details = ShopDetails(args.name, args.market, category_code(args.category), args.phone, args.channel,
                              args.optout, args.location)
        shop = shop_tasks.add_shop(ws, details, new_market=args.new_market)
        print(f"{shop.market}/{shop.name}")
    elif args.action == "list":
        shops = shop_tasks.list_shops(ws, market=args.market, archived=args.archived)
        shared = {(s.market, s.name) for s in shops if sum((o.market, o.name) == (s.market, s.name) for o in shops) > 1}
        for shop in shops:
            name = shop_tasks.shop_ref(shop).split("/", 1)[1] if (shop.market, shop.name) in shared else shop.name
            print("\t".join([shop.market, name, shop.category, shop.phone, shop.channel_url]))
    elif args.action == "archive":
        shop = shop_tasks.archive_shop(ws, shop_tasks.find_shop(ws, args.name).id)
        print(f"{shop.market}/{shop.name}")
    elif args.action == "unarchive":
        shop = shop_tasks.unarchive_shop(ws, shop_tasks.find_shop(ws, args.shop, archived=True).id)
        print(f"{shop.market}/{shop.name}")
    else:
        shop = shop_tasks.find_shop(ws, args.shop)
        if args.action == "rename":
            shop = shop_tasks.edit_shop(ws, shop.id, name=args.to)
        else:
            category = category_code(args.category) if args.category is not None else None
            if args.credit is not None:  # checked before anything changes
                from danggol_desktop.domain.message_budget import parse_credit

                parse_credit(args.credit)
            shop = shop_tasks.edit_shop(ws, shop.id, category=category, phone=args.phone, channel_url=args.channel,
                                        location=args.location)
            if args.credit is not None:
                from danggol_desktop.tasks import message_tasks

                message_tasks.set_message_credit(ws, shop.id, args.credit)
        print("\t".join([shop.market, shop.name, shop.category, shop.phone, shop.channel_url]))


COMMAND = Command("shops", register, run, writes=action_in("add", "archive", "unarchive", "edit", "rename"))
