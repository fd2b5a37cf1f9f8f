import hashlib
import sqlite3

import pytest

from danggol_desktop.storage import backup
from danggol_desktop.storage.database import (
    SCHEMA_VERSION,
    DatabaseCorrupt,
    SchemaTooNew,
    migrate,
    open_database,
    schema_version,
)
from tests.clock import START, make_clock


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_migrated_with_safe_pragmas(tmp_path):
    db = open_database(tmp_path / "d.sqlite", clock=make_clock())
    assert schema_version(db) == SCHEMA_VERSION >= 1
    assert {"markets", "shops", "settings"} <= set(db.table_names())
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.conn.close()


def test_reopening_migrates_nothing_and_keeps_rows(tmp_path):
    db = open_database(tmp_path / "d.sqlite", clock=make_clock())
    db["settings"].insert({"key": "k", "value": "v"})
    db.conn.commit()
    db.conn.close()
    again = open_database(tmp_path / "d.sqlite", tmp_path / "backups", clock=make_clock())
    assert schema_version(again) == SCHEMA_VERSION
    assert again.conn.execute("SELECT value FROM settings WHERE key='k'").fetchone() == ("v",)
    assert backup.list_backups(tmp_path / "backups") == []  # nothing to migrate, so no pre-migration copy
    again.conn.close()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "d.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(SchemaTooNew) as caught:
        open_database(path, tmp_path / "backups", clock=make_clock())
    assert caught.value.code == "schema_too_new"
    assert caught.value.found == SCHEMA_VERSION + 5
    assert digest(path) == before
    assert not (tmp_path / "d.sqlite-wal").exists()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 40, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_file_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "d.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseCorrupt):
        open_database(path, clock=make_clock())
    assert path.read_bytes() == content


def test_migrations_run_in_order_each_with_its_version(tmp_path, monkeypatch):
    from danggol_desktop.storage import database

    seen = []
    steps = [lambda db: seen.append((1, schema_version(db))), lambda db: seen.append((2, schema_version(db)))]
    monkeypatch.setattr(database, "MIGRATIONS", steps)
    import sqlite_utils

    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "m.sqlite"))
    migrate(db, 0)
    assert seen == [(1, 0), (2, 1)]
    assert schema_version(db) == 2


def test_a_failing_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    from danggol_desktop.storage import database

    def broken(db):
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(database, "MIGRATIONS", [lambda db: db.execute("CREATE TABLE ok (x)"), broken])
    import sqlite_utils

    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "m.sqlite"))
    with pytest.raises(RuntimeError):
        migrate(db, 0)
    assert schema_version(db) == 1
    assert "half" not in db.table_names()


def test_backups_rotate_and_restore(tmp_path):
    from datetime import datetime, timedelta

    db = open_database(tmp_path / "d.sqlite", clock=make_clock())
    db["settings"].insert({"key": "a", "value": "1"})
    db.conn.commit()
    start = datetime(2026, 1, 1, 9, 0, 0)
    days = backup.QUOTAS["daily"] + 10
    for day in range(days):
        assert backup.daily_backup(db.conn, tmp_path / "b", start + timedelta(days=day)) is not None
    assert backup.daily_backup(db.conn, tmp_path / "b", start + timedelta(days=days - 1, hours=1)) is None
    kept = backup.list_backups(tmp_path / "b", "daily")
    assert len(kept) == backup.QUOTAS["daily"]
    assert "20260117" in kept[0].name  # newest first
    weekly = backup.list_backups(tmp_path / "b", "weekly")
    assert [p.name[8:16] for p in weekly] == ["20260115", "20260108", "20260101"]  # one a week, its own quota
    db.conn.close()

    moved = backup.move_aside(tmp_path / "d.sqlite", START)
    assert moved.exists() and not (tmp_path / "d.sqlite").exists()
    backup.restore_backup(kept[0], tmp_path / "d.sqlite")
    restored = open_database(tmp_path / "d.sqlite", clock=make_clock())
    assert restored.conn.execute("SELECT value FROM settings WHERE key='a'").fetchone() == ("1",)
    restored.conn.close()


def test_an_older_database_is_backed_up_then_migrated(tmp_path, monkeypatch):
    from danggol_desktop.storage import database

    path = tmp_path / "d.sqlite"
    monkeypatch.setattr(database, "MIGRATIONS", database.MIGRATIONS[:1])
    old = sqlite_utils_db(path)
    database.migrate(old, 0)
    old["settings"].insert({"key": "kept", "value": "yes"})
    old.conn.close()
    monkeypatch.undo()
    db = open_database(path, tmp_path / "backups", clock=make_clock())
    assert schema_version(db) == SCHEMA_VERSION
    copies = backup.list_backups(tmp_path / "backups")
    assert len(copies) == 1 and copies[0].name.endswith("-migration.sqlite")
    copy = sqlite3.connect(copies[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT value FROM settings WHERE key='kept'").fetchone() == ("yes",)
    copy.close()
    db.conn.close()


def sqlite_utils_db(path):
    import sqlite_utils

    return sqlite_utils.Database(sqlite3.connect(path))


def schema_text(conn):
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def test_a_new_file_gets_exactly_the_schema_the_migrations_build(tmp_path):
    """storage/fresh_schema.py (one transaction, no sqlite-utils) and the migrations step by step must agree."""
    import sqlite_utils

    from danggol_desktop.storage import fresh_schema

    stepped = sqlite_utils.Database(sqlite3.connect(tmp_path / "stepped.sqlite"))
    migrate(stepped, 0)
    fresh = open_database(tmp_path / "fresh.sqlite", clock=make_clock())
    expected = [sql for (sql,) in stepped.conn.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")]
    behind = "storage/fresh_schema.py is behind the migrations; its STATEMENTS should be:\n"
    assert fresh_schema.VERSION == SCHEMA_VERSION and list(fresh_schema.STATEMENTS) == expected, (
        behind + "\n".join(map(repr, expected)))
    assert schema_text(fresh.conn) == schema_text(stepped.conn)
    assert schema_version(fresh) == SCHEMA_VERSION


def test_a_new_file_is_made_without_loading_sqlite_utils(tmp_path):
    import subprocess
    import sys

    probe = ("import sys; from pathlib import Path; from danggol_desktop.storage.database import open_database; "
             "from danggol_desktop.domain.clock import system_clock; "
             f"open_database(Path({str(tmp_path / 'n.sqlite')!r}), clock=system_clock()); "
             "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_a_schema_9_file_gets_shop_places_that_are_versioned_on_their_own(tmp_path):
    import json

    from danggol_desktop.domain.shop import ShopDetails
    from danggol_desktop.storage.shop_repo import ShopRepo

    db = open_database(tmp_path / "old.sqlite", tmp_path / "backups", clock=make_clock())
    ShopRepo(db).add(ShopDetails("잡곡나라", "신영시장"))
    db.conn.close()
    conn = sqlite3.connect(tmp_path / "old.sqlite")  # as the app before shop places wrote it
    conn.execute("DROP TRIGGER shops_versions_location")
    conn.execute("ALTER TABLE shops DROP COLUMN location")
    conn.execute("DROP TABLE market_event_shops")  # and before market events and message credit (schema 11)
    conn.execute("DROP TABLE market_events")
    conn.execute("DROP TRIGGER shops_versions_message_credit")
    conn.execute("ALTER TABLE shops DROP COLUMN message_credit")
    conn.execute("PRAGMA user_version=9")
    conn.commit()
    conn.close()
    db = open_database(tmp_path / "old.sqlite", tmp_path / "backups", clock=make_clock())
    assert schema_version(db) == SCHEMA_VERSION
    [shop] = ShopRepo(db).list()
    assert shop.location == ""
    ShopRepo(db).edit(shop.id, {"location": "1번 골목 3호"})
    versions = json.loads(db.conn.execute("SELECT versions FROM shops").fetchone()[0])
    assert set(versions) == {"*", "location"} and ShopRepo(db).get(shop.id).location == "1번 골목 3호"


def test_a_schema_10_file_gets_market_events_versioned_like_every_table(tmp_path):
    """Issue 29: the migration to 11 adds the market's events and the shops taking part, and the shops' message
    credit, with their triggers; a file's rows are kept, and the tables match what a new file gets."""
    import json

    from danggol_desktop.domain.shop import ShopDetails
    from danggol_desktop.storage.shop_repo import ShopRepo

    db = open_database(tmp_path / "old.sqlite", tmp_path / "backups", clock=make_clock())
    ShopRepo(db).add(ShopDetails("잡곡나라", "신영시장"))
    fresh_schema = schema_text(db.conn)
    db.conn.close()
    conn = sqlite3.connect(tmp_path / "old.sqlite")
    conn.execute("DROP TABLE market_event_shops")
    conn.execute("DROP TABLE market_events")
    conn.execute("DROP TRIGGER shops_versions_message_credit")
    conn.execute("ALTER TABLE shops DROP COLUMN message_credit")
    conn.execute("PRAGMA user_version=10")
    conn.commit()
    conn.close()
    db = open_database(tmp_path / "old.sqlite", tmp_path / "backups", clock=make_clock())
    assert schema_version(db) == SCHEMA_VERSION and schema_text(db.conn) == fresh_schema
    assert [s.name for s in ShopRepo(db).list()] == ["잡곡나라"]
    market_id = db.conn.execute("SELECT id FROM markets").fetchone()[0]
    db.conn.execute("INSERT INTO market_events (uuid, market_id, name, benefit, starts_on, ends_on, created_at, "
                    "updated_at) VALUES ('u1', ?, '김장 축제', '경품', '2026-12-01', '2026-12-03', 'x', 'x')",
                    (market_id,))
    db.conn.execute("UPDATE market_events SET benefit = '경품 추첨'")
    versions = json.loads(db.conn.execute("SELECT versions FROM market_events").fetchone()[0])
    assert set(versions) == {"*", "benefit"}
