"""`danggol posts record|list`: a post made on the phone still counts in the report."""

from __future__ import annotations

import argparse
from typing import Any

from danggol_desktop.commands import Command, Make, action_in, today_or
from danggol_desktop.tasks.workspace import Workspace


def register(sub: Any, make: Make) -> None:
    posts = sub.add_parser("posts", help="record and list posts on the channel home (also those made on the phone)")
    posts_sub = posts.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    post_record = posts_sub.add_parser("record", help="a post put on the channel home counts in the report")
    post_record.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")
    post_record.add_argument("--date", help="YYYY-MM-DD, today when left out")
    post_record.add_argument("--title", help="the post's title (\"채널 소식\" when left out)")
    post_record.add_argument("--text", default="")
    posts_list = posts_sub.add_parser("list", help="a shop's posts, newest first")
    posts_list.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")


def run(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop.tasks import channel_kit_tasks, shop_tasks

    shop = shop_tasks.find_shop(ws, args.shop)
    if args.action == "record":
        from danggol_desktop.words import translate

        day = today_or(ws, args.date)
        title = args.title if args.title is not None else translate("Cli", "Channel news")
        post = channel_kit_tasks.record_post(ws, shop.id, day, title, args.text, ws.clock.today())
        print(f"{post.day.isoformat()}\t{post.title}")
    else:
        for post in channel_kit_tasks.posts(ws, shop.id):
            print(f"{post.day.isoformat()}\t{post.title}")


COMMAND = Command("posts", register, run, writes=action_in("record"))
