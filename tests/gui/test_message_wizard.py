from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.ui import main_window as main_window_module
from danggol_desktop.ui.message_wizard.message_box_page import MessageBoxPage
from danggol_desktop.ui.message_wizard.message_wizard_page import (
    FIELDS,
    FINISH,
    KIND,
    PREVIEW,
    SENTENCE,
    MessageWizardPage,
)
from tests.gui.conftest import TODAY
from tests.gui.ime_typing import type_text


def open_wizard(qtbot, window) -> MessageWizardPage:
    qtbot.mouseClick(window.home.tiles["message"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, MessageWizardPage)
    return page


def press(qtbot, window, key):
    qtbot.keyClick(window.focusWidget(), key)


def test_a_discount_message_by_keyboard_only(qtbot, window, db, shop):
    qtbot.keyClick(window.home.tiles["message"], Qt.Key.Key_Space)
    page = window.stack.currentWidget()
    assert window.focusWidget() is page.kind_step.cards["discount"]
    press(qtbot, window, Qt.Key.Key_Space)
    assert page.steps.currentIndex() == FIELDS and window.focusWidget() is page.fields_step.fields["item"].edit
    type_text(qtbot, window.focusWidget(), "배추")
    for _ in range(7):  # past the six suggestion buttons to the usual price
        press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.fields_step.fields["regular_price"].edit
    qtbot.keyClicks(window.focusWidget(), "5000")
    press(qtbot, window, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), "3,000")
    press(qtbot, window, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == SENTENCE
    assert window.focusWidget() is page.sentence_step.editor
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Return)  # a new line in the message, not the next step
    type_text(qtbot, window.focusWidget(), "오늘만! 😊")
    assert page.steps.currentIndex() == SENTENCE and page.draft.body.endswith("\n오늘만! 😊")
    press(qtbot, window, Qt.Key.Key_Tab)  # out of the editor, then Enter for the next step
    press(qtbot, window, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == PREVIEW
    press(qtbot, window, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == FINISH and window.focusWidget() is page.finish_step.copy_button
    press(qtbot, window, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == page.draft.body
    assert "복사됐어요" in page.finish_step.copied.text()
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.finish_step.sent_button
    press(qtbot, window, Qt.Key.Key_Space)
    box = MessageRepo(db).box(shop.id)
    assert len(box) == 1 and box[0].status == "sent" and box[0].body == page.draft.body
    assert "3,000원" in box[0].body and "배추" in box[0].body
    assert MessageRepo(db).sent_days(shop.id) == {TODAY}


def test_a_new_item_message_by_mouse_only(qtbot, window, db, shop):
    page = open_wizard(qtbot, window)
    qtbot.mouseClick(page.kind_step.cards["new_item"], Qt.MouseButton.LeftButton)
    suggestion = page.fields_step.findChildren(type(page.next_button))
    first_item = next(b for b in suggestion if b.text() == "배추")
    qtbot.mouseClick(first_item, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.sentence_step.cards[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.sentence_step.emoji_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.finish_step.save_button, Qt.MouseButton.LeftButton)
    box = MessageRepo(db).box(shop.id)
    assert [m.status for m in box] == ["saved"] and "🎉" in box[0].body and "배추" in box[0].body


@pytest.mark.parametrize("field, typed, expected", [
    ("regular_price", "오천원", "숫자로만"), ("sale_price", "0", "0원"), ("sale_price", "6000", "낮아야"),
    ("sale_price", "3.5", "점 없이"), ("quantity", "많이", "숫자로"),
])
def test_fields_refuse_what_cannot_be_right(qtbot, window, field, typed, expected):
    page = open_wizard(qtbot, window)
    page.kind_step.choose("discount")
    fields = page.fields_step.fields
    fields["item"].set_text("배추")
    fields["regular_price"].set_text("5000")
    fields["sale_price"].set_text("3000")
    fields[field].set_text(typed)
    page.go_next()
    assert page.steps.currentIndex() == FIELDS
    assert fields[field].error.isVisible() and expected in fields[field].error.text()


def test_an_end_before_the_start_is_refused(qtbot, window):
    page = open_wizard(qtbot, window)
    page.kind_step.choose("closed")
    fields = page.fields_step.fields
    fields["start"].edit.setDate(QDate(2026, 12, 5))
    fields["end"].edit.setDate(QDate(2026, 12, 3))
    page.go_next()
    assert page.steps.currentIndex() == FIELDS and "앞서 있어요" in fields["end"].error.text()


def test_an_end_before_the_start_is_said_as_it_is_picked(qtbot, window):
    """12/7–12/5 got no word until 다음 (issue 27, finding 9): it is said under the last day when picked."""
    page = open_wizard(qtbot, window)
    page.kind_step.choose("closed")
    fields = page.fields_step.fields
    fields["start"].edit.setDate(QDate(2026, 12, 7))
    fields["end"].edit.setDate(QDate(2026, 12, 5))
    assert fields["end"].error.isVisible() and "앞서 있어요" in fields["end"].error.text()
    assert page.steps.currentIndex() == FIELDS
    fields["start"].edit.setDate(QDate(2026, 12, 4))  # the first day moved back: the word goes
    assert not fields["end"].error.isVisible()


def test_closing_mid_way_and_reopening_resumes(qtbot, window, db, shop, monkeypatch):
    page = open_wizard(qtbot, window)
    page.kind_step.choose("event")
    page.fields_step.fields["gift"].set_text("대파 한 단")
    page.go_next()
    page.sentence_step.editor.setPlainText("대파 드려요! 꼭 오세요")
    window.show_home()  # leaving the screen (the app closing hides it the same way)
    asked = []
    monkeypatch.setattr(main_window_module.dialogs, "ask_yes_no",
                        lambda *a, **k: asked.append(a[2]) or True)
    qtbot.mouseClick(window.home.tiles["message"], Qt.MouseButton.LeftButton)
    resumed = window.stack.currentWidget()
    assert asked and "이어서" in asked[0]
    assert resumed.steps.currentIndex() == SENTENCE
    assert resumed.sentence_step.editor.toPlainText() == "대파 드려요! 꼭 오세요"
    assert resumed.draft.fields["gift"] == "대파 한 단"


def test_starting_again_drops_the_old_draft(qtbot, window, db, shop, monkeypatch):
    page = open_wizard(qtbot, window)
    page.kind_step.choose("greeting")
    window.show_home()
    monkeypatch.setattr(main_window_module.dialogs, "ask_yes_no", lambda *a, **k: False)
    window.open_message()
    page = window.stack.currentWidget()
    assert page.steps.currentIndex() == KIND and page.draft.kind == ""
    assert MessageRepo(db).unfinished(shop.id) is None


def test_going_back_and_forth_loses_nothing(qtbot, window):
    page = open_wizard(qtbot, window)
    page.kind_step.choose("discount")
    fields = page.fields_step.fields
    fields["item"].set_text("사과")
    fields["sale_price"].set_text("9900")
    page.go_next()
    page.sentence_step.editor.setPlainText("제가 고친 글")
    page.go_back()
    assert page.fields_step.fields["item"].text() == "사과"
    page.go_next()
    assert page.sentence_step.editor.toPlainText() == "제가 고친 글"  # the merchant's own words stay


def test_hostile_text_neither_freezes_nor_crashes(qtbot, window):
    page = open_wizard(qtbot, window)
    page.kind_step.choose("greeting")
    page.fields_step.fields["occasion"].set_text("김장철")
    page.go_next()
    editor = page.sentence_step.editor
    editor.setPlainText("가" * 100_000)
    assert len(editor.toPlainText()) == 20_000
    assert "너무 길어요" in page.sentence_step.counter.text()
    page.go_next()
    assert page.steps.currentIndex() == SENTENCE  # over the hard limit: no next step
    editor.setPlainText("안녕\x00\x07하세요\u202e 👨‍👩‍👧 e\u0301 🇰🇷")
    assert "\x00" not in page.draft.body and "\u202e" not in page.draft.body
    assert page.sentence_step.counter.text().startswith("11 / 1,300자")  # 5 syllables, a family, é, a flag, 3 spaces
    page.go_next()
    assert page.steps.currentIndex() == PREVIEW


def greeting_preview(qtbot, window):
    """A 동지 greeting taken to its preview step."""
    page = open_wizard(qtbot, window)
    page.kind_step.choose("greeting")
    page.fields_step.fields["occasion"].set_text("동지")
    page.go_next()
    page.go_next()
    return page.preview_step


def test_the_preview_shows_the_checks_and_the_cost(qtbot, window, friend_counts, shop):
    friend_counts.record(shop.id, TODAY - timedelta(days=1), 65)
    preview = greeting_preview(qtbot, window)
    assert "1,073원" in preview.cost.text() and "65명" in preview.cost.text()
    assert "(광고)" in preview.checks.text()
    assert preview.sms.toPlainText().startswith("(광고)해남채소")
    qtbot.mouseClick(preview.audience.buttons[1], Qt.MouseButton.LeftButton)
    assert "1,430원" in preview.cost.text()


def test_the_text_message_version_waits_for_the_080_number(qtbot, window, shops, shop, monkeypatch):
    from danggol_desktop.ui import main_window

    monkeypatch.setattr(main_window.dialogs, "ask_yes_no", lambda *a, **k: True)  # "continue the one you started?"
    preview = greeting_preview(qtbot, window)
    assert "아직 문자로 보낼 수 없어요" in preview.sms_status.text() and not preview.copy_sms.isEnabled()
    assert "무료수신거부" not in preview.sms.toPlainText()
    shops.update(shop.id, replace(shop.details, optout_phone="080-123-4567"))
    window.open_message()  # the draft opens where it stopped, now with the shop's 080 number
    preview = window.stack.currentWidget().preview_step
    assert preview.sms.toPlainText().endswith("무료수신거부 080-123-4567")
    assert "긴 문자(LMS)" in preview.sms_status.text() or "짧은 문자(SMS)" in preview.sms_status.text()
    assert preview.copy_sms.isEnabled()


def test_message_box_reuse_and_delete_with_undo(qtbot, window, db, shop):
    repo = MessageRepo(db)
    page = open_wizard(qtbot, window)
    page.kind_step.choose("new_item")
    page.fields_step.fields["item"].set_text("딸기")
    page.go_next()
    page.go_next()
    page.go_next()
    page.finish("sent")
    window.open_message_box()
    box = window.stack.currentWidget()
    assert isinstance(box, MessageBoxPage) and len(box.rows) == 1
    message, again, delete = box.rows[0]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert repo.box(shop.id) == [] and box.undo_button.isVisible()
    qtbot.mouseClick(box.undo_button, Qt.MouseButton.LeftButton)
    assert len(repo.box(shop.id)) == 1
    qtbot.mouseClick(box.rows[0][1], Qt.MouseButton.LeftButton)
    copy = window.stack.currentWidget()
    assert isinstance(copy, MessageWizardPage) and copy.steps.currentIndex() == SENTENCE
    assert copy.sentence_step.editor.toPlainText() == message.body
    assert copy.message_id is None or copy.message_id != message.id


def test_the_friend_chart_marks_days_messages_were_sent(qtbot, window, db, shop, friend_counts):
    friend_counts.record(shop.id, TODAY - timedelta(days=3), 20)
    friend_counts.record(shop.id, TODAY, 25)
    page = open_wizard(qtbot, window)
    page.kind_step.choose("new_item")
    page.fields_step.fields["item"].set_text("딸기")
    page.go_next()
    page.go_next()
    page.go_next()
    page.finish("sent")
    window.open_friends()
    assert window.stack.currentWidget().chart.data.message_days == {date(2026, 11, 26)}


def test_a_message_sent_from_the_phone_is_recorded_from_the_box(qtbot, window, db, shop):
    window.open_message_box()
    box = window.stack.currentWidget()
    box.outside_day.setDate(QDate(2026, 11, 20))
    box.outside_text.set_text("폰으로 보낸 배추 특가\x07")
    qtbot.mouseClick(box.outside_button, Qt.MouseButton.LeftButton)
    sent = MessageRepo(db).sent(shop.id)
    assert [(m.sent_at[:10], m.body, m.kind) for m in sent] == [("2026-11-20", "폰으로 보낸 배추 특가", "outside")]
    assert date(2026, 11, 20) in MessageRepo(db).sent_days(shop.id) and "11월 20일" in box.notice.text()
    assert len(box.rows) == 1


def test_the_association_writes_a_night_market_message_by_clicks(qtbot, window, db, shop):
    """Issue 29: the market channel's cards are the market's messages (야시장, 공동구매 …); the sentences speak for the
    association and the market, and the shop's goods are not offered as suggestions."""
    from danggol_desktop.tasks import market_tasks
    from danggol_desktop.tasks.workspace import Workspace

    association = market_tasks.set_market_channel(Workspace(db, window.services.workspace.data_dir), shop.market,
                                                  "https://pf.kakao.com/_Sinyoung/friend")
    assert window.switch_shop(association.id)
    page = open_wizard(qtbot, window)
    cards = page.kind_step.cards
    assert [cards[c].accessibleName() for c in cards] == [
        "야시장", "공동구매", "온누리상품권 행사", "시장 축제·경품", "명절 장보기", "주차·휴장 안내", "새 가게 소개",
        "명절·절기 인사"]
    assert "discount" not in cards
    qtbot.mouseClick(cards["night_market"], Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == FIELDS
    fields = page.fields_step.fields
    assert list(fields) == ["start", "end", "hours", "item", "text"]
    assert "배추" not in [b.text() for b in page.fields_step.findChildren(type(page.next_button))]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # the hours are needed
    assert page.steps.currentIndex() == FIELDS and fields["hours"].error.isVisibleTo(page)
    type_text(qtbot, fields["hours"].edit, "오후 6시~10시")
    type_text(qtbot, fields["item"].edit, "먹거리 50가지")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == SENTENCE
    body = page.draft.body
    assert body.startswith(f"[{shop.market}] 야시장이 열려요!") and "오후 6시~10시" in body
    assert "먹거리 50가지" in body and f"{shop.market} 상인회" in body
    qtbot.mouseClick(page.sentence_step.cards[1], Qt.MouseButton.LeftButton)
    assert page.draft.body.startswith(f"안녕하세요, {shop.market} 상인회예요.")  # 회 takes 예요
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.finish_step.save_button, Qt.MouseButton.LeftButton)
    box = MessageRepo(db).box(association.id)
    assert [(m.kind, m.status) for m in box] == [("night_market", "saved")]
    assert MessageRepo(db).box(shop.id) == []


@pytest.mark.parametrize("scale", [100, 200])
def test_the_coming_days_are_offered_and_make_way_at_large_text(qtbot, appearance, services, shop, monkeypatch,
                                                                 scale):
    """Dongji is 26 days from the test day: the coming days' buttons start a greeting for that day at normal text;
    at 200% they make way for the cards (they were out of view), and the greeting card offers the day instead."""
    from danggol_desktop.domain.occasions import upcoming
    from danggol_desktop.domain.preferences import Preferences
    from danggol_desktop.ui.main_window import MainWindow
    from danggol_desktop.ui.message_wizard import message_context

    monkeypatch.setattr(message_context, "upcoming", lambda today, seasons, within_days=21:
                        upcoming(today, seasons, within_days=max(within_days, 30)))
    appearance.apply(Preferences(text_scale=scale))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    page = open_wizard(qtbot, window)
    buttons = page.kind_step.occasion_buttons
    if scale == 100:
        assert [b.text() for b in buttons][0] == "동지 (12월 22일(화))"
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    else:
        assert buttons == []
        qtbot.mouseClick(page.kind_step.cards["greeting"], Qt.MouseButton.LeftButton)
        offered = [b for b in page.fields_step.findChildren(type(page.next_button)) if b.text() == "동지"]
        qtbot.mouseClick(offered[0], Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == FIELDS and page.fields_step.fields["occasion"].text() == "동지"


def test_the_preview_says_what_is_left_of_the_credit(qtbot, window, friend_counts, shop):
    """Issue 29, part 5: '이번 메시지는 약 ○○원, 남은 지원금 ○○원' before 보냈어요, in words short enough to stay in
    view at 200% — and when the credit does not
    cover the send, that the rest comes from the channel's own cash."""
    from danggol_desktop.tasks import message_tasks

    ws = window.services.workspace
    friends = 1000
    friend_counts.record(shop.id, TODAY - timedelta(days=10), friends)
    message_tasks.set_message_credit(ws, shop.id, "300만")
    message_tasks.record_sent_outside(ws, shop.id, TODAY - timedelta(days=5), TODAY)  # 16,500 won spent
    preview = greeting_preview(qtbot, window)
    assert "약 16,500원" in preview.cost.text()
    assert "남은 지원금 2,983,500원 → 보낸 뒤 2,967,000원" in preview.cost.text()
    message_tasks.set_message_credit(ws, shop.id, "20,000")
    qtbot.mouseClick(preview.audience.buttons[1], Qt.MouseButton.LeftButton)  # to a group: 22,000 won
    assert "남은 지원금(3,500원)으로는 모자라요. 나머지는 채널 캐시에서 나가요." in preview.cost.text()


def test_the_credit_is_written_in_the_shop_details(qtbot, window, shop):
    from danggol_desktop.tasks import message_tasks
    from danggol_desktop.ui.settings.shop_details_page import ShopDetailsPage

    page = ShopDetailsPage(shop, window.services.workspace, window.services.categories, "ko")
    qtbot.addWidget(page)
    page.credit_field.set_text("삼백만")
    assert not page.save_shop() and page.credit_field.error.isVisibleTo(page)
    assert "숫자로" in page.credit_field.error.text()
    assert message_tasks.message_credit(window.services.workspace, shop.id) is None
    page.credit_field.set_text("300만 원")
    assert page.save_shop()
    assert message_tasks.message_credit(window.services.workspace, shop.id) == 3_000_000
    assert page.credit_field.text() == "3,000,000"
