"""Data-safety figures: kill -9 trials (record, import, report) and what was lost; quick_check and backup time on the
1,000-shop programme file; peak memory importing the largest file the gate accepts; concurrent writers with deferred
transactions (before) and BEGIN IMMEDIATE (now).

usage: python benchmarks/data_safety_bench.py [TRIALS]   Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.tutor_bench import STAMP, build  # noqa: E402
from danggol_desktop.domain.bundle import bundle_bytes  # noqa: E402
from danggol_desktop.domain.clock import system_clock
from danggol_desktop.storage import backup  # noqa: E402
from danggol_desktop.storage.database import open_database, quick_check  # noqa: E402
from danggol_desktop.storage.transfer_repo import TransferRepo  # noqa: E402

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")

RECORDER = textwrap.dedent("""
    import sys
    from datetime import date, timedelta
    from pathlib import Path
    from danggol_desktop.tasks import friend_tasks
    from danggol_desktop.tasks.workspace import open_workspace
    ws = open_workspace(Path(sys.argv[1]), system_clock())
    start = date(2020, 1, 1)
    for i in range(100000):
        day = start + timedelta(days=i % 2000)
        friend_tasks.record_count(ws, 1, str(i), day, date(2026, 11, 27))
        print(day.isoformat(), i, flush=True)
""")

IMPORTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from danggol_desktop.tasks import transfer_tasks
    from danggol_desktop.tasks.workspace import open_workspace
    ws = open_workspace(Path(sys.argv[1]), system_clock())
    preview = transfer_tasks.preview_import(ws, Path(sys.argv[2]))
    print("importing", flush=True)
    transfer_tasks.import_bundle(ws, preview)
    print("done", flush=True)
""")

WRITER = textwrap.dedent("""
    import sys
    from datetime import date, timedelta
    from pathlib import Path
    if sys.argv[5] == "deferred":
        import sqlite_utils
        from danggol_desktop.storage import database
        database._UTILS_CLASS = sqlite_utils.Database   # the old behaviour: BEGIN (deferred)
    from danggol_desktop.domain.errors import DanggolError
    from danggol_desktop.tasks import friend_tasks
    from danggol_desktop.tasks.workspace import open_workspace
    ws = open_workspace(Path(sys.argv[1]), system_clock())
    shop_id, n = int(sys.argv[2]), int(sys.argv[4])
    failures = 0
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(n):
        try:
            friend_tasks.record_count(ws, shop_id, str(i), date(2024, 1, 1) + timedelta(days=i % 700),
                                      date(2026, 11, 27))
        except DanggolError:
            failures += 1
    print(failures, flush=True)
""")


def fresh(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "danggol_desktop", "--data-dir", str(folder), "shops", "add", "--name",
                    "가게", "--market", "시장"], env=ENV, check=True, capture_output=True)
    return folder


def kill_record_trials(trials: int) -> None:
    lost = damaged = 0
    for _trial in range(trials):
        with tempfile.TemporaryDirectory() as tmp:
            folder = fresh(Path(tmp))
            proc = subprocess.Popen([sys.executable, "-c", RECORDER, str(folder)], stdout=subprocess.PIPE, text=True,
                                    env=ENV)
            acknowledged = {}
            deadline = time.monotonic() + random.uniform(0.5, 2.0)
            while time.monotonic() < deadline:
                line = proc.stdout.readline()
                if line:
                    day, value = line.split()
                    acknowledged[day] = int(value)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            conn = sqlite3.connect(folder / "danggol.sqlite")
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                damaged += 1
            stored = dict(conn.execute("SELECT day, count FROM friend_counts WHERE shop_id = 1"))
            conn.close()
            # every acknowledged write is there (a later write to the same day may have landed too)
            lost += sum(1 for day, value in acknowledged.items() if stored.get(day, -1) < value)
    print(f"kill -9 during record: {trials} trials, {lost} acknowledged writes lost, {damaged} damaged files")


def market_bundle(folder: Path) -> Path:
    build(folder / "market.sqlite", 1, 70, 365)
    db = open_database(folder / "market.sqlite", clock=system_clock())
    path = folder / "market.danggol"
    TransferRepo(db).export(path)
    db.conn.close()
    return path


def kill_import_trials(trials: int, bundle: Path) -> None:
    torn = damaged = 0
    for _trial in range(trials):
        with tempfile.TemporaryDirectory() as tmp:
            folder = fresh(Path(tmp))
            proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(folder), str(bundle)],
                                    stdout=subprocess.PIPE, text=True, env=ENV)
            proc.stdout.readline()  # "importing": the merge is under way
            time.sleep(random.uniform(0.0, 1.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            conn = sqlite3.connect(folder / "danggol.sqlite")
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                damaged += 1
            counts = conn.execute("SELECT count(*) FROM friend_counts").fetchone()[0]
            conn.close()
            if counts not in (0, 70 * 365):
                torn += 1
    print(f"kill -9 during import: {trials} trials, {torn} half-imported, {damaged} damaged files")


def kill_report_trials(trials: int) -> None:
    stranded = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = fresh(Path(tmp) / "data")
        subprocess.run([sys.executable, "-m", "danggol_desktop", "--data-dir", str(folder), "friends", "record",
                        "--shop", "가게", "--count", "5"], env=ENV, check=True, capture_output=True)
        for trial in range(trials):
            usb = Path(tmp) / f"usb{trial}"
            usb.mkdir()
            proc = subprocess.Popen([sys.executable, "-m", "danggol_desktop", "--data-dir", str(folder), "report",
                                     "--format", "pdf", "--out", str(usb / "r.pdf")], env=ENV,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(random.uniform(0.3, 1.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            stranded += sum(1 for p in usb.iterdir() if p.name != "r.pdf")
    print(f"kill -9 during report: {trials} trials, {stranded} stray files left in the target folder")


def programme_checks() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "programme.sqlite"
        build(path, 100, 10, 730)
        times = []
        for _ in range(3):
            started = time.perf_counter()
            db = open_database(path, clock=system_clock())
            times.append(time.perf_counter() - started)
            db.conn.close()
        conn = sqlite3.connect(path)
        started = time.perf_counter()
        ok = quick_check(conn)
        check_s = time.perf_counter() - started
        started = time.perf_counter()
        backup.make_backup(conn, Path(tmp) / "backups", "daily", system_clock().local_now())
        backup_s = time.perf_counter() - started
        conn.close()
        print(f"programme file {path.stat().st_size / 1e6:.0f} MB: quick_check {check_s:.2f} s (ok={ok}); "
              f"open incl. quick_check median {sorted(times)[1]:.2f} s; checked backup copy {backup_s:.2f} s "
              f"(worker thread in the GUI)")


def import_peak_memory() -> None:
    """Close to the largest file the gate accepts: one count a day for 5,000 days in each of 60 shops."""

    with tempfile.TemporaryDirectory() as tmp:
        market_uuid = str(uuid.uuid4())
        days = 5000
        shop_count = 60  # 300,000 counts: the member cap (MAX_MEMBER_BYTES of JSON) comes before the row cap
        shops = [{"uuid": str(uuid.uuid4()), "market_uuid": market_uuid, "name": f"가게{n:03d}", "category": "",
                  "phone": "", "channel_url": "", "archived_at": None, "friend_goal": None, "created_at": STAMP,
                  "updated_at": STAMP} for n in range(shop_count)]
        counts = [{"uuid": str(uuid.uuid4()), "shop_uuid": shop["uuid"],
                   "day": (date(2026, 11, 26) - timedelta(days=d)).isoformat(), "count": d, "note": "",
                   "created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
                  for shop in shops for d in range(days)]
        tables = {"markets": [{"uuid": market_uuid, "name": "시장", "created_at": STAMP, "updated_at": STAMP}],
                  "shops": shops, "friend_counts": counts}
        path = Path(tmp) / "big.danggol"
        data = bundle_bytes({"format": "danggol-bundle", "format_version": 1}, tables)
        path.write_bytes(data)
        unpacked = len(json.dumps(counts, ensure_ascii=False).encode("utf-8"))
        del tables, counts
        folder = fresh(Path(tmp) / "data")
        script = IMPORTER + "\nimport resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", script, str(folder), str(path)], capture_output=True, text=True,
                             env=ENV)
        took = time.perf_counter() - started
        if out.returncode != 0:
            print(f"import of the largest file failed: {out.stderr[-300:]}")
            return
        peak = int(out.stdout.split()[-1]) / 1024
        print(f"import of {shop_count * days:,} counts ({len(data) / 1e6:.1f} MB file, {unpacked / 1e6:.0f} MB "
              f"of JSON): peak RSS {peak:.0f} MB, {took:.1f} s")


def concurrent_writers(mode: str, n: int = 500) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = fresh(Path(tmp))
        subprocess.run([sys.executable, "-m", "danggol_desktop", "--data-dir", str(folder), "shops", "add",
                        "--name", "가게2", "--market", "시장"], env=ENV, check=True, capture_output=True)
        procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(shop), "0", str(n), mode],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
                 for shop in (1, 2)]
        for proc in procs:
            proc.stdout.readline()
        started = time.perf_counter()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        failures = sum(int(proc.communicate()[0].strip()) for proc in procs)
        print(f"two writers x {n} ({mode}): {failures} failed writes in {time.perf_counter() - started:.1f} s")


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    concurrent_writers("deferred")
    concurrent_writers("immediate")
    programme_checks()
    import_peak_memory()
    kill_record_trials(trials)
    with tempfile.TemporaryDirectory() as tmp:
        kill_import_trials(max(trials // 3, 5), market_bundle(Path(tmp)))
    kill_report_trials(max(trials // 3, 5))


if __name__ == "__main__":
    main()
