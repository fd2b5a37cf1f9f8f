"""A shop's friend counts: recording, deleting and bringing back a day's count, the goal, and the reads the friends
screens and `danggol friends` make (the same door for both)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from danggol_desktop.domain.csv_file import csv_bytes
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.friend_counts import FriendCount, check_day, clean_note, count_rows, parse_count
from danggol_desktop.storage.files import write_atomically
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.workspace import Workspace, task


@task
def record_count(ws: Workspace, shop_id: int, count_text: str, day: date, today: date,
                 note: str = "") -> tuple[int, FriendCount | None]:
    """Check the count as typed and the day, then store it; returns the count and what it replaced. A shop without
    a channel address has no channel friends to count: InvalidInput `count_needs_channel` (the report counts channel
    shops only — domain.market_report)."""
    count = parse_count(count_text)
    day = check_day(day, today)
    shop = ShopRepo(ws.db).get(shop_id)
    if shop is not None and not shop.channel_url:
        raise InvalidInput("count_needs_channel", "channel_url")
    replaced = FriendCountRepo(ws.db).record(shop_id, day, count, clean_note(note))
    return count, replaced


@task
def delete_count(ws: Workspace, shop_id: int, day: date) -> bool:
    return FriendCountRepo(ws.db).delete(shop_id, day)


@task
def undo_delete_count(ws: Workspace, shop_id: int, day: date) -> bool:
    return FriendCountRepo(ws.db).undo_delete(shop_id, day)


@task
def set_goal(ws: Workspace, shop_id: int, goal: int | None) -> None:
    FriendCountRepo(ws.db).set_goal(shop_id, goal)


@task
def goal(ws: Workspace, shop_id: int) -> int | None:
    return FriendCountRepo(ws.db).goal(shop_id)


@task
def count_on(ws: Workspace, shop_id: int, day: date) -> FriendCount | None:
    return FriendCountRepo(ws.db).get(shop_id, day)


@task
def latest(ws: Workspace, shop_id: int, before: date | None = None) -> FriendCount | None:
    return FriendCountRepo(ws.db).latest(shop_id, before=before)


@task
def series(ws: Workspace, shop_id: int, since: date | None = None) -> list[FriendCount]:
    return FriendCountRepo(ws.db).series(shop_id, since)


@task
def history(ws: Workspace, shop_id: int, limit: int = 30, offset: int = 0) -> list[FriendCount]:
    return FriendCountRepo(ws.db).history(shop_id, limit, offset)


@task
def total(ws: Workspace, shop_id: int) -> int:
    return FriendCountRepo(ws.db).total(shop_id)


def counts_csv(ws: Workspace, shop_id: int, header: list[str]) -> bytes:
    """The shop's counts as the CSV both the screen's 엑셀용으로 저장하기 and `friends list --format csv` give (BOM,
    CRLF, the headers in the UI language, formula-looking text kept as text)."""
    return csv_bytes(header, count_rows(series(ws, shop_id)))


@task
def save_counts_csv(ws: Workspace, shop_id: int, header: list[str], path: Path) -> Path:
    """Write the CSV to a file the person chose (whole or not at all)."""
    write_atomically(Path(path), counts_csv(ws, shop_id, header))
    return Path(path)
