"""Bringing back a copy made before an update migrates it at once (every screen failed until a restart: "no such
column: s.search_id"); a copy from a newer app is refused with nothing changed (issue 25, finding 7)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.database import SCHEMA_VERSION, SchemaTooNew
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks import backup_tasks, shop_tasks
from danggol_desktop.tasks.workspace import Workspace
from tests.old_schema import back_to_schema_6


def old_copy(db, folder):
    """A copy as an app of schema 6 wrote it: no versions, no search ID, no channel kit tables, no pictures."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = folder / "danggol-20261101-090000-migration.sqlite"
    shutil.copyfile(db.path, path)
    conn = sqlite3.connect(path)
    back_to_schema_6(conn)
    conn.close()
    return path


def test_a_copy_from_before_an_update_is_migrated_when_brought_back(db, data_dir, tmp_path):
    ShopRepo(db).add(ShopDetails("해남채소", "신영시장"))
    ws = Workspace(db, data_dir)
    copy = old_copy(db, tmp_path)
    ShopRepo(db).add(ShopDetails("바다수산", "신영시장"))  # made after the copy: gone after the restore
    backup_tasks.restore(ws, copy)
    assert [s.name for s in shop_tasks.list_shops(ws)] == ["해남채소"]  # reads the search ID column: no error
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 0


def test_a_copy_from_a_newer_app_is_refused_and_nothing_changes(db, data_dir, tmp_path):
    ShopRepo(db).add(ShopDetails("해남채소", "신영시장"))
    ws = Workspace(db, data_dir)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    newer = tmp_path / "danggol-20261101-090000-daily.sqlite"
    shutil.copyfile(db.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    ShopRepo(db).add(ShopDetails("바다수산", "신영시장"))
    with pytest.raises(SchemaTooNew):
        backup_tasks.restore(ws, newer)
    assert len(shop_tasks.list_shops(ws)) == 2 and not list(ws.backup_dir.glob("*-restore.sqlite"))


def test_a_pipe_or_device_in_place_of_a_copy_is_never_read(db, data_dir):
    """Only regular files are read for a restore too (issue 25, finding 4): a FIFO would hang the app for ever."""
    import os

    ws = Workspace(db, data_dir)
    ws.backup_dir.mkdir(parents=True, exist_ok=True)
    fifo = ws.backup_dir / "danggol-20261101-090000-daily.sqlite"
    os.mkfifo(fifo)
    (ws.backup_dir / "danggol-20261102-090000-daily.sqlite").symlink_to("/dev/zero")
    listed = backup_tasks.list_backups(ws)
    assert len(listed) == 2 and not any(info.ok for info in listed)
    with pytest.raises(Exception) as refused:
        backup_tasks.restore(ws, fifo)
    assert getattr(refused.value, "code", "") == "database_corrupt"
