"""The first-run questions, driven as a person does: typing (Hangul through the input method), clicking the visible
다음 and ← 이전 buttons, Enter, Tab and Space."""

import pytest
from PySide6.QtCore import Qt

from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.setup.setup_wizard import SetupWizard
from tests.gui.ime_typing import type_text


def make_wizard(qtbot, db, data_dir, categories, past_look=True):
    wizard = SetupWizard(Workspace(db, data_dir), categories, "ko")
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    wizard.windowHandle().requestActivate()  # as the app shows it: the one window, active, so Enter means 다음
    qtbot.waitUntil(wizard.isActiveWindow)
    if past_look:  # the first step asks how the screen should look, the second whose channel: Enter takes the
        assert wizard.current_step() is wizard.look_page  # defaults (this screen, a shop's channel)
        press_enter(qtbot, wizard)
        assert wizard.current_step() is wizard.whose_page
        press_enter(qtbot, wizard)
        assert wizard.current_step() is wizard.name_page
    return wizard


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot, wizard, text):
    """Click into the step's field, replace what is there by typing, press 다음."""
    edit = wizard.current_step().field.edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)
    click(qtbot, wizard.next_button)


def press_enter(qtbot, wizard):
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def test_the_first_question_is_how_the_screen_should_look(qtbot, db, data_dir, categories):
    wizard = make_wizard(qtbot, db, data_dir, categories, past_look=False)
    chosen = []
    wizard.look_changed.connect(lambda scale, contrast: chosen.append((scale, contrast)))
    page = wizard.look_page
    assert "글자가 잘 보이는 걸" in wizard.title_label.text()
    assert not wizard.back_button.isVisible() and wizard.next_button.isVisible()
    sizes = [button.font().pointSizeF() for button in page.size_choice.buttons]
    assert sizes[0] < sizes[1] < sizes[2]  # each sample is shown at its own size
    click(qtbot, page.size_choice.buttons[2])
    click(qtbot, page.contrast_choice.buttons[1])
    assert chosen == [(200, False), (200, True)]


def test_completed_by_keyboard_only(qtbot, db, data_dir, shops, categories):
    wizard = make_wizard(qtbot, db, data_dir, categories)
    created = []
    wizard.shop_created.connect(created.append)
    assert wizard.focusWidget() is wizard.name_page.field.edit
    type_text(qtbot, wizard.focusWidget(), "  해남채소 ")
    press_enter(qtbot, wizard)
    assert wizard.current_step() is wizard.market_page and "6개 중 3번째" in wizard.market_page.step_label.text()
    type_text(qtbot, wizard.focusWidget(), "신영시장")
    press_enter(qtbot, wizard)
    assert wizard.current_step() is wizard.category_page
    # Focus starts on the first category; an arrow moves to the next one, Space chooses it, Enter goes on.
    assert wizard.focusWidget() is wizard.category_page.choice.buttons[0]
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)
    assert wizard.category_page.choice.value() == categories[1].code
    press_enter(qtbot, wizard)
    assert wizard.current_step() is wizard.phone_page
    type_text(qtbot, wizard.focusWidget(), "01098765432")
    press_enter(qtbot, wizard)
    assert wizard.next_button.text() == "시작하기"  # the last question's button says what it does
    assert wizard.focusWidget() is wizard.channel_page.has_choice.buttons[0]  # 네 / 아직 없어요 first
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)  # 네: the address field opens, ready to type in
    assert wizard.focusWidget() is wizard.channel_page.field.edit
    type_text(qtbot, wizard.focusWidget(), "pf.kakao.com/_AbCdE")
    with qtbot.waitSignal(wizard.accepted):
        press_enter(qtbot, wizard)
    shop = shops.list()[0]
    assert (shop.name, shop.market, shop.category, shop.phone, shop.channel_url) == (
        "해남채소", "신영시장", categories[1].code, "010-9876-5432", "https://pf.kakao.com/_AbCdE/friend")
    assert created and created[0].id == shop.id
    assert not wizard.isVisible()  # the main window takes over


def test_completed_by_mouse(qtbot, db, data_dir, shops, categories):
    wizard = make_wizard(qtbot, db, data_dir, categories)
    answer(qtbot, wizard, "바다수산")
    answer(qtbot, wizard, "자양전통시장")
    fish = next(i for i, c in enumerate(categories) if c.code == "fish")
    click(qtbot, wizard.category_page.choice.buttons[fish])
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)  # phone left empty
    assert not wizard.channel_page.field.isVisible()
    click(qtbot, wizard.next_button)  # neither 네 nor 아직 없어요: asked to press one
    assert wizard.current_step() is wizard.channel_page and "눌러 주세요" in wizard.channel_page.field.error.text()
    click(qtbot, wizard.channel_page.has_choice.buttons[1])  # 아직 없어요
    assert not wizard.channel_page.field.isVisible()
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard.next_button)
    shop = shops.list()[0]
    assert (shop.name, shop.market, shop.category, shop.phone, shop.channel_url) == (
        "바다수산", "자양전통시장", "fish", "", "")


def test_going_back_keeps_answers(qtbot, db, data_dir, categories):
    wizard = make_wizard(qtbot, db, data_dir, categories)
    answer(qtbot, wizard, "해남채소")
    type_text(qtbot, wizard.market_page.field.edit, "신영시장")  # typed, not yet confirmed with 다음
    click(qtbot, wizard.back_button)
    assert wizard.current_step() is wizard.name_page and wizard.name_page.field.text() == "해남채소"
    click(qtbot, wizard.next_button)
    assert wizard.market_page.field.text() == "신영시장"


def test_refusals_are_shown_next_to_the_field_and_save_nothing(qtbot, db, data_dir, shops, categories):
    wizard = make_wizard(qtbot, db, data_dir, categories)
    click(qtbot, wizard.next_button)
    assert wizard.current_step() is wizard.name_page
    assert wizard.name_page.field.error.isVisible()
    assert "이름을 적어 주세요" in wizard.name_page.field.error.text()
    type_text(qtbot, wizard.name_page.field.edit, "해남채소")
    assert not wizard.name_page.field.error.isVisible()  # typing clears the message
    click(qtbot, wizard.next_button)
    answer(qtbot, wizard, "신영시장")
    click(qtbot, wizard.next_button)  # no category chosen
    assert wizard.current_step() is wizard.category_page and wizard.category_page.error.isVisible()
    click(qtbot, wizard.category_page.choice.buttons[0])
    click(qtbot, wizard.next_button)
    answer(qtbot, wizard, "전화 없음")
    assert wizard.current_step() is wizard.phone_page and wizard.phone_page.field.error.isVisible()
    answer(qtbot, wizard, "")
    click(qtbot, wizard.channel_page.has_choice.buttons[0])
    for hostile in ("@해남채소", "javascript:alert(1)", "pf.kakao.com.evil.example/_AbCdE", "x" * 300):
        answer(qtbot, wizard, hostile)
        assert wizard.channel_page.field.error.isVisible(), hostile
        assert wizard.current_step() is wizard.channel_page
    assert shops.list() == []


def test_a_name_taken_in_the_market_sends_back_to_the_name(qtbot, db, data_dir, shops, categories, shop):
    wizard = make_wizard(qtbot, db, data_dir, categories)
    answer(qtbot, wizard, shop.name)
    answer(qtbot, wizard, shop.market)
    click(qtbot, wizard.category_page.choice.buttons[0])
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.channel_page.has_choice.buttons[1])  # 아직 없어요
    click(qtbot, wizard.next_button)
    assert wizard.current_step() is wizard.name_page
    assert "이미 있어요" in wizard.name_page.field.error.text()
    assert len(shops.list()) == 1


def test_read_aloud_in_the_header_when_there_is_a_voice(qtbot, db, data_dir, categories, monkeypatch):
    from danggol_desktop.ui import read_aloud

    monkeypatch.setenv(read_aloud.ENGINE_ENV, "mock")
    reader = read_aloud.ReadAloud("en")  # Qt's mock engine speaks English only
    wizard = make_wizard(qtbot, db, data_dir, categories)
    wizard.enable_read_aloud(reader)
    button = wizard.read_button
    assert not button.isVisible()
    reader.start()
    qtbot.waitUntil(button.isVisible)
    type_text(qtbot, wizard.name_page.field.edit, "해남채소")
    click(qtbot, button)
    assert "가게 이름" in reader.spoken[-1] and "해남채소" in reader.spoken[-1]


def test_the_app_saves_the_first_shop_through_the_task_layer(qtbot, db, shops, categories, data_dir, monkeypatch):
    from danggol_desktop.tasks import shop_tasks

    called = []
    original = shop_tasks.add_shop
    monkeypatch.setattr(shop_tasks, "add_shop", lambda ws, details: called.append(details) or original(ws, details))
    wizard = make_wizard(qtbot, db, data_dir, categories)
    answer(qtbot, wizard, "해남채소")
    answer(qtbot, wizard, "신영시장")
    click(qtbot, wizard.category_page.choice.buttons[0])
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.channel_page.has_choice.buttons[1])  # 아직 없어요
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard.next_button)
    assert [d.name for d in called] == ["해남채소"] and shops.list()[0].name == "해남채소"


def test_the_text_sizes_are_named_in_words(qtbot, db, data_dir, categories):
    wizard = make_wizard(qtbot, db, data_dir, categories, past_look=False)
    assert [b.text() for b in wizard.look_page.size_choice.buttons] == ["보통", "크게", "아주 크게"]
    assert "200%" in wizard.look_page.size_choice.buttons[2].accessibleName()


@pytest.mark.parametrize("scale", [100, 200])
def test_an_address_typed_in_korean_mode_is_said_at_once_in_view(qtbot, appearance, db, data_dir, shops, categories,
                                                                 scale):
    """'ㅔㄹ.ㅏ마매.채ㅡ/_…' is pf.kakao.com/_… typed with the keyboard in Hangul mode (issue 27, finding 8)."""
    from danggol_desktop.domain.preferences import Preferences

    appearance.apply(Preferences(text_scale=scale))
    wizard = make_wizard(qtbot, db, data_dir, categories)
    wizard.resize(1366, 700)
    answer(qtbot, wizard, "해남채소")
    answer(qtbot, wizard, "신영시장")
    click(qtbot, wizard.category_page.choice.buttons[0])
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    assert not wizard.channel_page.sketch.isVisible()  # nothing to read yet: 네 / 아직 없어요 first
    click(qtbot, wizard.channel_page.has_choice.buttons[0])
    sketch = wizard.channel_page.sketch  # where the address is on the phone's admin app, drawn beside the field
    assert sketch.isVisible() and "채널 URL" in sketch.accessibleName()
    assert sketch.accessibleDescription() == "pf.kakao.com/_AbCdE"  # the marked row: what to read and type here
    field = wizard.channel_page.field
    assert abs(sketch.mapTo(wizard, sketch.rect().topLeft()).y() - field.mapTo(wizard, field.rect().topLeft()).y()) < 5
    type_text(qtbot, field.edit, "ㅔㄹ.ㅏ마매")
    assert field.error.isVisible() and "한/영" in field.error.text()  # while typing, not only at 시작하기
    viewport = wizard.scroll_area.viewport()

    def in_view(widget):
        corner = widget.mapTo(viewport, widget.rect().topLeft())
        return corner.y() >= 0 and corner.y() + widget.height() <= viewport.height()

    qtbot.waitUntil(lambda: in_view(field.error) and in_view(field.edit))  # the field and its sentence
    field.edit.clear()
    type_text(qtbot, field.edit, "pf.kakao.com/_AbCdE")
    assert not field.error.isVisible()
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard.next_button)
    assert shops.list()[0].channel_url == "https://pf.kakao.com/_AbCdE/friend"


def test_the_markets_association_sets_up_its_market_channel(qtbot, db, data_dir, categories):
    """Issue 29: '가게 채널인가요, 시장(상인회) 채널인가요?' — the association answers three questions (market, phone,
    channel), not the shop's name and kind, and becomes '신영시장 상인회', the market's channel."""
    from danggol_desktop.storage.shop_repo import ShopRepo

    wizard = make_wizard(qtbot, db, data_dir, categories, past_look=False)
    press_enter(qtbot, wizard)
    assert wizard.current_step() is wizard.whose_page
    assert [b.text() for b in wizard.whose_page.choice.buttons] == ["우리 가게 채널", "시장 채널 (상인회)"]
    click(qtbot, wizard.whose_page.choice.buttons[1])
    click(qtbot, wizard.next_button)
    assert wizard.current_step() is wizard.market_page
    assert wizard.title_label.text() == "어느 시장의 상인회인가요?"
    assert wizard.market_page.step_label.text() == "질문 4개 중 2번째"
    answer(qtbot, wizard, "신영시장")
    assert wizard.current_step() is wizard.phone_page  # no shop kind to choose
    assert wizard.title_label.text() == "상인회 사무실 전화번호를 알려 주세요."
    click(qtbot, wizard.back_button)
    assert wizard.current_step() is wizard.market_page
    click(qtbot, wizard.back_button)
    assert wizard.current_step() is wizard.whose_page and wizard.whose_page.choice.value() is True
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    answer(qtbot, wizard, "")  # no phone
    created = []
    wizard.shop_created.connect(created.append)
    click(qtbot, wizard.channel_page.has_choice.buttons[1])  # 아직 없어요
    assert wizard.next_button.text() == "시작하기"
    click(qtbot, wizard.next_button)
    [shop] = created
    assert (shop.name, shop.market, shop.category) == ("신영시장 상인회", "신영시장", "association")
    assert ShopRepo(db).get(shop.id).is_association


def test_a_shop_owner_who_looked_at_the_market_choice_goes_back_to_the_shops_questions(qtbot, db, data_dir,
                                                                                      categories):
    wizard = make_wizard(qtbot, db, data_dir, categories, past_look=False)
    press_enter(qtbot, wizard)
    click(qtbot, wizard.whose_page.choice.buttons[1])
    click(qtbot, wizard.whose_page.choice.buttons[0])
    click(qtbot, wizard.next_button)
    assert wizard.current_step() is wizard.name_page
    assert wizard.name_page.step_label.text() == "질문 6개 중 2번째"
