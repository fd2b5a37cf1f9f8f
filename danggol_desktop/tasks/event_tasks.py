"""Market-wide events (issue 29, part 4): checked against the market's own shops, recorded with who takes part, and
the market channel's message kept in the association's message box."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from danggol_desktop.domain.errors import DanggolError, NotFound
from danggol_desktop.domain.market_event import EventPrint, MarketEvent, PieceFiles, RecordedEvent, make_event
from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.domain.shop_record import ASSOCIATION, Shop
from danggol_desktop.storage.event_repo import EventRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.workspace import Workspace, task


@task
def plan_event(ws: Workspace, market: str, name: str, starts_on: str | date, ends_on: str | date, benefit: str,
               shops: list[str], today: date) -> tuple[MarketEvent, list[Shop]]:
    """The event checked whole before anything is made, with the market's shops taking part (in the order named)."""
    from danggol_desktop.domain.shop import check_market, clean_name
    from danggol_desktop.tasks import shop_tasks

    market = clean_name(market, "market")
    check_market(market, shop_tasks.markets(ws), may_be_new=False)
    own = [s for s in ShopRepo(ws.db).list(market=market) if s.category != ASSOCIATION]
    event = make_event(market, name, starts_on, ends_on, benefit, shops, [s.name for s in own], today)
    by_name = {s.name: s for s in own}
    return event, [by_name[n] for n in event.shops]


@task
def record_event(ws: Workspace, event: MarketEvent, shops: list[Shop], association: Shop,
                 draft: PromotionDraft) -> RecordedEvent:
    """The event, who takes part and the market channel's message (saved, ready to copy in the message box) in one
    transaction. Made again (same market, name and first day), the event is brought up to date and so is its
    message, unless that was sent already."""
    messages = MessageRepo(ws.db)
    with ws.db.atomic():
        recorded = EventRepo(ws.db).save(event, [s.id for s in shops])
        same = next((m for m in messages.box(association.id)
                     if m.kind == "market_event" and m.status == "saved"
                     and m.draft.fields.get("title") == event.name
                     and m.draft.fields.get("start") == event.starts_on.isoformat()), None)
        message_id = same.id if same else messages.save_draft(association.id, draft)
        messages.finish(message_id, draft, "saved")
    return recorded


@task
def ready_folder(ws: Workspace, folder: Path) -> None:
    """The folder for an event's pieces, made when it is not there (a read-only place or a full disk is said as
    such, by the task wrapper); never the data folder."""
    from danggol_desktop.storage.files import check_not_in

    check_not_in(folder / "x", ws.data_dir)
    folder.mkdir(parents=True, exist_ok=True)


@task
def events(ws: Workspace, market: str | None = None) -> list[RecordedEvent]:
    return EventRepo(ws.db).list(market)


@task
def event_shops(ws: Workspace, event: RecordedEvent) -> list[Shop]:
    repo = ShopRepo(ws.db)
    found = []
    for shop_id in event.shop_ids:
        try:
            found.append(repo.get(shop_id))
        except NotFound:
            continue
    return found


class EventMessageRefused(DanggolError):
    """The event's message fails a check the message wizard would not let pass."""

    code = "event_message_refused"


# The files an event makes, in its folder (the names speak Korean, as the pieces do)
FILES = {"message": "메시지.txt", "post": "소식.txt", "poster": "포스터.pdf", "stamps": "스탬프 투어.pdf",
         "signs": "참여 가게 안내문.pdf"}


@dataclass(frozen=True)
class EventPlan:
    """An event checked whole and ready to print: what the pieces show, where they go, and what is recorded after."""

    event: MarketEvent
    taking_part: list[Shop]
    association: Shop
    draft: PromotionDraft  # the market channel's message, checked as the wizard checks it
    piece: EventPrint
    files: PieceFiles
    texts: dict[Path, str]  # the message and the post, as text files
    message_file: Path
    post_file: Path


@task
def plan_event_pieces(ws: Workspace, market: str, name: str, starts_on: str | date, ends_on: str | date,
                      benefit: str, shops: list[str], folder: Path, overwrite: bool = False) -> EventPlan:
    """Everything checked before a file is written, for the command line and tutor mode alike: the event, the market
    channel, the message as the wizard checks it, the post's length and the files' places. Then the caller prints the
    pieces (poster.event_pieces.export_pieces) and records the event (record_event)."""
    from danggol_desktop import resources
    from danggol_desktop.domain.banner_sizes import load_banner_catalog
    from danggol_desktop.domain.channel_kit import check_length, clean_title
    from danggol_desktop.domain.dates import format_period
    from danggol_desktop.domain.market_event import PIECE_WORDS, shops_line
    from danggol_desktop.domain.message_text import ShopFacts, check_message, load_rules, load_templates, ready_drafts
    from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE
    from danggol_desktop.tasks import channel_kit_tasks, market_tasks
    from danggol_desktop.tasks.workspace import check_output

    lang = POSTER_LANGUAGE  # the market's customers read every piece
    event, taking_part = plan_event(ws, market, name, starts_on, ends_on, benefit, shops, ws.clock.today())
    association = market_tasks.market_channel(ws, event.market)
    if association is None or not association.channel_url:
        raise market_tasks.NoMarketChannel(detail=event.market)
    ready_folder(ws, folder)
    paths = {key: folder / file_name for key, file_name in FILES.items()}
    for path in paths.values():
        check_output(ws, path, overwrite)

    draft = PromotionDraft(kind="market_event", fields={
        "title": event.name, "gift": event.benefit, "start": event.starts_on.isoformat(),
        "end": event.ends_on.isoformat(), "text": shops_line(event, lang)})
    facts = ShopFacts(association.name, association.market, association.phone, association.optout_phone)
    templates = load_templates(resources.asset("data", "message_templates.json"))
    draft.body = ready_drafts(draft, facts, templates, lang)[0]
    rules = load_rules(resources.asset("data", "kakao_messages.json"))
    if any(c.severity == "block" for c in check_message(draft.body, rules, draft.message_type, ws.clock.local_now())):
        raise EventMessageRefused(detail=event.name)
    # the post for the channel's home: the event's name as its title, the message as its text
    limits = channel_kit_tasks.channel_kit().limits
    post_title = clean_title(event.name, limits.post_title_max, "name")
    check_length(draft.body, limits.post_body_max, "benefit")

    catalog = load_banner_catalog(resources.asset("data", "banners.json"))
    search = (catalog.word("search_line", lang).replace("{id}", association.search_id)
              if association.search_id else "")
    words = PIECE_WORDS[lang]
    piece = EventPrint(event, format_period(event.starts_on, event.ends_on, lang), association.channel_url,
                       words["scan"].replace("{market}", event.market), search, words,
                       {s.name: s.location for s in taking_part if s.location})
    files = PieceFiles(paths["poster"], paths["stamps"], paths["signs"])
    texts = {paths["message"]: draft.body + "\n", paths["post"]: f"{post_title}\n\n{draft.body}\n"}
    return EventPlan(event, taking_part, association, draft, piece, files, texts, paths["message"], paths["post"])
