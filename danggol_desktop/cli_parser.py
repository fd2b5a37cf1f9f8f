"""The `danggol` command's arguments: every subcommand and its options, refused in one translated sentence.

Imported only when a command is given (or --help): a plain start of the app needs none of it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, NoReturn

from danggol_desktop import __version__

EXIT_USAGE = 2  # as argparse's own, and cli.EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """argparse with its refusals led by one translated sentence (argparse's own words are English)."""

    def __init__(self, *args, refusal_lead: Callable[[], str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.refusal_lead = refusal_lead

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.refusal_lead()} ({message})\n")


def build_parser(refusal_lead: Callable[[], str]) -> argparse.ArgumentParser:
    """The whole command line; `refusal_lead()` gives the translated sentence put before argparse's own words."""

    def make(**kwargs: Any) -> _Parser:
        return _Parser(refusal_lead=refusal_lead, **kwargs)

    parser = make(prog="danggol", description="단골 Desktop — KakaoTalk Channel helper for market merchants")
    parser.add_argument("--version", action="version", version=f"danggol {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database (also env DANGGOL_DATA_DIR)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the GUI, print the milliseconds until the first screen painted, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=make)  # type: ignore[call-overload]

    shops = sub.add_parser("shops", help="add, list and archive shops")
    shops_sub = shops.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    add = shops_sub.add_parser("add", help="add a shop")
    add.add_argument("--name", required=True)
    add.add_argument("--market", required=True)
    add.add_argument("--category", default="", help="category code or name, e.g. vegetables or 채소")
    add.add_argument("--phone", default="")
    add.add_argument("--channel", default="", help="KakaoTalk Channel address")
    add.add_argument("--optout", default="", help="free 080 number for refusing text-message ads")
    lst = shops_sub.add_parser("list", help="list the shops that are not archived")
    lst.add_argument("--market")
    arc = shops_sub.add_parser("archive", help="archive a shop (its data is kept)")
    arc.add_argument("--name", required=True, help="NAME, or MARKET/NAME when the name is in several markets")

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

    report = sub.add_parser("report", help="the market report: figures, a per-shop table and awards (PDF or CSV)")
    report.add_argument("--market", help="one market (every market when left out)")
    report.add_argument("--from", dest="start", help="YYYY-MM-DD (the first record when left out)")
    report.add_argument("--to", dest="end", help="YYYY-MM-DD (today when left out)")
    report.add_argument("--format", choices=("pdf", "csv"), required=True)
    report.add_argument("--header", choices=("words", "codes"), default="words",
                        help="CSV column names in the UI language (words) or as fixed English codes for scripts")
    report.add_argument("--out", required=True)
    report.add_argument("--force", action="store_true", help="replace the file if it is already there")

    messages = sub.add_parser("messages", help="record and list messages sent (also those sent from the phone)")
    messages_sub = messages.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    record_sent = messages_sub.add_parser("record-sent", help="a message sent outside the app still counts")
    record_sent.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")
    record_sent.add_argument("--date", help="YYYY-MM-DD, today when left out")
    record_sent.add_argument("--text", default="")
    messages_list = messages_sub.add_parser("list", help="messages sent, oldest first")
    messages_list.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")

    posts = sub.add_parser("posts", help="record and list posts on the channel home (also those made on the phone)")
    posts_sub = posts.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=make)
    post_record = posts_sub.add_parser("record", help="a post put on the channel home counts in the report")
    post_record.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")
    post_record.add_argument("--date", help="YYYY-MM-DD, today when left out")
    post_record.add_argument("--title", help="the post's title (\"채널 소식\" when left out)")
    post_record.add_argument("--text", default="")
    posts_list = posts_sub.add_parser("list", help="a shop's posts, newest first")
    posts_list.add_argument("--shop", required=True, help="NAME, or MARKET/NAME")

    export = sub.add_parser("export", help="save one shop, one market or everything to a .danggol file")
    export.add_argument("--out", required=True, help="FILE.danggol")
    export.add_argument("--force", action="store_true", help="replace the file if it is already there")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--shop", help="NAME, or MARKET/NAME")
    scope.add_argument("--market")
    imp = sub.add_parser("import", help="merge a .danggol file into this computer's data")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="only say what would be added and updated")

    occasions = sub.add_parser("occasions", help="holidays and seasons coming up (for planning greetings)")
    occasions.add_argument("--from", dest="start", help="YYYY-MM-DD, today when left out")
    occasions.add_argument("--days", type=int, default=21, help="how far ahead to look (1 to 366)")

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
    return parser
