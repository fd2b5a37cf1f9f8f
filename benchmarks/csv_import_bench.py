"""Bulk entry from a spreadsheet at a tutor's scale: a 70-shop market, 1,000 rows (counts for 14 weeks plus messages
and posts) and 10,000 rows, checked then written in one transaction. Prints figures; asserts nothing about time
(the issue's target: 1,000 rows in under 10 s).

    .venv/bin/python benchmarks/csv_import_bench.py
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from danggol_desktop.domain.clock import ticking_clock
from danggol_desktop.domain.csv_file import csv_bytes
from danggol_desktop.domain.csv_import import TEMPLATE_HEADER
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.csv_import_tasks import import_csv
from danggol_desktop.tasks.workspace import Workspace

SHOPS = 70
TODAY = date(2026, 11, 26)


def rows(total: int) -> list[list]:
    out: list[list] = []
    week = 0
    while len(out) < total:
        day = (TODAY - timedelta(days=7 * (week % 52))).isoformat()
        for n in range(SHOPS):
            if len(out) >= total:
                break
            kind = ("친구 수", "보낸 메시지", "소식")[{8: 1, 9: 2}.get((n + week) % 10, 0)]
            value = 40 + n + week if kind == "친구 수" else f"{week}주차 소식"
            out.append([kind, "신영시장", f"가게{n:02d}", day, value])
        week += 1
    return out


def main() -> None:
    for total in (1_000, 10_000):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            db = open_database(folder / "danggol.sqlite", folder / "backups",
                               clock=ticking_clock(datetime(2026, 11, 26, 1, tzinfo=timezone.utc),
                                                   timedelta(milliseconds=1)))
            repo = ShopRepo(db)
            for n in range(SHOPS):
                repo.add(ShopDetails(f"가게{n:02d}", "신영시장", channel_url=f"https://pf.kakao.com/_B{n:02d}/friend"))
            path = folder / "week.csv"
            path.write_bytes(csv_bytes(TEMPLATE_HEADER, rows(total)))
            ws = Workspace(db, folder)
            started = time.perf_counter()
            checked = import_csv(ws, path, TODAY, "채널 소식", dry_run=True)
            check_s = time.perf_counter() - started
            started = time.perf_counter()
            done = import_csv(ws, path, TODAY, "채널 소식")
            write_s = time.perf_counter() - started
            print(f"{total:>6,} rows: checked in {check_s:.2f} s, checked and written in {write_s:.2f} s "
                  f"({done.counts:,} counts, {done.sent:,} messages, {done.posts:,} posts; dry run saw "
                  f"{checked.counts + checked.sent + checked.posts:,})")
            db.close()


if __name__ == "__main__":
    main()
