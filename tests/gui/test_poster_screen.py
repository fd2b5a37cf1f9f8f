import pytest
from PIL import Image
from PySide6.QtCore import Qt

from danggol_desktop.poster.qr import decode_all
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.ui.poster import poster_page as module
from danggol_desktop.ui.poster.poster_page import ADDRESS, FINISH, LAYOUT, WORDS, PosterPage
from danggol_desktop.ui.widgets import file_dialogs
from tests.gui.ime_typing import type_text

LINK = "https://pf.kakao.com/_AbCdE/friend"
CATALOG_CODES = ["a4", "a5", "stickers", "card"]


def open_poster(qtbot, window) -> PosterPage:
    qtbot.keyClick(window.home.tiles["poster"], Qt.Key.Key_Space)
    page = window.stack.currentWidget()
    assert isinstance(page, PosterPage)
    return page


def press(qtbot, window, key):
    qtbot.keyClick(window.focusWidget(), key)


def test_a_poster_made_end_to_end_by_keyboard_only(qtbot, window, db, shop, tmp_path, monkeypatch):
    target = tmp_path / "poster"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = open_poster(qtbot, window)
    assert window.focusWidget() is page.address_step.address_field.edit
    page.address_step.address_field.edit.selectAll()
    type_text(qtbot, window.focusWidget(), " pf.kakao.com/_AbCdE?from=qr ")
    press(qtbot, window, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == LAYOUT
    press(qtbot, window, Qt.Key.Key_Down)  # the choices work like radio buttons: arrows move and choose
    assert page.draft.layout_code == "a5"
    press(qtbot, window, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == WORDS and window.focusWidget() is page.words_step.headline_field.edit
    page.words_step.headline_field.edit.selectAll()
    type_text(qtbot, window.focusWidget(), "오늘 특가를 카톡으로 받아 보세요")
    press(qtbot, window, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == FINISH
    assert "잘 열려요" in page.output_step.check_label.text()
    assert window.focusWidget() is page.output_step.print_button
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.output_step.pdf_button
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.output_step.png_button
    press(qtbot, window, Qt.Key.Key_Space)
    saved = tmp_path / "poster.png"
    assert decode_all(Image.open(saved)) == [LINK, LINK]
    history = PosterRepo(db).history(shop.id)
    assert [(h.layout, h.output, h.headline) for h in history] == [("a5", "png", "오늘 특가를 카톡으로 받아 보세요")]


@pytest.mark.parametrize("typed, expected", [
    ("", "붙여 넣거나"), ("@해남채소", "검색용"), ("https://pf.kakao.com.evil.example/_AbCdE", "채널 주소가 아니에요"),
    ("javascript:alert(1)", "쓸 수 없는 주소"), ("x" * 300, "채널 주소가 아니에요"),
])
def test_a_wrong_address_stops_at_step_one_with_a_reason(qtbot, window, shops, shop, typed, expected):
    page = open_poster(qtbot, window)
    retype(qtbot, page.address_step.address_field.edit, typed)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == ADDRESS
    error = page.address_step.address_field.error
    assert error.isVisible() and expected in error.text()
    assert shops.get(shop.id).channel_url == shop.channel_url


def test_a_corrected_address_is_kept_for_the_shop(qtbot, window, shops, shop):
    page = open_poster(qtbot, window)
    retype(qtbot, page.address_step.address_field.edit, "pf.kakao.com/_NewOne/chat")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == LAYOUT
    assert shops.get(shop.id).channel_url == "https://pf.kakao.com/_NewOne/friend"


def retype(qtbot, edit, text):
    """Click into the field, select what is there, type over it (Hangul through the input method)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def goto_words(page):
    page.go_next()
    page.go_next()
    assert page.steps.currentIndex() == WORDS


def test_emoji_and_overlong_titles_are_explained_and_block_the_next_step(qtbot, window):
    page = open_poster(qtbot, window)
    goto_words(page)
    page.words_step.headline_field.set_text("🎉 대박 세일 🎉")
    page.go_next()
    assert page.steps.currentIndex() == WORDS and "🎉" in page.words_step.words_error.text()
    page.words_step.headline_field.set_text("아주 긴 제목 " * 12)
    page.go_next()
    assert page.steps.currentIndex() == WORDS and "줄여 주세요" in page.words_step.words_error.text()
    page.words_step.headline_field.set_text("")
    page.go_next()
    assert page.steps.currentIndex() == WORDS and "큰 제목" in page.words_step.words_error.text()
    page.words_step.headline_choice.buttons[1].click()
    assert page.words_step.headline_field.text() == "카카오톡 친구가 되어 주세요"
    page.go_next()
    assert page.steps.currentIndex() == FINISH


def test_a_bad_picture_is_explained_and_the_poster_stays_as_it_was(qtbot, window, tmp_path):
    page = open_poster(qtbot, window)
    goto_words(page)
    bad = tmp_path / "not-a-picture.jpg"
    bad.write_text("hello")
    assert not page.words_step.set_logo(bad)
    assert "그림 파일이 아니에요" in page.words_step.logo_label.text()
    assert page.poster.matrix.level == "M"
    good = tmp_path / "logo.png"
    Image.new("RGB", (200, 200), "red").save(good)
    assert page.words_step.set_logo(good)
    assert page.poster.matrix.level == "H" and page.words_step.remove_logo_button.isVisible()
    page.words_step.remove_logo()
    assert page.poster.matrix.level == "M"


@pytest.fixture
def a_printer(monkeypatch):
    """A printer set up on this computer (there is none here): the dialog is then opened."""
    monkeypatch.setattr(module, "printers_available", lambda: True)


@pytest.mark.parametrize("paper, code, said", [
    ("A4", "a4", "PDF 파일로"),  # printed to a file from the dialog: said as a file, never 'sent to the printer'

    ("Letter", "a4", "94%"),  # a printer with Letter paper: the same design, evenly smaller, and said so
    ("A4", "card", "4장"),  # four counter cards on one A4 sheet, with cut marks
])
def test_print_goes_straight_to_the_print_dialog_and_is_told(qtbot, window, db, shop, tmp_path, monkeypatch,
                                                             a_printer, paper, code, said):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"
    seen = {}

    def fake_exec(dialog):
        printer = dialog.printer()
        seen["job"], seen["paper"] = printer.docName(), printer.pageLayout().pageSize().id()
        printer.setPageSize(QPageSize(getattr(QPageSize.PageSizeId, paper)))  # the printer's own paper
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return 1

    monkeypatch.setattr(module.QPrintDialog, "exec", fake_exec, raising=False)
    page = open_poster(qtbot, window)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.layout_step.layout_choice.buttons[CATALOG_CODES.index(code)], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.output_step.print_button, Qt.MouseButton.LeftButton)
    assert seen["job"] == "해남채소 QR 포스터"
    assert seen["paper"] == (QPageSize.PageSizeId.A6 if code == "card" else QPageSize.PageSizeId.A4)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000)
    assert said in page.output_step.result_label.text()
    assert "프린터로 보냈어요" not in page.output_step.result_label.text()  # it went to a file, and says so
    assert [h.output for h in PosterRepo(db).history(shop.id)] == ["pdf"]


def test_a_cancelled_print_records_nothing(qtbot, window, db, shop, monkeypatch, a_printer):
    monkeypatch.setattr(module.QPrintDialog, "exec", lambda dialog: 0, raising=False)
    page = open_poster(qtbot, window)
    for _step in range(3):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.output_step.print_button, Qt.MouseButton.LeftButton)
    assert PosterRepo(db).history(shop.id) == [] and page.output_step.result_label.text() == ""


def test_a_qr_made_too_small_by_the_logo_says_what_to_do(qtbot, window, tmp_path):
    from danggol_desktop.poster.renderer import RenderReport

    page = open_poster(qtbot, window)
    goto_words(page)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 200), "red").save(logo)
    assert page.words_step.set_logo(logo)
    too_small = RenderReport(qr_too_small=True)
    assert not page.words_step._show_problems(too_small)
    assert "그림 빼기" in page.words_step.words_error.text()  # the way out is named: dropping the picture
    page.words_step.remove_logo()
    assert not page.words_step._show_problems(too_small)
    assert "그림 빼기" not in page.words_step.words_error.text() and "다른 모양" in page.words_step.words_error.text()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own warning for the refusal this test provokes
def test_a_printer_that_cannot_be_reached_is_said_and_nothing_recorded(qtbot, window, db, shop, tmp_path,
                                                                      monkeypatch, a_printer):
    from PySide6.QtPrintSupport import QPrinter

    def unreachable(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))  # begin() fails, as for a gone printer
        return 1

    monkeypatch.setattr(module.QPrintDialog, "exec", unreachable, raising=False)
    page = open_poster(qtbot, window)
    for _step in range(3):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.output_step.print_button, Qt.MouseButton.LeftButton)
    assert "프린터에 연결되지 않아서" in page.output_step.result_label.text()
    assert PosterRepo(db).history(shop.id) == []


def test_the_line_beside_the_qr_starts_as_what_friends_of_this_shop_get_and_can_be_changed_or_cleared(
        qtbot, window, db, shop):
    page = open_poster(qtbot, window)
    words = page.words_step
    goto_words(page)
    default = "싱싱한 채소 들어오는 날 먼저 알려 드려요"  # the shop sells vegetables
    assert words.offer_field.text() == default and page.poster.content.offer == default
    assert words.offer_choice.buttons[0].isChecked()  # the field and the pressed choice agree
    qtbot.mouseClick(words.offer_choice.buttons[2], Qt.MouseButton.LeftButton)
    assert words.offer_field.text() == "친구 추가 손님께 10% 할인" and words.offer_choice.buttons[2].isChecked()
    retype(qtbot, words.offer_field.edit, "첫 구매 덤 드려요")
    assert not any(button.isChecked() for button in words.offer_choice.buttons)  # typed: no choice looks pressed
    assert page.poster.content.offer == "첫 구매 덤 드려요"
    retype(qtbot, words.offer_field.edit, "")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == FINISH and page.poster.content.offer == ""  # left empty: none printed


def test_with_no_printer_set_up_nothing_claims_to_print(qtbot, window, db, shop, monkeypatch):
    """No CUPS, or no queue: the dialog offered only 'print to file', wrote ~/해남채소 QR 포스터.pdf, and the app said
    '프린터로 보냈어요' (issue 27, finding 6). Now no system window opens and the way out is named."""
    monkeypatch.setattr(module, "printers_available", lambda: False)

    def must_not_open(dialog):
        raise AssertionError("the print dialog was opened")

    monkeypatch.setattr(module.QPrintDialog, "exec", must_not_open, raising=False)
    page = open_poster(qtbot, window)
    for _step in range(3):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.output_step.print_button, Qt.MouseButton.LeftButton)
    said = page.output_step.result_label.text()
    assert "연결된 프린터가 없어서" in said and "인쇄용으로 저장하기" in said and "보냈어요" not in said
    assert PosterRepo(db).history(shop.id) == []


def test_no_printer_here_is_what_qt_reports_without_cups():
    """This machine has no CUPS: the real check says so (the tests above stand in for a set-up printer)."""
    import shutil

    if shutil.which("lpstat") is None:
        assert module.printers_available() is False
