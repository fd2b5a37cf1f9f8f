"""The large-text promise on the user's screen: what must be in view at every size, a wheel that changes nothing it
was not asked to, a calendar with every day drawn, composing Hangul never lost, drag to scroll."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox

from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.tasks import settings_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.friends.friends_page import FriendsPage
from danggol_desktop.ui.main_window import MainWindow
from danggol_desktop.ui.setup.setup_wizard import SetupWizard
from danggol_desktop.ui.widgets.date_picker import DateButton, DatePickerDialog
from danggol_desktop.ui.widgets.page import Page
from tests.gui.ime_typing import type_text
from tests.gui.layout_checks import clipped_texts, overlapping_controls

# The usable area of a 1366x768 shop PC less its 40 px taskbar (and a window title bar), and of a 1280x800 tablet.
SCREENS = {"shop-pc": (1366, 700), "tablet": (1280, 772)}


def open_window(qtbot, appearance, services, scale, size):
    appearance.apply(Preferences(text_scale=scale))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def in_view(widget, page: Page) -> bool:
    """The widget is shown inside the window and, when in the scrolling part, inside its visible viewport."""
    if not widget.isVisible():
        return False
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside_window = (top_left.x() >= 0 and top_left.y() >= 0 and top_left.x() + widget.width() <= window.width()
                     and top_left.y() + widget.height() <= window.height())
    viewport = page.scroll_area.viewport()
    if viewport.isAncestorOf(widget):
        corner = widget.mapTo(viewport, QPoint(0, 0))
        return inside_window and corner.y() >= 0 and corner.y() + widget.height() <= viewport.height()
    return inside_window


def settle(qtbot):
    for _ in range(5):
        qtbot.wait(10)


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", SCREENS)
def test_home_shows_all_four_jobs(qtbot, appearance, services, shop, scale, screen):
    window = open_window(qtbot, appearance, services, scale, SCREENS[screen])
    settle(qtbot)
    home = window.home
    assert all(in_view(tile, home) for tile in home.tiles.values()), scale
    assert in_view(home.settings_button, home)
    assert overlapping_controls(window) == []
    assert not home.more_below.isVisible()


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", SCREENS)
def test_friends_screen_shows_field_pad_and_save(qtbot, appearance, services, shop, scale, screen):
    window = open_window(qtbot, appearance, services, scale, SCREENS[screen])
    window.open_friends()
    page = window.stack.currentWidget()
    assert isinstance(page, FriendsPage)
    settle(qtbot)
    wanted = [page.count_field.edit, page.save_button, page.prev_day, *page.pad.buttons.values()]
    assert [w for w in wanted if not in_view(w, page)] == []
    assert overlapping_controls(window) == []
    if page.compact:  # the graph is one press away, and 저장하기 does not move
        where = page.save_button.mapTo(window, QPoint(0, 0))
        qtbot.mouseClick(page.chart_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert page.chart.isVisible() and in_view(page.chart, page)
        assert page.save_button.mapTo(window, QPoint(0, 0)) == where
    else:
        assert in_view(page.chart, page)


def test_saving_says_so_without_moving_the_pad(qtbot, appearance, services, shop, monkeypatch):
    from danggol_desktop.ui.friends import count_questions

    monkeypatch.setattr(count_questions.dialogs, "ask_yes_no", lambda *a, **k: True)  # "change today's 9 to 12?"
    window = open_window(qtbot, appearance, services, 200, SCREENS["shop-pc"])
    window.open_friends()
    page = window.stack.currentWidget()
    settle(qtbot)
    before = {key: b.mapTo(window, QPoint(0, 0)) for key, b in page.pad.buttons.items()}
    qtbot.mouseClick(page.pad.buttons["9"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.reference.text() == "저장했어요: 9명"
    for key in ("clear", "1", "2"):  # a milestone: the same line cheers
        qtbot.mouseClick(page.pad.buttons[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.reference.text() == "축하해요! 10명 넘었어요!"
    assert {key: b.mapTo(window, QPoint(0, 0)) for key, b in page.pad.buttons.items()} == before


def wheel(widget, notches=-3):
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_never_changes_an_unclicked_value_box_but_scrolls_the_page(qtbot, appearance):
    page = Page("시험")
    qtbot.addWidget(page)
    box = QSpinBox()
    box.setRange(0, 100)
    box.setValue(50)
    page.content.addWidget(box)
    for n in range(40):
        page.content.addWidget(QLabel(f"줄 {n}"))
    page.resize(800, 400)
    page.show()
    qtbot.waitExposed(page)
    page.setFocus()
    bar = page.scroll_area.verticalScrollBar()
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(box)
    assert box.value() == 50 and bar.value() > 0
    page.activateWindow()
    qtbot.waitActive(page)
    box.setFocus()  # clicked: now the wheel is the person's choice
    qtbot.waitUntil(box.hasFocus)
    wheel(box, notches=1)
    assert box.value() == 51


@pytest.mark.parametrize("scale", [100, 200])
def test_every_day_of_the_month_is_drawn_big_enough(qtbot, appearance, scale):
    from PySide6.QtGui import QFontMetrics

    appearance.apply(Preferences(text_scale=scale))
    dialog = DatePickerDialog(date(2026, 11, 27), date(2026, 11, 27), "ko")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert sorted(dialog.day_buttons) == list(range(1, 31))
    assert dialog.height() <= 728
    for number, button in dialog.day_buttons.items():
        assert min(button.width(), button.height()) >= 48
        assert QFontMetrics(button.font()).horizontalAdvance(str(number)) < button.contentsRect().width()
        image = button.grab().toImage()
        middle = [QColor(image.pixel(x, image.height() // 2)).lightness() for x in range(image.width())]
        assert max(middle) - min(middle) > 100, number  # the digits are painted, not a blank cell
    assert min(dialog.next_month.height(), dialog.prev_month.height()) >= 48


def test_quick_choices_pick_the_day(qtbot, appearance):
    button = DateButton("ko", date(2026, 11, 27))  # a Friday
    qtbot.addWidget(button)
    seen = []

    def choose(dialog_self):
        dialog_self.quick_buttons["weekend"].click()
        return dialog_self.result()

    from danggol_desktop.ui.widgets import date_picker

    original = date_picker.DatePickerDialog.exec
    date_picker.DatePickerDialog.exec = lambda self: (seen.append(self), choose(self))[1]
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        date_picker.DatePickerDialog.exec = original
    assert button.value() == date(2026, 11, 28) and "11월 28일(토)" in button.text()


def compose(widget, preedit: str) -> None:
    """What an input method sends while a syllable is being composed."""
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))


def test_a_composing_syllable_is_kept_when_next_is_pressed(qtbot, db, data_dir, categories):
    wizard = SetupWizard(Workspace(db, data_dir), categories, "ko")
    qtbot.addWidget(wizard)
    wizard.resize(1366, 700)
    wizard.show()
    wizard.windowHandle().requestActivate()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # past the look question
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # and whose channel (a shop's)
    edit = wizard.name_page.field.edit
    type_text(qtbot, edit, "해남채")
    compose(edit, "소")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.draft.name == "해남채소" and wizard.current_step() is wizard.market_page
    edit = wizard.market_page.field.edit
    type_text(qtbot, edit, "신영시")
    compose(edit, "장")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.draft.market == "신영시장"
    assert wizard.name_page.field.text() == "해남채소"  # committed once, not twice


def test_a_composing_syllable_is_kept_in_the_message_fields(qtbot, window):
    from danggol_desktop.ui.message_wizard.message_wizard_page import MessageWizardPage

    window.open_message()
    page = window.stack.currentWidget()
    assert isinstance(page, MessageWizardPage)
    qtbot.mouseClick(page.kind_step.cards["discount"], Qt.MouseButton.LeftButton)
    item = page.fields_step.fields["item"].edit
    type_text(qtbot, item, "배")
    compose(item, "추")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # the sale price is still missing: refused
    assert page.fields_step.fields["item"].text() == "배추"


def long_page(qtbot) -> Page:
    page = Page("시험")
    qtbot.addWidget(page)
    for n in range(60):
        page.content.addWidget(QLabel(f"줄 {n}"))
    page.resize(800, 400)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_drag_scrolls_the_page_like_on_a_tablet(qtbot, appearance):
    page = long_page(qtbot)
    viewport = page.scroll_area.viewport()
    start = QPoint(200, 300)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 16):
        qtbot.mouseMove(viewport, QPoint(200, 300 - step * 15))
        qtbot.wait(16)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(200, 75))
    qtbot.waitUntil(lambda: page.scroll_area.verticalScrollBar().value() > 50, timeout=3000)


def test_more_below_says_there_is_more_and_shows_it(qtbot, appearance):
    page = long_page(qtbot)
    settle(qtbot)
    assert page.more_below.isVisible() and "아래에 더 있어요" in page.more_below.text()
    qtbot.mouseClick(page.more_below, Qt.MouseButton.LeftButton)
    assert page.scroll_area.verticalScrollBar().value() > 0
    page.scroll_area.verticalScrollBar().setValue(page.scroll_area.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: not page.more_below.isVisible())


def test_copy_says_so_without_moving_the_sent_button(qtbot, window, monkeypatch):
    from danggol_desktop.domain.promotion import PromotionDraft
    from danggol_desktop.ui.message_wizard import finish_step

    window._show_wizard(PromotionDraft(kind="greeting", fields={"occasion": "김장철"}, body="안녕하세요", step=2), None)
    page = window.stack.currentWidget()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.finish_step.isVisible()
    finish = page.finish_step
    before = finish.sent_button.mapTo(window, QPoint(0, 0))
    qtbot.mouseClick(finish.copy_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "복사" in finish.copied.text() and finish.sent_button.mapTo(window, QPoint(0, 0)) == before
    monkeypatch.setattr(finish_step.QDesktopServices, "openUrl", lambda url: False)  # no browser on this PC
    qtbot.mouseClick(finish.open_button, Qt.MouseButton.LeftButton)
    assert "business.kakao.com" in finish.copied.text()
    assert finish.sent_button.mapTo(window, QPoint(0, 0)) == before


def test_file_dialogs_are_korean_and_start_on_the_desktop(qtbot, appearance):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from danggol_desktop.ui.widgets import file_dialogs
    from tests.gui.layout_checks import latin_leaks

    dialog = QFileDialog(None, "저장", str(file_dialogs.start_folder()), "엑셀용 파일 (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    words = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    assert words and latin_leaks(words) == [], words
    desktop = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation))
    sentence = file_dialogs.saved_sentence(desktop / "해남채소 포스터.pdf")
    assert sentence.startswith("바탕화면에 '해남채소 포스터.pdf'") and "/" not in sentence
    assert file_dialogs.saved_sentence(Path("/media/usb/신영시장.danggol")).startswith("'usb' 폴더에")


def test_a_saved_poster_is_told_in_words_with_open_folder(qtbot, window, tmp_path, monkeypatch):
    from danggol_desktop.ui.widgets import file_dialogs

    window.open_poster()
    page = window.stack.currentWidget()
    target = tmp_path / "해남채소 포스터"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    monkeypatch.setattr(file_dialogs.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    for _step in range(3):  # address (already known), layout, words: the defaults are fine
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    path = page.save("pdf")
    assert path == tmp_path / "해남채소 포스터.pdf" and path.exists()
    notice = page.output_step.result_label
    assert notice.text() == f"'{tmp_path.name}' 폴더에 '해남채소 포스터.pdf'(으)로 저장했어요."
    assert str(tmp_path) not in notice.text()
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]


def test_the_live_count_includes_the_syllable_being_typed_and_next_keeps_it(qtbot, window):
    from danggol_desktop.domain.promotion import PromotionDraft

    window._show_wizard(PromotionDraft(kind="greeting", fields={"occasion": "김장철"}, body="김장", step=2), None)
    page = window.stack.currentWidget()
    step = page.sentence_step
    assert in_view(step.editor, page)  # the message box is first, in view
    editor = step.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    before = step.counter.text()
    compose(editor, "철")
    qtbot.waitUntil(lambda: step.counter.text() != before)
    assert step.counter.text().startswith("3 /")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.draft.body.endswith("김장철")


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", SCREENS)
def test_the_market_channels_eight_kinds_fit_without_scrolling(qtbot, appearance, services, db, shop, scale, screen):
    """Issue 29: the association's message cards (seven market kinds and the greeting) are all in view, unclipped."""
    from danggol_desktop.tasks import market_tasks

    association = market_tasks.set_market_channel(services.workspace, shop.market,
                                                  "https://pf.kakao.com/_Sinyoung/friend")
    window = open_window(qtbot, appearance, services, scale, SCREENS[screen])
    assert window.switch_shop(association.id)
    window.open_message()
    page = window.stack.currentWidget()
    settle(qtbot)
    assert len(page.kind_step.cards) == 8
    assert all(in_view(card, page) for card in page.kind_step.cards.values())
    assert clipped_texts(page) == [] and overlapping_controls(window) == []
    qtbot.mouseClick(page.kind_step.cards["group_buy"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert in_view(page.fields_step.fields["item"].edit, page) and in_view(page.next_button, page)


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", SCREENS)
def test_each_guided_step_shows_its_input_and_action(qtbot, appearance, services, shop, scale, screen):
    """Message wizard and poster: the step's question (the title), its main input and its main action in view."""
    window = open_window(qtbot, appearance, services, scale, SCREENS[screen])
    window.open_message()
    page = window.stack.currentWidget()
    settle(qtbot)
    assert all(in_view(card, page) for card in page.kind_step.cards.values())  # every kind, no scrolling
    qtbot.mouseClick(page.kind_step.cards["discount"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    fields = page.fields_step.fields
    assert "2/5" in page.title_label.text()
    assert in_view(fields["item"].edit, page) and in_view(page.next_button, page)
    type_text(qtbot, fields["item"].edit, "배추")
    type_text(qtbot, fields["sale_price"].edit, "3000")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    editor = page.sentence_step.editor  # a big text box: its top and at least three lines of text in view
    top = editor.mapTo(page.scroll_area.viewport(), QPoint(0, 0)).y()
    shown = min(editor.height(), page.scroll_area.viewport().height() - top)
    assert "3/5" in page.title_label.text() and top >= 0 and shown >= 3 * editor.fontMetrics().lineSpacing()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "5/5" in page.title_label.text() and in_view(page.finish_step.copy_button, page)
    assert overlapping_controls(window) == []
    window.open_poster()
    poster = window.stack.currentWidget()
    settle(qtbot)
    assert in_view(poster.address_step.address_field.edit, poster) and in_view(poster.next_button, poster)
    for _step in range(2):
        qtbot.mouseClick(poster.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "3/4" in poster.title_label.text() and in_view(poster.words_step.headline_field.edit, poster)
    qtbot.mouseClick(poster.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "4/4" in poster.title_label.text() and in_view(poster.output_step.print_button, poster)
    assert overlapping_controls(window) == []


@pytest.mark.parametrize(("language", "has_voice"), [("ko", False), ("en", True)])
def test_read_aloud_is_offered_only_with_a_voice_and_reads_the_question(
    qtbot, window, monkeypatch, language, has_voice
):
    """Qt's mock speech engine has English voices but no Korean one: the button shows only where it can speak."""
    from danggol_desktop.ui import read_aloud

    monkeypatch.setenv(read_aloud.ENGINE_ENV, "mock")
    reader = read_aloud.ReadAloud(language)
    window.services.read_aloud = reader
    reader.start()
    qtbot.wait(50)
    window.open_friends()
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.read_button.isVisible() == has_voice)
    assert reader.available == has_voice
    if has_voice:
        type_text(qtbot, page.count_field.edit, "52")
        qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
        assert reader.spoken and page.title_label.text() in reader.spoken[-1] and "52" in reader.spoken[-1]


@pytest.mark.parametrize("scale", [100, 200])
def test_the_preview_checks_are_never_cut_on_the_right(qtbot, appearance, services, shop, scale):
    from danggol_desktop.domain.promotion import PromotionDraft

    window = open_window(qtbot, appearance, services, scale, SCREENS["shop-pc"])
    window._show_wizard(PromotionDraft(kind="greeting", fields={"occasion": "김장철"}, body="안녕하세요", step=2), None)
    page = window.stack.currentWidget()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    viewport = page.scroll_area.viewport()
    for widget in (page.preview_step.checks, page.preview_step.cost, *page.preview_step.audience.buttons):
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        assert right <= viewport.width(), widget


def test_the_overlap_check_sees_a_button_over_another(qtbot):
    from PySide6.QtWidgets import QPushButton, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    top.resize(400, 200)
    under, over = QPushButton("아래", top), QPushButton("위", top)
    under.setGeometry(10, 10, 200, 60)
    over.setGeometry(150, 40, 200, 60)
    top.show()
    qtbot.waitExposed(top)
    assert overlapping_controls(top) == ["'아래' overlaps '위'"]
    over.move(220, 10)
    assert overlapping_controls(top) == []


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("section", ["shops", "practice", "curriculum", "report", "transfer"])
def test_tutor_screens_start_in_view_without_overlaps(qtbot, appearance, services, shop, scale, section):
    window = open_window(qtbot, appearance, services, scale, SCREENS["shop-pc"])
    window.open_tutor()
    settle(qtbot)
    assert all(in_view(tile, window.stack.currentWidget()) for tile in window.stack.currentWidget().tiles.values())
    window.open_tutor_section(section)
    page = window.stack.currentWidget()
    settle(qtbot)
    assert page.first_focus is None or in_view(page.first_focus, page)
    assert overlapping_controls(window) == []


@pytest.mark.parametrize("screen", SCREENS)
def test_settings_fit_before_and_after_pressing_200(qtbot, appearance, services, shop, screen):
    window = open_window(qtbot, appearance, services, 100, SCREENS[screen])
    window.open_settings()
    page = window.stack.currentWidget()
    settle(qtbot)
    qtbot.mouseClick(page.scale_choice.buttons[3], Qt.MouseButton.LeftButton)  # 200%
    settle(qtbot)
    choices = [*page.scale_choice.buttons, *page.contrast_choice.buttons, *page.language_choice.buttons]
    assert [b.text() for b in choices + [page.shop_button, page.backup_button] if not in_view(b, page)] == []
    assert overlapping_controls(window) == []


@pytest.mark.parametrize("language", ["ko", "en"])
def test_settings_and_friends_fit_at_200_in_either_language(qtbot, appearance, services, shop, language):
    prefs = Preferences(text_scale=200, language=language, active_shop_id=shop.id)
    # as after choosing them in Settings: dates are written in that language too
    settings_tasks.save_preferences(services.workspace, prefs)
    appearance.apply(prefs)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*SCREENS["shop-pc"])
    window.show()
    qtbot.waitExposed(window)
    window.open_settings()
    page = window.stack.currentWidget()
    settle(qtbot)
    choices = [*page.scale_choice.buttons, *page.contrast_choice.buttons, *page.language_choice.buttons]
    assert [b.text() for b in choices if not in_view(b, page)] == []
    viewport = page.scroll_area.viewport()
    assert all(
        b.mapTo(viewport, QPoint(b.width(), 0)).x() <= viewport.width() for b in choices
    )  # nothing cut on the right
    window.open_friends()
    friends = window.stack.currentWidget()
    settle(qtbot)
    assert [k for k, b in friends.pad.buttons.items() if not in_view(b, friends)] == []
    assert in_view(friends.save_button, friends) and window.width() <= SCREENS["shop-pc"][0]


def test_what_printing_says_is_in_view_at_200(qtbot, appearance, services, shop, monkeypatch, a_printer):
    """At large text the answer to 인쇄하기 sits under the buttons: it is scrolled to, not left below the fold."""
    from tests.gui.print_steps import answer_print_step

    answer_print_step(monkeypatch, qtbot)
    window = open_window(qtbot, appearance, services, 200, SCREENS["shop-pc"])
    window.open_poster()
    page = window.stack.currentWidget()
    for _step in range(3):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(page.output_step.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    from tests.gui.test_answer_walk import wholly_in_view

    assert "프린터로 1장 보냈어요" in page.output_step.result_label.text()
    assert wholly_in_view(page.output_step.result_label, page)  # its words (the room kept for longer ones aside)
