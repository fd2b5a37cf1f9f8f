"""Tutor mode's 시장 채널·행사 (issue 29): the association's channel set from the screen, and a market-wide event
prepared by ticking shops — pressed as a tutor presses, each answer looked for in view, hostile input refused with
nothing made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.event_repo import EventRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.tasks import market_tasks, message_tasks
from danggol_desktop.ui.tutor.market_page import MarketPage
from danggol_desktop.ui.widgets import save_place
from tests.gui.ime_typing import type_text

FILES = ["메시지.txt", "소식.txt", "스탬프 투어.pdf", "참여 가게 안내문.pdf", "포스터.pdf"]


@pytest.fixture
def market_page(qtbot, window, shops, shop):
    shops.add(ShopDetails("한우정육", "신영시장", "meat", "", "https://pf.kakao.com/_Hanwoo/friend", "",
                          "2번 골목 1호"))
    shops.add(ShopDetails("바다수산", "신영시장", "fish"))
    qtbot.mouseClick(window.home.tutor_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.stack.currentWidget().tiles["market"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, MarketPage) and page.market == "신영시장"
    return page


def save_channel(qtbot, page, address="pf.kakao.com/_Sinyoung", credit="300만"):
    page.channel_field.set_text("")
    type_text(qtbot, page.channel_field.edit, address)
    page.credit_field.set_text(credit)
    qtbot.mouseClick(page.channel_button, Qt.MouseButton.LeftButton)


def test_the_market_channel_is_set_from_the_screen(qtbot, window, market_page):
    page = market_page
    assert sorted(page.checks) == sorted(["해남채소", "한우정육", "바다수산"])
    assert all(box.isChecked() for box in page.checks.values())
    save_channel(qtbot, page)
    assert page.channel_notice.text() == "저장했어요: 신영시장 상인회 채널"
    association = market_tasks.market_channel(window.services.workspace, "신영시장")
    assert association is not None and association.channel_url == "https://pf.kakao.com/_Sinyoung/friend"
    assert message_tasks.message_credit(window.services.workspace, association.id) == 3_000_000
    assert "신영시장 상인회" not in page.checks  # the association is not a shop taking part


@pytest.mark.parametrize("address, credit, field", [
    ("@sinyoung", "", "channel_field"), ("pf.kakao.com/_Sinyoung", "삼백만", "credit_field"),
])
def test_a_refused_channel_changes_nothing(qtbot, window, market_page, address, credit, field):
    save_channel(qtbot, market_page, address, credit)
    assert getattr(market_page, field).error.isVisibleTo(market_page)
    assert market_tasks.market_channel(window.services.workspace, "신영시장") is None


def test_an_event_is_made_from_ticked_shops(qtbot, window, db, market_page, tmp_path, monkeypatch):
    page = market_page
    save_channel(qtbot, page)
    tmp_path = tmp_path / "바탕화면"
    tmp_path.mkdir()
    asked = []
    monkeypatch.setattr(save_place, "choose_place", lambda parent, title: asked.append(title) or tmp_path)
    type_text(qtbot, page.name_field.edit, "김장 대축제")
    type_text(qtbot, page.benefit_field.edit, "3만 원 이상 사시면 경품 추첨")
    qtbot.mouseClick(page.checks["바다수산"], Qt.MouseButton.LeftButton)  # not taking part
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    folder = tmp_path / "김장 대축제 행사"
    assert asked == ["행사 준비물을 어디에 둘까요?"]
    assert sorted(p.name for p in folder.iterdir()) == FILES
    assert "메시지, 소식, 포스터, 스탬프 카드와 참여 가게 안내문 2장을 만들었어요." in page.event_notice.text()
    assert page.event_notice.open_button.isVisible()
    [event] = EventRepo(db).list("신영시장")
    assert event.name == "김장 대축제" and len(event.shop_ids) == 2
    association = market_tasks.market_channel(window.services.workspace, "신영시장")
    assert [m.kind for m in MessageRepo(db).box(association.id)] == ["market_event"]
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)  # again: a folder of its own, nothing replaced
    assert sorted(p.name for p in (tmp_path / "김장 대축제 행사 (2)").iterdir()) == FILES
    assert len(EventRepo(db).list("신영시장")) == 1  # the same event, brought up to date


def test_a_refused_event_asks_nothing_and_makes_nothing(qtbot, window, db, market_page, tmp_path, monkeypatch):
    page = market_page
    tmp_path = tmp_path / "바탕화면"
    tmp_path.mkdir()
    asked = []
    monkeypatch.setattr(save_place, "choose_place", lambda parent, title: asked.append(title) or tmp_path)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)  # no name yet
    assert page.name_field.error.isVisibleTo(page) and asked == []
    type_text(qtbot, page.name_field.edit, "김장 대축제")
    type_text(qtbot, page.benefit_field.edit, "경품 추첨")
    qtbot.mouseClick(page.none_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.shops_error.isVisibleTo(page) and "하나 이상" in page.shops_error.text() and asked == []
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)  # the market has no channel yet
    assert page.event_notice.text() == "먼저 위에서 시장 채널 주소를 저장해 주세요."
    assert list(tmp_path.iterdir()) == [] and EventRepo(db).list() == []
