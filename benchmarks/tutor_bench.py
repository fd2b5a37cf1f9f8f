"""Tutor figures: the market report for 1,000 shops x 2 years of daily counts (the whole 2023 programme's size):
figures and PDF; then export/import time and file size for one market of 70 shops.

usage: python benchmarks/tutor_bench.py   Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from danggol_desktop.domain.bundle import read_bundle  # noqa: E402
from danggol_desktop.domain.clock import system_clock
from danggol_desktop.domain.market_report import build_report  # noqa: E402
from danggol_desktop.report.report_pdf import export_report_pdf  # noqa: E402
from danggol_desktop.resources import load_fonts  # noqa: E402
from danggol_desktop.storage.database import open_database  # noqa: E402
from danggol_desktop.storage.report_repo import ReportRepo  # noqa: E402
from danggol_desktop.storage.transfer_repo import TransferRepo  # noqa: E402

END = date(2026, 11, 26)
STAMP = "2026-11-26T00:00:00.000000+00:00"


def build(path: Path, markets: int, shops_per_market: int, days: int) -> None:
    db = open_database(path, clock=system_clock())
    conn = db.conn
    conn.execute("BEGIN")
    shop_ids = []
    for m in range(markets):
        market_id = conn.execute("INSERT INTO markets (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                                 (str(uuid.uuid4()), f"시장{m:03d}", STAMP, STAMP)).lastrowid
        for s in range(shops_per_market):
            shop_ids.append(conn.execute(
                "INSERT INTO shops (uuid, market_id, name, category, phone, channel_url, created_at, updated_at) "
                "VALUES (?, ?, ?, '', '', ?, ?, ?)",
                (str(uuid.uuid4()), market_id, f"가게{s:02d}", "https://pf.kakao.com/_x/friend" if s % 9 else "",
                 STAMP, STAMP)).lastrowid)
    rows = ((str(uuid.uuid4()), shop_id, (END - timedelta(days=d)).isoformat(), 5 + (days - d) // 5, "", STAMP, STAMP)
            for shop_id in shop_ids for d in range(days))
    conn.executemany("INSERT INTO friend_counts (uuid, shop_id, day, count, note, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    messages = (
        (
            str(uuid.uuid4()),
            shop_id,
            "outside",
            "{}",
            "",
            "sent",
            STAMP,
            STAMP,
            f"{(END - timedelta(days=d)).isoformat()}T12:00:00",
        )
        for shop_id in shop_ids
        for d in range(0, days, 10)
    )
    conn.executemany(
        "INSERT INTO messages (uuid, shop_id, kind, draft, body, status, created_at, updated_at, sent_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        messages,
    )
    conn.execute("COMMIT")
    total = conn.execute("SELECT count(*) FROM friend_counts").fetchone()[0]
    print(f"database: {len(shop_ids):,} shops, {total:,} friend counts, {path.stat().st_size / 1e6:.0f} MB")
    conn.close()


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    load_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder / "programme.sqlite", 100, 10, 730)
        db = open_database(folder / "programme.sqlite", clock=system_clock())
        repo = ReportRepo(db)
        start = END - timedelta(days=729)
        t0 = time.perf_counter()
        report = build_report(repo.figures(start, END), start, END)
        t1 = time.perf_counter()
        weekly = repo.weekly_totals(start, END)
        t2 = time.perf_counter()
        pages = export_report_pdf(report, weekly, folder / "report.pdf", "ko", report.end)
        t3 = time.perf_counter()
        print(
            f"report, all 1,000 shops over 2 years: figures and awards {(t1 - t0) * 1000:.0f} ms; weekly chart "
            f"totals {(t2 - t1) * 1000:.0f} ms; PDF ({pages} pages) {(t3 - t2) * 1000:.0f} ms; "
            f"whole PDF path {(t3 - t0) * 1000:.0f} ms (targets: 1 s figures, 3 s PDF)"
        )
        t0 = time.perf_counter()
        one = build_report(repo.figures(start, END, "시장007"), start, END, "시장007")
        print(f"report, one market of 10 shops: {(time.perf_counter() - t0) * 1000:.0f} ms ({one.shop_count} shops)")
        db.conn.close()

        build(folder / "market.sqlite", 1, 70, 1826)
        source = open_database(folder / "market.sqlite", clock=system_clock())
        t0 = time.perf_counter()
        counts = TransferRepo(source).export(folder / "market.danggol", market="시장000")
        t1 = time.perf_counter()
        target = open_database(folder / "laptop.sqlite", clock=system_clock())
        bundle = read_bundle(folder / "market.danggol")
        t2 = time.perf_counter()
        plan = TransferRepo(target).apply(bundle)
        t3 = time.perf_counter()
        again = TransferRepo(target).apply(read_bundle(folder / "market.danggol"))
        t4 = time.perf_counter()
        size = (folder / "market.danggol").stat().st_size
        print(
            f"export of one market (70 shops, {counts['friend_counts']:,} counts, {counts['messages']:,} messages): "
            f"{(t1 - t0):.2f} s, file {size / 1e6:.1f} MB; read and check {(t2 - t1):.2f} s; import into an empty "
            f"database {(t3 - t2):.2f} s ({sum(plan.added.values()):,} records); same file again "
            f"{(t4 - t3):.2f} s ({again.changes} changes)"
        )
    del app


if __name__ == "__main__":
    main()
