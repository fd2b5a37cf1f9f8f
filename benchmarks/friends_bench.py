"""Friend-count figures: chart paint time with 1,826 points (five years daily) and the time to open the friend
screen on a database of 70 shops x 5 years of daily counts (~128k rows).

usage: python benchmarks/friends_bench.py [--runs N]   Prints figures; asserts nothing (machines are noisy).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from danggol_desktop import resources  # noqa: E402
from danggol_desktop.app import build_services  # noqa: E402
from danggol_desktop.charts.friend_chart import chart_data, paint_friend_chart  # noqa: E402
from danggol_desktop.domain.clock import system_clock
from danggol_desktop.domain.friend_counts import FriendCount  # noqa: E402
from danggol_desktop.domain.preferences import Preferences  # noqa: E402
from danggol_desktop.domain.shop import ShopDetails  # noqa: E402
from danggol_desktop.resources import load_fonts  # noqa: E402
from danggol_desktop.storage.database import open_database  # noqa: E402
from danggol_desktop.storage.shop_repo import ShopRepo  # noqa: E402
from danggol_desktop.tasks.workspace import Workspace  # noqa: E402
from danggol_desktop.ui.appearance import Appearance  # noqa: E402
from danggol_desktop.ui.main_window import MainWindow  # noqa: E402

TODAY = date(2026, 11, 26)
DAYS = 1826
SHOPS = 70


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_chart(app: QApplication, appearance: Appearance, runs: int) -> None:
    series = [FriendCount(TODAY - timedelta(days=DAYS - 1 - i), 5 + i // 7) for i in range(DAYS)]
    image = QImage(900, 420, QImage.Format.Format_ARGB32_Premultiplied)
    for range_key in ("4w", "3m", "all"):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            data = chart_data(series, range_key, TODAY, 65, {TODAY - timedelta(days=d) for d in range(0, DAYS, 10)})
            painter = QPainter(image)
            paint_friend_chart(painter, QRectF(image.rect()), data, appearance.theme)
            painter.end()
            times.append(time.perf_counter() - start)
        print(f"chart, {DAYS} daily counts, range {range_key:>3}: median {ms(statistics.median(times))}, "
              f"worst {ms(max(times))} over {runs} runs (900x420, incl. picking points)")


def build_big_database(folder: Path) -> Path:
    db = open_database(folder / "danggol.sqlite", clock=system_clock())
    shops = ShopRepo(db)
    ids = [shops.add(ShopDetails(f"가게{n:02d}", "신영시장", "vegetables")).id for n in range(SHOPS)]
    stamp = "2026-11-26T00:00:00.000000+00:00"
    rows = ((str(uuid.uuid4()), shop_id, (TODAY - timedelta(days=d)).isoformat(), 5 + (DAYS - d) // 7, "", stamp, stamp)
            for shop_id in ids for d in range(DAYS))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO friend_counts (uuid, shop_id, day, count, note, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    total = db.conn.execute("SELECT count(*) FROM friend_counts").fetchone()[0]
    db.conn.close()
    print(f"database: {SHOPS} shops x {DAYS} days = {total:,} friend counts, "
          f"{(folder / 'danggol.sqlite').stat().st_size / 1e6:.1f} MB")
    return folder / "danggol.sqlite"


def bench_open_screen(app: QApplication, appearance: Appearance, folder: Path, runs: int) -> None:
    db = open_database(folder / "danggol.sqlite", clock=system_clock())
    services = build_services(Workspace(db, folder), appearance)
    window = MainWindow(services)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        window.open_friends()
        window.stack.currentWidget().grab()  # laid out and painted once
        times.append(time.perf_counter() - start)
        window.show_home()
        app.processEvents()
    rows = db.conn.execute("SELECT count(*) FROM friend_counts").fetchone()[0]
    print(f"open the friend screen (shop {window.active_shop().name}, {DAYS} counts, {rows:,} rows in the file): "
          f"median {ms(statistics.median(times))}, worst {ms(max(times))} over {runs} runs")
    window.close()
    db.conn.close()


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 30
    app = QApplication.instance() or QApplication([])
    load_fonts()
    appearance = Appearance(app, resources.translations_dir())
    appearance.apply(Preferences())
    bench_chart(app, appearance, runs)
    with tempfile.TemporaryDirectory() as tmp:
        build_big_database(Path(tmp))
        bench_open_screen(app, appearance, Path(tmp), max(5, runs // 3))


if __name__ == "__main__":
    main()
