"""`danggol directory`: the market directory board (시장 안내판) — every shop with a channel, its QR, search ID, kind
and place, grouped by lane or kind — as a PDF on A4, A3 or A2, and as square post pictures for the market channel."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danggol_desktop.commands import Command, Make, never, pdf_path
from danggol_desktop.domain.errors import InvalidValue
from danggol_desktop.tasks.workspace import Workspace, check_output


def register(sub: Any, make: Make) -> None:
    board = sub.add_parser("directory", help="the market directory board (시장 안내판): every shop's QR, as a PDF")
    board.add_argument("--market", required=True, help="an existing market (shops list)")
    board.add_argument("--by", choices=("lane", "kind"), default="lane",
                       help="group by lane (from each shop's --location) or by kind of shop")
    board.add_argument("--paper", choices=("a4", "a3", "a2"), default="a4",
                       help="A4 pages, or an A3 or A2 board for the wall (default a4)")
    board.add_argument("--out", required=True, help="FILE.pdf")
    board.add_argument("--pictures", metavar="FOLDER",
                       help="also square post pictures (720x720, four shops each) for the market channel")
    board.add_argument("--force", action="store_true", help="replace files that are already there")


def make_directory(args: argparse.Namespace, ws: Workspace) -> tuple[list[str], list[str]]:
    """Returns what to print, and the names of the shops left off the board (no channel address yet)."""
    from danggol_desktop import resources
    from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE
    from danggol_desktop.poster.directory import export_directory
    from danggol_desktop.tasks import market_tasks

    out = pdf_path(args.out)
    overwrite = bool(args.force)
    check_output(ws, out, overwrite)
    folder = Path(args.pictures) if args.pictures else None
    if folder is not None and not folder.is_dir():
        raise InvalidValue("directory_no_folder", "pictures", values=(str(folder),))
    shops, without = market_tasks.directory_shops(ws, args.market, POSTER_LANGUAGE)
    if not shops:
        raise InvalidValue("directory_empty", "market", values=(args.market,))
    resources.load_fonts()
    market = " ".join(args.market.split())
    channel = market_tasks.market_channel(ws, market)  # the association's channel: its QR on every page
    made = export_directory(shops, market, args.by, args.paper, out, folder, overwrite,
                            channel.channel_url if channel is not None else "")
    return [f"{out}\t{made.shops}\t{made.pages}", *map(str, made.pictures)], [shop.name for shop in without]


def run(args: argparse.Namespace, ws: Workspace) -> None:
    import sys

    from danggol_desktop.words import translate

    lines, left_out = make_directory(args, ws)
    for line in lines:
        print(line)
    if left_out:  # said, not hidden: these shops need a channel address before they can be on the board
        print(translate("Cli", "Not on the board yet (no channel address): %1").replace("%1", ", ".join(left_out)),
              file=sys.stderr)


COMMAND = Command("directory", register, run, writes=never, paints=True)
