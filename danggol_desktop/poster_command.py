"""`danggol poster`: the same renderer and read-back checks as the poster screen, for tutors' batch work."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from danggol_desktop import resources
from danggol_desktop.domain.categories import load_categories, poster_offer
from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import DanggolError, NotFound
from danggol_desktop.domain.poster_layouts import load_catalog
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.storage.files import check_target
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.storage.shop_repo import ShopRepo

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

POSTER_LANGUAGE = "ko"


class OutputType(DanggolError):
    code = "output_type"


class NoChannelShops(DanggolError):
    code = "no_channel_shops"


def make_posters(args: argparse.Namespace, shops: ShopRepo, db: Database) -> str:
    """Check everything, write the file, read it back, record it; returns what to print. Raises DanggolError."""
    from danggol_desktop.poster.logo import load_logo
    from danggol_desktop.poster.output import Poster, export_pdf, export_png
    from danggol_desktop.poster.renderer import PosterContent

    out = Path(args.out)
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("pdf", "png") or (args.market and kind != "pdf"):
        raise OutputType(detail=str(out))
    overwrite = bool(getattr(args, "force", False))
    check_target(out, overwrite)
    catalog = load_catalog(resources.asset("data", "poster_layouts.json"))
    layout = catalog.layout(args.layout)
    logo = load_logo(Path(args.logo)) if args.logo else None
    headline = " ".join((args.headline or catalog.headlines[POSTER_LANGUAGE][0]).split())
    targets: list[tuple[Shop | None, str, str]] = []  # (saved shop or None, name on the poster, link)
    if args.market:
        for shop in shops.list(market=args.market.strip()):
            if shop.channel_url:
                targets.append((shop, shop.name, shop.channel_url))
        if not targets:
            raise NoChannelShops(detail=args.market)
    else:
        try:
            saved: Shop | None = shops.find(args.shop)
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
    posters = [
        Poster.make(layout, PosterContent(link, name, headline, catalog.caption[POSTER_LANGUAGE],
                                          catalog.scan_hint[POSTER_LANGUAGE], offer, logo,
                                          catalog.search_line(shop.search_id if shop else "", POSTER_LANGUAGE)))
        for (shop, name, link), offer in zip(targets, offers, strict=True)
    ]
    if kind == "pdf":
        reports = export_pdf(posters, out, f"QR — {args.market or targets[0][1]}", overwrite=overwrite)
    else:
        reports = [export_png(posters[0], out, overwrite=overwrite)]
    history = PosterRepo(db)
    for (target_shop, _name, link), offer in zip(targets, offers, strict=True):
        if target_shop is not None:
            history.add(target_shop.id, layout.code, headline, offer, link, kind, str(out.resolve()))
    smallest = min(report.qr_mm for report in reports)
    return f"{out}\t{len(posters)}\t{smallest / 10:.1f}cm"
