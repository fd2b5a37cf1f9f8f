import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from tests.clock import make_clock

DAY = date(2026, 11, 20)


@pytest.fixture
def counts(db):
    return FriendCountRepo(db, make_clock(datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc), timedelta(seconds=1)))


def test_record_then_update_the_same_day(counts, shop, db):
    assert counts.record(shop.id, DAY, 40) is None
    replaced = counts.record(shop.id, DAY, 42, "시장 행사")
    assert replaced.count == 40
    assert counts.get(shop.id, DAY).count == 42 and counts.get(shop.id, DAY).note == "시장 행사"
    assert db.conn.execute("SELECT count(*) FROM friend_counts").fetchone()[0] == 1


def test_one_row_per_shop_and_day_is_enforced_by_the_database(counts, shop, db):
    counts.record(shop.id, DAY, 40)
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute(
            "INSERT INTO friend_counts (uuid, shop_id, day, count, note, created_at, updated_at) "
            "VALUES ('x', ?, ?, 1, '', 'a', 'a')", (shop.id, DAY.isoformat()))


def test_shops_keep_their_own_counts(counts, shop, shops):
    other = shops.add(ShopDetails("바다수산", "신영시장"))
    counts.record(shop.id, DAY, 40)
    counts.record(other.id, DAY, 7)
    assert counts.get(shop.id, DAY).count == 40 and counts.get(other.id, DAY).count == 7


def test_series_history_latest(counts, shop):
    for back, n in ((3, 10), (2, 12), (0, 15)):
        counts.record(shop.id, DAY - timedelta(days=back), n)
    assert [c.count for c in counts.series(shop.id)] == [10, 12, 15]
    assert [c.count for c in counts.series(shop.id, since=DAY - timedelta(days=2))] == [12, 15]
    assert [c.count for c in counts.history(shop.id, limit=2)] == [15, 12]
    assert [c.count for c in counts.history(shop.id, limit=2, offset=2)] == [10]
    assert counts.latest(shop.id).count == 15
    assert counts.latest(shop.id, before=DAY).count == 12
    assert counts.total(shop.id) == 3


def test_delete_and_undo(counts, shop):
    counts.record(shop.id, DAY, 40, "메모")
    assert counts.delete(shop.id, DAY) is True
    assert counts.get(shop.id, DAY) is None and counts.series(shop.id) == [] and counts.latest(shop.id) is None
    assert counts.delete(shop.id, DAY) is False
    assert counts.undo_delete(shop.id, DAY) is True
    assert counts.get(shop.id, DAY).count == 40 and counts.get(shop.id, DAY).note == "메모"
    assert counts.undo_delete(shop.id, DAY) is False


def test_recording_a_deleted_day_brings_it_back_with_the_new_value(counts, shop):
    counts.record(shop.id, DAY, 40)
    counts.delete(shop.id, DAY)
    assert counts.record(shop.id, DAY, 44) is None  # nothing live was replaced
    assert counts.get(shop.id, DAY).count == 44


def test_goal_round_trip(counts, shop):
    assert counts.goal(shop.id) is None
    counts.set_goal(shop.id, 120)
    assert counts.goal(shop.id) == 120
