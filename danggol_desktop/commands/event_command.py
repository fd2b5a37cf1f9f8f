"""`danggol event`: a market-wide event in one go — the market channel's message (through the message wizard's
checks, kept in the association's message box), a post, an A4 poster, a stamp-tour card and a window sign for every
shop taking part; the event and who takes part are recorded for the report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danggol_desktop.commands import Command, Make
from danggol_desktop.tasks.workspace import Workspace


def register(sub: Any, make: Make) -> None:
    event = sub.add_parser("event", help="a market-wide event: message, post, poster, stamp-tour card, window signs")
    event.add_argument("--market", required=True, help="a market whose channel is set (market channel)")
    event.add_argument("--name", required=True, help="the event's name, e.g. '김장 대축제'")
    event.add_argument("--from", dest="starts", required=True, metavar="YYYY-MM-DD", help="its first day")
    event.add_argument("--to", dest="ends", required=True, metavar="YYYY-MM-DD", help="its last day")
    event.add_argument("--benefit", required=True, help="what customers get, e.g. '3만 원 이상 사시면 경품 추첨'")
    event.add_argument("--shop", action="extend", nargs="+", required=True, metavar="NAME",
                       help="a shop of the market taking part (give several names, or --shop more than once)")
    event.add_argument("--out-dir", required=True, help="the folder for the pieces (made if it is not there)")
    event.add_argument("--force", action="store_true", help="replace the pieces if they are already there")


def make_event_pieces(args: argparse.Namespace, ws: Workspace) -> list[str]:
    from danggol_desktop import resources
    from danggol_desktop.poster.event_pieces import export_pieces
    from danggol_desktop.tasks import event_tasks

    overwrite = bool(args.force)
    plan = event_tasks.plan_event_pieces(ws, args.market, args.name, args.starts, args.ends, args.benefit, args.shop,
                                         Path(args.out_dir), overwrite=overwrite)
    resources.load_fonts()
    pdfs = export_pieces(plan.piece, plan.files, plan.texts, overwrite=overwrite)
    event = event_tasks.record_event(ws, plan.event, plan.taking_part, plan.association, plan.draft)
    lines = [f"{event.market}\t{event.name}\t{event.starts_on}~{event.ends_on}\t{len(event.shop_ids)}"]
    lines += [str(plan.message_file), str(plan.post_file)]
    lines += [f"{path}\t{count}" for path, count in pdfs.items()]
    return lines


def run(args: argparse.Namespace, ws: Workspace) -> None:
    print("\n".join(make_event_pieces(args, ws)))


COMMAND = Command("event", register, run, writes=lambda _args: True, paints=True)
