"""Recording and deleting a day's friend count."""

from __future__ import annotations

from datetime import date

from danggol_desktop.domain.friend_counts import FriendCount, check_day, clean_note, parse_count
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.tasks.workspace import Workspace, task


@task
def record_count(ws: Workspace, shop_id: int, count_text: str, day: date, today: date,
                 note: str = "") -> tuple[int, FriendCount | None]:
    """Check the count as typed and the day, then store it; returns the count and what it replaced."""
    count = parse_count(count_text)
    day = check_day(day, today)
    replaced = FriendCountRepo(ws.db).record(shop_id, day, count, clean_note(note))
    return count, replaced


@task
def delete_count(ws: Workspace, shop_id: int, day: date) -> bool:
    return FriendCountRepo(ws.db).delete(shop_id, day)


@task
def undo_delete_count(ws: Workspace, shop_id: int, day: date) -> bool:
    return FriendCountRepo(ws.db).undo_delete(shop_id, day)
