"""`danggol messages record-sent|list`: a message sent from the phone still counts."""

from __future__ import annotations

import argparse
from typing import Any

from danggol_desktop.commands import Command, Make, action_in, today_or
from danggol_desktop.tasks.workspace import Workspace


def register(sub: Any, make: Make) -> None:
    messages = sub.add_parser("messages", help="record and list messages sent (also those sent from the phone)")
    messages_sub = messages.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    record_sent = messages_sub.add_parser("record-sent", help="a message sent outside the app still counts")
    record_sent.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")
    record_sent.add_argument("--date", help="YYYY-MM-DD, today when left out")
    record_sent.add_argument("--text", default="")
    messages_list = messages_sub.add_parser("list", help="messages sent, oldest first")
    messages_list.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")


def run(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop.tasks import message_tasks, shop_tasks

    shop = shop_tasks.find_shop(ws, args.shop)
    if args.action == "record-sent":
        day = today_or(ws, args.date)
        message_tasks.record_sent_outside(ws, shop.id, day, ws.clock.today(), args.text)
        print(day.isoformat())
    else:
        for message in message_tasks.sent_messages(ws, shop.id):
            first_line = message.body.splitlines()[0] if message.body else ""
            print(f"{(message.sent_at or '')[:10]}\t{message.kind}\t{first_line}".rstrip("\t"))


COMMAND = Command("messages", register, run, writes=action_in("record-sent"))
