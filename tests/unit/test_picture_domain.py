"""The picture maker's plain parts: kinds as data, the crop frame, prices, flyer products (no Qt)."""

from __future__ import annotations

import pytest

from danggol_desktop import resources
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.picture import (
    PictureDraft,
    Product,
    check_prices,
    clean_headline,
    clean_products,
    crop_box,
    load_catalog,
)

CATALOG = load_catalog(resources.asset("data", "picture_kinds.json"))


def test_every_kind_has_its_size_limit_and_minimum():
    sizes = {k.code: (k.size, k.max_bytes) for k in CATALOG.kinds}
    assert sizes["square"] == ((720, 720), 512000) and sizes["wide"][0] == (800, 400)
    assert sizes["wide_message"][0] == (800, 600) and sizes["profile"][0] == (640, 640)
    assert sizes["coupon"][0] == (720, 720) and sizes["flyer"][0] == (1240, 1754)
    assert all(k.min_photo_width > 0 and k.names["ko"] and k.names["en"] for k in CATALOG.kinds)
    with pytest.raises(InvalidInput):
        CATALOG.kind("poster")


@pytest.mark.parametrize("photo, ratio", [((4000, 3000), 1.0), ((3000, 4000), 2.0), ((800, 600), 4 / 3)])
def test_the_frame_keeps_the_kinds_ratio_and_stays_inside_the_photo(photo, ratio):
    for zoom in (1.0, 1.7, 4.0, 9.0):
        for centre in ((0.5, 0.5), (0.0, 0.0), (1.0, 1.0), (-3.0, 7.0)):
            (left, top, width, height), (cx, cy) = crop_box(photo, ratio, zoom, centre)
            assert width / height == pytest.approx(ratio)
            assert left >= -1e-9 and top >= -1e-9
            assert left + width <= photo[0] + 1e-9 and top + height <= photo[1] + 1e-9
            assert 0 <= cx <= 1 and 0 <= cy <= 1
    (_l, _t, full_width, _h), _c = crop_box(photo, ratio, 1.0, (0.5, 0.5))
    (_l, _t, zoomed_width, _h), _c = crop_box(photo, ratio, 2.0, (0.5, 0.5))
    assert zoomed_width == pytest.approx(full_width / 2)


def test_prices_follow_the_message_wizards_rules():
    assert check_prices("3,000원", "5000") == (3000, 5000)
    assert check_prices("", "") == (None, None)
    for price, old, code in (("삼천원", "", "price_not_number"), ("3000", "2000", "sale_not_below_regular"),
                             ("", "5000", "price_empty"), ("0", "", "price_zero"), ("3.5", "", "price_decimal"),
                             ("3000", "오천", "price_not_number")):
        with pytest.raises(InvalidInput) as caught:
            check_prices(price, old)
        assert caught.value.code == code, (price, old)
    with pytest.raises(InvalidInput) as caught:
        check_prices("3000", "abc")
    assert caught.value.field == "old_price"


def test_headlines_need_words_and_fit():
    assert clean_headline("  오늘의   특가 ") == "오늘의 특가"
    for text, code in (("", "title_empty"), ("🔥🔥🔥", "title_no_words"), ("가" * 31, "title_too_long")):
        with pytest.raises(InvalidInput) as caught:
            clean_headline(text)
        assert caught.value.code == code


def test_a_flyer_takes_two_to_six_named_products():
    two = [Product("배추", "3,000"), Product("무", ""), Product(), Product()]
    assert [(p.name, p.price) for p in clean_products(two)] == [("배추", "3000"), ("무", "")]
    for products, code in (([Product("배추")], "flyer_too_few"), ([Product("가")] * 7, "flyer_too_many"),
                           ([Product("배추"), Product("", "3000")], "flyer_name_empty"),
                           ([Product("배추"), Product("무", "삼천")], "price_not_number")):
        with pytest.raises(InvalidInput) as caught:
            clean_products(products)
        assert caught.value.code == code


def test_a_draft_survives_a_round_trip_and_ignores_unknown_fields():
    draft = PictureDraft(kind="flyer", headline="특가", zoom=1.5, products=[Product("배추", "3000", "/a.jpg")])
    again = PictureDraft.from_json({**draft.to_json(), "from_the_future": 1})
    assert again == draft
