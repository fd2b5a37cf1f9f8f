"""어디에 둘까요?: the app's own save step (issue 27, finding 5). Big buttons for the Desktop, Documents and each USB
stick; a name the app chooses per layout, never one already there; no typing, no completer, no Qt window unless
'다른 곳에 저장…' is pressed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from danggol_desktop.ui.widgets import file_dialogs, save_place

REAL_STEP = save_place.choose_place  # the other GUI tests pick '다른 곳에 저장…' (tests/gui/conftest.py)


@pytest.fixture(autouse=True)
def the_real_step(monkeypatch, somewhere_else):
    monkeypatch.setattr(save_place, "choose_place", REAL_STEP)


def test_a_name_already_there_gets_a_number(tmp_path):
    (tmp_path / "해남채소 A4 포스터.pdf").write_bytes(b"first")
    (tmp_path / "해남채소 A4 포스터 (2).pdf").write_bytes(b"second")
    assert save_place.free_name(tmp_path, "해남채소 A4 포스터", "pdf") == tmp_path / "해남채소 A4 포스터 (3).pdf"
    assert save_place.free_name(tmp_path, "해남채소 세움판", "pdf") == tmp_path / "해남채소 세움판.pdf"


@pytest.mark.parametrize("typed, kept", [("해남/채소", "해남_채소"), ("a:b*c?", "a_b_c_"), ("  ", "danggol"),
                                         ("..", "danggol")])
def test_a_name_with_characters_a_disk_refuses_is_made_safe(typed, kept):
    assert file_dialogs._file_name(typed) == kept


def press_when_up(qtbot, words, seen):
    def press():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, save_place.SavePlaceDialog):
            QTimer.singleShot(20, press)
            return
        seen.extend(b.text() for b in dialog.findChildren(type(dialog.other_button)))
        [button] = [b for b in dialog.findChildren(type(dialog.other_button)) if words in b.text()]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def test_the_step_offers_big_places_and_saves_without_a_qt_window(qtbot, tmp_path, monkeypatch):
    desktop, stick = tmp_path / "바탕화면", tmp_path / "USB"
    desktop.mkdir()
    stick.mkdir()
    monkeypatch.setattr(save_place, "places", lambda: [("바탕화면", desktop), ("USB '시장자료'", stick)])

    def no_qt_dialog(*_a, **_k):
        raise AssertionError("Qt's file dialog was opened")

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", no_qt_dialog)
    seen: list[str] = []
    press_when_up(qtbot, "시장자료", seen)
    first = file_dialogs.ask_save_path(None, "인쇄용으로 저장하기", "해남채소 A4 포스터", "pdf")
    assert first == stick / "해남채소 A4 포스터.pdf"
    assert "다른 곳에 저장…" in seen and "취소" in seen and "바탕화면" in seen
    first.write_bytes(b"%PDF")
    press_when_up(qtbot, "시장자료", [])
    assert file_dialogs.ask_save_path(None, "인쇄용으로 저장하기", "해남채소 A4 포스터", "pdf") == \
        stick / "해남채소 A4 포스터 (2).pdf"  # never over the first one, and no question about it
    press_when_up(qtbot, "취소", [])
    assert file_dialogs.ask_save_path(None, "인쇄용으로 저장하기", "해남채소 A4 포스터", "pdf") is None


def test_somewhere_else_opens_qts_dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(save_place, "places", lambda: [])
    asked = []
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a) or (str(tmp_path / "보고서"), ""))
    press_when_up(qtbot, "다른 곳", [])
    assert file_dialogs.ask_save_path(None, "결과 저장", "보고서", "csv") == tmp_path / "보고서.csv"
    assert asked


def test_usb_sticks_are_found_by_their_names(monkeypatch):
    class Volume:
        def __init__(self, root, name, read_only=False):
            self._root, self._name, self._ro = root, name, read_only

        def isValid(self):  # noqa: N802
            return True

        def isReady(self):  # noqa: N802
            return True

        def isReadOnly(self):  # noqa: N802
            return self._ro

        def rootPath(self):  # noqa: N802
            return self._root

        def displayName(self):  # noqa: N802
            return self._name

        def name(self):
            return self._name

    volumes = [Volume("/", "root"), Volume("/media/user/SAMSUNG", "SAMSUNG"), Volume("/run/media/u/시장", "시장"),
               Volume("/media/user/CDROM", "CDROM", read_only=True), Volume("/boot/efi", "efi")]
    monkeypatch.setattr(save_place.QStorageInfo, "mountedVolumes", staticmethod(lambda: volumes))
    assert save_place.usb_sticks() == [("SAMSUNG", Path("/media/user/SAMSUNG")), ("시장", Path("/run/media/u/시장"))]


def test_each_poster_layout_has_its_own_file_name(qtbot, window, tmp_path, monkeypatch):
    """Every layout suggested '해남채소 포스터.pdf', so the second save met Qt's overwrite question."""
    from danggol_desktop.ui.poster import poster_page

    monkeypatch.setattr(save_place, "choose_place", lambda *a, **k: tmp_path)
    window.open_poster()
    page = window.stack.currentWidget()
    assert isinstance(page, poster_page.PosterPage)
    names = []
    for code in ("a4", "a5"):
        page.draft.layout_code = code
        names.append(page._suggested_name())
    assert names == ["해남채소 A4 포스터", "해남채소 탁상용 세움판"]
    for _step in range(3):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    first = page.save("pdf")
    second = page.save("pdf")
    assert first.exists() and second.exists() and first != second and second.name.endswith("(2).pdf")


def test_the_step_fits_a_laptop_screen_at_200_with_two_sticks(qtbot, appearance):
    from danggol_desktop.domain.preferences import Preferences

    appearance.apply(Preferences(text_scale=200))
    offered = [("바탕화면", Path("/tmp")), ("문서", Path("/tmp")), ("USB 메모리 'SAMSUNG'", Path("/tmp")),
               ("USB 메모리 '시장자료'", Path("/tmp"))]
    dialog = save_place.SavePlaceDialog(None, "인쇄용으로 저장하기", offered)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 600 and dialog.width() <= 1280  # under the taskbar line, on the tablet too
    assert all(b.height() >= 48 for b in dialog.findChildren(type(dialog.other_button)))
