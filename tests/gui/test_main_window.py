import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QPalette
from PySide6.QtWidgets import QApplication

from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.look import HIGH_CONTRAST, NORMAL
from danggol_desktop.ui.home_page import JOBS
from danggol_desktop.ui.main_window import MainWindow
from danggol_desktop.ui.settings.settings_page import SettingsPage
from danggol_desktop.ui.settings.shop_details_page import ShopDetailsPage
from tests.gui.ime_typing import type_text
from tests.gui.layout_checks import hangul_leaks, latin_leaks, shown_texts


def test_home_greets_the_shop_and_offers_every_job(window, shop):
    assert shop.name in window.home.title_label.text()
    assert "사장님" in window.home.title_label.text()
    assert set(window.home.tiles) == set(JOBS)
    assert [t.accessibleName() for t in window.home.tiles.values()] == [
        "홍보 메시지 쓰기", "QR 포스터 만들기", "친구 수 기록하기", "채널 꾸미기"]
    assert window.home.tutor_button.text() == "튜터 모드" and window.home.tutor_button.isVisibleTo(window.home)


def test_the_markets_association_is_greeted_as_itself(window, db, shop):
    """Issue 29: the merchants' association runs the market channel; its home greets it, not a shop's owner."""
    from danggol_desktop.tasks import market_tasks
    from danggol_desktop.tasks.workspace import Workspace

    association = market_tasks.set_market_channel(Workspace(db, window.services.workspace.data_dir), shop.market,
                                                  "https://pf.kakao.com/_Sinyoung/friend")
    assert window.switch_shop(association.id)
    assert window.home.title_label.text() == f"{shop.market} 상인회, 안녕하세요!"
    assert window.switch_shop(shop.id) and "사장님" in window.home.title_label.text()


@pytest.mark.parametrize("job, page_class", [
    ("message", "MessageWizardPage"), ("poster", "PosterPage"), ("friends", "FriendsPage"),
    ("channel_kit", "ChannelKitPage"), ("tutor", "TutorHomePage"),
])
def test_each_tile_opens_its_job_and_home_comes_back(qtbot, window, job, page_class):
    button = window.home.tutor_button if job == "tutor" else window.home.tiles[job]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert type(page).__name__ == page_class
    qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def open_settings(qtbot, window) -> SettingsPage:
    qtbot.mouseClick(window.home.settings_button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    return page


def test_text_size_applies_app_wide_at_once_and_is_kept(qtbot, window, settings_repo):
    page = open_settings(qtbot, window)
    before = QFontInfo(window.home.title_label.font()).pointSizeF()
    qtbot.mouseClick(page.scale_choice.buttons[3], Qt.MouseButton.LeftButton)  # 200%
    assert QApplication.font().pointSizeF() == 36
    assert QFontInfo(page.title_label.font()).pointSizeF() == pytest.approx(2 * before, rel=0.05)
    assert window.home.title_label.font().pointSizeF() == pytest.approx(2 * before, rel=0.05)
    assert settings_repo.load().text_scale == 200


def test_high_contrast_switches_the_palette(qtbot, window, settings_repo):
    page = open_settings(qtbot, window)
    qtbot.mouseClick(page.contrast_choice.buttons[1], Qt.MouseButton.LeftButton)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == HIGH_CONTRAST.window
    assert settings_repo.load().high_contrast is True
    qtbot.mouseClick(page.contrast_choice.buttons[0], Qt.MouseButton.LeftButton)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == NORMAL.window


def test_every_visible_string_is_korean_by_default_and_english_when_switched(qtbot, window, shop, settings_repo):
    def all_screens_texts():
        texts = shown_texts(window)
        page = open_settings(qtbot, window)
        texts += shown_texts(window)
        page.shop_button.click()
        texts += shown_texts(window)
        window.show_home()
        window.home.tiles["poster"].click()
        texts += shown_texts(window)
        window.show_home()
        window.open_tutor()
        texts += shown_texts(window)
        for section in ("shops", "practice", "curriculum", "report", "transfer"):
            window.open_tutor_section(section)
            texts += shown_texts(window)
        window.open_message()
        texts += shown_texts(window)
        window.open_friends()
        texts += shown_texts(window)
        window.show_home()
        return texts

    korean = all_screens_texts()
    assert latin_leaks(korean) == []
    assert sum(1 for t in korean if any("\uac00" <= c <= "\ud7a3" for c in t)) > 20

    page = open_settings(qtbot, window)
    qtbot.mouseClick(page.language_choice.buttons[1], Qt.MouseButton.LeftButton)
    assert settings_repo.load().language == "en"
    assert isinstance(window.stack.currentWidget(), SettingsPage)  # the person stays where they were
    window.show_home()
    english = all_screens_texts()
    # the merchant's own words (shop and market names) and the language's own name may be Korean in any UI
    without_own_words = [t.replace(shop.name, "").replace(shop.market, "") for t in english]
    assert hangul_leaks(without_own_words, {"한국어", "채소"}) == []
    assert "Write a promotion message" in english


def test_shop_details_are_checked_then_saved(qtbot, window, shops, shop):
    open_settings(qtbot, window).shop_button.click()
    page = window.stack.currentWidget()
    assert isinstance(page, ShopDetailsPage)
    assert page.name_field.text() == shop.name and page.channel_field.text() == shop.channel_url

    page.phone_field.set_text("전화번호 몰라요")
    page.channel_field.set_text("@해남채소")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.phone_field.error.isVisible() and "숫자" in page.phone_field.error.text()
    assert shops.get(shop.id) == shop  # nothing changed

    page.phone_field.set_text("")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.channel_field.error.isVisible() and "검색용" in page.channel_field.error.text()
    assert shops.get(shop.id) == shop

    page.name_field.edit.clear()
    type_text(qtbot, page.name_field.edit, "해남채소 본점")
    page.channel_field.set_text("  https://pf.kakao.com/_ZzZz9/chat?x=1 ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = shops.get(shop.id)
    assert (saved.name, saved.phone, saved.channel_url) == ("해남채소 본점", "", "https://pf.kakao.com/_ZzZz9/friend")
    assert page.saved_label.isVisible()
    assert page.channel_field.text() == "https://pf.kakao.com/_ZzZz9/friend"  # shown the way it was kept
    window.show_home()
    assert "해남채소 본점" in window.home.title_label.text()


def test_the_shops_place_is_typed_checked_and_kept(qtbot, window, shops, shop):
    """위치 (for the market's directory board) beside the market: typed, too long refused beside it, then kept."""
    open_settings(qtbot, window).shop_button.click()
    page = window.stack.currentWidget()
    assert page.location_field.text() == ""
    type_text(qtbot, page.location_field.edit, "가" * 31)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.location_field.error.isVisible() and "30" in page.location_field.error.text()
    assert shops.get(shop.id) == shop
    page.location_field.edit.clear()
    type_text(qtbot, page.location_field.edit, "1번 골목 3호")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shops.get(shop.id).location == "1번 골목 3호" and page.saved_label.isVisible()


def test_the_active_shop_is_remembered(qtbot, services, shops, shop, settings_repo):
    from danggol_desktop.domain.shop import ShopDetails

    other = shops.add(ShopDetails("바다수산", "신영시장"))
    settings_repo.save(Preferences(active_shop_id=other.id))
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert "바다수산" in w.home.title_label.text()
