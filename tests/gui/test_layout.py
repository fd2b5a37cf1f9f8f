"""Every screen at 100% and 200% text, normal and high contrast: no clipped text, every target big enough."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.look import MIN_TARGET_PX
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.main_window import MainWindow
from danggol_desktop.ui.setup.setup_wizard import SetupWizard
from tests.gui.conftest import TODAY
from tests.gui.layout_checks import clipped_texts, small_targets, unnamed_controls, wider_than_view

SCREEN = (1366, 768)


def check(widget, qtbot):
    """Layouts settle over a few rounds of events (wrapped text inside scroll areas); real clipping stays."""
    def problems():
        return (clipped_texts(widget) + small_targets(widget, MIN_TARGET_PX) + unnamed_controls(widget)
                + wider_than_view(widget))

    for _round in range(20):
        qtbot.wait(10)
        if not problems():
            break
    assert problems() == []


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
def test_setup_wizard_pages(qtbot, appearance, db, data_dir, categories, scale, contrast):
    appearance.apply(Preferences(text_scale=scale, high_contrast=contrast))
    wizard = SetupWizard(Workspace(db, data_dir), categories, "ko")
    qtbot.addWidget(wizard)
    wizard.resize(*SCREEN)
    wizard.show()
    qtbot.waitExposed(wizard)
    answers = ["look", "whose", "해남채소", "신영시장", None, "", ""]
    for answer in answers:
        check(wizard, qtbot)
        page = wizard.current_step()
        if answer in ("look", "whose"):
            pass
        elif answer is None:
            page.choice.buttons[0].click()
        else:
            page.field.set_text(answer)
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["ko", "en"])
def test_main_window_screens(qtbot, appearance, services, shop, scale, language):
    appearance.apply(Preferences(text_scale=scale, language=language))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    check(window, qtbot)
    window.open_settings()
    check(window, qtbot)
    window.open_shop_details()
    check(window, qtbot)
    window.stack.currentWidget().save_shop()
    check(window, qtbot)
    for back, count in ((9, 30), (2, 41), (1, 44)):
        FriendCountRepo(services.workspace.db).record(shop.id, TODAY - timedelta(days=back), count,
                                                      "시장 행사 날" if back == 2 else "")
    window.open_friends()
    check(window, qtbot)
    page = window.stack.currentWidget()
    page.count_field.set_text("오십")
    page.save()  # refused: the error line must fit too
    check(window, qtbot)
    page.count_field.set_text("66")
    page.save()  # the celebration banner
    check(window, qtbot)
    window.open_friend_history()
    check(window, qtbot)
    window.stack.currentWidget().delete(TODAY - timedelta(days=1))  # the undo notice
    check(window, qtbot)
    window.open_poster()
    poster = window.stack.currentWidget()
    poster.address_step.address_field.set_text("@잘못된주소")
    poster.go_next()  # the refusal must fit too
    for _step in range(4):
        check(window, qtbot)
        poster.address_step.address_field.set_text("pf.kakao.com/_AbCdE")
        poster.go_next()
    poster.words_step.headline_field.set_text("🎉" * 3)
    poster.show_step(2)
    poster.go_next()
    check(window, qtbot)
    window.open_message()
    wizard = window.stack.currentWidget()
    check(window, qtbot)
    wizard.kind_step.choose("discount")
    wizard.fields_step.fields["item"].set_text("배추")
    wizard.fields_step.fields["sale_price"].set_text("9" * 12)
    wizard.go_next()  # a refusal next to the field
    check(window, qtbot)
    wizard.fields_step.fields["sale_price"].set_text("3000")
    for _step in range(3):
        wizard.go_next()
        check(window, qtbot)
    wizard.finish("sent")
    check(window, qtbot)
    window.open_message_box()
    check(window, qtbot)
    window.open_job("channel_kit")
    check(window, qtbot)
    for card in ("channel", "profile", "welcome", "coupon", "chat", "post"):
        window.open_kit_card(card)
        page = window.stack.currentWidget()
        for index in range(page.steps.count()):
            page.start(index)
            check(window, qtbot)
        page.go_next()  # 다 했어요: the tick's banner and 되돌리기 must fit too
        check(window, qtbot)
    window.open_picture_maker()
    maker = window.stack.currentWidget()
    check(window, qtbot)
    maker.go_next()
    maker.photo_step.without()
    check(window, qtbot)
    maker.go_next()
    maker.words_step.price.set_text("삼천")  # refused next to the field
    maker.go_next()
    check(window, qtbot)
    maker.words_step.price.set_text("3000")
    maker.go_next()
    check(window, qtbot)
    maker.go_next()  # 내 그림
    check(window, qtbot)
    window.open_job("tutor")
    check(window, qtbot)
    for section in ("shops", "practice", "curriculum", "report", "transfer"):
        window.open_tutor_section(section)
        check(window, qtbot)


def test_the_checks_catch_what_they_look_for(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    host = QWidget()
    host.setStyleSheet("QPushButton { min-height: 0; min-width: 0; padding: 0; }")  # undo the theme's minimums
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    cut = QLabel("가게 이름이 아주 아주 길어서 다 보이지 않아요")
    cut.setFixedWidth(60)
    tiny = QPushButton("")
    tiny.setFixedSize(20, 20)
    squeezed = QPushButton("저장하기 저장하기 저장하기")
    squeezed.setFixedWidth(70)
    for w in (cut, tiny, squeezed):
        layout.addWidget(w)
    host.show()
    qtbot.waitExposed(host)
    assert len(clipped_texts(host)) == 2
    assert len(small_targets(host, MIN_TARGET_PX)) == 2  # the empty one and the squeezed one (32 px high)
    assert unnamed_controls(host) == ["QPushButton"]


def test_tables_right_align_number_columns_only(qtbot):
    from danggol_desktop.ui.widgets.table import make_table

    rows = [["신영시장", "1번가게", "1,234명", "+12", "12.5%"], ["신영시장", "2층 반찬", "-", "−3", "7%"]]
    table = make_table(["시장", "가게", "친구", "늘어난 수", "비율"], rows, "가게")
    qtbot.addWidget(table)
    right = Qt.AlignmentFlag.AlignRight
    aligned = [[bool(Qt.AlignmentFlag(table.item(r, c).textAlignment()) & right) for c in range(5)] for r in range(2)]
    assert aligned == [[False, False, True, True, True]] * 2  # '1번가게' is a name, not a number
    headers = [bool(Qt.AlignmentFlag(table.horizontalHeaderItem(c).textAlignment()) & right) for c in range(5)]
    assert headers == [False, False, True, True, True]


def test_the_footer_wraps_instead_of_widening_the_window(qtbot):
    from PySide6.QtWidgets import QPushButton, QWidget

    from danggol_desktop.ui.widgets.footer_layout import FooterLayout

    holder = QWidget()
    footer = FooterLayout(holder)
    footer.setContentsMargins(0, 0, 0, 0)
    footer.setSpacing(10)
    back, extra, main = (QPushButton(text) for text in ("← 이전" * 3, "내 메시지함" * 3, "다음 →" * 3))
    footer.addWidget(back)
    footer.addWidget(extra)
    footer.addStretch(1)
    footer.addWidget(main)
    qtbot.addWidget(holder)
    one_row = sum(b.sizeHint().width() for b in (back, extra, main)) + 20
    holder.resize(one_row + 50, 200)
    holder.show()
    qtbot.waitExposed(holder)
    assert len({b.y() for b in (back, extra, main)}) == 1 and main.geometry().right() == holder.width() - 1
    narrow = back.sizeHint().width() + extra.sizeHint().width() + 15
    holder.resize(narrow, footer.heightForWidth(narrow))
    qtbot.wait(10)
    assert holder.minimumSizeHint().width() < one_row
    assert main.y() > back.y() and main.geometry().right() == holder.width() - 1  # wrapped, still on the right
    assert not back.geometry().intersects(extra.geometry()) and not main.geometry().intersects(extra.geometry())
