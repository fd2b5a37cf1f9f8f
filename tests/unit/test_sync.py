"""Two tutors' laptops, A and B, that exchange .danggol files: the ten findings of issue 26, each as it was reproduced
(it failed before field versions), and the bad versions a file may carry."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest

from danggol_desktop.domain.bundle import BundleError, bundle_bytes, read_bundle
from danggol_desktop.domain.clock import KOREA
from danggol_desktop.domain.errors import Conflict
from danggol_desktop.domain.import_gate import CLOCK_BEHIND, BadRecord
from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.channel_kit_repo import PostRepo
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.storage.transfer_repo import TransferRepo
from danggol_desktop.storage.tutor_repo import PracticeRepo
from danggol_desktop.tasks import transfer_tasks
from danggol_desktop.tasks.workspace import Workspace
from tests.clock import make_clock
from tests.unit.test_bundle import dump

MORNING = datetime(2026, 11, 20, 9, 0, tzinfo=KOREA)
CHANNEL = "https://pf.kakao.com/_Jap/friend"


class Laptop:
    """One tutor's data folder with its own clock, which the test moves on (or sets behind) like a real one."""

    def __init__(self, folder, at=MORNING):
        self.folder = folder
        self.at = at.astimezone(timezone.utc)
        self.clock = make_clock(self.at)  # replaced on every move, a millisecond a reading
        self.db = open_database(folder / "danggol.sqlite", folder / "backups", clock=self._clock_for())
        self.ws = Workspace(self.db, folder)

    def _clock_for(self):
        laptop = self

        class _Moving:  # a clock whose time the test sets; each reading a millisecond on
            def __getattr__(self, name):
                return getattr(laptop.clock, name)

        return _Moving()

    def set_time(self, at):
        self.clock = make_clock(at.astimezone(timezone.utc))

    def later(self, minutes=10):
        self.at += timedelta(minutes=minutes)
        self.set_time(self.at)

    @property
    def shops(self):
        return ShopRepo(self.db)

    def shop(self, ref):
        return self.shops.find(ref, archived=False)

    def any_shop(self, name):
        return [s for s in self.shops.list(include_archived=True) if s.name == name]

    def export(self, path):
        TransferRepo(self.db).export(path)
        return path

    def take(self, path):
        """Bring a file in as a tutor does: the whole gate, then the merge (preview first, like the screen)."""
        return transfer_tasks.import_bundle(self.ws, transfer_tasks.preview_import(self.ws, path))


@pytest.fixture
def pair(tmp_path):
    """A 3-shop market made on A and copied to B: the starting point of every finding."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = Laptop(tmp_path / "a"), Laptop(tmp_path / "b", MORNING + timedelta(minutes=1))
    a.shops.add(ShopDetails("잡곡나라", "신영시장", "grains", "010-1111-2222", CHANNEL))
    a.shops.add(ShopDetails("해남채소", "신영시장", "vegetables", "010-3333-4444", "https://pf.kakao.com/_Veg/friend"))
    a.shops.add(ShopDetails("바다수산", "신영시장"))
    b.take(a.export(tmp_path / "start.danggol"))
    a.later(), b.later()
    return a, b, tmp_path


def exchange(a, b, folder, rounds=1):
    """A's file to B, B's to A; after it both hold the same data."""
    for n in range(rounds):
        b.take(a.export(folder / f"a{n}.danggol"))
        a.take(b.export(folder / f"b{n}.danggol"))
    assert dump(a.db) == dump(b.db)


def test_1_an_edit_of_one_field_never_wipes_another_edited_elsewhere(pair):
    a, b, folder = pair
    a.shops.edit(a.shop("잡곡나라").id, {"phone": "010-9999-0000"})
    b.later(20)
    b.shops.set_channel(b.shop("잡곡나라").id, "https://pf.kakao.com/_New/friend", "")
    exchange(a, b, folder)
    for laptop in (a, b):
        shop = laptop.shop("잡곡나라")
        assert (shop.phone, shop.channel_url) == ("010-9999-0000", "https://pf.kakao.com/_New/friend")


@pytest.mark.parametrize("archiver", ["a", "b"])
def test_2_an_archive_holds_against_a_later_edit_elsewhere(pair, archiver):
    a, b, folder = pair
    first, second = (a, b) if archiver == "a" else (b, a)
    first.shops.archive(first.shop("잡곡나라").id)
    second.later(30)
    if archiver == "a":
        second.shops.edit(second.shop("잡곡나라").id, {"phone": "010-5555-6666"})
    else:
        second.shops.edit(second.shop("잡곡나라").id, {"channel_url": "https://pf.kakao.com/_Other/friend"})
    exchange(a, b, folder)
    for laptop in (a, b):
        [shop] = laptop.any_shop("잡곡나라")
        assert shop.archived_at is not None  # still put away, and the later edit is kept too
        assert shop.phone == ("010-5555-6666" if archiver == "a" else "010-1111-2222")


def channel_shops(laptop):
    return laptop.db.conn.execute("SELECT count(*) FROM shops WHERE channel_url != '' AND archived_at IS NULL"
                                  ).fetchone()[0]


def test_3_the_same_new_shop_added_on_both_keeps_both_and_wipes_nothing(pair):
    a, b, folder = pair
    a.shops.add(ShopDetails("참기름집", "신영시장", "grains", "010-7777-8888", "https://pf.kakao.com/_Oil/friend"))
    b.later(60)
    b.shops.add(ShopDetails("참기름집", "신영시장"))
    channels_before = channel_shops(a) + 0
    b_plan = b.take(a.export(folder / "a.danggol"))
    a_plan = a.take(b.export(folder / "b.danggol"))
    assert dump(a.db) == dump(b.db)
    for laptop in (a, b):
        both = laptop.any_shop("참기름집")
        assert len(both) == 2  # identity is the uuid: both are kept, and the tutor is told
        assert {(s.phone, s.channel_url) for s in both} == {("010-7777-8888", "https://pf.kakao.com/_Oil/friend"),
                                                            ("", "")}
        assert channel_shops(laptop) == channels_before
    for plan in (a_plan, b_plan):
        assert [(s.market, s.name, len(s.shop_ids)) for s in plan.same_names] == [("신영시장", "참기름집", 2)]


def test_4_a_rename_onto_a_new_shops_name_never_blocks_an_import(pair):
    a, b, folder = pair
    a.shops.edit(a.shop("잡곡나라").id, {"name": "잡곡나라본점"})
    b.shops.add(ShopDetails("잡곡나라본점", "신영시장"))
    file_a = a.export(folder / "a.danggol")
    dry = transfer_tasks.preview_import(b.ws, file_a)  # a dry run first, as the tutor would
    assert dry.plan.changed == {"shops": 1} and [s.name for s in dry.plan.same_names] == ["잡곡나라본점"]
    b.take(file_a)
    a.take(b.export(folder / "b.danggol"))
    assert dump(a.db) == dump(b.db)
    for laptop in (a, b):
        renamed = [s for s in laptop.any_shop("잡곡나라본점") if s.phone]
        assert len(laptop.any_shop("잡곡나라본점")) == 2 and len(renamed) == 1
        assert (renamed[0].phone, renamed[0].channel_url) == ("010-1111-2222", CHANNEL)
        assert channel_shops(laptop) == 2
        with pytest.raises(Conflict) as two:  # a command names one of them exactly, as the import printed it
            laptop.shop("신영시장/잡곡나라본점")
        assert two.value.code == "shop_same_name"
        exact = two.value.detail.split()
        assert {laptop.shop(ref).id for ref in exact} == {s.id for s in laptop.any_shop("잡곡나라본점")}


def test_5_a_clock_a_day_behind_still_orders_its_later_edit_last(pair):
    a, b, folder = pair
    shop_a = a.shop("해남채소").id
    FriendCountRepo(a.db).record(shop_a, date(2026, 11, 20), 70)
    b.take(a.export(folder / "a1.danggol"))
    b.set_time(MORNING - timedelta(days=1))  # B's clock is set a day behind; its tutor corrects the count later
    b.at = MORNING - timedelta(days=1)
    FriendCountRepo(b.db).record(b.shop("해남채소").id, date(2026, 11, 20), 75)
    exchange(a, b, folder)
    for laptop in (a, b):
        assert FriendCountRepo(laptop.db).get(laptop.shop("해남채소").id, date(2026, 11, 20)).count == 75


def test_5_a_file_dated_ahead_of_a_pc_a_day_behind_comes_in_with_a_note(pair):
    a, b, folder = pair
    a.set_time(MORNING + timedelta(days=1))
    PracticeRepo(a.db).start(date(2026, 11, 21), "쿠폰 만들기", [a.shop("해남채소").id])
    file_a = a.export(folder / "a.danggol")
    preview = transfer_tasks.preview_import(b.ws, file_a)  # B still thinks it is 2026-11-20
    assert preview.plan.notes == [CLOCK_BEHIND] and preview.plan.added["practice_sessions"] == 1
    a.set_time(datetime(2099, 1, 1, tzinfo=KOREA))  # the far future is still refused
    PracticeRepo(a.db).start(date(2099, 1, 1), "미래", [a.shop("해남채소").id])
    with pytest.raises(BadRecord):
        transfer_tasks.preview_import(b.ws, a.export(folder / "far.danggol"))


def test_5_a_korean_day_is_taken_whatever_zone_the_importing_pc_is_in(pair):
    """00:30 in Korea is still yesterday in UTC: a count for the Korean today is today's, not tomorrow's."""
    a, b, folder = pair
    just_after_midnight = datetime(2026, 11, 21, 0, 30, tzinfo=KOREA)
    a.set_time(just_after_midnight)
    FriendCountRepo(a.db).record(a.shop("해남채소").id, date(2026, 11, 21), 80)
    b.set_time(just_after_midnight + timedelta(minutes=5))
    assert b.db.clock.now().date() == date(2026, 11, 20)  # the UTC date is the day before
    preview = transfer_tasks.preview_import(b.ws, a.export(folder / "a.danggol"))
    assert preview.plan.notes == [] and preview.plan.added["friend_counts"] == 1


def test_6_cleared_practice_messages_stay_cleared(pair):
    a, b, folder = pair
    messages = MessageRepo(a.db)
    shop_a = a.shop("해남채소").id
    for n in range(2):
        draft = messages.save_draft(shop_a, PromotionDraft(kind="greeting", body=f"연습 {n}"))
        messages.finish(draft, PromotionDraft(kind="greeting", body=f"연습 {n}"), "practice")
    b.take(a.export(folder / "a1.danggol"))
    a.later()
    assert PracticeRepo(a.db).clear_practice_messages(shop_a) == 2
    b.later()
    a.take(b.export(folder / "b1.danggol"))  # B still has them: they must not come back
    assert MessageRepo(a.db).box(shop_a) == []
    exchange(a, b, folder)
    assert MessageRepo(b.db).box(b.shop("해남채소").id) == []


def sent_count(laptop, shop):
    return laptop.db.conn.execute("SELECT count(*) FROM messages WHERE shop_id = ? AND status = 'sent' AND "
                                  "deleted_at IS NULL", (laptop.shop(shop).id,)).fetchone()[0]


def test_7_one_send_told_to_both_tutors_counts_once(pair):
    a, b, folder = pair
    MessageRepo(a.db).record_sent_outside(a.shop("해남채소").id, date(2026, 11, 20), "김장 배추 들어왔어요")
    b.later()
    MessageRepo(b.db).record_sent_outside(b.shop("해남채소").id, date(2026, 11, 20), "김장 배추 들어왔어요")
    MessageRepo(b.db).record_sent_outside(b.shop("해남채소").id, date(2026, 11, 20), "다른 글")  # another send
    draft = MessageRepo(b.db).save_draft(b.shop("해남채소").id, PromotionDraft(body="김장 배추 들어왔어요"))
    MessageRepo(b.db).finish(draft, PromotionDraft(kind="greeting", body="김장 배추 들어왔어요"), "practice")
    exchange(a, b, folder, rounds=2)
    for laptop in (a, b):
        assert sent_count(laptop, "해남채소") == 2
        practice = laptop.db.conn.execute("SELECT count(*) FROM messages WHERE status = 'practice'").fetchone()[0]
        assert practice == 1  # never merged into the send of the same text


def test_7_equal_sends_on_three_laptops_end_alike_whichever_way_files_go(pair):
    """B told one send, C two of the same text and day; files went B→A, C→A, B→A, B→C and then round. Before, A paired
    C's sends in file order and B's by what was left, so the laptops swapped uuids for ever and never agreed."""
    a, b, folder = pair
    (folder / "c").mkdir()
    c = Laptop(folder / "c", MORNING + timedelta(minutes=2))
    c.take(a.export(folder / "start-c.danggol"))
    for laptop, uuids in ((b, ["00000001"]), (c, ["00000002", "00000000"])):
        for uuid in uuids:
            shop_id = laptop.shop("해남채소").id
            made = MessageRepo(laptop.db).record_sent_outside(shop_id, date(2026, 11, 12), "오늘 할인")
            laptop.db.conn.execute("UPDATE messages SET uuid = ? WHERE id = ?",
                                   (f"{uuid}-0000-4000-8000-000000000000", made))
            laptop.db.conn.commit()
    for n, (source, target) in enumerate([(b, a), (c, a), (b, a), (b, c), (a, b), (b, c), (c, a), (a, b), (b, c)]):
        target.take(source.export(folder / f"{n}.danggol"))
    assert dump(a.db) == dump(b.db) == dump(c.db)
    assert [sent_count(laptop, "해남채소") for laptop in (a, b, c)] == [2, 2, 2]


def test_8_an_archived_shop_comes_back_with_its_records(pair):
    a, b, folder = pair
    shop = a.shop("바다수산")
    FriendCountRepo(a.db).record(shop.id, date(2026, 11, 19), 12)
    a.shops.archive(shop.id)
    with pytest.raises(Conflict) as again:
        a.shops.add(ShopDetails("바다수산", "신영시장"))
    assert again.value.code == "shop_archived"  # not "it exists" while no list can find it
    back = a.shops.unarchive(a.shops.find("신영시장/바다수산", archived=True).id)
    assert back.archived_at is None and FriendCountRepo(a.db).get(back.id, date(2026, 11, 19)).count == 12
    exchange(a, b, folder)
    assert b.shop("바다수산").archived_at is None


def spoiled_file(laptop, folder, change):
    path = laptop.export(folder / "good.danggol")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = {n[:-5]: json.loads(archive.read(n)) for n in archive.namelist() if n != "manifest.json"}
    change(data)
    bad = folder / "spoiled.danggol"
    bad.write_bytes(bundle_bytes(manifest, data))
    return bad


@pytest.mark.parametrize("field, value", [("updated_at", "20260101T000000"), ("day", "2026-W44-5")])
def test_9_stamps_and_days_in_other_forms_are_refused(pair, field, value):
    a, b, folder = pair
    FriendCountRepo(a.db).record(a.shop("해남채소").id, date(2026, 10, 30), 39)

    def spoil(data):
        data["friend_counts"][0][field] = value

    before = dump(b.db)
    with pytest.raises(BadRecord) as refused:
        b.take(spoiled_file(a, folder, spoil))
    assert (refused.value.table, refused.value.field) == ("friend_counts", field)
    assert dump(b.db) == before


def test_9_a_file_record_with_a_local_records_uuid_never_moves_it(pair):
    a, b, folder = pair
    FriendCountRepo(b.db).record(b.shop("해남채소").id, date(2026, 10, 30), 39)
    local_uuid = b.db.conn.execute("SELECT uuid FROM friend_counts").fetchone()[0]
    FriendCountRepo(a.db).record(a.shop("바다수산").id, date(2026, 10, 30), 0)

    def steal(data):
        [record] = data["friend_counts"]
        record["uuid"] = local_uuid  # the same uuid, but 바다수산's count

    before = dump(b.db)
    with pytest.raises(BadRecord) as refused:
        b.take(spoiled_file(a, folder, steal))
    assert (refused.value.table, refused.value.field) == ("friend_counts", "shop_uuid")
    assert dump(b.db) == before

    def other_table(data):
        data["posts"] = [dict(data["posts"][0], uuid=local_uuid)] if data["posts"] else []

    PostRepo(a.db).record(a.shop("해남채소").id, date(2026, 11, 20), "배추", "")
    with pytest.raises(BadRecord) as refused:  # a uuid of another table here
        b.take(spoiled_file(a, folder, other_table))
    assert refused.value.table == "posts" and dump(b.db) == before


def test_10_a_file_that_only_adds_a_post_says_so(pair):
    a, b, folder = pair
    PostRepo(a.db).record(a.shop("해남채소").id, date(2026, 11, 20), "배추 들어왔어요", "오늘 들어왔어요")
    preview = transfer_tasks.preview_import(b.ws, a.export(folder / "a.danggol"))
    assert preview.plan.added == {"posts": 1} and preview.plan.changes == 1
    done = transfer_tasks.import_bundle(b.ws, preview)
    assert done.added == {"posts": 1}


def test_removals_are_named_in_the_preview(pair):
    a, b, folder = pair
    a.shops.archive(a.shop("바다수산").id)
    FriendCountRepo(a.db).record(a.shop("해남채소").id, date(2026, 11, 20), 5)
    b.take(a.export(folder / "a1.danggol"))
    a.later()
    FriendCountRepo(a.db).delete(a.shop("해남채소").id, date(2026, 11, 20))
    plan = transfer_tasks.preview_import(b.ws, a.export(folder / "a2.danggol")).plan
    assert plan.removed == {"friend_counts": 1} and plan.added == {} and plan.changed == {}


def test_a_file_of_a_newer_format_is_refused_with_its_version(pair):
    a, _b, folder = pair
    path = a.export(folder / "a.danggol")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = {n[:-5]: json.loads(archive.read(n)) for n in archive.namelist() if n != "manifest.json"}
    manifest["format_version"] = 99
    newer = folder / "newer.danggol"
    newer.write_bytes(bundle_bytes(manifest, data))
    with pytest.raises(BundleError) as refused:
        read_bundle(newer)
    assert (refused.value.code, refused.value.detail) == ("bundle_too_new", "99")


def test_a_file_from_before_versions_takes_its_row_time_for_every_field(pair):
    a, b, folder = pair
    a.shops.edit(a.shop("잡곡나라").id, {"phone": "010-1212-3434"})

    def older(data):
        for records in data.values():
            for record in records:
                del record["versions"]

    path = spoiled_file(a, folder, older)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = {n[:-5]: json.loads(archive.read(n)) for n in archive.namelist() if n != "manifest.json"}
    manifest["format_version"] = 3
    path.write_bytes(bundle_bytes(manifest, data))
    b.take(path)
    assert b.shop("잡곡나라").phone == "010-1212-3434"


def test_every_local_edit_gets_a_later_version_and_the_device_is_kept(pair):
    a, _b, _folder = pair
    shop = a.shop("잡곡나라")
    before = json.loads(a.db.conn.execute("SELECT versions FROM shops WHERE id = ?", (shop.id,)).fetchone()[0])
    a.shops.edit(shop.id, {"phone": "010-4444-5555"})
    after = json.loads(a.db.conn.execute("SELECT versions FROM shops WHERE id = ?", (shop.id,)).fetchone()[0])
    assert set(after) == {"*", "phone"} and after["phone"] > before["*"]
    device = a.db.conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0]
    assert after["phone"].endswith(device)
    a.db.conn.close()
    reopened = open_database(a.folder / "danggol.sqlite", clock=make_clock(MORNING - timedelta(days=2)))
    ShopRepo(reopened).edit(shop.id, {"phone": "010-6666-7777"})  # the clock set back two days: still later
    again = json.loads(reopened.conn.execute("SELECT versions FROM shops WHERE id = ?", (shop.id,)).fetchone()[0])
    assert again["phone"] > after["phone"] and again["phone"].endswith(device)


def test_the_migration_gives_old_rows_their_row_time_as_version(tmp_path):
    from danggol_desktop.storage.connection import Database
    from danggol_desktop.storage.migrations import MIGRATIONS

    old = Database(sqlite3.connect(tmp_path / "old.sqlite"), make_clock())
    for step in MIGRATIONS[:8]:  # a data file of schema 8, from before versions
        step(old)
    old.conn.execute("INSERT INTO markets (uuid, name, created_at, updated_at) VALUES "
                     "('6f1c7b8e-1a47-4a57-9d2b-7c7a1e1f0a01', '신영시장', '2026-01-02T03:04:05.000000+00:00', "
                     "'2026-01-02T03:04:05.678901+00:00')")
    MIGRATIONS[8](old)
    versions = json.loads(old.conn.execute("SELECT versions FROM markets").fetchone()[0])
    assert versions == {"*": "2026-01-02T03:04:05.678Z.00000.0000000000000000"}


def test_a_shops_place_travels_and_is_its_own_field(pair):
    """위치 (for the market directory) is versioned on its own: a place set on A and a phone changed on B both stay."""
    a, b, folder = pair
    a.shops.edit(a.shop("잡곡나라").id, {"location": "1번 골목 3호"})
    b.later(20)
    b.shops.edit(b.shop("잡곡나라").id, {"phone": "010-7777-8888"})
    exchange(a, b, folder)
    for laptop in (a, b):
        shop = laptop.shop("잡곡나라")
        assert (shop.location, shop.phone) == ("1번 골목 3호", "010-7777-8888")


def test_a_place_with_control_characters_in_a_file_is_refused(pair, tmp_path):
    a, b, folder = pair
    path = a.export(folder / "a.danggol")
    with zipfile.ZipFile(path) as z:
        members = {name: z.read(name) for name in z.namelist()}
    shops = json.loads(members["shops.json"])
    shops[0]["location"] = "1번 골목\u202e3호"
    members["shops.json"] = json.dumps(shops, ensure_ascii=False).encode()
    hostile = folder / "hostile.danggol"
    with zipfile.ZipFile(hostile, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    before = dump(b.db)
    with pytest.raises(BadRecord) as refused:
        b.take(hostile)
    assert (refused.value.table, refused.value.field) == ("shops", "location")
    assert dump(b.db) == before
