"""Moving data on a USB stick: export, import, merge, and every hostile file refused with nothing changed."""

import hashlib
import json
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest

from danggol_desktop.domain.bundle import TABLES, BundleError, bundle_bytes, read_bundle
from danggol_desktop.domain.market_event import MarketEvent
from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.domain.tables import BY_NAME
from danggol_desktop.storage.channel_kit_repo import ChannelTextRepo, CouponRepo, PostRepo
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.event_repo import EventRepo
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.storage.transfer_repo import NOT_EXPORTED_TABLES, TransferRepo
from danggol_desktop.storage.tutor_repo import CurriculumRepo, PracticeRepo
from danggol_desktop.storage.versioning import effective_versions
from tests.clock import make_clock

DUMP_TABLES = ("markets", "shops", "friend_counts", "messages", "posters", "practice_sessions",
               "practice_attendance", "curriculum_progress", "channel_texts", "coupons", "posts",
               "market_events", "market_event_shops")


def second_clock(start):
    """A machine's own clock, a second a reading: each laptop stamps its edits by its own time."""
    return make_clock(start, timedelta(seconds=1))


def machine(path, clock_start=datetime(2026, 11, 1, tzinfo=timezone.utc)):
    clock = second_clock(clock_start)
    return open_database(path, clock=clock), clock


def fill(db, clock):
    shops = ShopRepo(db, clock)
    a = shops.add(ShopDetails("해남채소", "신영시장", "vegetables", "010-1234-5678", "https://pf.kakao.com/_A/friend"))
    b = shops.add(ShopDetails("바다수산", "신영시장"))
    shops.add(ShopDetails("다른시장가게", "자양시장"))
    counts = FriendCountRepo(db, clock)
    for day in range(5):
        counts.record(a.id, date(2026, 11, 1 + day), 10 + day, "메모" if day == 2 else "")
    counts.record(b.id, date(2026, 11, 3), 7)
    messages = MessageRepo(db, clock)
    messages.record_sent_outside(a.id, date(2026, 11, 4), "폰에서 보낸 메시지")
    draft = messages.save_draft(b.id, PromotionDraft(kind="greeting", fields={"occasion": "김장철"}, body="인사"))
    messages.finish(draft, PromotionDraft(kind="greeting", body="인사"), "saved")
    PracticeRepo(db, clock).start(date(2026, 11, 5), "쿠폰", [a.id, b.id])
    CurriculumRepo(db, clock).tick(a.id, "create_channel", date(2026, 11, 2))
    shops.set_channel(a.id, a.channel_url, "해남채소")
    ChannelTextRepo(db, clock).save(a.id, {"intro": "신영시장 해남채소", "chat.hours": "아침 6시부터"})
    coupon = CouponRepo(db, clock).add(a.id, "친구 추가 감사 10% 할인", "10%", date(2026, 11, 5), date(2026, 11, 30),
                                       "보여 주세요", "한 번만")
    CouponRepo(db, clock).count_use(coupon.id)
    PostRepo(db, clock).record(a.id, date(2026, 11, 6), "배추 들어왔어요", "오늘 들어왔어요")
    event = MarketEvent("신영시장", "김장 대축제", date(2026, 11, 27), date(2026, 11, 29), "경품 추첨",
                        ("해남채소", "바다수산"))
    EventRepo(db, clock).save(event, [a.id, b.id])
    return a, b


def dump(db):
    """Everything but local row ids, in a stable order; each field group's version spelled out (a row made here
    keeps one version for all its fields, `*`; the same row merged elsewhere names each group)."""
    out = {}
    for table in DUMP_TABLES:
        cursor = db.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        rows = [{k: v for k, v in zip(names, row, strict=True) if k != "id" and not k.endswith("_id")}
                for row in cursor]
        for row in rows:
            row["versions"] = effective_versions(BY_NAME[table], row["versions"], row["updated_at"])
        out[table] = sorted(rows, key=lambda r: r["uuid"])
    return out


def test_export_then_import_into_an_empty_database_gives_the_same_data(tmp_path):
    source, clock = machine(tmp_path / "a.sqlite")
    fill(source, clock)
    counts = TransferRepo(source).export(tmp_path / "m.danggol", market="신영시장")
    assert counts["shops"] == 2 and counts["friend_counts"] == 6 and counts["practice_sessions"] == 1
    target, _ = machine(tmp_path / "b.sqlite")
    plan = TransferRepo(target).apply(read_bundle(tmp_path / "m.danggol"))
    assert plan.added["shops"] == 2 and plan.changed == {} and plan.removed == {}
    source_dump = dump(source)
    source_dump["markets"] = [m for m in source_dump["markets"] if m["name"] == "신영시장"]
    source_dump["shops"] = [s for s in source_dump["shops"] if s["name"] != "다른시장가게"]
    assert dump(target) == source_dump


def test_importing_twice_changes_nothing(tmp_path):
    source, clock = machine(tmp_path / "a.sqlite")
    fill(source, clock)
    TransferRepo(source).export(tmp_path / "all.danggol")
    target, _ = machine(tmp_path / "b.sqlite")
    TransferRepo(target).apply(read_bundle(tmp_path / "all.danggol"))
    before = dump(target)
    again = TransferRepo(target).apply(read_bundle(tmp_path / "all.danggol"))
    assert again.changes == 0 and dump(target) == before


def test_two_machines_editing_different_records_converge(tmp_path):
    shop_pc, clock_a = machine(tmp_path / "shop.sqlite")
    a, b = fill(shop_pc, clock_a)
    TransferRepo(shop_pc).export(tmp_path / "start.danggol")
    laptop, clock_b = machine(tmp_path / "laptop.sqlite", datetime(2026, 11, 1, 12, tzinfo=timezone.utc))
    TransferRepo(laptop).apply(read_bundle(tmp_path / "start.danggol"))
    # the merchant records today's count at the shop; the tutor fixes an old count on the laptop
    FriendCountRepo(shop_pc, second_clock(datetime(2026, 11, 6, tzinfo=timezone.utc))).record(
        a.id, date(2026, 11, 6), 20)
    laptop_shop = ShopRepo(laptop).find("신영시장/해남채소")
    FriendCountRepo(laptop, second_clock(datetime(2026, 11, 7, tzinfo=timezone.utc))).record(laptop_shop.id,
                                                                                         date(2026, 11, 2), 12, "고침")
    TransferRepo(shop_pc).export(tmp_path / "from-shop.danggol")
    TransferRepo(laptop).export(tmp_path / "from-laptop.danggol")
    TransferRepo(laptop).apply(read_bundle(tmp_path / "from-shop.danggol"))
    TransferRepo(shop_pc).apply(read_bundle(tmp_path / "from-laptop.danggol"))
    assert dump(shop_pc) == dump(laptop)
    fixed = FriendCountRepo(shop_pc).get(a.id, date(2026, 11, 2))
    assert (fixed.count, fixed.note) == (12, "고침")
    assert FriendCountRepo(laptop).get(laptop_shop.id, date(2026, 11, 6)).count == 20


def test_an_older_edit_does_not_overwrite_a_newer_one(tmp_path):
    source, clock = machine(tmp_path / "a.sqlite")
    a, _b = fill(source, clock)
    TransferRepo(source).export(tmp_path / "old.danggol")
    FriendCountRepo(source, second_clock(datetime(2026, 12, 1, tzinfo=timezone.utc))).record(
        a.id, date(2026, 11, 1), 99)
    plan = TransferRepo(source).apply(read_bundle(tmp_path / "old.danggol"))
    assert plan.changes == 0 and FriendCountRepo(source).get(a.id, date(2026, 11, 1)).count == 99


def write_zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def good_members(tmp_path):
    db, clock = machine(tmp_path / "src.sqlite")
    fill(db, clock)
    TransferRepo(db).export(tmp_path / "good.danggol")
    with zipfile.ZipFile(tmp_path / "good.danggol") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def hostile_files(tmp_path):
    members = good_members(tmp_path)
    files = {}
    files["not a zip"] = (b"PK\x03\x04 this is not really a zip", "bundle_not_ours")
    files["text file"] = ("그냥 글자".encode(), "bundle_not_ours")
    bomb = tmp_path / "bomb.danggol"
    write_zip(bomb, {**members, "friend_counts.json": b"[" + b" " * (300 * 1024 * 1024) + b"]"})
    files["zip bomb"] = (bomb.read_bytes(), "bundle_too_big")
    escape = tmp_path / "escape.danggol"
    write_zip(escape, {**members, "../../etc/passwd": b"x"})
    files["path escape"] = (escape.read_bytes(), "bundle_not_ours")
    newer = tmp_path / "newer.danggol"
    manifest = json.loads(members["manifest.json"])
    write_zip(newer, {**members, "manifest.json": json.dumps({**manifest, "format_version": 99})})
    files["newer format"] = (newer.read_bytes(), "bundle_too_new")
    shape = tmp_path / "shape.danggol"
    write_zip(shape, {**members, "shops.json": json.dumps([{"uuid": "x", "name": 5}])})
    files["wrong shape"] = (shape.read_bytes(), "bundle_bad_shape")
    types = tmp_path / "types.danggol"
    counts = json.loads(members["friend_counts.json"])
    counts[0]["count"] = "많이"
    write_zip(types, {**members, "friend_counts.json": json.dumps(counts)})
    files["wrong type"] = (types.read_bytes(), "bundle_bad_shape")
    broken = tmp_path / "broken.danggol"
    counts = json.loads(members["friend_counts.json"])
    counts[0]["shop_uuid"] = "00000000-0000-0000-0000-000000000000"
    write_zip(broken, {**members, "friend_counts.json": json.dumps(counts)})
    files["broken link"] = (broken.read_bytes(), "bundle_broken_link")
    good = (tmp_path / "good.danggol").read_bytes()
    files["cut short"] = (good[: len(good) // 2], "bundle_")
    return files


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_hostile_file_is_refused_and_the_database_is_unchanged(tmp_path):
    target, clock = machine(tmp_path / "target.sqlite")
    fill(target, clock)
    target.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = sha(tmp_path / "target.sqlite")
    for name, (data, code) in hostile_files(tmp_path).items():
        path = tmp_path / "hostile.danggol"
        path.write_bytes(data)
        with pytest.raises(BundleError) as caught:
            TransferRepo(target).apply(read_bundle(path))
        assert caught.value.code.startswith(code), name
    target.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert sha(tmp_path / "target.sqlite") == before


def test_the_bundle_writer_and_reader_agree_on_an_empty_bundle(tmp_path):
    path = tmp_path / "empty.danggol"
    path.write_bytes(bundle_bytes({"format": "danggol-bundle", "format_version": 1}, {}))
    assert all(records == [] for records in read_bundle(path).tables.values())


def test_every_table_and_column_travels_or_stays_on_purpose(tmp_path):
    """The schema is written once (migrations): the export reads it, and the bundle format must agree with it."""
    db = open_database(tmp_path / "a.sqlite", clock=make_clock())
    transfer = TransferRepo(db)
    assert transfer.tables() == sorted(TABLES)
    for table in TABLES:
        assert sorted(transfer.exported_fields(table)) == sorted(TABLES[table][0]), table
    every_table = {name for (name,) in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    kept_home = every_table - set(TABLES)
    assert kept_home == set(NOT_EXPORTED_TABLES)


def test_a_column_a_migration_adds_is_not_silently_left_behind(tmp_path):
    """A new column that the bundle format does not list yet fails the check above and is refused on import, loudly:
    it is never dropped without a word."""
    db, clock = machine(tmp_path / "a.sqlite")
    fill(db, clock)
    db.conn.execute("ALTER TABLE shops ADD COLUMN opening_hours TEXT DEFAULT ''")
    transfer = TransferRepo(db)
    assert "opening_hours" in transfer.exported_fields("shops")
    assert sorted(transfer.exported_fields("shops")) != sorted(TABLES["shops"][0])
    transfer.export(tmp_path / "shop.danggol")
    with pytest.raises(BundleError) as refused:
        read_bundle(tmp_path / "shop.danggol")
    assert refused.value.code == "bundle_bad_shape"


def test_a_format_2_file_comes_in_without_search_ids_or_channel_kit_records(tmp_path):
    db, clock = machine(tmp_path / "a.sqlite")
    fill(db, clock)
    TransferRepo(db).export(tmp_path / "new.danggol")
    new = read_bundle(tmp_path / "new.danggol")
    kit = ("channel_texts", "coupons", "posts",
               "market_events", "market_event_shops")
    old_tables = {table: [{k: v for k, v in r.items() if k != "search_id"} for r in rows]
                  for table, rows in new.tables.items() if table not in kit}
    (tmp_path / "old.danggol").write_bytes(bundle_bytes({**new.manifest, "format_version": 2}, old_tables))
    laptop, _clock = machine(tmp_path / "b.sqlite")
    TransferRepo(laptop).apply(read_bundle(tmp_path / "old.danggol"))
    assert laptop.conn.execute("SELECT count(*) FROM shops WHERE search_id = ''").fetchone()[0] == 3
    assert laptop.conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 0


def test_a_file_from_the_previous_format_still_comes_in(tmp_path):
    """Format 1 files (made before shops had an 080 number) import, the number left empty."""
    db, clock = machine(tmp_path / "a.sqlite")
    fill(db, clock)
    TransferRepo(db).export(tmp_path / "new.danggol")
    new = read_bundle(tmp_path / "new.danggol")
    old_tables = {table: [{k: v for k, v in r.items() if k != "optout_phone"} for r in rows]
                  for table, rows in new.tables.items()}
    (tmp_path / "old.danggol").write_bytes(bundle_bytes({**new.manifest, "format_version": 1}, old_tables))
    old = read_bundle(tmp_path / "old.danggol")
    assert all(shop["optout_phone"] == "" for shop in old.tables["shops"])
    laptop, _clock = machine(tmp_path / "b.sqlite")
    TransferRepo(laptop).apply(old)
    assert laptop.conn.execute("SELECT count(*) FROM shops WHERE optout_phone = ''").fetchone()[0] == 3
