import sqlite3

import pytest

from danggol_desktop.domain.errors import Conflict, NotFound
from danggol_desktop.domain.shop import ShopDetails


def test_add_and_get(shops, shop):
    assert shop.id > 0 and len(shop.uuid) == 36
    assert (shop.name, shop.market, shop.category) == ("해남채소", "신영시장", "vegetables")
    assert shops.get(shop.id) == shop
    assert shop.created_at == shop.updated_at


def test_names_are_unique_within_a_market_only(shops, shop):
    with pytest.raises(Conflict) as caught:
        shops.add(ShopDetails("해남채소", "신영시장"))
    assert caught.value.code == "shop_exists"
    other = shops.add(ShopDetails("해남채소", "자양전통시장"))
    assert other.market == "자양전통시장"
    with pytest.raises(Conflict) as ambiguous:
        shops.find("해남채소")
    assert ambiguous.value.code == "shop_ambiguous"
    assert shops.find("자양전통시장/해남채소").id == other.id


def test_update_keeps_identity_and_moves_time(shops, shop):
    updated = shops.update(shop.id, ShopDetails("해남채소 본점", "신영시장", "fruit", "", ""))
    assert updated.uuid == shop.uuid and updated.name == "해남채소 본점"
    assert updated.updated_at > shop.updated_at
    assert shops.count() == 1


def test_update_cannot_take_another_shops_name(shops, shop):
    second = shops.add(ShopDetails("바다수산", "신영시장"))
    with pytest.raises(Conflict):
        shops.update(second.id, ShopDetails("해남채소", "신영시장"))
    assert shops.get(second.id).name == "바다수산"


def test_archive_hides_but_keeps(shops, shop):
    shops.archive(shop.id)
    assert shops.list() == []
    assert [s.id for s in shops.list(include_archived=True)] == [shop.id]
    assert shops.get(shop.id).archived_at is not None
    with pytest.raises(NotFound):
        shops.find("해남채소")


def test_list_by_market(shops, shop):
    shops.add(ShopDetails("바다수산", "자양전통시장"))
    assert [s.name for s in shops.list(market="신영시장")] == ["해남채소"]
    assert len(shops.list()) == 2


def test_unknown_shop(shops):
    with pytest.raises(NotFound):
        shops.get(12345)


def test_foreign_keys_are_enforced(db, shop):
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute("DELETE FROM markets")
