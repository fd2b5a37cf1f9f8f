"""`danggol picture`: the picture maker's renderer and checks for tutors preparing a market's set in advance."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from danggol_desktop import resources
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.picture import PictureDraft, Product, load_catalog
from danggol_desktop.storage.channel_kit_repo import ChannelTextRepo
from danggol_desktop.storage.shop_repo import ShopRepo

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

PICTURE_LANGUAGE = "ko"  # the customers read Korean, whatever the tutor's screen language


def _product(text: str) -> Product:
    name, _sep, rest = text.partition(":")
    price, _sep, photo = rest.partition(":")
    return Product(name, price, photo)


def make_picture_file(args: argparse.Namespace, db: Database) -> str:
    """Check everything, write the file; returns what to print (file, pixel size, bytes, format)."""
    from danggol_desktop.pictures.picture_output import (
        PhotoCache,
        flyer_parts,
        make_flyer,
        make_picture,
        save_flyer_pdf,
        save_picture,
    )
    from danggol_desktop.tasks.channel_kit_tasks import channel_kit

    shop = ShopRepo(db).find(args.shop)
    out = Path(args.out)
    suffix = out.suffix.lower()
    allowed = (".jpg", ".jpeg", ".png") + ((".pdf",) if args.kind == "flyer" else ())
    if suffix not in allowed:
        raise InvalidInput("picture_output_type", "out")
    catalog = load_catalog(resources.asset("data", "picture_kinds.json"))
    colour = channel_kit().colour(shop.category)
    draft = PictureDraft(kind=args.kind, photo=args.photo or "", template=args.template, headline=args.headline,
                         price=args.price or "", old_price=args.old_price or "", auto_fix=args.auto_fix,
                         products=[_product(p) for p in args.product])
    photos = PhotoCache()
    resources.load_fonts()
    if args.kind == "flyer":
        hours = ChannelTextRepo(db).texts(shop.id).get("hours", "")
        call = QCoreApplication.translate("Cli", "Scan with the camera and add us as a friend")
        parts = flyer_parts(draft, catalog, photos, shop.name, hours, shop.channel_url, call, colour,
                            PICTURE_LANGUAGE)
        if suffix == ".pdf":
            save_flyer_pdf(parts, catalog, shop.channel_url, out, overwrite=args.force)
            return f"{out}\tA4\tpdf"
        made = make_flyer(parts, catalog)
    else:
        made = make_picture(draft, catalog, photos, shop.name, colour, PICTURE_LANGUAGE)
    encoded = save_picture(made, out, overwrite=args.force)
    width, height = made.kind.size
    return f"{out}\t{width}x{height}\t{len(encoded.data) // 1024} KB\t{encoded.format.lower()}"
