"""Full disk, read-only folder, a lock held by another program, an empty file, garbage inside the file: each is
told apart, nothing is hidden, and no good file is ever moved aside."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from danggol_desktop.app import open_or_recover
from danggol_desktop.storage import backup, database
from danggol_desktop.storage.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseEmpty,
    DiskFull,
    ReadOnlyStorage,
    StorageError,
    classify,
)
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks import friend_tasks
from danggol_desktop.tasks.workspace import open_workspace
from tests.clock import START, make_clock
from tests.faults.conftest import fill_disk, remount_read_only, seed


def nothing_moved(folder) -> bool:
    return (folder / "danggol.sqlite").exists() and not list(folder.glob("*.damaged-*"))


def test_a_full_disk_is_a_full_disk_not_damage(small_disk, tmp_path, monkeypatch):
    if small_disk is None:
        pytest.skip("no tmpfs here; test_full_disk_reported_by_sqlite covers the code path")
    db = seed(small_disk)
    shop = ShopRepo(db).list()[0]
    fill_disk(small_disk)
    counts = FriendCountRepo(db)
    with pytest.raises(sqlite3.Error) as caught:
        for day in range(1, 28):  # enough pages that SQLite must grow the file
            counts.record(shop.id, date(2026, 11, day), 1000 + day, "메모" * 90)
    assert isinstance(classify(caught.value), DiskFull)
    db.conn.close()
    # Opening again on the full disk: never "damaged", never moved.
    asked = []
    reopened = open_or_recover(small_disk, make_clock(), ask=lambda *a: asked.append(a) or False, retry=lambda e: False)
    if reopened is not None:
        assert [s.name for s in ShopRepo(reopened).list()] == ["해남채소"]
        reopened.conn.close()
    assert asked == [] and nothing_moved(small_disk)


def test_full_disk_reported_by_sqlite_is_classified():
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13
    assert isinstance(classify(error), DiskFull)
    assert isinstance(classify(OSError(28, "No space left on device")), DiskFull)
    assert isinstance(classify(OSError(30, "Read-only file system")), ReadOnlyStorage)


def test_a_read_only_folder_is_said_plainly_and_the_file_stays(small_disk):
    if small_disk is None:
        pytest.skip("no tmpfs here")
    db = seed(small_disk)
    db.conn.close()
    assert remount_read_only(small_disk)
    seen = []
    result = open_or_recover(small_disk, make_clock(), ask=lambda *a: pytest.fail("asked to restore"),
                             retry=lambda e: seen.append(e) or False)
    if result is not None:  # SQLite may open a WAL file read-only; then a write says so
        with pytest.raises(sqlite3.Error) as caught:
            FriendCountRepo(result).record(1, date(2026, 11, 1), 5)
        assert isinstance(classify(caught.value), ReadOnlyStorage)
        result.conn.close()
    else:
        assert isinstance(seen[0], ReadOnlyStorage)
    assert nothing_moved(small_disk)


def test_a_data_folder_that_cannot_be_made_is_read_only_not_a_crash(tmp_path, monkeypatch):
    from pathlib import Path

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(ReadOnlyStorage):
        database.open_database(tmp_path / "new" / "danggol.sqlite", clock=make_clock())


LOCKER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT INTO settings(key, value) VALUES ('locker', 'x')")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
""")


def hold_lock(path, seconds):
    process = subprocess.Popen([sys.executable, "-c", LOCKER, str(path), str(seconds)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "locked"
    return process


def test_a_writer_waits_for_a_lock_held_a_few_seconds(data_dir):
    db = seed(data_dir)
    shop = ShopRepo(db).list()[0]
    locker = hold_lock(data_dir / "danggol.sqlite", 2)
    FriendCountRepo(db).record(shop.id, date(2026, 11, 2), 40)  # waits, then succeeds
    locker.wait(timeout=30)
    assert FriendCountRepo(db).get(shop.id, date(2026, 11, 2)).count == 40
    db.conn.close()


def test_a_lock_held_too_long_is_busy_not_damage(data_dir, monkeypatch):
    db = seed(data_dir)
    db.conn.close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 1)
    locker = hold_lock(data_dir / "danggol.sqlite", 4)
    ws = open_workspace(data_dir, make_clock())
    with pytest.raises(DatabaseBusy):
        friend_tasks.record_count(ws, 1, "41", date(2026, 11, 3), date(2026, 11, 27))
    ws.close()
    locker.wait(timeout=30)
    assert nothing_moved(data_dir)


def test_a_zero_length_file_next_to_backups_goes_to_restore(data_dir):
    db = seed(data_dir)
    backup.make_backup(db.conn, data_dir / "backups", "daily", START)
    db.conn.close()
    for extra in ("-wal", "-shm"):
        (data_dir / f"danggol.sqlite{extra}").unlink(missing_ok=True)
    (data_dir / "danggol.sqlite").write_bytes(b"")
    with pytest.raises(DatabaseEmpty):
        database.open_database(data_dir / "danggol.sqlite", data_dir / "backups", clock=make_clock())
    assert (data_dir / "danggol.sqlite").stat().st_size == 0  # untouched by the refusal
    asked = []
    reopened = open_or_recover(data_dir, make_clock(), ask=lambda moved, has, *_: asked.append(has) or True)
    assert asked == [True]
    assert [s.name for s in ShopRepo(reopened).list()] == ["해남채소"]
    reopened.conn.close()


def test_a_zero_length_file_without_backups_is_a_new_install(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "danggol.sqlite").write_bytes(b"")
    db = database.open_database(data_dir / "danggol.sqlite", data_dir / "backups", clock=make_clock())
    assert ShopRepo(db).list() == []
    db.conn.close()


def damage_middle(path, size=16 * 1024):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + size] = b"\xde\xad\xbe\xef" * (size // 4)
    path.write_bytes(bytes(data))


def big_seed(folder):
    db = seed(folder, shops=[f"가게{i}" for i in range(30)])
    counts = FriendCountRepo(db)
    for shop in ShopRepo(db).list():
        for day in range(1, 29):
            counts.record(shop.id, date(2026, 10, day), day * 3, "메모")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def test_garbage_inside_the_file_is_found_at_open(data_dir):
    db = big_seed(data_dir)
    good = backup.make_backup(db.conn, data_dir / "backups", "daily", START)
    db.conn.close()
    damage_middle(data_dir / "danggol.sqlite")
    with pytest.raises(DatabaseCorrupt):
        database.open_database(data_dir / "danggol.sqlite", data_dir / "backups", clock=make_clock())
    asked = []
    reopened = open_or_recover(data_dir, make_clock(), ask=lambda moved, has, *_: asked.append((moved, has)) or True)
    assert asked and asked[0][1] is True
    assert len(ShopRepo(reopened).list()) == 30 and backup.check_copy(good)
    reopened.conn.close()


def test_a_damaged_file_never_replaces_good_backups(data_dir):
    db = big_seed(data_dir)
    good = backup.make_backup(db.conn, data_dir / "backups", "daily", START)
    db.conn.close()
    damage_middle(data_dir / "danggol.sqlite")
    damaged = sqlite3.connect(str(data_dir / "danggol.sqlite"))
    with pytest.raises(DatabaseCorrupt):
        for _ in range(10):
            backup.make_backup(damaged, data_dir / "backups", "daily", START)
    damaged.close()
    assert backup.list_backups(data_dir / "backups") == [good]
    assert not list((data_dir / "backups").glob("*.partial"))


def test_restore_picks_the_newest_copy_that_passes_its_check(data_dir):
    from datetime import datetime

    db = seed(data_dir)
    older = backup.make_backup(db.conn, data_dir / "backups", "daily", datetime(2026, 11, 20, 9))
    newer = backup.make_backup(db.conn, data_dir / "backups", "weekly", datetime(2026, 11, 21, 9))
    db.conn.close()
    newer.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # a copy damaged on disk later
    assert backup.newest_good(data_dir / "backups") == older


def test_imports_do_not_push_out_the_dailies(data_dir):
    from datetime import datetime, timedelta

    db = seed(data_dir)
    start = datetime(2026, 11, 1, 9)
    for day in range(7):
        backup.make_backup(db.conn, data_dir / "backups", "daily", start + timedelta(days=day))
    for n in range(14):
        backup.make_backup(db.conn, data_dir / "backups", "import", start + timedelta(days=8, minutes=n))
    assert len(backup.list_backups(data_dir / "backups", "daily")) == 7
    assert len(backup.list_backups(data_dir / "backups", "import")) == backup.QUOTAS["import"]
    db.conn.close()


def test_backups_of_a_big_file_stay_within_the_budget(data_dir, monkeypatch):
    from datetime import datetime, timedelta

    db = big_seed(data_dir)
    size = (data_dir / "danggol.sqlite").stat().st_size
    monkeypatch.setattr(backup, "TOTAL_BUDGET_BYTES", size * 5)
    start = datetime(2026, 10, 1, 9)
    for day in range(30):
        backup.routine_backup(db.conn, data_dir / "backups", start + timedelta(days=day))
    copies = backup.list_backups(data_dir / "backups")
    assert sum(p.stat().st_size for p in copies) <= size * 5 + size
    assert copies[0].name.startswith("danggol-20261030")  # the newest is always kept
    db.conn.close()


def test_storage_errors_are_one_family():
    for cls in (DatabaseBusy, DatabaseCorrupt, DiskFull, ReadOnlyStorage):
        assert issubclass(cls, StorageError)


def test_a_picture_on_a_full_disk_is_said_as_a_full_disk_and_leaves_nothing(small_disk):
    """내 그림 writes its file, then its record: on a full disk neither is left half-made."""
    from danggol_desktop.domain.picture import PictureDraft
    from danggol_desktop.storage.errors import StorageError
    from danggol_desktop.storage.picture_repo import PictureRepo
    from danggol_desktop.tasks.picture_tasks import keep_picture
    from danggol_desktop.tasks.workspace import Workspace

    if small_disk is None:
        pytest.skip("no tmpfs here")
    db = seed(small_disk)
    shop = ShopRepo(db).list()[0]
    ws = Workspace(db, small_disk)
    fill_disk(small_disk)
    with pytest.raises(StorageError) as caught:
        keep_picture(ws, shop.id, "square", PictureDraft(headline="특가"), b"\xff\xd8" + b"\0" * 400_000, ".jpg")
    assert isinstance(caught.value, DiskFull)
    assert PictureRepo(db).list(shop.id) == []
    pictures = small_disk / "pictures"
    assert not pictures.exists() or [p.name for p in pictures.iterdir()] == []
    db.conn.close()


def test_a_picture_whose_record_cannot_be_written_takes_its_file_away(tmp_path):
    from danggol_desktop.domain.picture import PictureDraft
    from danggol_desktop.storage.errors import StorageError
    from danggol_desktop.tasks.picture_tasks import keep_picture
    from danggol_desktop.tasks.workspace import Workspace

    db = seed(tmp_path)
    shop = ShopRepo(db).list()[0]
    db.conn.execute("PRAGMA query_only = ON")  # the database has become read-only
    with pytest.raises(StorageError):
        keep_picture(Workspace(db, tmp_path), shop.id, "square", PictureDraft(headline="특가"), b"jpeg", ".jpg")
    assert list((tmp_path / "pictures").iterdir()) == []
    db.conn.close()


def test_leftovers_of_a_killed_copy_are_cleaned_at_the_next_backup(data_dir):
    """A backup copy killed mid-way leaves a full-size .partial and its -journal (issue 25, finding 9)."""
    import os
    from datetime import datetime

    db = seed(data_dir)
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    old = [folder / "danggol-20261101-090000-daily.sqlite.partial",
           folder / "danggol-20261101-090000-daily.sqlite.partial-journal"]
    live = folder / "danggol-20261126-103000-import.sqlite.partial"  # another program's copy, being written now
    for path in (*old, live):
        path.write_bytes(b"x" * 4096)
    for path in old:
        os.utime(path, (path.stat().st_mtime - 600, path.stat().st_mtime - 600))  # untouched for ten minutes
    backup.make_backup(db.conn, folder, "daily", datetime(2026, 11, 26, 10, 31))
    assert not any(path.exists() for path in old) and live.exists()


def test_a_full_disk_still_shows_the_records_and_refuses_saves_with_its_reason(small_disk):
    """A full disk blocked even reading: no list, no report (WAL needs to write its shared-memory file) — issue 25,
    finding 10. Now the file is opened to read; every save says the disk is full."""
    if small_disk is None:
        pytest.skip("no tmpfs here")
    from danggol_desktop.domain.errors import DiskFull
    from danggol_desktop.tasks import shop_tasks

    db = seed(small_disk)
    shop = ShopRepo(db).list()[0]
    FriendCountRepo(db).record(shop.id, date(2026, 11, 20), 40)
    db.conn.close()
    for side in ("danggol.sqlite-wal", "danggol.sqlite-shm"):
        assert not (small_disk / side).exists()
    fill_disk(small_disk)
    before = (small_disk / "danggol.sqlite").read_bytes()
    ws = open_workspace(small_disk, make_clock())
    assert [s.name for s in shop_tasks.list_shops(ws)] == ["해남채소"]
    assert friend_tasks.series(ws, shop.id)[0].count == 40
    with pytest.raises(DiskFull):
        friend_tasks.record_count(ws, shop.id, "41", date(2026, 11, 21), date(2026, 11, 27))
    ws.close()
    assert (small_disk / "danggol.sqlite").read_bytes() == before
    gui = open_or_recover(small_disk, make_clock(), ask=lambda *a: pytest.fail("asked to restore"),
                          retry=lambda e: pytest.fail("asked to try again"))
    assert gui is not None and gui.read_only_because is not None
    gui.conn.close()
