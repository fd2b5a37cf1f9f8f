"""`danggol import-csv` and the tutor's 엑셀 파일에서 가져오기: a spreadsheet's rows checked as typed input, every
shop found, then all written in one transaction — or nothing, with each bad row named."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from danggol_desktop.domain.channel_kit import clean_title
from danggol_desktop.domain.csv_file import csv_bytes
from danggol_desktop.domain.csv_import import (
    MAX_BYTES,
    TEMPLATE_HEADER,
    CsvProblem,
    CsvRefused,
    CsvRow,
    parse_rows,
)
from danggol_desktop.domain.errors import Conflict, InvalidInput, NotFound
from danggol_desktop.storage.channel_kit_repo import PostRepo
from danggol_desktop.storage.files import write_atomically
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.channel_kit_tasks import channel_kit
from danggol_desktop.tasks.workspace import Workspace, task


@dataclass(frozen=True)
class CsvImported:
    counts: int
    replaced: int  # counts that changed a day's earlier count
    sent: int
    posts: int
    written: bool  # False for a dry run


def read_file(path: Path) -> bytes:
    """The file's bytes, from a regular file only (a pipe or a device would hang or never end)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        raise InvalidInput("csv_missing", "file") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput("csv_missing", "file")
        if info.st_size > MAX_BYTES:
            raise CsvRefused([CsvProblem(0, "", "csv_too_big", "")])
        return fh.read(MAX_BYTES + 1)


@task
def import_csv(ws: Workspace, path: Path, today: date, post_title: str, dry_run: bool = False) -> CsvImported:
    """`post_title` names a post whose title cell is empty (the UI language's '채널 소식')."""
    rows = parse_rows(read_file(Path(path)), today)
    limit = channel_kit().limits.post_title_max
    shops = ShopRepo(ws.db)
    found: dict[tuple[str, str], int] = {}
    problems: list[CsvProblem] = []
    titles: dict[int, str] = {}
    for row in rows:
        if row.kind == "post":
            try:
                titles[row.line] = clean_title(row.text or post_title, limit)
            except InvalidInput as exc:
                problems.append(CsvProblem(row.line, "value", exc.code, row.text))
        key = (row.market, row.shop)
        if key not in found:
            try:
                shop = shops.find(f"{row.market}/{row.shop}" if row.market else row.shop)
            except NotFound:
                problems.append(CsvProblem(row.line, "shop", "csv_unknown_shop", row.shop))
                continue
            except Conflict:
                problems.append(CsvProblem(row.line, "shop", "csv_ambiguous_shop", row.shop))
                continue
            if row.kind == "friends" and not shop.channel_url:
                problems.append(CsvProblem(row.line, "shop", "count_needs_channel", row.shop))
                continue
            found[key] = shop.id
    if problems:
        raise CsvRefused(problems)
    counts = sum(1 for r in rows if r.kind == "friends")
    sent = sum(1 for r in rows if r.kind == "sent")
    posts = sum(1 for r in rows if r.kind == "post")
    if dry_run:
        return CsvImported(counts, 0, sent, posts, written=False)
    replaced = _write(ws, rows, found, titles)
    return CsvImported(counts, replaced, sent, posts, written=True)


def _write(ws: Workspace, rows: list[CsvRow], found: dict[tuple[str, str], int], titles: dict[int, str]) -> int:
    counts, messages, posts = FriendCountRepo(ws.db), MessageRepo(ws.db), PostRepo(ws.db)
    replaced = 0
    with ws.db.atomic():  # all rows or none
        for row in rows:
            shop_id = found[(row.market, row.shop)]
            if row.kind == "friends" and row.count is not None:
                before = counts.record(shop_id, row.day, row.count)
                replaced += before is not None and before.count != row.count
            elif row.kind == "sent":
                messages.record_sent_outside(shop_id, row.day, row.text)
            else:
                posts.record(shop_id, row.day, titles[row.line])
    return replaced


@task
def write_template(ws: Workspace, path: Path, today: date, market: str | None = None,
                   overwrite: bool = False) -> int:
    """A file to fill in: one friend-count line per shop (of `market`, or every market) for today, the count left
    empty. Unfilled lines are skipped on import. Returns the number of lines."""
    lines = [["친구 수", shop.market, shop.name, today.isoformat(), None]
             for shop in ShopRepo(ws.db).list(market) if shop.channel_url]
    write_atomically(Path(path), csv_bytes(TEMPLATE_HEADER, lines), overwrite=overwrite)
    return len(lines)
