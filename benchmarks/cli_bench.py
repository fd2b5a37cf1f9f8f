"""Command-line start-up (issue 30, 'faster commands'): `danggol friends list` against a bare `python -c` that imports
sqlite3 and reads the same counts from the same database, run in pairs (one after the other, so both meet the same
load), the median of the pairs' ratios (target: within 3x). Also `friends record` (a write with the day's backup
check) and `shops list`, and, for scale, a command that paints (`poster`), each by its median wall time.

Both sides run with the same Python (the project's venv, `sys.executable`), warm disk cache, .pyc files written.

usage: python benchmarks/cli_bench.py [PAIRS]   Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode(errors='replace')}")
    return took


def main() -> None:
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    # as on a shop PC: the .pyc files are written and then used (a session that sets PYTHONDONTWRITEBYTECODE would
    # otherwise compile every changed module on every run)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONDONTWRITEBYTECODE")}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        app = [sys.executable, "-m", "danggol_desktop", "--data-dir", str(data)]
        subprocess.run([*app, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--new-market",
                        "--channel", "pf.kakao.com/_AbCdE"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*app, "friends", "record", "--shop", "해남채소", "--count", "40"], check=True,
                       stdout=subprocess.DEVNULL)
        database = data / "danggol.sqlite"
        bare = [sys.executable, "-c",
                "import sqlite3, sys\n"
                f"conn = sqlite3.connect({str(database)!r})\n"
                "for day, count in conn.execute('SELECT f.day, f.count FROM friend_counts f JOIN shops s "
                "ON s.id = f.shop_id WHERE s.name = ? ORDER BY f.day', ('해남채소',)):\n"
                "    print(day, count, sep='\\t')\n"]
        listing = [*app, "friends", "list", "--shop", "해남채소"]
        _wall(listing, env), _wall(bare, env)  # warm the disk cache and the .pyc files
        ours, theirs, ratios = [], [], []
        for _ in range(pairs):
            a, b = _wall(listing, env), _wall(bare, env)
            ours.append(a)
            theirs.append(b)
            ratios.append(a / b)
        print(f"friends list: {statistics.median(ours) * 1000:.0f} ms; bare python + sqlite3: "
              f"{statistics.median(theirs) * 1000:.0f} ms; ratio {statistics.median(ratios):.2f}x "
              f"(median of {pairs} pairs; target within 3x)")
        for name, words in (("friends record", ["friends", "record", "--shop", "해남채소", "--count", "41"]),
                            ("shops list", ["shops", "list"]),
                            ("poster (paints: loads Qt)", ["poster", "--shop", "해남채소", "--out",
                                                           str(Path(folder) / "p.pdf"), "--force"])):
            runs = [_wall([*app, *words], env) for _ in range(7 if "poster" in name else pairs)]
            print(f"{name}: {statistics.median(runs) * 1000:.0f} ms (median of {len(runs)})")


if __name__ == "__main__":
    main()
