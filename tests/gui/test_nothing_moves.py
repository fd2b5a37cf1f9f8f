"""Nothing moves under the finger (issue 27, finding 2): after a press, every control of the screen is where it was,
so a second press lands on what the eye saw — and a digit typed after ◀ 하루 전 is never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from danggol_desktop.ui.friends.friends_page import FriendsPage
from tests.gui.test_senior_fit import SCREENS, in_view, open_window, settle


def places(page, widgets):
    return {name: w.mapTo(page.window(), QPoint(0, 0)) for name, w in widgets.items()}


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", SCREENS)
def test_a_day_back_moves_nothing_and_the_whole_pad_stays_in_view(qtbot, appearance, services, shop, friend_counts,
                                                                  scale, screen):
    window = open_window(qtbot, appearance, services, scale, SCREENS[screen])
    window.open_friends()
    page = window.stack.currentWidget()
    assert isinstance(page, FriendsPage)
    settle(qtbot)
    watched = {"prev": page.prev_day, "next": page.next_day, "today": page.today_button, "field": page.count_field.edit,
               "save": page.save_button, **{f"pad {k}": b for k, b in page.pad.buttons.items()}}
    before = places(page, watched)
    for _ in range(2):  # two days back, as the merchant who forgot yesterday and the day before
        qtbot.mouseClick(page.prev_day, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert places(page, watched) == before
        assert [k for k, b in page.pad.buttons.items() if not in_view(b, page)] == []
    for digit in "40":  # typed on the pad right after: both digits land
        qtbot.mouseClick(page.pad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert friend_counts.get(shop.id, page.day).count == 40
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert places(page, watched) == before and not page.today_button.isEnabled()
