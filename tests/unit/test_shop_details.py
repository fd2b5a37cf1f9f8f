import pytest
from hypothesis import given
from hypothesis import strategies as st

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.shop import ShopDetails, clean_name, clean_shop_details, normalize_optout, normalize_phone


@pytest.mark.parametrize(
    "raw, expected",
    [("  해남   채소 ", "해남 채소"), ("바다수산", "바다수산"), ("가" * 40, "가" * 40)],
)
def test_names_are_tidied(raw, expected):
    assert clean_name(raw, "name") == expected


@pytest.mark.parametrize(
    "raw, code",
    [("", "name_empty"), ("   ", "name_empty"), (None, "name_empty"), ("가" * 41, "name_too_long"),
     ("해남\x00채소", "name_bad_characters"), ("해남\u202e채소", "name_bad_characters")],
)
def test_bad_names_are_refused(raw, code):
    with pytest.raises(InvalidInput) as caught:
        clean_name(raw, "market")
    assert caught.value.code == code and caught.value.field == "market"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("01012345678", "010-1234-5678"),
        (" 010-1234-5678 ", "010-1234-5678"),
        ("010 123 4567", "010-123-4567"),
        ("０１０－１２３４－５６７８", "010-1234-5678"),
        ("021234567", "02-123-4567"),
        ("02-1234-5678", "02-1234-5678"),
        ("031-123-4567", "031-123-4567"),
        ("+82 10-1234-5678", "010-1234-5678"),
        ("1588-1234", "1588-1234"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_phone_numbers_are_written_the_usual_way(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(("raw", "code"), [
    ("전화없음", "phone_not_digits"), ("12345", "phone_invalid"), ("010-1234-56789-1", "phone_invalid"),
    ("abc", "phone_not_digits"), ("+1 555 123 4567", "phone_invalid"), ("010-1234-567a", "phone_not_digits"),
    ("010-123", "phone_invalid"),
])
def test_bad_phone_numbers_are_refused_with_the_reason(raw, code):
    """Digits typed but too few is not 'please use digits': each gets its own sentence."""
    with pytest.raises(InvalidInput) as caught:
        normalize_phone(raw)
    assert caught.value.code == code


@given(st.text(max_size=60))
def test_phone_parser_never_fails_otherwise(text):
    try:
        result = normalize_phone(text)
    except InvalidInput:
        return
    assert result == "" or result.replace("-", "").isdigit()


def test_clean_shop_details_checks_every_field():
    cleaned = clean_shop_details(
        ShopDetails(" 해남채소 ", "신영시장", "vegetables", "01012345678", "pf.kakao.com/_AbCdE"), {"vegetables"}
    )
    assert cleaned == ShopDetails("해남채소", "신영시장", "vegetables", "010-1234-5678",
                                  "https://pf.kakao.com/_AbCdE/friend")
    with pytest.raises(InvalidInput) as caught:
        clean_shop_details(ShopDetails("가", "나", "spaceships"), {"vegetables"})
    assert caught.value.field == "category"
    with pytest.raises(InvalidInput) as bad_link:
        clean_shop_details(ShopDetails("가", "나", "", "", "@해남채소"), {"vegetables"})
    assert bad_link.value.field == "channel" and bad_link.value.code == "search_id"



@pytest.mark.parametrize("typed, stored", [("080-123-4567", "080-123-4567"), ("0801234567", "080-123-4567"),
                                           (" 080 123 4567 ", "080-123-4567"), ("", "")])
def test_the_optout_number_is_tidied(typed, stored):
    assert normalize_optout(typed) == stored


@pytest.mark.parametrize("typed", ["010-1234-5678", "080-123-456", "080-123-45678", "공팔공", "080-abc-defg"])
def test_anything_but_a_free_080_number_is_refused(typed):
    with pytest.raises(InvalidInput) as refused:
        normalize_optout(typed)
    assert refused.value.code == "optout_invalid" and refused.value.field == "optout_phone"
