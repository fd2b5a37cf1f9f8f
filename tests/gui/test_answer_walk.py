"""The action walk (issue 27, 'what to build' 1 and 2): each press that saves, copies, records, refuses or prints,
on both screens at 100, 150 and 200% — pressed at its middle as a hand would, after scrolling it into view. After
the press its answer must be said, wholly inside the visible part of the page, and the control pressed must still be
under the pointer (the page did not move it away)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.gui.test_senior_fit import SCREENS, open_window, settle


@dataclass
class Press:
    page: QWidget  # the Page whose scroll area shows the answer
    button: QWidget  # what the hand presses
    answer: Callable[[], QWidget]  # where the answer is said (a label or a notice)
    says: str  # a piece of the answer


def friends_save(qtbot, window, env):
    window.open_friends()
    page = window.stack.currentWidget()
    qtbot.mouseClick(page.pad.buttons["7"], Qt.MouseButton.LeftButton)
    return Press(page, page.save_button, lambda: page.reference, "7")


def message_copy(qtbot, window, env):
    page = message_at_finish(window)
    return Press(page, page.finish_step.copy_button, lambda: page.finish_step.copied, "복사")


def message_sent(qtbot, window, env):
    page = message_at_finish(window)
    return Press(page, page.finish_step.sent_button, lambda: page.finish_step.status, "보냈")


def message_at_finish(window, item="배추"):
    window.open_message()
    page = window.stack.currentWidget()
    page.kind_step.choose("new_item")
    page.fields_step.fields["item"].set_text(item)
    for _ in range(3):
        page.go_next()
    return page


def poster_pdf(qtbot, window, env):
    from danggol_desktop.ui.widgets import file_dialogs

    env.monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(env.usb / "포스터"), ""))
    page = poster_at_finish(qtbot, window)
    return Press(page, page.output_step.pdf_button, lambda: page.output_step.result_label, "저장했어요")


def poster_png(qtbot, window, env):
    from danggol_desktop.ui.widgets import file_dialogs

    env.monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(env.usb / "포스터"), ""))
    page = poster_at_finish(qtbot, window)
    return Press(page, page.output_step.png_button, lambda: page.output_step.result_label, "저장했어요")


def poster_print(qtbot, window, env):
    from tests.gui.print_steps import answer_print_step, fake_printers

    fake_printers(env.monkeypatch, env.tmp_path)  # never the machine's own queues (CI has none: a real box opened)
    answer_print_step(env.monkeypatch, qtbot)
    page = poster_at_finish(qtbot, window)
    return Press(page, page.output_step.print_button, lambda: page.output_step.result_label, "보냈어요")


def poster_no_printer(qtbot, window, env):
    from danggol_desktop.ui.poster import poster_page, print_step

    env.monkeypatch.setattr(print_step, "system_printers", lambda: [])
    env.monkeypatch.setattr(poster_page.dialogs, "ask_yes_no", lambda *a, **k: False)
    page = poster_at_finish(qtbot, window)
    return Press(page, page.output_step.print_button, lambda: page.output_step.result_label, "프린터가 없어서")


def poster_at_finish(qtbot, window):
    window.open_poster()
    page = window.stack.currentWidget()
    for _ in range(3):
        page.go_next()
    return page


def kit_card(qtbot, window, card):
    qtbot.mouseClick(window.home.tiles["channel_kit"], Qt.MouseButton.LeftButton)
    kit = window.stack.currentWidget()
    qtbot.mouseClick(kit.tiles[card], Qt.MouseButton.LeftButton)
    return window.stack.currentWidget()


def kit_finish(qtbot, window, card, words):
    """The card's last step and its button that says `words`."""
    page = kit_card(qtbot, window, card)
    page.start(page.steps.count() - 1)
    finish = page.current_step()
    return page, finish, next(b for b in finish.findChildren(type(page.next_button)) if b.text() == words)


def welcome_copy(qtbot, window, env):
    page, finish, copy = kit_finish(qtbot, window, "welcome", "웰컴 메시지 복사하기")
    return Press(page, copy, lambda: finish.notice, "복사")


def profile_save(qtbot, window, env):
    from danggol_desktop.ui.channel_kit import picture_preview

    env.monkeypatch.setattr(picture_preview, "ask_save_path", lambda *a: env.usb / "profile.png")
    page, finish, save = kit_finish(qtbot, window, "profile", "그림 저장하기")
    return Press(page, save, lambda: finish.saved, "profile.png")


def picture_save(qtbot, window, env):
    from danggol_desktop.ui.pictures import picture_maker_page

    env.monkeypatch.setattr(picture_maker_page, "ask_save_path", lambda *a: env.usb / "특가.jpg")
    page = picture_at_save(qtbot, window)
    return Press(page, page.save_step.save_button, lambda: page.save_step.saved, "특가.jpg")


def picture_copy(qtbot, window, env):
    page = picture_at_save(qtbot, window)
    return Press(page, page.save_step.copy_button, lambda: page.save_step.saved, "복사")


def picture_at_save(qtbot, window):
    from tests.gui.test_picture_maker import open_maker

    page = open_maker(qtbot, window)
    square = next(b for b in page.kind_step.choice.buttons if "정사각형" in b.text())
    qtbot.mouseClick(square, Qt.MouseButton.LeftButton)
    for _ in range(2):  # the kind, then no photo (nothing to crop)
        page.go_next()
    assert page.current_step() is page.words_step
    page.words_step.price.set_text("3000")
    page.go_next()
    assert page.current_step() is page.save_step
    return page


ACTIONS = {f.__name__: f for f in (friends_save, message_copy, message_sent, poster_pdf, poster_png, poster_print,
                                   poster_no_printer, welcome_copy, profile_save, picture_save, picture_copy)}


@dataclass
class Env:
    monkeypatch: pytest.MonkeyPatch
    tmp_path: Path

    @property
    def usb(self) -> Path:
        """Where files are saved: a folder named as a USB stick is ('USB' 폴더에 … 저장했어요)."""
        folder = self.tmp_path / "USB"
        folder.mkdir(exist_ok=True)
        return folder


def said_height(widget) -> int:
    """How much of the answer's room the words (and a 폴더 열기 button) take: a reserved notice keeps room for its
    longest sentence and says a shorter one at its top."""
    from PySide6.QtWidgets import QLabel

    if isinstance(widget, QLabel) and widget.alignment() & Qt.AlignmentFlag.AlignTop:
        room = widget.contentsRect()
        flags = int(Qt.AlignmentFlag.AlignLeft) | (int(Qt.TextFlag.TextWordWrap) if widget.wordWrap() else 0)
        words = widget.fontMetrics().boundingRect(QRect(0, 0, room.width(), 100_000), flags, widget.text())
        return min(widget.height(), room.top() + words.height() + (widget.height() - room.bottom() - 1))
    return widget.height()


def wholly_in_view(widget, page) -> bool:
    from danggol_desktop.ui.widgets.file_dialogs import SavedNotice

    if isinstance(widget, SavedNotice):  # the words are the answer (폴더 열기 beside or under them is a way on)
        widget = widget.label
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    window = widget.window()
    height = said_height(widget)
    top = widget.mapTo(window, QPoint(0, 0))
    if top.y() < 0 or top.y() + height > window.height():
        return False
    area = getattr(page, "scroll_area", None)
    if area is None or not area.viewport().isAncestorOf(widget):
        return True
    corner = widget.mapTo(area.viewport(), QPoint(0, 0))
    return corner.y() >= 0 and corner.y() + height <= area.viewport().height()


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("action", ACTIONS)
def test_every_answer_is_in_view_and_nothing_moves_under_the_pointer(qtbot, appearance, services, shop, tmp_path,
                                                                     monkeypatch, action, screen, scale):
    window = open_window(qtbot, appearance, services, scale, SCREENS[screen])
    press = ACTIONS[action](qtbot, window, Env(monkeypatch, tmp_path))
    settle(qtbot)
    area = press.page.scroll_area
    if area.viewport().isAncestorOf(press.button):
        area.ensureWidgetVisible(press.button, 0, 0)  # the hand scrolls to the button first
        settle(qtbot)
    middle = press.button.rect().center()
    spot = press.button.mapTo(window, middle)
    scrolled = area.verticalScrollBar().value()
    qtbot.mouseClick(press.button, Qt.MouseButton.LeftButton, pos=middle)
    settle(qtbot)
    answer = press.answer()
    qtbot.waitUntil(lambda: press.says in answer.text(), timeout=3000)
    if os.environ.get("WALK_SHOTS"):  # to look at: WALK_SHOTS=/tmp/walk pytest tests/gui/test_answer_walk.py
        qtbot.wait(50)
        window.grab().save(f"{os.environ['WALK_SHOTS']}/{action}-{screen}-{scale}.png")
    try:
        qtbot.waitUntil(lambda: wholly_in_view(answer, press.page), timeout=2000)
    except Exception:
        words = getattr(answer, "label", answer)
        corner = words.mapTo(area.viewport(), QPoint(0, 0))
        raise AssertionError(f"{action}: the answer is at y {corner.y()}–{corner.y() + said_height(words)}, the view "
                             f"shows 0–{area.viewport().height()}: {answer.text()!r}") from None
    under = window.childAt(spot)
    assert under is press.button or press.button.isAncestorOf(under), (
        f"{action}: the page moved the pressed button away from under the pointer (scrolled "
        f"{area.verticalScrollBar().value() - scrolled} px)")
