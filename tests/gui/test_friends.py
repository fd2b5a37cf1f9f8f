from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from danggol_desktop.charts.friend_chart import chart_data, paint_friend_chart
from danggol_desktop.domain.friend_counts import FriendCount
from danggol_desktop.ui.friends import count_questions
from danggol_desktop.ui.friends import friends_page as friends_module
from danggol_desktop.ui.friends.friend_history_page import FriendHistoryPage
from danggol_desktop.ui.friends.friends_page import FriendsPage
from danggol_desktop.ui.theme import Theme
from danggol_desktop.ui.widgets import file_dialogs
from tests.gui.conftest import TODAY


def open_entry(qtbot, window) -> FriendsPage:
    qtbot.mouseClick(window.home.tiles["friends"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, FriendsPage)
    return page


@pytest.fixture
def answers(monkeypatch):
    """Records the questions asked and answers them from a list (default: yes)."""
    asked = []
    replies = []

    def ask(_parent, title, text, yes, no):
        asked.append(text)
        return replies.pop(0) if replies else True

    monkeypatch.setattr(count_questions.dialogs, "ask_yes_no", ask)
    return asked, replies


def test_entering_a_count_with_the_on_screen_pad_only(qtbot, window, friend_counts, shop, answers):
    page = open_entry(qtbot, window)
    for key in ("5", "2"):
        qtbot.mouseClick(page.pad.buttons[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pad.buttons["back"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pad.buttons["3"], Qt.MouseButton.LeftButton)
    assert page.count_field.text() == "53"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert friend_counts.get(shop.id, TODAY).count == 53
    assert answers[0] == []  # nothing unusual, nothing asked
    assert "50" in page.celebration.text() and page.celebration.isVisible()  # first record passes 10, 30 and 50


def test_entering_a_count_by_keyboard_only(qtbot, window, friend_counts, shop):
    qtbot.keyClick(window.home.tiles["friends"], Qt.Key.Key_Space)
    page = window.stack.currentWidget()
    assert page.focusWidget() is page.count_field.edit or window.focusWidget() is page.count_field.edit
    qtbot.keyClicks(page.count_field.edit, "1,234")
    qtbot.keyClick(page.count_field.edit, Qt.Key.Key_Return)
    assert friend_counts.get(shop.id, TODAY).count == 1234


@pytest.mark.parametrize("typed, expected", [
    ("", "적어 주세요"), ("abc", "숫자만"), ("-5", "0보다"), ("3.5", "소수점"), ("1 234", "띄어쓰기"),
    ("99999999", "너무 커요"), ("５명", "숫자만"), ("\x00\x1b", "숫자만"), ("9" * 20, "너무 커요"),
])
def test_refused_counts_are_explained_next_to_the_field_and_nothing_is_saved(qtbot, window, friend_counts, shop,
                                                                           typed, expected):
    page = open_entry(qtbot, window)
    page.count_field.set_text(typed)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.count_field.error.isVisible() and expected in page.count_field.error.text()
    assert friend_counts.series(shop.id) == []


def test_full_width_digits_and_spaces_are_accepted(qtbot, window, friend_counts, shop):
    page = open_entry(qtbot, window)
    page.count_field.set_text(" １２３ ")
    assert page.save()
    assert friend_counts.get(shop.id, TODAY).count == 123


def test_saving_the_same_day_again_asks_first(qtbot, window, friend_counts, shop, answers):
    asked, replies = answers
    friend_counts.record(shop.id, TODAY, 40)
    page = open_entry(qtbot, window)
    assert page.count_field.text() == "40"  # what is there is shown
    page.count_field.set_text("45")
    replies.append(False)
    assert not page.save()
    assert friend_counts.get(shop.id, TODAY).count == 40 and "바꿀까요" in asked[-1]
    replies.append(True)
    assert page.save()
    assert friend_counts.get(shop.id, TODAY).count == 45


def test_a_drop_of_more_than_a_fifth_asks_is_that_right(qtbot, window, friend_counts, shop, answers):
    asked, replies = answers
    friend_counts.record(shop.id, TODAY - timedelta(days=3), 100)
    page = open_entry(qtbot, window)
    page.count_field.set_text("79")
    replies.append(False)
    assert not page.save()
    assert friend_counts.get(shop.id, TODAY) is None and "맞나요" in asked[-1] and "차단" in asked[-1]
    page.count_field.set_text("80")
    assert page.save()  # 20% exactly is not "more than 20%": no question
    assert len(asked) == 1
    page.count_field.set_text("50")
    replies.extend([True, True])  # change today's record? yes; is that right? yes
    assert page.save()
    assert friend_counts.get(shop.id, TODAY).count == 50


def test_changing_the_day(qtbot, window, friend_counts, shop):
    page = open_entry(qtbot, window)
    assert not page.next_day.isEnabled()  # no future days
    qtbot.mouseClick(page.prev_day, Qt.MouseButton.LeftButton)
    assert page.day == TODAY - timedelta(days=1) and page.today_button.isVisible()
    page.count_field.set_text("12")
    assert page.save()
    assert friend_counts.get(shop.id, TODAY - timedelta(days=1)).count == 12
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.day == TODAY and page.count_field.text() == ""
    page.set_day(TODAY + timedelta(days=5))
    assert page.day == TODAY


def test_the_summary_speaks_plainly(qtbot, window, friend_counts, shop):
    friend_counts.record(shop.id, TODAY - timedelta(days=7), 30)
    friend_counts.record(shop.id, TODAY, 42)
    page = open_entry(qtbot, window)
    assert "지난주보다 12명 늘었어요." in page.sentences.text()
    assert "목표 65명까지 23명 남았어요." in page.sentences.text()


def test_history_delete_undo_edit(qtbot, window, friend_counts, shop):
    for back, n in ((2, 20), (1, 21), (0, 25)):
        friend_counts.record(shop.id, TODAY - timedelta(days=back), n)
    page = open_entry(qtbot, window)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = window.stack.currentWidget()
    assert isinstance(history, FriendHistoryPage)
    rows = history._rows
    yesterday, before = TODAY - timedelta(days=1), TODAY - timedelta(days=2)
    button = rows[yesterday][3]
    where = button.mapTo(history, button.rect().topLeft())
    next_row_where = rows[before][3].mapTo(history, rows[before][3].rect().topLeft())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert friend_counts.get(shop.id, yesterday) is None
    # nothing moved: the same place now says 되돌리기, and the next day's 지우기 is where it was
    assert button.mapTo(history, button.rect().topLeft()) == where and button.text() == "되돌리기"
    assert rows[before][3].mapTo(history, rows[before][3].rect().topLeft()) == next_row_where
    qtbot.mouseClick(rows[before][3], Qt.MouseButton.LeftButton)
    assert history.deleted == [yesterday, before]  # every deletion is kept for undo
    qtbot.waitUntil(lambda: not history.resting(yesterday))  # the row's button rests a moment after each press
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert friend_counts.get(shop.id, yesterday).count == 21
    history.undo()
    assert friend_counts.get(shop.id, before).count == 20
    history.edit_requested.emit(TODAY - timedelta(days=2))
    entry = window.stack.currentWidget()
    assert isinstance(entry, FriendsPage) and entry.day == TODAY - timedelta(days=2)
    assert entry.count_field.text() == "20"


def test_csv_export_for_excel(qtbot, window, friend_counts, shop, tmp_path, monkeypatch):

    friend_counts.record(shop.id, date(2026, 11, 1), 12, "전단지 돌림")
    window.open_friend_history()
    history = window.stack.currentWidget()
    target = tmp_path / "내보내기"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    path = history.export_csv()
    assert path == tmp_path / "내보내기.csv"
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == "날짜,친구 수,메모\r\n2026-11-01,12,전단지 돌림\r\n"


def test_csv_export_to_a_place_that_cannot_be_written(qtbot, window, friend_counts, shop, tmp_path, monkeypatch):

    friend_counts.record(shop.id, TODAY, 12)
    window.open_friend_history()
    history = window.stack.currentWidget()
    missing = tmp_path / "no-such-folder" / "f.csv"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    assert history.export_csv() is None
    assert "저장할 수 없어요" in history.notice.text()
    assert not missing.parent.exists()


def render_chart(series, range_key, scale, contrast=False, size=(640, 360)):
    theme = Theme(scale, contrast)
    image = QImage(size[0] * scale // 100, size[1] * scale // 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    data = chart_data(series, range_key, TODAY, 65, {TODAY - timedelta(days=1)})
    drawn = paint_friend_chart(painter, QRectF(image.rect()), data, theme)
    painter.end()
    return drawn, image, theme


def daily(n):
    return [FriendCount(TODAY - timedelta(days=n - 1 - i), 10 + i // 3) for i in range(n)]


@pytest.mark.parametrize("points", [0, 1, 2, 1826])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("range_key", ["4w", "3m", "all"])
def test_chart_renders_and_no_label_is_cut(points, scale, range_key):
    drawn, image, theme = render_chart(daily(points), range_key, scale)
    assert drawn  # at least the "no counts yet" line
    bold = QFontMetricsF(theme.font("body", bold=True))
    for text, box in drawn:
        assert QRectF(image.rect()).adjusted(-1, -1, 1, 1).contains(box), text
        if len(drawn) > 1:  # the empty-state sentence wraps inside the whole chart
            assert bold.horizontalAdvance(text) <= box.width() + 2 or text.startswith("목표"), text
    if points >= 2:
        texts = [t for t, _ in drawn]
        assert any(t.startswith("목표") for t in texts) and "메시지 보낸 날" in texts


def colours_in(image):
    return {image.pixelColor(x, y).name().upper()
            for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_chart_in_high_contrast_draws_in_its_colours():
    drawn, image, theme = render_chart(daily(30), "4w", 100, contrast=True)
    assert len(drawn) > 5
    c = theme.colours
    seen = colours_in(image)
    # black ground, white line and labels, the focus colour for the goal line and the dots; none of the normal colours
    assert {c.surface, c.text, c.focus} <= seen
    normal = Theme(100, False).colours
    assert normal.primary not in seen  # the normal theme's blue line is not used on black
    _drawn, plain, _theme = render_chart(daily(30), "4w", 100, contrast=False)
    assert {normal.surface, normal.primary} <= colours_in(plain)


def test_a_goal_of_ones_own(qtbot, window, friend_counts, shop, monkeypatch):
    friend_counts.record(shop.id, TODAY, 42)
    page = open_entry(qtbot, window)
    monkeypatch.setattr(friends_module.QInputDialog, "getInt", lambda *a, **k: (50, True))
    qtbot.mouseClick(page.goal_button, Qt.MouseButton.LeftButton)
    assert friend_counts.goal(shop.id) == 50
    assert "목표 50명까지 8명 남았어요." in page.sentences.text()
    monkeypatch.setattr(friends_module.QInputDialog, "getInt", lambda *a, **k: (10, False))  # cancelled
    page.ask_goal()
    assert friend_counts.goal(shop.id) == 50


def test_a_shop_without_a_channel_address_is_asked_for_it_before_a_count(qtbot, services, shops, appearance):
    """Issue 28, finding 2: counts were accepted for a shop with no channel link, with no word, and went into the
    market's channel friends."""
    from danggol_desktop.domain.shop import ShopDetails
    from danggol_desktop.tasks import friend_tasks
    from danggol_desktop.ui.main_window import MainWindow

    plain = shops.add(ShopDetails("주소없는집", "신영시장"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.switch_shop(plain.id)
    window.open_friends()
    page = window.stack.currentWidget()
    page.count_field.set_text("12")
    assert page.save() is False
    assert page.count_field.error.isVisible() and "채널 주소" in page.count_field.error.text()
    assert friend_tasks.count_on(services.workspace, plain.id, TODAY) is None
