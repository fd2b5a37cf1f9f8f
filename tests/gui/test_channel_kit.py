"""채널 꾸미기 as a merchant meets it: each card by keyboard and by mouse, its texts filled from the shop, Kakao's
limits marked and refused, the pictures at Kakao's pixel sizes, ticks that land in the tutor's grid and can be
undone, posts counted, and a data file that cannot be written said plainly with nothing half-saved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.pictures.kit_pictures import paint_coupon, paint_profile, render
from danggol_desktop.storage.channel_kit_repo import ChannelTextRepo, CouponRepo, PostRepo
from danggol_desktop.storage.tutor_repo import CurriculumRepo
from danggol_desktop.ui.channel_kit import picture_preview, profile_card
from danggol_desktop.ui.channel_kit.kit_page import ChannelKitPage
from danggol_desktop.ui.channel_kit.kit_steps import FieldsStep, FinishStep
from danggol_desktop.ui.widgets import save_guard
from tests.gui.conftest import TODAY
from tests.gui.ime_typing import type_text
from tests.gui.test_senior_fit import SCREENS, in_view, open_window, settle


def open_kit(qtbot, window) -> ChannelKitPage:
    qtbot.mouseClick(window.home.tiles["channel_kit"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, ChannelKitPage)
    return page


def open_card(qtbot, window, card):
    kit = open_kit(qtbot, window)
    qtbot.mouseClick(kit.tiles[card], Qt.MouseButton.LeftButton)
    return window.stack.currentWidget()


def press_enter(qtbot, page):
    focus = page.focusWidget() or page
    qtbot.keyClick(focus, Qt.Key.Key_Return)


def replace_text(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_the_kit_offers_six_cards_each_opening_its_helper(qtbot, window):
    for card, page_class in (("channel", "ChannelCardPage"), ("profile", "ProfileCardPage"),
                             ("welcome", "WelcomeCardPage"), ("coupon", "CouponCardPage"),
                             ("chat", "ChatCardPage"), ("post", "PostCardPage")):
        page = open_card(qtbot, window, card)
        assert type(page).__name__ == page_class
        qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.home


def test_making_the_channel_by_keyboard_only_saves_address_and_search_id_and_ticks(qtbot, window, shops, shop, db):
    page = open_card(qtbot, window, "channel")
    for _guide in range(5):  # five sketched screens, Enter moves on
        assert page.current_step().findChild(type(page.current_step().sketch)) is not None
        press_enter(qtbot, page)
    step = page.current_step()
    assert isinstance(step, FieldsStep)
    assert step.edits["channel_url"].text() == shop.channel_url  # filled from the shop
    step.edits["search_id"].edit.setFocus()
    type_text(qtbot, step.edits["search_id"].edit, "@해남채소")
    press_enter(qtbot, page)
    assert shops.get(shop.id).search_id == "해남채소"
    assert isinstance(page.current_step(), FinishStep) and "@해남채소" in page.finish_step.instruction.text()
    assert page.next_button.text() == "✓ 다 했어요"
    press_enter(qtbot, page)
    assert CurriculumRepo(db).progress([shop.id]) == {(shop.id, "create_channel"): TODAY}
    assert page.next_button.text() == "목록으로 →"
    press_enter(qtbot, page)
    kit = window.stack.currentWidget()
    assert isinstance(kit, ChannelKitPage) and kit.tiles["channel"].title_label.text().startswith("✓")


def test_a_bad_search_id_is_refused_with_its_reason_and_nothing_is_saved(qtbot, window, shops, shop):
    page = open_card(qtbot, window, "channel")
    page.start(5)
    step = page.current_step()
    for typed, words in (("해남 채소", "띄어쓰기"), ("hae#nam", "소문자"), ("a" * 16, "15자")):
        replace_text(qtbot, step.edits["search_id"].edit, typed)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        assert page.current_step() is step
        assert words in step.edits["search_id"].error.text() and step.edits["search_id"].error.isVisible()
    assert shops.get(shop.id).search_id == ""


def test_profile_by_mouse_is_filled_from_the_shop_and_its_picture_is_640_square(qtbot, window, shop, db, tmp_path,
                                                                                monkeypatch):
    page = open_card(qtbot, window, "profile")
    name = page.current_step().edits["channel_name"]
    assert name.text() == "해남채소"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    intro_step = page.current_step()
    intro = intro_step.edits["intro"]
    assert "해남채소" in intro.text() and "배추" in intro.text()  # suggested from the shop and its category
    chosen = intro_step.choices["intro"].cards[1]
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    assert intro.text() == chosen.title_label.text()
    assert chosen.title_label.property("role") == "on_selected"  # words on the dark card stay readable
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    details = page.current_step()
    assert details.edits["phone"].text() == "010-1234-5678"
    details.edits["hours"].edit.setFocus()
    type_text(qtbot, details.edits["hours"].edit, "매일 아침 7시~저녁 8시")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    texts = ChannelTextRepo(db).texts(shop.id)
    assert texts["hours"] == "매일 아침 7시~저녁 8시" and texts["intro"] == chosen.title_label.text()
    finish = page.current_step()
    target = tmp_path / "profile.png"
    monkeypatch.setattr(picture_preview, "ask_save_path", lambda *a: target)
    save = next(b for b in finish.findChildren(type(page.next_button)) if b.text() == "그림 저장하기")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (640, 640)
    assert "profile.png" in finish.saved.text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert CurriculumRepo(db).progress([shop.id]) == {(shop.id, "profile"): TODAY}


def test_an_over_long_intro_is_marked_not_cut_and_refused(qtbot, window, shop, db):
    page = open_card(qtbot, window, "profile")
    page.go_next()
    intro = page.current_step().edits["intro"]
    replace_text(qtbot, intro.edit, "가" * 58)
    event = QInputMethodEvent("나나나", [])  # composing: the syllables being typed count too
    QApplication.sendEvent(intro.edit, event)
    assert "61 / 60자" in intro.counter.text()
    commit = QInputMethodEvent()
    commit.setCommitString("나나나")
    QApplication.sendEvent(intro.edit, commit)
    assert intro.text() == "가" * 58 + "나나나"  # nothing cut
    marks = intro.edit.extraSelections()
    assert len(marks) == 1 and marks[0].cursor.selectedText() == "나"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current_step().edits.get("intro") is intro and intro.error.isVisible()
    assert "넘친 부분" in intro.error.text()
    assert "intro" not in ChannelTextRepo(db).texts(shop.id)


def test_a_channel_name_with_symbols_or_emoji_only_is_refused_kindly(qtbot, window):
    page = open_card(qtbot, window, "profile")
    name = page.current_step().edits["channel_name"]
    for typed, words in (("해남채소★", "★"), ("", "채널 이름을 써"), ("가" * 21, "20자")):
        replace_text(qtbot, name.edit, typed)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        assert page.index == 0 and words in name.error.text(), typed


def test_the_welcome_message_names_the_shop_hours_and_current_coupon(qtbot, window, shop, db):
    ChannelTextRepo(db).save(shop.id, {"hours": "아침 7시~저녁 8시"})
    CouponRepo(db).add(shop.id, "친구 추가 감사 10% 할인", "10%", TODAY, TODAY + timedelta(days=10), "", "")
    page = open_card(qtbot, window, "welcome")
    text = page.current_step().edits["welcome"].text()
    assert "해남채소" in text and "아침 7시~저녁 8시" in text and "친구 추가 감사 10% 할인" in text
    assert "다음 날 아침 8시" in page.current_step().findChildren(type(page.title_label))[1].text() or any(
        "다음 날 아침 8시" in label.text() for label in page.current_step().findChildren(type(page.title_label)))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert ChannelTextRepo(db).texts(shop.id)["welcome"] == text
    finish = page.current_step()
    assert finish.bubble.bubble.text() == text
    copy = next(b for b in finish.findChildren(type(page.next_button)) if b.text() == "웰컴 메시지 복사하기")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text


def test_a_coupon_is_stored_with_its_days_its_picture_is_720_square_and_uses_are_tallied(
        qtbot, window, shop, db, tmp_path, monkeypatch):
    page = open_card(qtbot, window, "coupon")
    assert page.current_step().edits["title"].text() == "친구 추가 감사 10% 할인"
    press_enter(qtbot, page)
    days = page.current_step()
    days.benefit.edit.setFocus()
    type_text(qtbot, days.benefit.edit, "10% 할인")
    assert days.starts.value() == TODAY and days.ends.value() == TODAY + timedelta(days=30)
    days.starts.setDate(TODAY - timedelta(days=3))  # the calendar refuses the past
    assert days.starts.value() == TODAY
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    [coupon] = CouponRepo(db).list(shop.id)
    assert (coupon.title, coupon.benefit, coupon.starts_on, coupon.ends_on) == (
        "친구 추가 감사 10% 할인", "10% 할인", TODAY, TODAY + timedelta(days=30))
    page.go_back()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert len(CouponRepo(db).list(shop.id)) == 1  # Back and Next again make no second coupon
    target = tmp_path / "coupon.png"
    monkeypatch.setattr(picture_preview, "ask_save_path", lambda *a: target)
    finish = page.current_step()
    save = next(b for b in finish.findChildren(type(page.next_button)) if b.text() == "그림 저장하기")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert QImage(str(target)).size().toTuple() == (720, 720)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    kit = window.stack.currentWidget()
    assert "친구 추가 감사 10% 할인" in kit.coupon_line.text() and "0명" in kit.coupon_line.text()
    qtbot.mouseClick(kit.use_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kit.use_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kit.unuse_button, Qt.MouseButton.LeftButton)
    assert CouponRepo(db).get(coupon.id).used == 1 and "1명" in kit.coupon_line.text()


def test_chat_answers_are_filled_from_shop_details_and_copied_one_by_one(qtbot, window, shop, db):
    ChannelTextRepo(db).save(shop.id, {"hours": "아침 7시~저녁 8시", "address": "신영시장 2동 14호"})
    page = open_card(qtbot, window, "chat")
    step = page.current_step()
    assert len(step.edits) == 7
    assert "아침 7시~저녁 8시" in step.edits["chat.hours"].text()
    assert "신영시장 2동 14호" in step.edits["chat.directions"].text()
    assert "010-1234-5678" in step.edits["chat.delivery"].text()
    qtbot.mouseClick(step.copy_buttons["chat.parking"], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == step.edits["chat.parking"].text()
    replace_text(qtbot, step.edits["chat.prices"].edit, "가격은 전화로 물어봐 주세요.")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert ChannelTextRepo(db).texts(shop.id)["chat.prices"] == "가격은 전화로 물어봐 주세요."
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert CurriculumRepo(db).progress([shop.id]) == {(shop.id, "chat"): TODAY}


def test_a_post_is_recorded_and_ticked_and_undo_takes_both_back(qtbot, window, shop, db):
    page = open_card(qtbot, window, "post")
    title = page.current_step().edits["title"]
    replace_text(qtbot, title.edit, "🎉🎉")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.index == 0 and "이모티콘" in title.error.text()
    replace_text(qtbot, title.edit, "김장 배추 들어왔어요")
    press_enter(qtbot, page)
    assert page.current_step().edits["body"].text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # Enter in the text starts a new line
    finish = page.current_step()
    assert page.next_button.text() == "✓ 올렸어요"
    copy = finish.buttons_column.itemAt(0).widget()
    settle(qtbot)
    where = copy.mapTo(finish, QPoint(0, 0))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert copy.mapTo(finish, QPoint(0, 0)) == where  # saying it is done pushes no button away
    [post] = PostRepo(db).list(shop.id)
    assert (post.day, post.title) == (TODAY, "김장 배추 들어왔어요")
    assert CurriculumRepo(db).progress([shop.id]) == {(shop.id, "posts"): TODAY}
    qtbot.mouseClick(finish.undo_button, Qt.MouseButton.LeftButton)
    assert PostRepo(db).list(shop.id) == [] and CurriculumRepo(db).progress([shop.id]) == {}
    assert page.next_button.text() == "✓ 올렸어요"


def test_a_data_file_that_cannot_be_written_is_said_and_nothing_is_half_saved(qtbot, window, shop, db, monkeypatch):
    told = []
    monkeypatch.setattr(save_guard, "ask_retry", lambda parent, not_saved, error: told.append(error.code) or False)
    page = open_card(qtbot, window, "profile")
    page.go_next()
    page.go_next()
    step = page.current_step()
    step.edits["hours"].set_text("아침 7시")
    step.edits["phone"].set_text("010-9999-8888")
    db.conn.execute("PRAGMA query_only = ON")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    db.conn.execute("PRAGMA query_only = OFF")
    assert told == ["read_only"] and page.current_step() is step
    assert step.edits["hours"].text() == "아침 7시"  # what was typed stays
    assert ChannelTextRepo(db).texts(shop.id) == {}
    assert db.conn.execute("SELECT phone FROM shops WHERE id = ?", (shop.id,)).fetchone()[0] == "010-1234-5678"


def test_ticks_from_the_kit_show_in_the_tutors_grid(qtbot, window, shop, db):
    page = open_card(qtbot, window, "chat")
    page.go_next()
    page.go_next()
    qtbot.mouseClick(window.stack.currentWidget().home_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.tutor_button, Qt.MouseButton.LeftButton)
    tutor = window.stack.currentWidget()
    qtbot.mouseClick(tutor.tiles["curriculum"], Qt.MouseButton.LeftButton)
    grid = window.stack.currentWidget()
    headers = [grid.table.horizontalHeaderItem(c).text() for c in range(grid.table.columnCount())]
    column = headers.index("1:1 채팅 응대")
    assert grid.table.item(0, column).checkState() == Qt.CheckState.Checked
    assert grid.table.item(0, column).text() == f"{TODAY.month}.{TODAY.day}"


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", SCREENS)
def test_every_step_of_every_card_keeps_its_question_answer_and_buttons_in_view(qtbot, appearance, services, shop,
                                                                                 scale, screen):
    window = open_window(qtbot, appearance, services, scale, SCREENS[screen])
    for card in ("channel", "profile", "welcome", "coupon", "chat", "post"):
        page = open_card(qtbot, window, card)
        for index in range(page.steps.count()):
            page.start(index)
            settle(qtbot)
            step = page.current_step()
            wanted = [page.next_button, page.title_label]
            if index:
                wanted.append(page.back_button)
            if step.first_focus is not None:
                wanted.append(step.first_focus)
            assert [w for w in wanted if not in_view(w, page)] == [], (card, index, scale)
            assert page.title_label.text()
        qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
    appearance.apply(Preferences())


@pytest.mark.parametrize("scale", [100, 200])
def test_the_kit_page_and_home_show_every_card_at_large_text(qtbot, appearance, services, shop, scale):
    window = open_window(qtbot, appearance, services, scale, SCREENS["shop-pc"])
    settle(qtbot)
    assert all(in_view(tile, window.home) for tile in window.home.tiles.values())
    assert in_view(window.home.tutor_button, window.home)
    kit = open_kit(qtbot, window)
    settle(qtbot)
    assert all(in_view(tile, kit) for tile in kit.tiles.values()), scale
    appearance.apply(Preferences())


@pytest.mark.parametrize("name", ["해남채소", "가나다라마바사아자차카타파하가나다라마바", "Haenam Fresh Vegetables 21"])
def test_picture_text_stays_inside_and_above_the_minimum_size(name):
    image, report = render((640, 640), lambda p: paint_profile(p, 640, name, "#2E7D32"))
    assert image.size().toTuple() == (640, 640) and not report.too_long
    box = report.text_boxes["name"]
    safe = 640 * 0.70710678
    assert QRectF((640 - safe) / 2, (640 - safe) / 2, safe, safe).contains(box)
    image, report = render((720, 720), lambda p: paint_coupon(p, 720, "친구 추가 감사 10% 할인", "10% 할인",
                                                          "11월 26일(목)~12월 26일(토)", name, "#2E7D32"))
    assert not report.too_long
    assert all(QRectF(0, 0, 720, 720).contains(b) and b.height() >= 720 * 0.045 for b in report.text_boxes.values())


def test_a_coupon_title_too_long_for_the_picture_is_reported_not_shrunk_away():
    _image, report = render((720, 720), lambda p: paint_coupon(p, 720, "아주 " * 40, "10%", "", "가게", "#FEE500"))
    assert "title" in report.too_long


def test_a_hostile_logo_is_refused_kindly_and_the_picture_stays(qtbot, window, tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.png"
    from PIL import Image

    Image.new("1", (30000, 30000)).save(bomb)
    not_image = tmp_path / "photo.png"
    not_image.write_bytes(b"MZ\x90\x00 not a picture")
    page = open_card(qtbot, window, "profile")
    page.start(3)
    finish = page.current_step()
    kinds = []
    for path, words in ((bomb, "너무 커서"), (not_image, "그림 파일이 아니에요")):
        monkeypatch.setattr(profile_card, "ask_open_path", lambda *a, p=path: kinds.append(a[2]) or p)
        finish.choose_logo()
        assert words in finish.notice.text() and finish.logo is None, finish.notice.text()
    assert kinds == ["photo", "photo"]  # the dialog offers JPG photos too, not only PNG files


def test_a_sideways_phone_photo_stands_upright_on_the_profile(qtbot, window, tmp_path, monkeypatch):
    """프로필 꾸미기 → 로고나 가게 사진으로 바꾸기 showed phone photos sideways (issue 27, finding 4)."""
    from PIL import Image

    photo = Image.new("RGB", (400, 200), (255, 255, 255))
    photo.paste((200, 0, 0), (0, 0, 100, 200))  # a red band on the left as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # the phone was turned: shown rotated 90° clockwise, the band on top
    path = tmp_path / "가게 사진.jpg"
    photo.save(path, exif=exif, quality=95)
    page = open_card(qtbot, window, "profile")
    page.start(3)
    finish = page.current_step()
    monkeypatch.setattr(profile_card, "ask_open_path", lambda *a: path)
    finish.choose_logo()
    logo = finish.logo
    assert logo is not None and logo.width() < logo.height()  # upright: taller than wide
    top = logo.pixelColor(logo.width() // 2, 3)
    assert top.red() > 150 and top.green() < 100  # the band is at the top, as the phone showed it


def test_the_poster_names_the_search_id_under_the_qr(qtbot, window, shops, shop, tmp_path):
    from danggol_desktop.tasks.channel_kit_tasks import save_channel

    save_channel(window.services.workspace, shop.id, shop.channel_url, "해남채소")
    window._refresh_home()
    window.open_poster()
    page = window.stack.currentWidget()
    assert page._make_poster().content.search_line == "카카오톡에서 @해남채소 검색"


def test_the_posters_benefit_line_can_come_from_the_current_coupon(qtbot, window, shop, db):
    CouponRepo(db).add(shop.id, "친구 추가 감사 10% 할인", "10%", TODAY, TODAY + timedelta(days=10), "", "")
    window.open_poster()
    page = window.stack.currentWidget()
    page.start(2)
    words = page.words_step
    coupon = next(b for b in words.offer_choice.buttons if b.text() == "친구 추가 감사 10% 할인")
    qtbot.mouseClick(coupon, Qt.MouseButton.LeftButton)
    assert words.offer_field.text() == "친구 추가 감사 10% 할인"


CARD_STEPS = {"channel": "create_channel", "profile": "profile", "welcome": "welcome", "coupon": "coupon",
              "chat": "chat", "post": "posts"}


def keyboard_next(qtbot, page) -> None:
    """What a keyboard-only person does: Enter, or — in a text of several lines, where Enter starts a new line — Tab
    to 다음 and Space."""
    focus = page.focusWidget()
    multi_line = focus is not None and focus.metaObject().className().endswith("TextBox") and not focus.property(
        "single_line")
    if not multi_line:
        qtbot.keyClick(focus or page, Qt.Key.Key_Return)
        return
    for _tab in range(40):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        if page.focusWidget() is page.next_button:
            qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
            return
    raise AssertionError("다음 cannot be reached with Tab")


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("way", ["keyboard", "mouse"])
def test_every_card_can_be_finished_by_keyboard_only_and_by_mouse_only(qtbot, appearance, services, shop, db, scale,
                                                                       way):
    window = open_window(qtbot, appearance, services, scale, SCREENS["shop-pc"])
    for card, step_code in CARD_STEPS.items():
        kit = open_kit(qtbot, window)
        if way == "mouse":
            qtbot.mouseClick(kit.tiles[card], Qt.MouseButton.LeftButton)
        else:
            kit.tiles[card].setFocus()
            qtbot.keyClick(kit.tiles[card], Qt.Key.Key_Space)
        page = window.stack.currentWidget()
        for _press in range(12):
            settle(qtbot)
            if page.finish is not None and page.finish.done:
                break
            if way == "mouse":
                assert in_view(page.next_button, page)
                qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
            else:
                keyboard_next(qtbot, page)
        assert CurriculumRepo(db).progress([shop.id]).get((shop.id, step_code)) == TODAY, (card, way, scale)
        qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
    assert len(PostRepo(db).list(shop.id)) == 1 and len(CouponRepo(db).list(shop.id)) == 1
    appearance.apply(Preferences())


def test_coupon_uses_show_beside_the_friend_counts(qtbot, window, shop, db, friend_counts):
    coupon = CouponRepo(db).add(shop.id, "친구 추가 감사 10% 할인", "10%", TODAY, TODAY + timedelta(days=10), "", "")
    CouponRepo(db).count_use(coupon.id)
    CouponRepo(db).count_use(coupon.id)
    friend_counts.record(shop.id, TODAY - timedelta(days=7), 40)
    window.open_friends()
    page = window.stack.currentWidget()
    assert "'친구 추가 감사 10% 할인' 쿠폰을 손님 2명이 썼어요." in page.sentences.text()


def test_a_post_title_that_became_too_long_is_said_at_the_last_step_not_a_crash(qtbot, window, shop, db):
    page = open_card(qtbot, window, "post")
    page.draft.set("title", "가" * 41)  # reached without its step's check (as a draft from elsewhere could be)
    page.draft.set("body", "내용")
    page.start(2)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert "제목이 너무 길어요" in page.current_step().notice.text()
    assert PostRepo(db).list(shop.id) == [] and CurriculumRepo(db).progress([shop.id]) == {}
