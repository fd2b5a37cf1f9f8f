"""The one table registry: the database the migrations build is the registry's, every table is whole, and a hostile
record of each kind in every field of every travelling table refuses the whole file with nothing written."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid
import zipfile
from datetime import date

import pytest

from danggol_desktop.domain import tables
from danggol_desktop.domain.bundle import BundleError, bundle_bytes
from danggol_desktop.domain.import_gate import BadRecord
from danggol_desktop.domain.tables import DAY, INSTANT, LINK, NUMBER, TEXT, UUID
from danggol_desktop.storage.database import migrate, open_database
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.storage.transfer_repo import TransferRepo
from danggol_desktop.tasks import transfer_tasks
from danggol_desktop.tasks.workspace import Workspace
from tests.clock import make_clock
from tests.unit.test_bundle import fill, machine


def columns_in(conn, table):
    return [(name, kind, bool(notnull) or bool(pk)) for _cid, name, kind, notnull, _default, pk
            in conn.execute(f"PRAGMA table_info({table})")]


def registry_columns(table):
    return [(c.name, c.sql, not c.nullable) for c in table.columns]


@pytest.mark.parametrize("how", ["fresh", "migrated"])
def test_the_database_is_exactly_the_registry(tmp_path, how):
    if how == "fresh":
        conn = open_database(tmp_path / "d.sqlite", clock=make_clock()).conn
    else:  # every migration in order from an empty file, as an old data file goes
        import sqlite_utils

        from danggol_desktop.storage.connection import Database

        conn = sqlite3.connect(tmp_path / "m.sqlite")
        migrate(Database(sqlite_utils.Database(conn).conn, make_clock()), 0)
    names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == set(tables.BY_NAME), "a table is missing from the registry (domain/tables.py) or from the schema"
    for table in tables.TABLES:
        assert columns_in(conn, table.name) == registry_columns(table), table.name


def test_every_table_of_the_registry_is_whole():
    assert tables.registry_problems() == []


def test_the_registry_check_fails_when_a_table_lacks_a_part():
    posts = tables.BY_NAME["posts"]
    broken = tuple(dataclasses.replace(t, check=None) if t is posts else t for t in tables.TABLES)
    assert tables.registry_problems(broken) == ["posts: travels without a record check"]
    unknown = tuple(dataclasses.replace(t, merge="whatever") if t is posts else t for t in tables.TABLES)
    assert "posts: merge policy 'whatever' is not known" in tables.registry_problems(unknown)
    out_of_order = (tables.BY_NAME["posts"], *[t for t in tables.TABLES if t is not posts])
    assert "posts: links to 'shops', which is not imported before it" in tables.registry_problems(out_of_order)


def test_what_travels_and_what_stays_home_comes_from_the_registry(tmp_path):
    db, clock = machine(tmp_path / "a.sqlite")
    fill(db, clock)
    repo = TransferRepo(db)
    assert repo.tables() == sorted(t.name for t in tables.TRAVELLING)
    for table in tables.TRAVELLING:  # the export's fields (read from the database) are the registry's file fields
        assert set(repo.exported_fields(table.name)) == set(table.file_fields()), table.name


# -- every field of every travelling table, with a hostile value of each kind ----------------------------------------

BIDI = "해남\u202e채소"
HOSTILE_BY_KIND = {
    TEXT: ["가" * 20_001, BIDI, "a\x00b", 7],
    DAY: ["2099-01-01", "2026-02-30", "2026-W48-4", "20261126", "yesterday", 20261126],
    INSTANT: ["2099-01-01T00:00:00+00:00", "20260101T000000", "yesterday", 1],
    NUMBER: [-5, 2**62, "12", True],
    tables.CODE: ["zzz-unknown", BIDI, ""],
    UUID: ["not-a-uuid", str(uuid.uuid4()).upper(), 5],
    LINK: [str(uuid.uuid4())],
    tables.VERSIONS: [
        "", "{not json", "[]", "{}", 5, '{"zzz": "2026-11-26T01:30:00.000Z.00000.3f2a9c1e5b7d4a60"}',
        '{"*": "2026-11-26T01:30:00.000Z.00000.3F2A9C1E5B7D4A6Z"}',  # a malformed device id
        '{"*": "2099-01-01T00:00:00.000Z.00000.3f2a9c1e5b7d4a60"}',  # versions from the far future
        '{"*": "2026-11-26T01:30:00Z.0.3f2a9c1e5b7d4a60"}', '{"*": "20261126T013000.000Z.00000.3f2a9c1e5b7d4a60"}',
        '{"*": "2026-11-26T01:30:00.000Z.00007.0000000000000000"}',  # the legacy device never counts
    ],
}
# a field whose empty value is allowed by the app (a shop without a kind, a draft without a kind yet)
EMPTY_ALLOWED = {("shops", "category")}


@pytest.fixture(scope="module")
def good_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("source")
    db, clock = machine(folder / "a.sqlite")
    a, _b = fill(db, clock)
    PosterRepo(db, clock).add(a.id, "a4", "카톡 친구 추가하면 덤 드려요!", "", a.channel_url, "pdf", "포스터.pdf")
    TransferRepo(db).export(folder / "good.danggol")
    db.conn.close()
    with zipfile.ZipFile(folder / "good.danggol") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = {name[:-5]: json.loads(archive.read(name)) for name in archive.namelist() if name != "manifest.json"}
    assert all(data[t.name] for t in tables.TRAVELLING), "every travelling table needs a good record to spoil"
    return manifest, data


def hostile_cases():
    for table in tables.TRAVELLING:
        links = {link.column: link.file_field for link in table.links}
        for column in table.columns:
            if column.holds == tables.ID:
                continue
            field = links.get(column.name, column.name)
            for value in HOSTILE_BY_KIND[column.holds]:
                if value == "" and (table.name, field) in EMPTY_ALLOWED:
                    continue
                yield pytest.param(table.name, field, value, id=f"{table.name}.{field}={str(value)[:12]!r}")


def snapshot(conn):
    return [conn.execute(f"SELECT count(*), max(updated_at) FROM {t.name}").fetchone() for t in tables.TRAVELLING]


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    folder = tmp_path_factory.mktemp("target")
    db = open_database(folder / "danggol.sqlite", folder / "backups", clock=make_clock())
    yield Workspace(db, folder)
    db.conn.close()


@pytest.mark.parametrize("table, field, value", list(hostile_cases()))
def test_a_hostile_value_in_any_field_refuses_the_whole_file(good_file, target, tmp_path, table, field, value):
    manifest, data = good_file
    spoiled = {name: [dict(r) for r in records] for name, records in data.items()}
    spoiled[table][0][field] = value
    path = tmp_path / "hostile.danggol"
    path.write_bytes(bundle_bytes(manifest, spoiled))
    before = snapshot(target.db.conn)
    with pytest.raises(BundleError) as refused:
        transfer_tasks.import_bundle(target, transfer_tasks.preview_import(target, path))
    if isinstance(refused.value, BadRecord):  # named: the table, the record and the field
        assert (refused.value.table, refused.value.index, refused.value.field) == (table, 1, field)
    assert snapshot(target.db.conn) == before


@pytest.mark.parametrize("table, field, value", [
    ("posts", "day", "2099-01-01"), ("posts", "title", "가" * 5_001 + "\u202e"), ("posts", "title", "가" * 5_001),
    ("coupons", "ends_on", "2099-01-01"), ("coupons", "title", "가" * 5_001),
    ("channel_texts", "text", "가" * 5_001), ("channel_texts", "text", "아침 6시\u202e부터"),
])
def test_posts_coupons_and_channel_texts_are_checked_like_typed_input(good_file, target, tmp_path, table, field,
                                                                      value):
    """The three tables the import gate skipped (a post dated 2099 with a 5,001-character title was imported)."""
    manifest, data = good_file
    spoiled = {name: [dict(r) for r in records] for name, records in data.items()}
    spoiled[table][0][field] = value
    path = tmp_path / "hostile.danggol"
    path.write_bytes(bundle_bytes(manifest, spoiled))
    with pytest.raises(BadRecord) as refused:
        transfer_tasks.preview_import(target, path)
    assert (refused.value.table, refused.value.field) == (table, field)


def test_the_good_file_itself_imports(good_file, tmp_path):
    manifest, data = good_file
    path = tmp_path / "good.danggol"
    path.write_bytes(bundle_bytes(manifest, data))
    db = open_database(tmp_path / "t.sqlite", tmp_path / "backups", clock=make_clock())
    ws = Workspace(db, tmp_path)
    plan = transfer_tasks.import_bundle(ws, transfer_tasks.preview_import(ws, path))
    assert all(plan.added.get(t.name) for t in tables.TRAVELLING)
    assert db.conn.execute("SELECT day FROM posts").fetchone()[0] == date(2026, 11, 6).isoformat()
    db.conn.close()
