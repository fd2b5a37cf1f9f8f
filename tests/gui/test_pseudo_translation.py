"""Every screen with every string 40% longer and wrapped in markers (as Vorta's TRANS_SCALE does), at 200% text on a
1366×768 shop PC: a translation that runs longer, or a sentence someone lengthens later, must still wrap or make way —
never be cut off, never push one control over another, never push the main action off the screen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from danggol_desktop import resources
from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.ui.main_window import MainWindow
from danggol_desktop.ui.widgets.page import Page
from tests.gui.ime_typing import type_text
from tests.gui.layout_checks import clipped_texts, overlapping_controls

STRETCH = 0.4
SHOP_PC = (1366, 700)  # 768 less the taskbar and the window's title bar


class PseudoTranslator(QTranslator):
    """The Korean translation, stretched by 40% and wrapped in ⟦ ⟧ so a cut-off end is easy to see."""

    def __init__(self, korean: QTranslator) -> None:
        super().__init__()
        self._korean = korean

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt override
        text = self._korean.translate(context, source, disambiguation, n) or source
        if not text:
            return text
        extra = re.sub(r"%\w?$", "", text[: max(1, round(len(text) * STRETCH))])  # no broken placeholder
        return f"⟦{text} {extra}⟧"

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def pseudo(appearance):
    korean = QTranslator()
    assert korean.load("danggol_ko", str(resources.translations_dir()))
    translator = PseudoTranslator(korean)
    QCoreApplication.installTranslator(translator)
    assert QCoreApplication.translate("HomePage", "Record today's friends").startswith("⟦")
    yield translator
    QCoreApplication.removeTranslator(translator)


def check(qtbot, window):
    window.resize(*SHOP_PC)  # as a maximised window on that screen: only a page too wide for it makes it wider

    def problems():
        page = window.stack.currentWidget()
        found = clipped_texts(window) + overlapping_controls(window)
        if window.width() > SHOP_PC[0]:
            found.append(f"the window grew to {window.width()} px, wider than the screen")
        if isinstance(page, Page):
            footer_buttons = [page.footer.itemAt(i).widget() for i in range(page.footer.count())]
            for button in footer_buttons:
                if button is not None and button.isVisible():
                    corner = button.mapTo(window, button.rect().bottomRight())
                    if corner.y() > window.height() or corner.x() > window.width():
                        found.append(f"footer button {button.text()!r} off the screen")
        return found

    for _round in range(20):
        qtbot.wait(10)
        if not problems():
            return
    assert problems() == [], type(window.stack.currentWidget()).__name__


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_screen_takes_longer_words_at_200(qtbot, appearance, pseudo, services, shop):
    appearance.apply(Preferences(text_scale=200, active_shop_id=shop.id))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*SHOP_PC)
    window.show()
    qtbot.waitExposed(window)
    check(qtbot, window)

    click(qtbot, window.home.tiles["friends"])
    friends = window.stack.currentWidget()
    check(qtbot, window)
    for key in "45":
        click(qtbot, friends.pad.buttons[key])
    click(qtbot, friends.save_button)
    check(qtbot, window)

    window.show_home()
    click(qtbot, window.home.tiles["poster"])
    poster = window.stack.currentWidget()
    for _step in range(3):
        check(qtbot, window)
        click(qtbot, poster.next_button)
    check(qtbot, window)

    window.show_home()
    click(qtbot, window.home.tiles["message"])
    wizard = window.stack.currentWidget()
    check(qtbot, window)
    click(qtbot, wizard.kind_step.cards["discount"])
    type_text(qtbot, wizard.fields_step.fields["item"].edit, "배추")
    type_text(qtbot, wizard.fields_step.fields["regular_price"].edit, "5000")
    type_text(qtbot, wizard.fields_step.fields["sale_price"].edit, "3000")
    check(qtbot, window)
    for _step in range(3):
        click(qtbot, wizard.next_button)
        check(qtbot, window)

    window.show_home()
    click(qtbot, window.home.tiles["channel_kit"])
    check(qtbot, window)
    for card in ("channel", "profile", "welcome", "coupon", "chat", "post"):
        window.open_kit_card(card)
        page = window.stack.currentWidget()
        for _step in range(page.steps.count()):
            check(qtbot, window)
            click(qtbot, page.next_button)
        check(qtbot, window)

    window.open_picture_maker()
    maker = window.stack.currentWidget()
    check(qtbot, window)
    click(qtbot, maker.next_button)
    maker.photo_step.without()
    for _step in range(3):
        check(qtbot, window)
        click(qtbot, maker.next_button)
    check(qtbot, window)

    window.open_settings()
    check(qtbot, window)
    window.open_job("tutor")
    check(qtbot, window)
    for section in ("shops", "practice", "curriculum", "report", "transfer"):
        window.open_tutor_section(section)
        check(qtbot, window)
