"""Two programs writing at once: writers take the lock at BEGIN IMMEDIATE and wait their turn — none fails."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from danggol_desktop.storage.database import open_database
from tests.clock import make_clock
from tests.faults.conftest import seed

WRITER = textwrap.dedent("""
    import sys
    from datetime import date, timedelta
    from pathlib import Path
    from danggol_desktop.domain.clock import system_clock
    from danggol_desktop.domain.errors import DanggolError
    from danggol_desktop.tasks import friend_tasks
    from danggol_desktop.tasks.workspace import open_workspace

    folder, shop_id, offset, n = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    ws = open_workspace(folder, system_clock())  # clock-ok: a writer process of its own
    failures = 0
    start = date(2024, 1, 1)
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(n):
        try:
            friend_tasks.record_count(ws, shop_id, str(i), start + timedelta(days=offset + i), date(2026, 11, 27))
        except DanggolError as exc:
            failures += 1
            print(exc.code, file=sys.stderr)
    print(failures, flush=True)
""")


def test_two_processes_writing_500_times_each_never_fail(data_dir):
    db = seed(data_dir, shops=("가게1", "가게2"))
    db.conn.close()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(shop_id), str(offset), "500"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for shop_id, offset in ((1, 0), (2, 0))]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # start together
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = [writer.communicate(timeout=300) for writer in writers]
    assert [out.strip() for out, _err in results] == ["0", "0"], [err[-500:] for _o, err in results]
    db = open_database(data_dir / "danggol.sqlite", clock=make_clock())
    assert db.conn.execute("SELECT shop_id, count(*) FROM friend_counts GROUP BY shop_id").fetchall() == [(1, 500),
                                                                                                          (2, 500)]
    db.conn.close()
