"""`danggol market channel` (the merchants' association's channel) and `danggol banner` (big print for the market's
entrance and ceiling), for tutors preparing a market in advance."""

from __future__ import annotations

import argparse
from typing import Any

from danggol_desktop.commands import Command, Make, action_in, never, pdf_path
from danggol_desktop.tasks.market_tasks import NoMarketChannel
from danggol_desktop.tasks.workspace import Workspace, check_output


def register_market(sub: Any, make: Make) -> None:
    market = sub.add_parser("market", help="the market's own channel, run by the merchants' association (상인회)")
    market_sub = market.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    channel = market_sub.add_parser("channel", help="set the market channel's address (and search ID)")
    channel.add_argument("--market", required=True, help="an existing market (shops list)")
    channel.add_argument("--channel", required=True, help="the market channel's address, pf.kakao.com/_…")
    channel.add_argument("--search-id", default="", help="its search ID (검색용 아이디), with or without @")
    channel.add_argument("--credit", help="free message credit the market received, in won (e.g. 3000000 or 300만)")


def run_market(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop.tasks import market_tasks

    if args.credit is not None:  # checked before anything changes
        from danggol_desktop.domain.message_budget import parse_credit

        parse_credit(args.credit)
    shop = market_tasks.set_market_channel(ws, args.market, args.channel, args.search_id)
    if args.credit is not None:
        from danggol_desktop.tasks import message_tasks

        message_tasks.set_message_credit(ws, shop.id, args.credit)
    print(f"{shop.market}\t{shop.name}\t{shop.channel_url}\t{'@' + shop.search_id if shop.search_id else ''}")


# The sizes of assets/data/banners.json, written out so that building the parser reads no file (a test holds the two
# together)
SIZE_CODES = "x-banner, x-banner-wide, standing, wide"


def register_banner(sub: Any, make: Make) -> None:
    codes = SIZE_CODES
    banner = sub.add_parser("banner", help="a banner (현수막, X배너) for the market channel at real size, as a PDF")
    banner.add_argument("--market", required=True, help="a market whose channel is set (market channel)")
    banner.add_argument("--size", required=True, help=f"{codes}, or WIDTHxHEIGHT in millimetres")
    banner.add_argument("--headline", help="the one line in very large type (a ready one when left out)")
    banner.add_argument("--distance", type=float, help="metres it is scanned from (the size's own when left out)")
    banner.add_argument("--tiled", action="store_true", help="on A4 sheets to glue together, for a home printer")
    banner.add_argument("--out", required=True, help="FILE.pdf")
    banner.add_argument("--force", action="store_true", help="replace the file if it is already there")


def make_banner_file(args: argparse.Namespace, ws: Workspace) -> str:
    from danggol_desktop import resources
    from danggol_desktop.domain.banner_sizes import load_banner_catalog
    from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE
    from danggol_desktop.domain.shop import association_name
    from danggol_desktop.poster.banner import BannerContent, export_banner, make_banner
    from danggol_desktop.tasks import market_tasks
    from danggol_desktop.words import translate

    out = pdf_path(args.out)
    overwrite = bool(args.force)
    check_output(ws, out, overwrite)
    catalog = load_banner_catalog(resources.asset("data", "banners.json"))
    size = catalog.size(args.size)
    from danggol_desktop.domain.shop import clean_name

    market = clean_name(args.market, "market")
    channel = market_tasks.market_channel(ws, market)
    if channel is None or not channel.channel_url:
        raise NoMarketChannel(detail=market)
    lang = POSTER_LANGUAGE  # the banner speaks to the market's customers
    search = catalog.word("search_line", lang).replace("{id}", channel.search_id) if channel.search_id else ""
    headline = " ".join((args.headline or catalog.word("headline", lang)).split())
    if not headline:
        from danggol_desktop.domain.errors import InvalidInput

        raise InvalidInput("banner_headline_empty", "headline")
    resources.load_fonts()
    content = BannerContent(channel.channel_url, headline, association_name(market),
                            catalog.word("scan_line", lang), search)
    banner = make_banner(catalog, size, content, args.distance)
    label = translate("Banner", "Row %1, sheet %2 (of %3 rows × %4 sheets) — glue the next sheet "
                                                 "over the dashed line")
    pages = export_banner(catalog, banner, out, f"{market} — {size.name(lang)}", tiled=args.tiled,
                          sheet_label=label, overwrite=overwrite)
    return (f"{out}\t{size.width_mm:.0f}×{size.height_mm:.0f}mm\t{pages}\t"
            f"QR {banner.qr_mm / 10:.0f}cm\t{banner.distance_m:g}m")


def run_banner(args: argparse.Namespace, ws: Workspace) -> None:
    print(make_banner_file(args, ws))


COMMANDS = [
    Command("market", register_market, run_market, writes=action_in("channel")),
    Command("banner", register_banner, run_banner, writes=never, paints=True),
]
