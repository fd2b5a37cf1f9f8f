"""The tutor's practice sessions (who came, what was practised) and each shop's curriculum ticks."""

from __future__ import annotations

from datetime import date

from danggol_desktop.domain.records import PracticeSession
from danggol_desktop.storage.tutor_repo import CurriculumRepo, PracticeRepo
from danggol_desktop.tasks.workspace import Workspace, task


@task
def open_session(ws: Workspace) -> PracticeSession | None:
    """The practice session under way, if any: messages finished meanwhile are kept as practice."""
    return PracticeRepo(ws.db).open_session()


@task
def start_session(ws: Workspace, day: date, topic: str, shop_ids: list[int]) -> PracticeSession:
    """Start a session: the topic is checked like a name (InvalidInput `name_empty`, …), the day must have come."""
    from danggol_desktop.domain.friend_counts import check_day
    from danggol_desktop.domain.shop import clean_name

    return PracticeRepo(ws.db).start(check_day(day, ws.clock.today()), clean_name(topic, "topic"), shop_ids)


@task
def close_session(ws: Workspace, session_id: int) -> None:
    PracticeRepo(ws.db).close(session_id)


@task
def session_history(ws: Workspace) -> list[PracticeSession]:
    return PracticeRepo(ws.db).history()


@task
def clear_practice_messages(ws: Workspace, shop_ids: list[int]) -> int:
    """Remove the practice messages of these shops (all in one transaction); returns how many went."""
    repo = PracticeRepo(ws.db)
    with ws.db.atomic():
        return sum(repo.clear_practice_messages(shop_id) for shop_id in shop_ids)


@task
def tick_step(ws: Workspace, shop_id: int, step: str, day: date | None) -> None:
    """Mark a curriculum step done on `day`, or not done (None): a tick made by mistake can be taken back."""
    CurriculumRepo(ws.db).tick(shop_id, step, day)


@task
def progress(ws: Workspace, shop_ids: list[int] | None = None) -> dict[tuple[int, str], date]:
    """(shop id, step) → the day it was ticked."""
    return CurriculumRepo(ws.db).progress(shop_ids)
