"""`danggol price-tags`: A4 sheets of price tags with the origin line (원산지) and the shop's (or else the market's)
channel QR, for a tutor preparing a market's shops."""

from __future__ import annotations

import argparse
from typing import Any

from danggol_desktop.commands import Command, Make, never, pdf_path
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.tasks.workspace import Workspace, check_output


class NoChannelForTags(DanggolError):
    code = "tags_no_channel"


def register(sub: Any, make: Make) -> None:
    tags = sub.add_parser("price-tags", help="A4 sheets of price tags with the origin line (원산지) and the QR")
    tags.add_argument("--shop", required=True, help="NAME, or MARKET/NAME of a saved shop")
    tags.add_argument("--item", action="append", required=True, metavar="NAME:PRICE:ORIGIN[:UNIT]",
                      help='one tag, e.g. "배추:3000:국산:1포기" (give --item once per tag)')
    tags.add_argument("--size", choices=("small", "medium", "large"), default="medium")
    tags.add_argument("--out", required=True, help="FILE.pdf")
    tags.add_argument("--force", action="store_true", help="replace the file if it is already there")


def make_tags(args: argparse.Namespace, ws: Workspace) -> str:
    from danggol_desktop import resources
    from danggol_desktop.domain.banner_sizes import load_banner_catalog
    from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE
    from danggol_desktop.domain.price_tags import load_tag_rules
    from danggol_desktop.poster.price_tags import TagSheet, export_tags
    from danggol_desktop.tasks import market_tasks, shop_tasks

    out = pdf_path(args.out)
    overwrite = bool(args.force)
    check_output(ws, out, overwrite)
    rules = load_tag_rules(resources.asset("data", "price_tags.json"))
    shop = shop_tasks.find_shop(ws, args.shop)
    items = tuple(rules.parse_item(text, shop.category) for text in args.item)  # every item checked first
    channel = shop if shop.channel_url else market_tasks.market_channel(ws, shop.market)
    if channel is None or not channel.channel_url:
        raise NoChannelForTags(detail=shop.name)
    words = load_banner_catalog(resources.asset("data", "banners.json")).word("search_line", POSTER_LANGUAGE)
    search = words.replace("{id}", channel.search_id) if channel.search_id else ""
    resources.load_fonts()
    origin_label = "원산지"  # the law's word: Korean on every tag, whatever the app's language
    sheet = TagSheet(rules.size(args.size), items, channel.channel_url, search, shop.name, origin_label)
    pages = export_tags(sheet, out, f"{shop.name} — 가격표", overwrite=overwrite)
    return f"{out}\t{len(items)}\t{pages}"


def run(args: argparse.Namespace, ws: Workspace) -> None:
    print(make_tags(args, ws))


COMMAND = Command("price-tags", register, run, writes=never, paints=True)
