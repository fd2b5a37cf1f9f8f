"""`danggol poster`: the same poster, renderer and read-back checks as the poster screen, for tutors' batch work."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danggol_desktop.commands import Command, Make, never
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.tasks.workspace import Workspace, check_output


class OutputType(DanggolError):
    code = "output_type"


class NoChannelShops(DanggolError):
    code = "no_channel_shops"


def register(sub: Any, make: Make) -> None:
    poster = sub.add_parser("poster", help="make a QR poster (PDF or PNG); --market makes one PDF for every shop")
    who = poster.add_mutually_exclusive_group(required=True)
    who.add_argument("--shop", help="shop name printed on the poster (NAME, or MARKET/NAME of a saved shop)")
    who.add_argument("--market", help="every shop of this market that has a channel address, one page each")
    poster.add_argument("--channel", help="KakaoTalk Channel address (a saved shop's own is used when left out)")
    poster.add_argument("--layout", choices=("a4", "a5", "stickers", "card"), default="a4")
    poster.add_argument("--headline", help="big title (a ready phrase when left out)")
    poster.add_argument("--offer", help="what friends get, printed under the QR (the shop's kind gives one when left "
                                       "out; --offer '' prints none)")
    poster.add_argument("--logo", help="picture for the middle of the QR code")
    poster.add_argument("--out", required=True, help="FILE.pdf or FILE.png")
    poster.add_argument("--force", action="store_true", help="replace the file if it is already there")


def make_posters(args: argparse.Namespace, ws: Workspace) -> str:
    """Check everything, write the file, read it back, record it; returns what to print. Raises DanggolError."""
    from danggol_desktop import resources
    from danggol_desktop.domain.categories import load_categories, poster_offer
    from danggol_desktop.domain.channel_link import normalize_channel_link
    from danggol_desktop.domain.errors import NotFound
    from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE, load_catalog
    from danggol_desktop.domain.shop_record import Shop
    from danggol_desktop.pictures.logo import load_logo
    from danggol_desktop.poster.output import export_pdf, export_png, shop_poster
    from danggol_desktop.tasks import poster_tasks, shop_tasks

    out = Path(args.out)
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("pdf", "png") or (args.market and kind != "pdf"):
        raise OutputType(detail=str(out))
    overwrite = bool(getattr(args, "force", False))
    check_output(ws, out, overwrite)
    catalog = load_catalog(resources.asset("data", "poster_layouts.json"))
    layout = catalog.layout(args.layout)
    logo = load_logo(Path(args.logo)) if args.logo else None
    # a market's batch: the plain invitation, not the first headline's gift that no merchant chose
    default = catalog.headlines[POSTER_LANGUAGE][1 if args.market else 0]
    headline = " ".join((args.headline or default).split())
    targets: list[tuple[Shop | None, str, str]] = []  # (saved shop or None, name on the poster, link)
    if args.market:
        for shop in shop_tasks.list_shops(ws, market=args.market.strip()):
            if shop.channel_url:
                targets.append((shop, shop.name, shop.channel_url))
        if not targets:
            raise NoChannelShops(detail=args.market)
    else:
        try:
            saved: Shop | None = shop_tasks.find_shop(ws, args.shop)
        except NotFound:
            saved = None
        name = saved.name if saved else " ".join(args.shop.split())
        link_text = args.channel or (saved.channel_url if saved else "")
        targets.append((saved, name, normalize_channel_link(link_text)))
    if not args.market and not targets[0][1]:
        from danggol_desktop.domain.shop import clean_name

        clean_name(targets[0][1], "name")

    categories = load_categories(resources.asset("data", "categories.json"))

    def offer_for(shop: Shop | None) -> str:
        """--offer as given ('' for none); left out, what friends of this kind of shop get, as the screen does."""
        if args.offer is not None:
            return " ".join(args.offer.split())
        return poster_offer(categories, shop.category if shop else "", POSTER_LANGUAGE)

    offers = [offer_for(shop) for shop, _name, _link in targets]
    resources.load_fonts()
    posters = [shop_poster(catalog, layout.code, link, name, headline, offer, logo, shop.search_id if shop else "")
               for (shop, name, link), offer in zip(targets, offers, strict=True)]
    if kind == "pdf":
        reports = export_pdf(posters, out, f"QR — {args.market or targets[0][1]}", overwrite=overwrite)
    else:
        reports = [export_png(posters[0], out, overwrite=overwrite)]
    for (target_shop, _name, link), offer in zip(targets, offers, strict=True):
        if target_shop is not None:
            poster_tasks.record_poster(ws, target_shop.id, layout.code, headline, offer, link, kind,
                                       str(out.resolve()))
    smallest = min(report.qr_mm for report in reports)
    return f"{out}\t{len(posters)}\t{smallest / 10:.1f}cm"


def run(args: argparse.Namespace, ws: Workspace) -> None:
    print(make_posters(args, ws))


COMMAND = Command("poster", register, run, writes=never, paints=True)
