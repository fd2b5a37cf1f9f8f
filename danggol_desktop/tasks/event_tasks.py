"""Market-wide events (issue 29, part 4): checked against the market's own shops, recorded with who takes part, and
the market channel's message kept in the association's message box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from danggol_desktop.domain.errors import NotFound
from danggol_desktop.domain.market_event import MarketEvent, RecordedEvent, make_event
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
