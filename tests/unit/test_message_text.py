import json
import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danggol_desktop import resources
from danggol_desktop.domain.dates import format_day, format_period
from danggol_desktop.domain.message_text import (
    ShopFacts,
    attach_particles,
    check_message,
    check_sms,
    estimate_cost,
    load_rules,
    load_templates,
    ready_drafts,
    sms_version,
)
from danggol_desktop.domain.promotion import KIND_CODES, PromotionDraft, check_fields, kind

TEMPLATES = load_templates(resources.asset("data", "message_templates.json"))
RULES = load_rules(resources.asset("data", "kakao_messages.json"))
SHOP = ShopFacts("해남채소", "신영시장", "010-1234-5678")
FULL = {
    "item": "배추",
    "regular_price": "5000",
    "sale_price": "3000",
    "start": "2026-12-03",
    "end": "2026-12-05",
    "quantity": "30",
    "gift": "대파 한 단",
    "hours": "오전 9시~오후 7시",
    "occasion": "김장철",
    "title": "신영 가을 축제",
    "place": "1번 골목 3호",
    "text": "많이 오세요",
}
LEFTOVERS = re.compile(r"\{[a-z_]*\}|\((을|를|이|가|은|는|으|와|과)\)|을\(|이\(")


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("code", KIND_CODES)
@pytest.mark.parametrize("filled", ["full", "required-only"])
def test_every_kind_and_template_fills_completely(code, language, filled):
    spec = kind(code)
    fields = {k: v for k, v in FULL.items() if k in spec.fields and (filled == "full" or k in spec.required)}
    draft = PromotionDraft(kind=code, fields=fields)
    assert check_fields(draft, date(2026, 11, 26)) == {}
    drafts = ready_drafts(draft, SHOP, TEMPLATES, language)
    assert 2 <= len(drafts) <= 3
    for text in drafts:
        assert text.strip() and not LEFTOVERS.search(text), text
        assert "None" not in text
    shown = {
        "item": "배추",
        "sale_price": "3,000",
        "gift": "대파 한 단",
        "hours": "오전 9시~오후 7시",
        "occasion": "김장철",
        "title": "신영 가을 축제",
    }
    for name in spec.required:  # what the merchant had to fill in is in every ready sentence
        if name in shown and not (name == "item" and code == "event"):
            assert all(shown[name] in text for text in drafts), (name, drafts)
    if filled == "full" and code == "discount":
        assert any("3,000원" in t for t in drafts) if language == "ko" else any("3,000 won" in t for t in drafts)


def test_a_shop_without_phone_loses_only_the_phone_lines():
    drafts = ready_drafts(
        PromotionDraft(kind="new_item", fields={"item": "딸기"}), ShopFacts("과일나라", "시장"), TEMPLATES, "ko"
    )
    assert all("☎" not in t for t in drafts) and all("딸기" in t for t in drafts)


@pytest.mark.parametrize(
    "written, expected",
    [
        ("배추을(를)", "배추를"),
        ("수박을(를)", "수박을"),
        ("해남채소(이)에요", "해남채소예요"),
        ("정육점(이)에요", "정육점이에요"),
        ("오후 7시(으)로", "오후 7시로"),
        ("서울(으)로", "서울로"),
        ("김장철을(를)", "김장철을"),
        ("사과이(가)", "사과가"),
        ("2개을(를)", "2개를"),
        ("10kg을(를)", "10kg을(를)".replace("을(를)", "를")),
    ],
)
def test_korean_particles(written, expected):
    assert attach_particles(written) == expected


def test_dates_and_periods_read_naturally():
    assert format_day(date(2025, 12, 3)) == "12월 3일(수)"
    assert format_period(date(2025, 12, 3), date(2025, 12, 5)) == "12월 3일(수)~5일(금)"
    assert format_period(date(2025, 12, 31), date(2026, 1, 2)) == "12월 31일(수)~1월 2일(금)"
    assert format_period(date(2025, 12, 3), date(2025, 12, 3)) == "12월 3일(수)"
    assert format_period(date(2025, 12, 3), date(2025, 12, 5), "en") == "Wed 3 – Fri 5 Dec"


def codes(body, hour=10, message_type="basic_text"):
    return {c.code for c in check_message(body, RULES, message_type, datetime(2026, 11, 26, hour, 0))}


def test_length_limits_of_each_message_type():
    assert "too_long" not in codes("가" * 1300) and "too_long" in codes("가" * 1301)
    assert "too_long" in codes("가" * 77, message_type="wide_image") and "too_long" not in codes(
        "가" * 76, message_type="wide_image"
    )
    assert "too_many_lines" in codes("줄\n" * 100) and "too_many_lines" not in codes("줄\n" * 99)
    assert "too_long" not in codes("😊" * 1300)  # an emoji counts as one
    assert "body_empty" in codes("  \n ")


@pytest.mark.parametrize(
    "hour, expected",
    [(19, set()), (20, {"night_early"}), (21, {"night_law"}), (0, {"night_law"}), (7, {"night_law"}), (8, set())],
)
def test_night_sending(hour, expected):
    assert codes("안녕하세요", hour) & {"night_early", "night_law"} == expected


def test_kakao_adds_its_own_ad_label():
    assert "kakao_adds_label" in codes("안녕하세요")


def test_the_text_message_version_carries_what_the_law_asks():
    shop = ShopFacts("해남채소", "신영시장", "010-1234-5678", "080-123-4567")
    sms = sms_version("배추 특가!", shop)
    lines = sms.splitlines()
    assert lines[0] == "(광고)해남채소" and lines[-1] == "무료수신거부 080-123-4567"
    assert sms.count("010-1234-5678") == 1
    again = sms_version("배추 특가! 문의 010-1234-5678", shop)
    assert again.count("010-1234-5678") == 1  # the number once, even when the message already gives it
    assert "무료수신거부" not in sms_version("배추 특가!", SHOP)  # no 080 number: none made up
    assert sms_version("기다릴게요 😊\n☎ 전화 주세요", shop).splitlines()[1:3] == ["기다릴게요", "☎ 전화 주세요"]


@pytest.mark.parametrize("text, size, kind", [
    ("가" * 45, 90, "sms"), ("가" * 45 + "a", 91, "lms"), ("a" * 2000, 2000, "lms"),
    ("가" * 1000 + "b", 2001, "too_long"),
    ("똠방각하", 8, "sms"),  # rare syllables outside KS X 1001 still go (CP949 has every Hangul syllable)
    ("줄\r\n바꿈", 7, "sms"),  # a line break is one byte, however the text arrived
])
def test_sms_or_lms_by_the_carriers_bytes(text, size, kind):
    check = check_sms(text, ShopFacts("가게", "시장", optout_phone="080-123-4567"))
    assert (check.size, check.kind) == (size, kind) and check.ready == (kind != "too_long")


def test_what_a_text_message_cannot_carry_or_may_not_send():
    check = check_sms("고맙습니다 😊😊 👍", ShopFacts("가게", "시장", optout_phone="080-123-4567"))
    assert check.unsendable == ("😊", "👍") and not check.ready
    assert check_sms("고맙습니다", ShopFacts("가게", "시장")).optout_missing


def test_cost_estimate():
    all_friends = estimate_cost(65, "all", RULES)
    assert (all_friends.subtotal, all_friends.vat, all_friends.total) == (975, 98, 1073)
    targeted = estimate_cost(65, "targeted", RULES)
    assert (targeted.per_friend, targeted.total) == (20, 1430)
    assert estimate_cost(0, "all", RULES).total == 0


@settings(max_examples=60)
@given(
    st.sampled_from(KIND_CODES),
    st.dictionaries(
        st.sampled_from(
            ["item", "regular_price", "sale_price", "start", "end", "quantity", "gift", "hours", "occasion", "text"]
        ),
        st.text(max_size=40),
    ),
    st.sampled_from(["ko", "en"]),
)
def test_any_draft_renders_or_returns_codes(code, fields, language):
    draft = PromotionDraft(kind=code, fields=fields)
    errors = check_fields(draft, date(2026, 11, 26))
    for text in ready_drafts(draft, SHOP, TEMPLATES, language):
        assert not re.search(r"\{[a-z_]+\}", text)
    spec = kind(code)
    assert set(errors) <= set(spec.fields)  # only the kind's own fields are ever blamed, each with a code
    assert all(re.fullmatch(r"[a-z_]+", reason) for reason in errors.values())
    for name in spec.required:  # a required field left blank is always named
        if not fields.get(name, "").strip():
            assert errors.get(name) == "field_required", (name, fields)


def test_the_figures_are_the_channel_admins_own():
    """Every message type's limits come from one Kakao tool, the one the wizard helps with, with its source."""
    data = json.loads(resources.asset("data", "kakao_messages.json").read_text(encoding="utf-8"))
    channel_admin = "카카오톡 채널 관리자센터 → 메시지 (KakaoTalk Channel admin, message)"
    assert {t["tool"] for t in data["types"]} == {channel_admin}
    assert all(t["source"] and t["checked"] for t in data["types"])
    wide = next(t for t in data["types"] if t["code"] == "wide_image")
    assert (wide["max_chars"], wide["max_line_breaks"]) == (76, 5)
    assert "too_many_lines" not in codes("한\n줄\n씩\n다섯\n줄\n까지", message_type="wide_image")
    assert "too_many_lines" in codes("한\n줄\n씩\n여섯\n줄\n까\n지", message_type="wide_image")


@pytest.mark.parametrize("body", [
    "주문은 https://pf.kakao.com/_AbCdE 로", "www.haenam.kr 에서 보세요", "pf.kakao.com/_AbCdE", "haenam.co.kr/sale",
    "open.kakao.com/o/abc", "HTTP://EXAMPLE.COM",
])
def test_a_link_in_the_text_is_pointed_out(body):
    """Kakao does not allow a link in a channel message's text: it goes on the message's button (issue 27, 9)."""
    assert "link_in_text" in codes(body)


@pytest.mark.parametrize("body", ["배추 3,000원. 오늘만!", "1.5kg 한 봉지", "카카오톡에서 @해남채소 검색", "10.5% 할인",
                                  ""])
def test_words_that_are_not_links_are_left_alone(body):
    assert "link_in_text" not in codes(body)


@pytest.mark.parametrize("code", KIND_CODES)
def test_the_association_is_never_named_after_its_market_twice(code):
    """'안녕하세요, {market} {shop}(이)에요' gave '신영시장 신영시장 상인회예요' for the market's association."""
    spec = kind(code)
    draft = PromotionDraft(kind=code, fields={k: v for k, v in FULL.items() if k in spec.fields})
    for language in ("ko", "en"):
        for text in ready_drafts(draft, ShopFacts("신영시장 상인회", "신영시장", "02-123-4567"), TEMPLATES, language):
            assert "신영시장 신영시장" not in text, text
    assert any("신영시장 해남채소" in t for t in ready_drafts(draft, SHOP, TEMPLATES, "ko")) or code not in (
        "greeting", "closed", "new_item", "discount", "event", "hours")
