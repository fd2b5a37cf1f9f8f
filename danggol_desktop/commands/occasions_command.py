"""`danggol occasions`: holidays and seasons coming up, for planning greetings."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from danggol_desktop.commands import Command, Make, never
from danggol_desktop.tasks.workspace import Workspace


def register(sub: Any, make: Make) -> None:
    occasions = sub.add_parser("occasions", help="holidays and seasons coming up (for planning greetings)")
    occasions.add_argument("--from", dest="start", help="YYYY-MM-DD, today when left out")
    occasions.add_argument("--days", type=int, default=21, help="how far ahead to look (1 to 366)")


def run(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop import resources
    from danggol_desktop.domain.errors import InvalidInput
    from danggol_desktop.domain.occasions import load_seasons, upcoming

    try:
        start = date.fromisoformat(args.start.strip()) if args.start else ws.clock.today()
    except ValueError:
        raise InvalidInput("date_invalid", "date") from None
    if not 1 <= args.days <= 366:
        raise InvalidInput("days_invalid", "days")
    seasons = load_seasons(resources.asset("data", "seasons.json"))
    for occasion in upcoming(start, seasons, within_days=args.days):
        print(f"{occasion.day.isoformat()}\t{occasion.code}\t{occasion.names.get('ko', '')}")


COMMAND = Command("occasions", register, run, writes=never)
