from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from danggol_desktop.ui.setup.setup_wizard import SetupWizard
from tests.gui.ime_typing import type_text


def make_wizard(qtbot, shops, categories, past_look=True):
    wizard = SetupWizard(shops, categories, "ko")
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    if past_look:  # the first page asks how the screen should look; Enter takes the default
        assert wizard.currentPage() is wizard.look_page
        press_enter(qtbot, wizard)
        assert wizard.currentPage() is wizard.name_page
    return wizard


def test_the_first_question_is_how_the_screen_should_look(qtbot, shops, categories):
    wizard = make_wizard(qtbot, shops, categories, past_look=False)
    chosen = []
    wizard.look_changed.connect(lambda scale, contrast: chosen.append((scale, contrast)))
    page = wizard.look_page
    assert "글자가 잘 보이는 걸" in page.title_label.text()
    sizes = [button.font().pointSizeF() for button in page.size_choice.buttons]
    assert sizes[0] < sizes[1] < sizes[2]  # each sample is shown at its own size
    qtbot.mouseClick(page.size_choice.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.contrast_choice.buttons[1], Qt.MouseButton.LeftButton)
    assert chosen == [(200, False), (200, True)]


def press_enter(qtbot, wizard):
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def test_completed_by_keyboard_only(qtbot, shops, categories):
    wizard = make_wizard(qtbot, shops, categories)
    created = []
    wizard.shop_created.connect(created.append)
    type_text(qtbot, wizard.focusWidget(), "  해남채소 ")
    press_enter(qtbot, wizard)
    assert wizard.currentPage() is wizard.market_page
    type_text(qtbot, wizard.focusWidget(), "신영시장")
    press_enter(qtbot, wizard)
    assert wizard.currentPage() is wizard.category_page
    # Focus starts on the first category; Tab to the second and choose it with Space, then Enter for "next".
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)
    press_enter(qtbot, wizard)
    assert wizard.currentPage() is wizard.phone_page
    type_text(qtbot, wizard.focusWidget(), "01098765432")
    press_enter(qtbot, wizard)
    type_text(qtbot, wizard.focusWidget(), "pf.kakao.com/_AbCdE")
    with qtbot.waitSignal(wizard.accepted):
        press_enter(qtbot, wizard)
    shop = shops.list()[0]
    assert (shop.name, shop.market, shop.category, shop.phone, shop.channel_url) == (
        "해남채소", "신영시장", categories[1].code, "010-9876-5432", "https://pf.kakao.com/_AbCdE/friend")
    assert created and created[0].id == shop.id


def test_completed_by_mouse(qtbot, shops, categories):
    wizard = make_wizard(qtbot, shops, categories)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(wizard.name_page.field.edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, wizard.name_page.field.edit, "바다수산")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.market_page.field.edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, wizard.market_page.field.edit, "자양전통시장")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    fish = next(i for i, c in enumerate(categories) if c.code == "fish")
    qtbot.mouseClick(wizard.category_page.choice.buttons[fish], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # phone left empty
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    shop = shops.list()[0]
    assert (shop.name, shop.market, shop.category, shop.phone, shop.channel_url) == (
        "바다수산", "자양전통시장", "fish", "", "")


def test_going_back_keeps_answers(qtbot, shops, categories):
    wizard = make_wizard(qtbot, shops, categories)
    wizard.name_page.field.set_text("해남채소")
    wizard.next()
    wizard.market_page.field.set_text("신영시장")
    wizard.next()
    wizard.back()
    wizard.back()
    assert wizard.name_page.field.text() == "해남채소"
    wizard.next()
    assert wizard.market_page.field.text() == "신영시장"


def test_refusals_are_shown_next_to_the_field_and_save_nothing(qtbot, shops, categories):
    wizard = make_wizard(qtbot, shops, categories)
    wizard.next()
    assert wizard.currentPage() is wizard.name_page
    assert wizard.name_page.field.error.isVisible()
    assert "이름을 적어 주세요" in wizard.name_page.field.error.text()
    type_text(qtbot, wizard.name_page.field.edit, "해남채소")
    assert not wizard.name_page.field.error.isVisible()  # typing clears the message
    wizard.next()
    wizard.market_page.field.set_text("신영시장")
    wizard.next()
    wizard.next()  # no category chosen
    assert wizard.currentPage() is wizard.category_page and wizard.category_page.error.isVisible()
    wizard.category_page.choice.buttons[0].click()
    wizard.next()
    wizard.phone_page.field.set_text("전화 없음")
    wizard.next()
    assert wizard.currentPage() is wizard.phone_page and wizard.phone_page.field.error.isVisible()
    wizard.phone_page.field.set_text("")
    wizard.next()
    for hostile in ("@해남채소", "javascript:alert(1)", "pf.kakao.com.evil.example/_AbCdE", "x" * 300):
        wizard.channel_page.field.set_text(hostile)
        wizard.next()
        wizard.accept()
        assert wizard.channel_page.field.error.isVisible(), hostile
        assert wizard.currentPage() is wizard.channel_page
    assert shops.list() == []


def test_a_name_taken_in_the_market_sends_back_to_the_name(qtbot, shops, categories, shop):
    wizard = make_wizard(qtbot, shops, categories)
    wizard.name_page.field.set_text(shop.name)
    wizard.next()
    wizard.market_page.field.set_text(shop.market)
    wizard.next()
    wizard.category_page.choice.buttons[0].click()
    wizard.next()
    wizard.next()
    wizard.accept()
    assert wizard.currentPage() is wizard.name_page
    assert "이미 있어요" in wizard.name_page.field.error.text()
    assert len(shops.list()) == 1


def test_read_aloud_beside_next_when_there_is_a_voice(qtbot, shops, categories, monkeypatch):
    from danggol_desktop.ui import read_aloud

    monkeypatch.setenv(read_aloud.ENGINE_ENV, "mock")
    reader = read_aloud.ReadAloud("en")  # Qt's mock engine speaks English only
    wizard = make_wizard(qtbot, shops, categories)
    wizard.enable_read_aloud(reader)
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert not button.isVisible()
    reader.start()
    qtbot.waitUntil(button.isVisible)
    type_text(qtbot, wizard.name_page.field.edit, "해남채소")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "가게 이름" in reader.spoken[-1] and "해남채소" in reader.spoken[-1]


def test_the_app_saves_the_first_shop_through_the_task_layer(qtbot, db, shops, categories, data_dir, monkeypatch):
    from danggol_desktop.tasks import shop_tasks
    from danggol_desktop.tasks.workspace import Workspace

    called = []
    original = shop_tasks.add_shop
    monkeypatch.setattr(shop_tasks, "add_shop", lambda ws, details: called.append(details) or original(ws, details))
    wizard = SetupWizard(shops, categories, "ko", workspace=Workspace(db, data_dir))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    for page, answer in ((wizard.name_page, "해남채소"), (wizard.market_page, "신영시장")):
        page.field.set_text(answer)
        wizard.next()
    wizard.category_page.choice.buttons[0].click()
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.accepted):
        wizard.accept()
    assert [d.name for d in called] == ["해남채소"] and shops.list()[0].name == "해남채소"
