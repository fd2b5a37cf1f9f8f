"""Nothing moves under the finger (issue 27, finding 2): after a press, every control of the screen is where it was,
so a second press lands on what the eye saw — and a digit typed after ◀ 하루 전 is never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from danggol_desktop.domain.preferences import Preferences
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


@pytest.mark.parametrize("scale", [100, 200])
def test_repeated_taps_on_a_history_row_never_delete_what_was_brought_back(qtbot, appearance, services, shop,
                                                                        friend_counts, scale):
    from datetime import timedelta

    from danggol_desktop.ui.friends.friend_history_page import FriendHistoryPage
    from tests.gui.conftest import TODAY

    for back, n in ((2, 20), (1, 21), (0, 25)):
        friend_counts.record(shop.id, TODAY - timedelta(days=back), n)
    window = open_window(qtbot, appearance, services, scale, SCREENS["shop-pc"])
    window.open_friend_history()
    history = window.stack.currentWidget()
    assert isinstance(history, FriendHistoryPage)
    settle(qtbot)
    yesterday = TODAY - timedelta(days=1)
    button = history._rows[yesterday][3]
    history.scroll_area.ensureWidgetVisible(button)
    settle(qtbot)
    spot = button.mapTo(window, button.rect().center())
    size = button.size()

    def tap_three_times():  # as a hand that is not sure the first tap took
        for _ in range(3):
            target = window.childAt(spot)
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, spot))

    tap_three_times()
    assert friend_counts.get(shop.id, yesterday) is None  # deleted once; the other taps did nothing
    assert button.text() == "되돌리기" and button.size() == size
    assert button.mapTo(window, button.rect().center()) == spot  # in the same place, wholly shown
    assert button.visibleRegion().boundingRect().size() == button.size()
    qtbot.waitUntil(lambda: not history.resting(yesterday))
    tap_three_times()
    assert friend_counts.get(shop.id, yesterday).count == 21  # brought back, and not deleted again
    qtbot.waitUntil(lambda: not history.resting(yesterday))
    assert button.text() == "지우기" and button.size() == size


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("role", ["", "primary", "tile", "pad", "more"])
def test_a_focused_button_keeps_its_size(qtbot, appearance, scale, role):
    """The focus ring is thicker than the border: its padding gives the room back, so a row never grows under the
    finger when its button takes the focus (a history row grew 8 px at 200% after 되돌리기)."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from danggol_desktop.ui.widgets.page import styled_button

    appearance.apply(Preferences(text_scale=scale))
    holder = QWidget()
    qtbot.addWidget(holder)
    box = QVBoxLayout(holder)
    button, other, field = styled_button("되돌리기", role), styled_button("다른 것"), QLineEdit("해남채소")
    for widget in (button, other, field):
        box.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus()
    plain, plain_field = button.sizeHint(), field.sizeHint()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    button.style().unpolish(button)
    button.style().polish(button)
    assert button.sizeHint() == plain
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.style().unpolish(field)
    field.style().polish(field)
    assert field.sizeHint() == plain_field


@pytest.mark.parametrize("screen", SCREENS)
def test_the_graph_is_drawn_in_view_at_200(qtbot, appearance, services, shop, friend_counts, screen):
    """그래프 보기 at 200% showed a white strip: the graph sat under three lines of sentences, out of view."""
    from datetime import timedelta

    from PySide6.QtGui import QColor

    from tests.gui.conftest import TODAY

    for back in range(8):
        friend_counts.record(shop.id, TODAY - timedelta(days=back), 54 - 3 * back)
    window = open_window(qtbot, appearance, services, 200, SCREENS[screen])
    window.open_friends()
    page = window.stack.currentWidget()
    settle(qtbot)
    qtbot.mouseClick(page.chart_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    chart = page.chart
    assert chart.visibleRegion().boundingRect().size() == chart.size()  # wholly in view
    image = chart.grab().toImage()
    line = QColor(appearance.theme.colours.primary)
    drawn = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
                if QColor(image.pixel(x, y)) == line)
    assert drawn > 50  # the count line and its dots, not an empty box


@pytest.mark.parametrize("screen", SCREENS)
def test_i_have_sent_it_moves_nothing_and_its_answer_is_in_view(qtbot, appearance, services, shop, screen):
    """보냈어요 scrolled the page 107 px (178 on the tablet) and left the pointer on 내 메시지함에 저장하기."""
    from danggol_desktop.tasks import message_tasks
    from tests.gui.conftest import TODAY
    from tests.gui.test_answer_walk import message_at_finish

    window = open_window(qtbot, appearance, services, 200, SCREENS[screen])
    page = message_at_finish(window)
    settle(qtbot)
    finish = page.finish_step
    page.scroll_area.ensureWidgetVisible(finish.sent_button)
    settle(qtbot)
    bar = page.scroll_area.verticalScrollBar()
    scrolled = bar.value()
    spot = finish.sent_button.mapTo(window, finish.sent_button.rect().center())
    qtbot.mouseClick(finish.sent_button, Qt.MouseButton.LeftButton, pos=finish.sent_button.rect().center())
    settle(qtbot)
    assert bar.value() == scrolled  # the page did not move under the pointer
    assert window.childAt(spot) in (finish.sent_button, *finish.sent_button.findChildren(type(finish.sent_button)))
    assert "보냈" in finish.status.text() and not finish.status.visibleRegion().isEmpty()
    assert TODAY in message_tasks.sent_days(services.workspace, shop.id)


def wholly_in_view(widget, page) -> bool:
    viewport = page.scroll_area.viewport()
    corner = widget.mapTo(viewport, QPoint(0, 0))
    return widget.isVisible() and corner.y() >= 0 and corner.y() + widget.height() <= viewport.height()


@pytest.mark.parametrize("screen", SCREENS)
def test_an_empty_price_is_refused_in_view_at_200(qtbot, appearance, services, shop, screen):
    """Step 2 with an empty price: the field turned red, and '이 칸을 채워 주세요.' sat at y=599, out of view."""
    window = open_window(qtbot, appearance, services, 200, SCREENS[screen])
    window.open_message()
    page = window.stack.currentWidget()
    page.kind_step.choose("discount")
    page.fields_step.fields["item"].set_text("배추")
    settle(qtbot)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # the footer's 다음: it never scrolls
    settle(qtbot)
    price = page.fields_step.fields["sale_price"]
    assert price.error.isVisible()
    qtbot.waitUntil(lambda: wholly_in_view(price.error, page) and wholly_in_view(price.edit, page))


def test_the_report_says_it_saved_in_view_under_seventy_shops(qtbot, appearance, services, shop, friend_counts,
                                                              tmp_path, monkeypatch):
    from danggol_desktop.domain.shop import ShopDetails
    from danggol_desktop.storage.shop_repo import ShopRepo
    from danggol_desktop.ui.widgets import file_dialogs
    from tests.gui.conftest import TODAY
    from tests.gui.test_tutor_mode import open_section

    for n in range(69):
        other = ShopRepo(services.workspace.db).add(ShopDetails(f"가게{n:02d}", "신영시장", channel_url="_Ab"))
        friend_counts.record(other.id, TODAY, n)
    window = open_window(qtbot, appearance, services, 200, SCREENS["shop-pc"])
    page = open_section(qtbot, window, "report")
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "결과"), ""))
    settle(qtbot)
    assert page.save("pdf") is not None
    notice = page.saved
    qtbot.waitUntil(lambda: wholly_in_view(notice, page))
    assert "저장했어요" in notice.text()


@pytest.mark.parametrize("screen", SCREENS)
def test_saved_shop_details_say_so_in_view(qtbot, appearance, services, shop, screen):
    """Tutor's 가게 정보 저장하기 at 200%: the page jumped to the bottom and '저장했어요.' was hidden."""
    window = open_window(qtbot, appearance, services, 200, SCREENS[screen])
    window.open_shop_details(shop=shop)
    page = window.stack.currentWidget()
    settle(qtbot)
    page.phone_field.set_text("010-2222-3333")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wholly_in_view(page.saved_label, page))
    assert page.saved_label.text() == "저장했어요."
