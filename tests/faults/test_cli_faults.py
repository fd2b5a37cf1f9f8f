"""The command line under faults: plain sentences, non-zero exits, nothing written where it should not be."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from tests.cli.test_cli import run
from tests.faults.test_storage_faults import big_seed, damage_middle

pytestmark = pytest.mark.usefixtures("qapp")  # commands run in this process, on pytest-qt's application


def add_shop(data_dir):
    out = run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--channel", "_Seed")
    assert out.returncode == 0, out.stderr


def test_damage_inside_the_file_stops_the_command_and_says_so(data_dir):
    db = big_seed(data_dir)
    db.conn.close()
    damage_middle(data_dir / "danggol.sqlite")
    before = (data_dir / "danggol.sqlite").read_bytes()
    out = run(data_dir, "friends", "record", "--shop", "가게1", "--count", "5")
    assert out.returncode != 0 and "손상" in out.stderr and "Traceback" not in out.stderr
    assert (data_dir / "danggol.sqlite").read_bytes() == before  # not moved, not changed
    assert not list((data_dir / "backups").glob("*daily*")) or all(
        sqlite3.connect(p).execute("PRAGMA quick_check").fetchone() == ("ok",)
        for p in (data_dir / "backups").glob("*daily*"))


def test_an_empty_file_with_backups_is_not_a_new_install(data_dir):
    add_shop(data_dir)
    assert list((data_dir / "backups").glob("*daily*"))
    for extra in ("-wal", "-shm"):
        (data_dir / f"danggol.sqlite{extra}").unlink(missing_ok=True)
    (data_dir / "danggol.sqlite").write_bytes(b"")
    out = run(data_dir, "shops", "list")
    assert out.returncode != 0 and "비어 있어요" in out.stderr
    assert (data_dir / "danggol.sqlite").stat().st_size == 0  # no tables created silently


def test_a_full_disk_reaches_the_cli_user_in_plain_words(small_disk):
    if small_disk is None:
        pytest.skip("no tmpfs here")
    add_shop(small_disk)
    from tests.faults.conftest import fill_disk

    fill_disk(small_disk)
    outs = [run(small_disk, "friends", "record", "--shop", "해남채소", "--count", str(n), "--date",
                f"2026-10-{n:02d}", "--note", "메모" * 90) for n in range(1, 12)]
    failed = [o for o in outs if o.returncode != 0]
    assert failed, "the disk never filled"
    assert all("저장 공간이 부족" in o.stderr and "Traceback" not in o.stderr for o in failed)
    assert not list(small_disk.glob("*.damaged-*"))


def test_superscripts_and_slashes_are_refused(data_dir):
    add_shop(data_dir)
    out = run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "²")
    assert out.returncode == 2 and "숫자" in out.stderr
    slash = run(data_dir, "shops", "add", "--name", "a/b", "--market", "신영시장")
    assert slash.returncode == 2 and "/" in slash.stderr


def test_the_traceback_of_an_unexpected_error_goes_to_the_log_not_the_screen(data_dir, tmp_path):
    add_shop(data_dir)
    script = textwrap.dedent(f"""
        import sys
        from danggol_desktop import cli
        from danggol_desktop.tasks import friend_tasks
        def boom(*a, **k):
            raise RuntimeError("unexpected inside")
        friend_tasks.series = boom
        sys.exit(cli.main(["--data-dir", {str(data_dir)!r}, "friends", "list", "--shop", "해남채소"]))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 1 and "Traceback" not in out.stderr and out.stderr.strip()
    log = (data_dir / "logs" / "danggol.log").read_text(encoding="utf-8")
    assert "RuntimeError: unexpected inside" in log and "Traceback" in log


# -- output files ----------------------------------------------------------------------------------------------

def test_report_output_refuses_devices_links_and_pipes(data_dir, tmp_path):
    add_shop(data_dir)
    assert run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "5").returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.csv"
    link.symlink_to(victim)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for target in (link, fifo, "/dev/full", tmp_path):
        out = run(data_dir, "report", "--format", "csv", "--out", str(target), "--force")
        assert out.returncode == 2 and "파일이 아니어서" in out.stderr, target
    assert victim.read_text() == "keep me" and link.is_symlink() and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_an_existing_file_is_replaced_only_with_force_and_new_files_follow_the_umask(data_dir, tmp_path):
    add_shop(data_dir)
    assert run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "5").returncode == 0
    out_file = tmp_path / "report.csv"
    out_file.write_text("old")
    refused = run(data_dir, "report", "--format", "csv", "--out", str(out_file))
    assert refused.returncode == 2 and "--force" in refused.stderr and out_file.read_text() == "old"
    forced = run(data_dir, "report", "--format", "csv", "--out", str(out_file), "--force")
    assert forced.returncode == 0 and out_file.read_text(encoding="utf-8-sig") != "old"
    fresh = tmp_path / "fresh.danggol"
    assert run(data_dir, "export", "--out", str(fresh)).returncode == 0
    assert stat.S_IMODE(os.stat(fresh).st_mode) == 0o666 & ~0o022
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


KILL_REPORT = textwrap.dedent("""
    import os, signal, sys
    from danggol_desktop.report import report_pdf
    original = report_pdf.place_file
    def killed(*a, **k):
        os.kill(os.getpid(), signal.SIGKILL)
    report_pdf.place_file = killed
    from danggol_desktop import cli
    sys.exit(cli.main(sys.argv[1:]))
""")


def test_a_killed_report_strands_nothing_in_the_target_folder(data_dir, tmp_path):
    add_shop(data_dir)
    assert run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "5").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    out = subprocess.run([sys.executable, "-c", KILL_REPORT, "--data-dir", str(data_dir), "report", "--format", "pdf",
                          "--out", str(usb / "r.pdf")], capture_output=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == -9
    assert list(usb.iterdir()) == []


@pytest.mark.parametrize("target", ["danggol.sqlite", "danggol.sqlite-wal", "backups/x.csv", "logs/danggol.log",
                                    "link-to-db"])
def test_no_output_lands_in_the_data_folder_whatever_force_says(data_dir, tmp_path, target):
    """`report --out DATA/danggol.sqlite --force` replaced the live database (issue 25, finding 2)."""
    add_shop(data_dir)
    assert run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "5").returncode == 0
    (data_dir / "logs").mkdir(exist_ok=True)
    (tmp_path / "link-to-db").symlink_to(data_dir / "danggol.sqlite")
    out = data_dir / target if target != "link-to-db" else tmp_path / "link-to-db"
    before = (data_dir / "danggol.sqlite").read_bytes()
    commands = [("report", "--format", "csv", "--out", out, "--force")]
    if target != "link-to-db":  # these add their own suffix, which makes a new name beside the link, outside
        commands += [("export", "--out", out, "--force"),
                     ("poster", "--shop", "해남채소", "--channel", "_AbCdE", "--out", str(out) + ".png", "--force")]
    for args in commands:
        refused = run(data_dir, *args)
        assert refused.returncode != 0 and "자료 폴더" in refused.stderr, (args, refused.stderr)
    assert (data_dir / "danggol.sqlite").read_bytes() == before
    assert not (data_dir / "danggol.sqlite.danggol").exists()


def test_the_right_reason_when_backups_is_a_file(data_dir, tmp_path):
    """With a file where backups/ should be, every refusal said the data file could not be read '…USB…'."""
    add_shop(data_dir)
    assert run(data_dir, "export", "--out", tmp_path / "m.danggol").returncode == 0
    shutil.rmtree(data_dir / "backups")
    (data_dir / "backups").write_text("not a folder")
    other = tmp_path / "other"
    assert run(other, "shops", "add", "--name", "바다수산", "--market", "신영시장",
               "--channel", "_Seed").returncode == 0
    shutil.rmtree(other / "backups")
    (other / "backups").write_text("not a folder")
    refused = run(other, "import", tmp_path / "m.danggol")
    assert refused.returncode != 0 and "'backups' 폴더" in refused.stderr and "USB" not in refused.stderr
    assert sqlite3.connect(other / "danggol.sqlite").execute("SELECT count(*) FROM shops").fetchone()[0] == 1


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("mount"), reason="needs a read-only place")
def test_out_refusals_say_why(data_dir, tmp_path):
    """A full disk or a read-only place refused `--out` with no reason."""
    from tests.faults.conftest import fill_disk, remount_read_only

    add_shop(data_dir)
    assert run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "5").returncode == 0
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)]).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        fill_disk(small)
        full = run(data_dir, "report", "--format", "csv", "--out", small / "r.csv")
        assert full.returncode != 0 and "자리가 모자라요" in full.stderr
        if not remount_read_only(small):
            pytest.skip("cannot remount read-only here")
        read_only = run(data_dir, "report", "--format", "csv", "--out", small / "r2.csv")
        assert read_only.returncode != 0 and "저장할 수 없어요(읽기 전용" in read_only.stderr
    finally:
        subprocess.run(["umount", "-l", str(small)])


def test_force_keeps_a_private_files_mode(data_dir, tmp_path):
    add_shop(data_dir)
    assert run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "5").returncode == 0
    target = tmp_path / "r.csv"
    target.write_text("old")
    target.chmod(0o600)
    assert run(data_dir, "report", "--format", "csv", "--out", target, "--force").returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text(encoding="utf-8-sig") != "old"


def test_a_read_only_data_folder_without_logs_prints_no_traceback(small_disk):
    """With the data folder read-only and no logs/ yet, the CLI printed a full traceback before the sentence."""
    from tests.faults.conftest import remount_read_only

    if small_disk is None:
        pytest.skip("cannot mount a tmpfs here")
    import logging

    folder = small_disk / "data"
    add_shop(folder)
    log = logging.getLogger("danggol")  # this process's log file is open on the disk: closed, so it can be remounted
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    shutil.rmtree(folder / "logs", ignore_errors=True)
    if not remount_read_only(small_disk):
        pytest.skip("cannot remount read-only here")
    script = textwrap.dedent(f"""
        import sys
        from danggol_desktop import cli
        sys.exit(cli.main(["--data-dir", {str(folder)!r}, "friends", "record", "--shop", "해남채소",
                           "--count", "5"]))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode != 0 and "Traceback" not in out.stderr and out.stderr.strip(), out.stderr


def test_export_checks_the_name_it_will_write_with_its_suffix(data_dir, tmp_path):
    """`export --out /dev/full` wrote /dev/full.danggol: the added suffix skipped the checks (issue 25, finding 11)."""
    add_shop(data_dir)
    (tmp_path / "m.danggol").symlink_to("/dev/full")
    refused = run(data_dir, "export", "--out", tmp_path / "m", "--force")
    assert refused.returncode != 0 and (tmp_path / "m.danggol").is_symlink()
    assert not (tmp_path / "m").exists()


def test_a_save_that_fails_on_a_screen_is_logged(tmp_path):
    """Failed saves on the friends page were not logged: the guard now always has the data folder."""
    from danggol_desktop.domain.errors import DiskFull
    from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

    def full():
        raise DiskFull(detail="no room")

    assert save_or_tell(None, full, "오늘 친구 수를 저장하지 못했어요.", tmp_path, ask=lambda *a: False) is NOT_SAVED
    log = (tmp_path / "logs" / "danggol.log").read_text(encoding="utf-8")
    assert "오늘 친구 수를 저장하지 못했어요." in log and "DiskFull" in log


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("mount"), reason="needs a small tmpfs")
def test_an_event_on_a_full_disk_leaves_no_half_of_its_pieces(data_dir, tmp_path):
    """Issue 29: the event's five files go in together or not at all — a disk that fills after the first PDFs
    (each about 17 kB) keeps none of them, and the event is not recorded."""
    add_shop(data_dir)
    assert run(data_dir, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung").returncode == 0
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=40k", "tmpfs", str(small)]).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        done = run(data_dir, "event", "--market", "신영시장", "--name", "김장 대축제", "--from", "2026-12-10",
                   "--to", "2026-12-12", "--benefit", "경품 추첨", "--shop", "해남채소", "--out-dir", small / "행사")
        assert done.returncode != 0 and "자리가 모자라요" in done.stderr and "Traceback" not in done.stderr
        assert list((small / "행사").iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(small)])
    from danggol_desktop.storage.database import open_database
    from tests.clock import make_clock

    db = open_database(data_dir / "danggol.sqlite", clock=make_clock())
    assert db.conn.execute("SELECT count(*) FROM market_events").fetchone()[0] == 0
    db.conn.close()
