"""이번 주 친구 수 (issue 28, finding 8): a market's counts for the week typed in one list, by keyboard only — each
row kept with Enter or Tab, with the friends screen's checks and questions; shops without a channel address wait."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.tasks import friend_tasks
from danggol_desktop.ui.tutor.week_counts_page import WeekCountsPage
from tests.gui.conftest import TODAY
from tests.gui.test_tutor_mode import open_section

LINK = "https://pf.kakao.com/_W{}/friend"


@pytest.fixture
def market(shops, shop):
    """해남채소 (with a channel, from the shop fixture) and four more shops in 신영시장, one without an address."""
    extra = [shops.add(ShopDetails(name, "신영시장", channel_url=LINK.format(n) if name != "주소없는집" else ""))
             for n, name in enumerate(["바다수산", "잡곡나라", "주소없는집", "한우마을"])]
    return [shop, *extra]


def press(qtbot, window, key, times=1):
    for _ in range(times):
        qtbot.keyClick(window.focusWidget(), key)


def type_keys(qtbot, window, text):
    for ch in text:
        qtbot.keyClicks(window.focusWidget(), ch)


def test_a_weeks_counts_by_keyboard_only(qtbot, window, services, market, friend_counts):
    friend_counts.record(market[1].id, TODAY - timedelta(days=7), 30)
    page = open_section(qtbot, window, "week")
    assert isinstance(page, WeekCountsPage) and page.market() == "신영시장" and page.day() == TODAY
    names = [r.shop.name for r in page.rows]
    assert sorted(names) == sorted(["해남채소", "바다수산", "잡곡나라", "주소없는집", "한우마을"])
    waiting = next(r for r in page.rows if r.shop.name == "주소없는집")
    assert not waiting.box.isEnabled() and "채널 주소를 먼저" in waiting.said.text()
    sea = next(r for r in page.rows if r.shop.name == "바다수산")
    assert "30명" in sea.last.text()  # its last count and day beside the box
    enabled = [r for r in page.rows if r.box.isEnabled()]
    assert window.focusWidget() is enabled[0].box
    presses = 0
    for n, row in enumerate(enabled):
        typed = str(40 + n)
        type_keys(qtbot, window, typed)
        press(qtbot, window, Qt.Key.Key_Return if n % 2 == 0 else Qt.Key.Key_Tab)
        presses += len(typed) + 1
        assert "저장" in row.said.text()
    assert presses == 3 * len(enabled)  # two digits and Enter a shop
    for n, row in enumerate(enabled):
        assert friend_tasks.count_on(services.workspace, row.shop.id, TODAY).count == 40 + n
    assert friend_tasks.count_on(services.workspace, waiting.shop.id, TODAY) is None


def test_a_bad_count_is_said_beside_its_row_and_the_focus_stays(qtbot, window, services, market):
    page = open_section(qtbot, window, "week")
    first = next(r for r in page.rows if r.box.isEnabled())
    type_keys(qtbot, window, "4O")  # a letter O for a zero
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.focusWidget() is first.box and first.said.property("role") == "error" and first.said.text()
    assert friend_tasks.count_on(services.workspace, first.shop.id, TODAY) is None
    first.box.selectAll()
    type_keys(qtbot, window, "40")
    press(qtbot, window, Qt.Key.Key_Return)
    assert friend_tasks.count_on(services.workspace, first.shop.id, TODAY).count == 40
    assert window.focusWidget() is not first.box


@pytest.mark.parametrize("answer", [True, False])
def test_a_different_count_on_the_same_day_is_asked_about_as_on_the_friends_screen(
        qtbot, window, services, market, friend_counts, monkeypatch, answer):
    from danggol_desktop.ui.widgets import dialogs

    friend_counts.record(market[0].id, TODAY, 25)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, yes, no, default_yes=False: (
        asked.append(text) or answer))
    page = open_section(qtbot, window, "week")
    row = next(r for r in page.rows if r.shop.id == market[0].id)
    assert row.box.text() == "25"  # what the day already has
    row.box.setFocus()
    row.box.selectAll()
    type_keys(qtbot, window, "27")
    press(qtbot, window, Qt.Key.Key_Return)
    assert len(asked) == 1 and "25명" in asked[0] and "27명" in asked[0]
    assert friend_tasks.count_on(services.workspace, row.shop.id, TODAY).count == (27 if answer else 25)


def test_another_day_for_the_whole_list(qtbot, window, services, market):
    page = open_section(qtbot, window, "week")
    last_week = TODAY - timedelta(days=7)
    page.day_button.setDate(last_week)
    first = next(r for r in page.rows if r.box.isEnabled())
    assert window.focusWidget() is first.box
    type_keys(qtbot, window, "12")
    press(qtbot, window, Qt.Key.Key_Return)
    assert friend_tasks.count_on(services.workspace, first.shop.id, last_week).count == 12


def test_bring_in_from_an_excel_file_fills_the_list_or_names_the_rows_to_fix(qtbot, window, services, market,
                                                                             tmp_path):
    page = open_section(qtbot, window, "week")
    bad = tmp_path / "bad.csv"
    bad.write_bytes("종류,시장,가게,날짜,값\r\n친구 수,신영시장,해남채소,2026-11-20,4O\r\n".encode("cp949"))
    assert page.import_file(bad) is None
    assert "2행" in page.notice.text() and "아무것도 가져오지 않았어요" in page.notice.text()
    assert page.notice.label.property("role") == "error"
    good = tmp_path / "good.csv"
    good.write_bytes(f"종류,시장,가게,날짜,값\r\n친구 수,신영시장,해남채소,{TODAY.isoformat()},48\r\n".encode("cp949"))
    done = page.import_file(good)
    assert done is not None and done.counts == 1 and "1" in page.notice.text()
    row = next(r for r in page.rows if r.shop.id == market[0].id)
    assert row.box.text() == "48"  # the list shows what came in
    assert friend_tasks.count_on(services.workspace, market[0].id, TODAY).count == 48


@pytest.mark.parametrize("screen", ["shop-pc", "tablet"])
def test_the_first_box_and_the_day_are_in_view_at_200(qtbot, appearance, services, market, screen):
    """Seen on Xvfb: at 200% the day row, the sentence and an empty notice pushed the first box below the fold."""
    from tests.gui.test_answer_walk import wholly_in_view
    from tests.gui.test_senior_fit import SCREENS, open_window, settle

    window = open_window(qtbot, appearance, services, 200, SCREENS[screen])
    window.open_tutor_section("week")
    page = window.stack.currentWidget()
    settle(qtbot)
    first = next(r for r in page.rows if r.box.isEnabled())
    assert window.focusWidget() is first.box
    assert wholly_in_view(first.box, page) and wholly_in_view(page.day_button, page)
