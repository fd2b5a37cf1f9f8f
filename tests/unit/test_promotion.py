from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.promotion import (
    KIND_CODES,
    SHOP_KIND_CODES,
    PromotionDraft,
    check_fields,
    format_price,
    kind,
    kind_codes_for,
    parse_price,
)

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("raw, won", [("3000", 3000), ("3,000", 3000), ("3,000원", 3000), ("３０００", 3000),
                                      (" 12000 원 ", 12000), ("100000000", 100_000_000)])
def test_prices_accepted(raw, won):
    assert parse_price(raw) == won


@pytest.mark.parametrize("raw, code", [("", "price_empty"), ("원", "price_empty"), ("삼천원", "price_not_number"),
                                       ("abc", "price_not_number"), ("0", "price_zero"), ("0원", "price_zero"),
                                       ("-500", "price_not_number"), ("3.5", "price_decimal"),
                                       ("100000001", "price_too_large"), ("30,00", "price_not_number")])
def test_prices_refused(raw, code):
    with pytest.raises(InvalidInput) as caught:
        parse_price(raw)
    assert caught.value.code == code


def test_price_formatting():
    assert format_price(3000) == "3,000원" and format_price(1234567, "en") == "1,234,567 won"


def discount(**fields):
    values = {"item": "배추", "regular_price": "5000", "sale_price": "3000", "start": "2026-12-03",
              "end": "2026-12-05"}
    values.update(fields)
    return PromotionDraft(kind="discount", fields=values)


def test_a_complete_discount_passes():
    assert check_fields(discount(), TODAY) == {}


@pytest.mark.parametrize("fields, expected", [
    ({"item": ""}, {"item": "field_required"}),
    ({"sale_price": "6000"}, {"sale_price": "sale_not_below_regular"}),
    ({"sale_price": "5000"}, {"sale_price": "sale_not_below_regular"}),
    ({"sale_price": "공짜"}, {"sale_price": "price_not_number"}),
    ({"regular_price": "0원"}, {"regular_price": "price_zero"}),
    ({"end": "2026-12-01"}, {"end": "end_before_start"}),
    ({"start": "2026-11-01", "end": "2026-11-20"}, {"end": "end_in_past"}),
    ({"quantity": "서른"}, {"quantity": "quantity_invalid"}),
    ({"quantity": "0"}, {"quantity": "quantity_invalid"}),
    ({"end": "2026-13-40"}, {"end": "date_invalid"}),
])
def test_fields_that_cannot_be_right(fields, expected):
    assert check_fields(discount(**fields), TODAY) == expected


def test_each_kind_asks_for_its_own_fields():
    assert kind("greeting").required == ("occasion",)
    assert set(kind("closed").fields) >= {"start", "end"}
    with pytest.raises(InvalidInput):
        kind("spaceship")
    assert len(SHOP_KIND_CODES) == 6


def test_the_market_channel_has_its_own_kinds():
    """Issue 29: the association's cards are the programme's market-channel messages, with the holiday greeting."""
    assert kind_codes_for(False) == SHOP_KIND_CODES
    assert kind_codes_for(True) == ("night_market", "group_buy", "onnuri", "festival", "holiday_shopping",
                                    "market_notice", "new_shop", "greeting")
    assert all(kind(code).market for code in kind_codes_for(True)[:-1])
    group = PromotionDraft(kind="group_buy", fields={"item": "김장 배추 10포기", "regular_price": "30000",
                                                     "sale_price": "35000", "start": "2026-11-26",
                                                     "end": "2026-11-27"})
    assert check_fields(group, TODAY) == {"sale_price": "sale_not_below_regular"}
    notice = PromotionDraft(kind="market_notice", fields={"start": "2026-11-26", "end": "2026-11-25"})
    assert check_fields(notice, TODAY) == {"title": "field_required", "end": "end_before_start"}


def test_draft_json_round_trip_and_hostile_json():
    draft = discount()
    draft.body = "안녕 😊"
    assert PromotionDraft.from_json(draft.to_json()) == draft
    for junk in (None, [], "x", {"kind": "evil", "fields": "no", "step": "3", "template": None},
                 {"fields": {"item": {"nested": 1}}}):
        restored = PromotionDraft.from_json(junk)
        assert restored.kind in ("",) + KIND_CODES and isinstance(restored.fields, dict)


@given(st.sampled_from(KIND_CODES), st.dictionaries(
    st.sampled_from(["item", "regular_price", "sale_price", "start", "end", "quantity", "gift", "hours", "occasion",
                     "title", "place", "text"]), st.text(max_size=30)))
def test_any_fields_give_codes_never_an_exception(code, fields):
    errors = check_fields(PromotionDraft(kind=code, fields=fields), TODAY)
    assert all(isinstance(v, str) for v in errors.values())
