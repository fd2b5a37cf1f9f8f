"""The channel kit's rules and suggestions (domain) and its records (storage), without Qt."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from danggol_desktop import resources
from danggol_desktop.domain.channel_kit import (
    KitFacts,
    check_channel_name,
    check_coupon_days,
    clean_search_id,
    clean_title,
    excess_start,
    load_kit,
    tidy_block,
)
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.channel_kit_repo import ChannelTextRepo, CouponRepo, PostRepo
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks import channel_kit_tasks as tasks
from danggol_desktop.tasks.workspace import Workspace
from tests.clock import make_clock

KIT = load_kit(resources.asset("data", "channel_kit.json"))
LIMITS = KIT.limits
FACTS = KitFacts("해남채소", "신영시장", "배추·무·대파", "010-1234-5678", "아침 7시~저녁 8시", "신영시장 2동 14호",
                 "일요일")
TODAY = date(2026, 11, 26)


def code_of(call) -> str:
    with pytest.raises(InvalidInput) as caught:
        call()
    return caught.value.code


def test_every_limit_has_a_source_and_the_date_it_was_checked():
    data = json.loads(resources.asset("data", "channel_kit.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["checked"])
    assert {"channel_home", "welcome", "search_id", "channel_name", "chat_menu", "coupon_picture", "ours"} <= set(
        data["sources"])
    assert all(text.strip() for text in data["sources"].values())
    assert (LIMITS.profile_px, LIMITS.welcome_max, LIMITS.search_id_max, LIMITS.chat_menu_max) == (640, 400, 15, 10)


@pytest.mark.parametrize("typed, expected", [("@해남채소", "해남채소"), ("HaeNam_1", "haenam_1"), ("", ""),
                                             ("  @veg-24 ", "veg-24"), ("ｈａｅ", "hae")])
def test_search_ids_are_tidied_as_kakao_takes_them(typed, expected):
    assert clean_search_id(typed, LIMITS) == expected


@pytest.mark.parametrize("typed, code", [("해남 채소", "search_id_spaces"), ("hae#nam", "search_id_characters"),
                                         ("가" * 16, "search_id_too_long"), ("😀", "search_id_characters")])
def test_bad_search_ids_are_refused_with_a_reason(typed, code):
    assert code_of(lambda: clean_search_id(typed, LIMITS)) == code


def test_channel_names_keep_to_kakaos_characters_and_length():
    assert check_channel_name("  해남  채소 Fresh 1 ", LIMITS) == "해남 채소 Fresh 1"
    assert code_of(lambda: check_channel_name("", LIMITS)) == "channel_name_empty"
    assert code_of(lambda: check_channel_name("가" * 21, LIMITS)) == "channel_name_too_long"
    with pytest.raises(InvalidInput) as caught:
        check_channel_name("해남★채소♥", LIMITS)
    assert caught.value.code == "channel_name_symbols" and caught.value.detail == "★♥"


def test_the_excess_is_found_by_what_a_person_counts_as_one_character():
    assert excess_start("가나다", 3) == -1
    assert excess_start("가나다라", 3) == 3
    family = "👨‍👩‍👧"  # one character on a phone, five code points
    assert excess_start("가나" + family, 3) == -1
    assert excess_start("가나" + family + "다", 3) == 2 + len(family)


def test_titles_need_words_and_fit():
    assert clean_title("  김장 배추 \n 들어왔어요 ", 40) == "김장 배추 들어왔어요"
    assert code_of(lambda: clean_title("   ", 40)) == "title_empty"
    assert code_of(lambda: clean_title("🎉🎉 !!", 40)) == "title_no_words"
    assert code_of(lambda: clean_title("가" * 41, 40)) == "title_too_long"


def test_coupon_days_refuse_the_past_and_the_wrong_order():
    check_coupon_days(TODAY, TODAY, TODAY)
    assert code_of(lambda: check_coupon_days(date(2026, 11, 25), TODAY, TODAY)) == "coupon_starts_past"
    assert code_of(lambda: check_coupon_days(TODAY, date(2026, 11, 1), TODAY)) == "coupon_ends_past"
    assert code_of(lambda: check_coupon_days(date(2026, 12, 5), date(2026, 12, 1), TODAY)) == "coupon_days_order"


def test_suggestions_are_filled_from_the_shop_and_leave_out_what_is_unknown():
    intros = KIT.intros(FACTS, "ko")
    assert intros[0] == "신영시장 해남채소, 배추·무·대파 팔아요" and all(len(i) <= LIMITS.intro_max for i in intros)
    welcome = KIT.welcome_drafts(FACTS, "ko", coupon="친구 추가 감사 10% 할인")
    assert all(words in welcome[0] for words in ("친구 추가 감사 10% 할인", "아침 7시~저녁 8시", "010-1234-5678"))
    bare = KIT.welcome_drafts(KitFacts("해남채소", "신영시장"), "ko")
    assert all("{" not in text and "쿠폰" not in text and "영업시간" not in text for text in bare)
    assert all(len(text) <= LIMITS.welcome_max for text in welcome + bare)
    answers = {a.code: a for a in KIT.chat_answers(FACTS, "ko")}
    assert len(answers) == 7 <= LIMITS.chat_menu_max
    assert "아침 7시~저녁 8시" in answers["hours"].text and "일요일" in answers["closed"].text
    assert "신영시장 2동 14호" in answers["directions"].text and "010-1234-5678" in answers["delivery"].text
    assert KIT.chat_answers(KitFacts("해남채소", "신영시장"), "ko")[0].text == "영업시간은 가게에 전화로 물어봐 주세요."
    title, body = KIT.post_draft("occasion", FACTS, "ko", occasion="동지")
    assert title == "동지 잘 보내세요" and "동지를 앞두고" in body


def test_english_suggestions_are_complete():
    for language in ("en",):
        assert all("{" not in t for t in KIT.intros(FACTS, language) + KIT.welcome_drafts(FACTS, language))
        assert all(a.button and a.text for a in KIT.chat_answers(FACTS, language))
        assert all(KIT.post_draft(t.code, FACTS, language, "Chuseok")[0] for t in KIT.post_templates(language))


def test_no_suggested_text_promises_a_discount_the_merchant_did_not_choose():
    texts = KIT.intros(FACTS, "ko") + KIT.welcome_drafts(FACTS, "ko") + [a.text for a in KIT.chat_answers(FACTS, "ko")]
    texts += [" ".join(KIT.post_draft(t.code, FACTS, "ko", "동지")) for t in KIT.post_templates("ko")]
    assert not [t for t in texts if re.search(r"\d+\s*%|할인|무료", t)]


def test_several_lines_keep_their_breaks_and_lose_control_characters():
    assert tidy_block("\n 안녕하세요\u200b  \r\n고맙습니다 \n\n") == "안녕하세요\n고맙습니다"


@pytest.fixture
def ws(tmp_path):
    db = open_database(tmp_path / "danggol.sqlite", clock=make_clock())
    workspace = Workspace(db, tmp_path)
    yield workspace
    workspace.close()


@pytest.fixture
def shop_id(ws):
    return ShopRepo(ws.db).add(ShopDetails("해남채소", "신영시장", "vegetables", "010-1234-5678")).id


def test_texts_are_replaced_not_repeated(ws, shop_id):
    repo = ChannelTextRepo(ws.db)
    repo.save(shop_id, {"intro": "첫 소개", "hours": "7시"})
    repo.save(shop_id, {"intro": "고친 소개"})
    assert repo.texts(shop_id) == {"intro": "고친 소개", "hours": "7시"}
    assert ws.db.conn.execute("SELECT count(*) FROM channel_texts").fetchone()[0] == 2


def test_a_profile_with_one_bad_field_saves_nothing(ws, shop_id):
    with pytest.raises(InvalidInput) as caught:
        tasks.save_profile(ws, shop_id, "해남채소", "소개", "7시", "010-12", "주소")
    assert caught.value.code == "phone_invalid"
    assert ChannelTextRepo(ws.db).texts(shop_id) == {}
    with pytest.raises(InvalidInput):
        tasks.save_profile(ws, shop_id, "해남채소", "가" * 61, "7시", "", "")
    assert ChannelTextRepo(ws.db).texts(shop_id) == {}
    tasks.save_profile(ws, shop_id, "해남채소", "소개", "7시", "02-123-4567", "주소")
    assert ShopRepo(ws.db).get(shop_id).phone == "02-123-4567"


def test_a_welcome_message_over_400_characters_is_refused_not_cut(ws, shop_id):
    with pytest.raises(InvalidInput) as caught:
        tasks.save_texts(ws, shop_id, {"welcome": "가" * 401})
    assert caught.value.code == "too_long" and ChannelTextRepo(ws.db).texts(shop_id) == {}
    assert tasks.save_texts(ws, shop_id, {"welcome": "가" * 400})["welcome"] == "가" * 400


def test_the_current_coupon_is_the_newest_valid_today_and_uses_never_go_below_zero(ws, shop_id):
    repo = CouponRepo(ws.db)
    old = tasks.add_coupon(ws, shop_id, "지난 쿠폰", "", TODAY, TODAY, "", "", TODAY)
    new = tasks.add_coupon(ws, shop_id, "새 쿠폰", "10%", TODAY, date(2026, 12, 31), "", "", TODAY)
    assert repo.current(shop_id, TODAY).id == new.id
    assert repo.current(shop_id, date(2026, 12, 1)).id == new.id and repo.current(shop_id, date(2027, 1, 1)) is None
    assert tasks.count_coupon_use(ws, old.id, -1).used == 0
    assert tasks.count_coupon_use(ws, new.id, 1).used == 1
    with pytest.raises(InvalidInput):
        tasks.add_coupon(ws, shop_id, "🎁", "", TODAY, TODAY, "", "", TODAY)
    assert len(repo.list(shop_id)) == 2


def test_posts_are_recorded_listed_and_set_aside(ws, shop_id):
    post = tasks.record_post(ws, shop_id, TODAY, "배추 들어왔어요", "오늘", TODAY)
    tasks.record_post(ws, shop_id, date(2026, 11, 20), "지난 소식", "", TODAY)
    assert [p.title for p in PostRepo(ws.db).list(shop_id)] == ["배추 들어왔어요", "지난 소식"]
    assert tasks.delete_post(ws, post.id) and [p.title for p in PostRepo(ws.db).list(shop_id)] == ["지난 소식"]
    assert tasks.delete_post(ws, post.id, deleted=False) and len(PostRepo(ws.db).list(shop_id)) == 2
    with pytest.raises(InvalidInput) as caught:
        tasks.record_post(ws, shop_id, date(2026, 11, 27), "내일 소식", "", TODAY)
    assert caught.value.code == "date_future"


def test_a_channel_address_is_required_and_the_search_id_kept(ws, shop_id):
    assert code_of(lambda: tasks.save_channel(ws, shop_id, "  ", "해남채소")) == "empty"
    assert code_of(lambda: tasks.save_channel(ws, shop_id, "@해남채소", "")) == "search_id"
    shop = tasks.save_channel(ws, shop_id, "pf.kakao.com/_AbCdE", "@해남채소")
    assert (shop.channel_url, shop.search_id) == ("https://pf.kakao.com/_AbCdE/friend", "해남채소")


def test_a_pilot_like_market_counts_posts_and_coupons_in_its_report_and_awards(ws):
    """70 shops as in the 신영시장 pilot; posts and coupons made through the tasks; the report reads them back from
    the database: in the period only, set-aside posts and archived shops left out."""
    from danggol_desktop.domain.market_report import build_report, total_values
    from danggol_desktop.storage.report_repo import ReportRepo

    shops = ShopRepo(ws.db)
    # channel shops (posts go on a channel's home; awards are among channel shops)
    ids = [shops.add(ShopDetails(f"가게{n:02d}", "신영시장", channel_url=f"https://pf.kakao.com/_Ab{n:02d}")).id
           for n in range(70)]
    start, end = date(2026, 9, 14), date(2026, 11, 8)
    for n, shop_id in enumerate(ids[:40]):
        for week in range(1 + n % 3):  # 1, 2 or 3 posts each
            tasks.record_post(ws, shop_id, date(2026, 9, 20) + (date(2026, 9, 27) - date(2026, 9, 20)) * week,
                              f"소식 {week + 1}", "", TODAY)
    extra = tasks.record_post(ws, ids[5], date(2026, 10, 1), "지운 소식", "", TODAY)
    tasks.delete_post(ws, extra.id)
    tasks.record_post(ws, ids[6], date(2026, 11, 20), "기간 밖", "", TODAY)  # after the period
    shops.archive(ids[2])  # an archived shop keeps its posts but leaves the report
    with ws.db.atomic():
        for shop_id in ids[:7]:
            CouponRepo(ws.db).add(shop_id, "친구 쿠폰", "", date(2026, 10, 1), date(2026, 10, 31), "", "")
        ws.db.conn.execute("UPDATE coupons SET created_at = '2026-10-01T09:00:00+00:00'")
    report = build_report(ReportRepo(ws.db).figures(start, end, "신영시장"), start, end, "신영시장")
    expected_posts = sum(1 + n % 3 for n in range(40) if n != 2)
    assert report.shop_count == 69 and report.posts == expected_posts
    assert total_values(report)["posts_total"] == expected_posts and report.coupons == 6
    awards = {a.code: a for a in report.awards}
    most = awards["most_posts"]
    assert most.value == 3 and most.winners == tuple(f"가게{n:02d}" for n in range(40) if n % 3 == 2 and n != 2)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_suggestion_fits_kakaos_limit_for_every_kind_of_shop(language):
    """A ready text that is already over the limit would greet the merchant with a red mark."""
    from danggol_desktop.domain.categories import load_categories, suggested_items
    from danggol_desktop.domain.channel_kit import items_line
    from danggol_desktop.domain.text_length import count_characters

    for category in load_categories(resources.asset("data", "categories.json")):
        items = items_line(suggested_items([category], category.code, language), language)
        facts = KitFacts("해남채소 반찬가게", "신영전통시장", items, "010-1234-5678", "매일 아침 7시~저녁 8시",
                         "신영시장 2동 14호", "매주 일요일")
        over = [t for t in KIT.intros(facts, language) if count_characters(t) > LIMITS.intro_max]
        over += [t for t in KIT.welcome_drafts(facts, language, "친구 추가 감사 10% 할인")
                 if count_characters(t) > LIMITS.welcome_max]
        over += [a.text for a in KIT.chat_answers(facts, language) if count_characters(a.text) > LIMITS.chat_answer_max]
        for template in KIT.post_templates(language):
            title, body = KIT.post_draft(template.code, facts, language, "설날")
            over += [title] if count_characters(title) > LIMITS.post_title_max else []
            over += [body] if count_characters(body) > LIMITS.post_body_max else []
        over += [t for t in KIT.coupon_titles(language) if count_characters(t) > LIMITS.coupon_title_max]
        assert over == [], (category.code, over)
