"""`danggol friends record|list`: the same tasks, and the same CSV bytes, as the friends screens."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from danggol_desktop.commands import Command, Make, action_in, today_or
from danggol_desktop.tasks.workspace import Workspace


def register(sub: Any, make: Make) -> None:
    friends = sub.add_parser("friends", help="record and list friend counts")
    friends_sub = friends.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    record = friends_sub.add_parser("record", help="record the friend count of a day (today by default)")
    record.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")
    record.add_argument("--count", required=True)
    record.add_argument("--date", help="YYYY-MM-DD, today when left out")
    record.add_argument("--note", default="")
    flist = friends_sub.add_parser("list", help="list a shop's friend counts, oldest first")
    flist.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")
    flist.add_argument("--format", choices=("table", "csv"), default="table")
    flist.add_argument("--header", choices=("words", "codes"), default="words",
                       help="CSV column names in the UI language (words) or as fixed English codes for scripts")


def run(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop.tasks import friend_tasks, shop_tasks

    shop = shop_tasks.find_shop(ws, args.shop)
    if args.action == "record":
        day = today_or(ws, args.date)
        count, _replaced = friend_tasks.record_count(ws, shop.id, args.count, day, ws.clock.today(), args.note)
        print(f"{day.isoformat()}\t{count}")
    elif args.format == "csv":  # the same bytes as the screen's 엑셀용으로 저장하기 (BOM, CRLF, words as headers)
        from danggol_desktop.column_names import count_header

        sys.stdout.flush()
        sys.stdout.buffer.write(friend_tasks.counts_csv(ws, shop.id, count_header(args.header == "codes")))
        sys.stdout.buffer.flush()
    else:
        for entry in friend_tasks.series(ws, shop.id):
            print(f"{entry.day.isoformat()}\t{entry.count}\t{entry.note}".rstrip("\t"))


COMMAND = Command("friends", register, run, writes=action_in("record"))
