"""Promotion messages: the wizard's draft kept at every step, finishing it as saved, sent or practice, the message
box, and messages sent from the phone. The rule behind the report and the awards lives here once: a message
finished during a practice session is kept as practice and never counts as sent."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from danggol_desktop.domain.friend_counts import check_day
from danggol_desktop.domain.promotion import TEXT_MAX, PromotionDraft, clean_text
from danggol_desktop.domain.records import StoredMessage
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.tasks.workspace import Workspace, task

if TYPE_CHECKING:
    from danggol_desktop.domain.message_budget import Budget
    from danggol_desktop.domain.message_text import MessageRules


@task
def record_sent_outside(ws: Workspace, shop_id: int, day: date, today: date, text: str = "") -> int:
    """A message sent from the phone's Kakao app counts like one sent from the wizard (not on a future day)."""
    return MessageRepo(ws.db).record_sent_outside(shop_id, check_day(day, today), clean_text(text, TEXT_MAX))


@task
def save_draft(ws: Workspace, shop_id: int, draft: PromotionDraft, message_id: int | None = None) -> int:
    """Keep the unfinished draft (one per shop); returns its id."""
    return MessageRepo(ws.db).save_draft(shop_id, draft, message_id)


@task
def finish_message(ws: Workspace, shop_id: int, message_id: int | None, draft: PromotionDraft, status: str,
                   practice: bool) -> tuple[int, str]:
    """Finish the draft as 'saved' or 'sent' ('sent' is stamped with the clock's wall time). During a practice
    session it is kept as 'practice' whatever was pressed, and filed under every shop that came to the session too
    (it was filed under the active shop only). Draft and finish are one transaction; returns the message's id and
    the status it was kept with."""
    if status not in ("saved", "sent"):
        raise ValueError(status)
    kept_as = "practice" if practice else status
    repo = MessageRepo(ws.db)
    with ws.db.atomic():
        if message_id is None:
            message_id = repo.save_draft(shop_id, draft)
        repo.finish(message_id, draft, kept_as, ws.clock.local_now() if kept_as == "sent" else None)
        if kept_as == "practice":  # filed under every shop that came, each finding it in its own message box
            from danggol_desktop.storage.tutor_repo import PracticeRepo

            session = PracticeRepo(ws.db).open_session()
            for other in session.shop_ids if session is not None else ():
                if other != shop_id:
                    repo.finish(repo.save_draft(other, draft), draft, "practice", None)
    return message_id, kept_as


@task
def unfinished(ws: Workspace, shop_id: int) -> StoredMessage | None:
    return MessageRepo(ws.db).unfinished(shop_id)


@task
def discard_draft(ws: Workspace, message_id: int) -> None:
    MessageRepo(ws.db).discard(message_id)


@task
def message_box(ws: Workspace, shop_id: int) -> list[StoredMessage]:
    return MessageRepo(ws.db).box(shop_id)


@task
def delete_message(ws: Workspace, message_id: int) -> bool:
    return MessageRepo(ws.db).delete(message_id)


@task
def undo_delete_message(ws: Workspace, message_id: int) -> bool:
    return MessageRepo(ws.db).undo_delete(message_id)


@task
def sent_days(ws: Workspace, shop_id: int) -> set[date]:
    """Days on which a message was really sent (practice messages never count)."""
    return MessageRepo(ws.db).sent_days(shop_id)


@task
def sent_messages(ws: Workspace, shop_id: int) -> list[StoredMessage]:
    return MessageRepo(ws.db).sent(shop_id)


@task
def set_message_credit(ws: Workspace, shop_id: int, text: str | None) -> int | None:
    """The free message credit the programme gave this shop or market channel, as typed ('300만', '3,000,000원');
    empty clears it. Returns the credit kept."""
    from danggol_desktop.domain.message_budget import parse_credit
    from danggol_desktop.storage.friend_count_repo import FriendCountRepo

    won = parse_credit(text)
    FriendCountRepo(ws.db).set_message_credit(shop_id, won)
    return won


@task
def message_credit(ws: Workspace, shop_id: int) -> int | None:
    from danggol_desktop.storage.friend_count_repo import FriendCountRepo

    return FriendCountRepo(ws.db).message_credit(shop_id)


@task
def message_budget(ws: Workspace, shop_id: int, until: date | None = None,
                   rules: MessageRules | None = None) -> Budget | None:
    """The credit and what the sends up to `until` (all when None) have cost; None when no credit is written.
    `rules`: Kakao's rates as the caller already has them (the wizard, a report of many shops); read when None."""
    from danggol_desktop import resources
    from danggol_desktop.domain.message_budget import Send, budget
    from danggol_desktop.domain.message_text import load_rules
    from danggol_desktop.storage.friend_count_repo import FriendCountRepo

    counts_repo = FriendCountRepo(ws.db)
    credit = counts_repo.message_credit(shop_id)
    if not credit:
        return None
    sends = []
    for message in MessageRepo(ws.db).sent(shop_id):
        day = date.fromisoformat((message.sent_at or message.updated_at)[:10])
        if until is None or day <= until:
            sends.append(Send(day, "targeted" if message.draft.audience == "targeted" else "all"))
    counts = [(c.day, c.count) for c in counts_repo.series(shop_id)]
    return budget(credit, sends, counts, rules or load_rules(resources.asset("data", "kakao_messages.json")))
