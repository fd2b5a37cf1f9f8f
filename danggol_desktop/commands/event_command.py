"""`danggol event`: a market-wide event in one go — the market channel's message (through the message wizard's
checks, kept in the association's message box), a post, an A4 poster, a stamp-tour card and a window sign for every
shop taking part; the event and who takes part are recorded for the report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danggol_desktop.commands import Command, Make
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.tasks.workspace import Workspace, check_output

# The files an event makes, in its folder (the names speak Korean, as the pieces do)
FILES = {"message": "메시지.txt", "post": "소식.txt", "poster": "포스터.pdf", "stamps": "스탬프 투어.pdf",
         "signs": "참여 가게 안내문.pdf"}


class EventMessageRefused(DanggolError):
    """The event's message fails a check the message wizard would not let pass (its code is the check's)."""

    code = "event_message_refused"


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
    from danggol_desktop.commands.market_command import NoMarketChannel
    from danggol_desktop.domain.banner_sizes import load_banner_catalog
    from danggol_desktop.domain.channel_kit import check_length, clean_title
    from danggol_desktop.domain.dates import format_period
    from danggol_desktop.domain.market_event import PIECE_WORDS, shops_line
    from danggol_desktop.domain.message_text import ShopFacts, check_message, load_rules, load_templates, ready_drafts
    from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE
    from danggol_desktop.domain.promotion import PromotionDraft
    from danggol_desktop.poster.event_pieces import EventPrint, PieceFiles, export_pieces
    from danggol_desktop.tasks import channel_kit_tasks, event_tasks, market_tasks

    lang = POSTER_LANGUAGE  # the market's customers read every piece
    today = ws.clock.today()
    event, shops = event_tasks.plan_event(ws, args.market, args.name, args.starts, args.ends, args.benefit,
                                          args.shop, today)
    association = market_tasks.market_channel(ws, event.market)
    if association is None or not association.channel_url:
        raise NoMarketChannel(detail=event.market)
    folder = Path(args.out_dir)
    event_tasks.ready_folder(ws, folder)
    overwrite = bool(args.force)
    paths = {key: folder / name for key, name in FILES.items()}
    for path in paths.values():
        check_output(ws, path, overwrite)

    # the message, as the wizard would make and check it
    draft = PromotionDraft(kind="market_event", fields={
        "title": event.name, "gift": event.benefit, "start": event.starts_on.isoformat(),
        "end": event.ends_on.isoformat(), "text": shops_line(event, lang)})
    facts = ShopFacts(association.name, association.market, association.phone, association.optout_phone)
    templates = load_templates(resources.asset("data", "message_templates.json"))
    draft.body = ready_drafts(draft, facts, templates, lang)[0]
    rules = load_rules(resources.asset("data", "kakao_messages.json"))
    blocked = [c for c in check_message(draft.body, rules, draft.message_type, ws.clock.local_now())
               if c.severity == "block"]
    if blocked:
        raise EventMessageRefused(detail=blocked[0].code)
    # the post for the channel's home: the event's name as its title, the message as its text
    limits = channel_kit_tasks.channel_kit().limits
    post_title = clean_title(event.name, limits.post_title_max, "name")
    check_length(draft.body, limits.post_body_max, "benefit")

    catalog = load_banner_catalog(resources.asset("data", "banners.json"))
    search = (catalog.word("search_line", lang).replace("{id}", association.search_id)
              if association.search_id else "")
    resources.load_fonts()
    piece = EventPrint(event, format_period(event.starts_on, event.ends_on, lang), association.channel_url,
                       PIECE_WORDS[lang]["scan"].replace("{market}", event.market), search, PIECE_WORDS[lang],
                       {s.name: s.location for s in shops if s.location})
    files = PieceFiles(paths["poster"], paths["stamps"], paths["signs"])
    texts = {paths["message"]: draft.body + "\n", paths["post"]: f"{post_title}\n\n{draft.body}\n"}
    pages = export_pieces(piece, files, texts, overwrite=overwrite)
    recorded = event_tasks.record_event(ws, event, shops, association, draft)
    lines = [f"{recorded.market}\t{recorded.name}\t{recorded.starts_on}~{recorded.ends_on}\t"
             f"{len(recorded.shop_ids)}"]
    lines += [f"{paths['message']}", f"{paths['post']}"]
    lines += [f"{path}\t{count}" for path, count in pages.items()]
    return lines


def run(args: argparse.Namespace, ws: Workspace) -> None:
    print("\n".join(make_event_pieces(args, ws)))


COMMAND = Command("event", register, run, writes=lambda _args: True, paints=True)
