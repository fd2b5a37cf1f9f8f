"""Copies made before a restore or an import, and the copy left after 빈 자료로 시작하기, are pinned: ordinary use
never rotates them out (the daily copy of the old records was gone on day 7, the weekly on day 28 — issue 25,
finding 5); the person removes them on the restore screen, which lists them first."""

from __future__ import annotations

from datetime import datetime, timedelta

from danggol_desktop import paths
from danggol_desktop.app import open_or_recover
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage import backup
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks import backup_tasks
from danggol_desktop.tasks.workspace import Workspace
from tests.clock import START, make_clock
from tests.faults.conftest import seed


def use_for_a_month(db, folder):
    start = datetime(2026, 12, 1, 9)
    for day in range(40):
        backup.routine_backup(db.conn, folder, start + timedelta(days=day))
    for n in range(8):
        backup.make_backup(db.conn, folder, "import", start + timedelta(days=41, minutes=n))


def test_starting_empty_keeps_the_copy_of_the_old_records_for_good(data_dir):
    db = seed(data_dir)
    old = backup.make_backup(db.conn, paths.backup_dir(data_dir), "daily", START)
    db.conn.close()
    paths.database_path(data_dir).write_bytes(b"\x00garbage after a power cut" * 100)
    db = open_or_recover(data_dir, make_clock(), ask=lambda *a: False)  # 빈 자료로 시작하기
    assert ShopRepo(db).list() == []
    use_for_a_month(db, paths.backup_dir(data_dir))
    kept = [p for p in backup.list_backups(paths.backup_dir(data_dir)) if "-pinned" in p.name]
    assert len(kept) == 1 and kept[0].name.startswith(old.stem)
    info = backup_tasks.list_backups(Workspace(db, data_dir))[0]  # listed first, with what it holds
    assert info.pinned and info.shops == 1
    db.conn.close()


def test_the_copies_before_a_restore_and_an_import_are_pinned_until_removed(db, data_dir):
    ShopRepo(db).add(ShopDetails("해남채소", "신영시장"))
    ws = Workspace(db, data_dir)
    copy = backup.make_backup(db.conn, ws.backup_dir, "daily", START)
    before_restore = backup_tasks.restore(ws, copy)
    assert before_restore.name.endswith("-restore-pinned.sqlite")
    use_for_a_month(db, ws.backup_dir)
    assert before_restore.exists()
    listed = backup_tasks.list_backups(ws)
    assert listed[0].path == before_restore and listed[0].kind == "restore" and listed[0].pinned
    assert not any(info.pinned for info in listed[1:])
    backup_tasks.remove_pinned(ws, before_restore)
    assert not before_restore.exists()
