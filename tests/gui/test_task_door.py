"""The screens reach the data through the task layer: a shop switch that cannot be saved leaves every screen on the
shop it shows (issue 25, finding 1), and the rules that lived in widgets hold for any caller."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt

from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.tasks import message_tasks
from danggol_desktop.ui.widgets import save_guard
from tests.gui.conftest import TODAY


def test_a_shop_switch_under_a_lock_stays_on_the_shown_shop_and_saves_there(qtbot, window, db, shop, shops,
                                                                            monkeypatch):
    other = shops.add(ShopDetails("김씨네과일", "신영시장", "fruit"))
    told = []
    monkeypatch.setattr(save_guard, "ask_retry", lambda parent, not_saved, error: told.append(
        (not_saved, error.code)) and False)
    db.conn.execute("PRAGMA busy_timeout=100")  # another program holds the file: the switch cannot be saved
    locker = sqlite3.connect(db.path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        assert window.switch_shop(other.id) is False
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert told == [("가게를 바꾸지 못했어요. 지금도 해남채소 가게를 보고 계세요.", "database_busy")]
    assert "해남채소" in window.home.title_label.text() and window.active_shop().id == shop.id
    window.open_friends()  # the lock is gone: the count typed now goes to the shop the screen names
    page = window.stack.currentWidget()
    for digit in "43":
        qtbot.mouseClick(page.pad.buttons[digit], Qt.MouseButton.LeftButton)
    assert page.save()
    assert FriendCountRepo(db).get(shop.id, TODAY).count == 43
    assert FriendCountRepo(db).get(other.id, TODAY) is None


def test_a_message_finished_in_practice_is_practice_for_any_caller(services, shop, db):
    ws = services.workspace
    draft = PromotionDraft(kind="discount", body="오늘 배추 특가")
    message_id, status = message_tasks.finish_message(ws, shop.id, None, draft, "sent", practice=True)
    assert status == "practice" and MessageRepo(db).get(message_id).sent_at is None
    assert message_tasks.sent_days(ws, shop.id) == set()
    _id, status = message_tasks.finish_message(ws, shop.id, None, draft, "sent", practice=False)
    assert status == "sent" and message_tasks.sent_days(ws, shop.id) == {TODAY}
    assert date.fromisoformat(MessageRepo(db).get(_id).sent_at[:10]) == TODAY
