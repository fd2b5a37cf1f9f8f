"""`danggol picture`: the picture maker's renderer and checks for tutors preparing a market's set in advance."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from danggol_desktop.commands import Command, Make, never
from danggol_desktop.tasks.workspace import Workspace, check_output
from danggol_desktop.words import translate

if TYPE_CHECKING:
    from danggol_desktop.domain.picture import Product

PICTURE_LANGUAGE = "ko"  # the customers read Korean, whatever the tutor's screen language


def _product(text: str) -> Product:
    from danggol_desktop.domain.picture import Product

    name, _sep, rest = text.partition(":")
    price, _sep, photo = rest.partition(":")
    return Product(name, price, photo)


def register(sub: Any, make: Make) -> None:
    picture = sub.add_parser("picture", help="make a picture for a message, a coupon, the profile or a flyer")
    picture.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")
    picture.add_argument("--kind", required=True, choices=("square", "wide", "wide_message", "coupon", "profile",
                                                          "flyer"))
    picture.add_argument("--photo", help="a JPEG or PNG photo (left out: the shop kind's colour)")
    picture.add_argument("--template", default="special", choices=("special", "new", "closing", "holiday", "coupon"))
    picture.add_argument("--headline", required=True, help="the big words")
    picture.add_argument("--price", help="e.g. 3000 (shown in a price badge)")
    picture.add_argument("--old-price", dest="old_price", help="the usual price, shown crossed out")
    picture.add_argument("--auto-fix", dest="auto_fix", action="store_true", help="fix brightness and contrast")
    picture.add_argument("--product", action="append", default=[],
                         help="flyer only, 2 to 6 times: NAME:PRICE or NAME:PRICE:PHOTO")
    picture.add_argument("--out", required=True, help=".jpg or .png (a flyer: also .pdf)")
    picture.add_argument("--force", action="store_true", help="replace the file if it is already there")


def make_picture_file(args: argparse.Namespace, ws: Workspace) -> str:
    """Check everything, write the file; returns what to print (file, pixel size, bytes, format)."""
    from danggol_desktop import resources
    from danggol_desktop.domain.errors import InvalidInput
    from danggol_desktop.domain.picture import PictureDraft, load_catalog
    from danggol_desktop.pictures.picture_output import (
        PhotoCache,
        flyer_parts,
        make_flyer,
        make_picture,
        save_flyer_pdf,
        save_picture,
    )
    from danggol_desktop.tasks import channel_kit_tasks, shop_tasks
    from danggol_desktop.tasks.channel_kit_tasks import channel_kit

    shop = shop_tasks.find_shop(ws, args.shop)
    out = Path(args.out)
    check_output(ws, out, args.force)
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
        hours = channel_kit_tasks.texts(ws, shop.id).get("hours", "")
        call = translate("Cli", "Scan with the camera and add us as a friend")
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


def run(args: argparse.Namespace, ws: Workspace) -> None:
    print(make_picture_file(args, ws))


COMMAND = Command("picture", register, run, writes=never, paints=True)
