"""The boxes a merchant meets only when something went wrong (a damaged file, a failed backup copy, a crash) and the
yes/no questions, shown for real: they load their Qt classes only when shown, so each is opened here, read in
Korean and answered with a click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from danggol_desktop import app
from danggol_desktop.crash_hook import CrashHook
from danggol_desktop.storage.errors import DiskFull
from danggol_desktop.ui.widgets import dialogs


def answer(qtbot, button_text: str, seen: list[str]) -> None:
    """Once a box is up, note its words and press the button with `button_text`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def test_a_yes_no_question_is_asked_in_korean_and_answered(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    answer(qtbot, "바꿀게요", seen)
    assert dialogs.ask_yes_no(parent, "단골", "오늘 9명을 12명으로 바꿀까요?", "바꿀게요", "그대로 둘게요") is True
    answer(qtbot, "그대로 둘게요", seen)
    assert dialogs.ask_yes_no(parent, "단골", "오늘 9명을 12명으로 바꿀까요?", "바꿀게요", "그대로 둘게요") is False
    assert seen and all("바꿀까요" in text for text in seen)


def test_a_damaged_data_file_is_said_and_the_backup_offered(qtbot):
    seen: list[str] = []
    answer(qtbot, "백업으로 되살리기", seen)
    assert app.ask_restore(Path("danggol-damaged.sqlite"), has_backup=True) is True
    answer(qtbot, "빈 자료로 시작하기", seen)
    assert app.ask_restore(Path("danggol-damaged.sqlite"), has_backup=True) is False
    assert all("손상" in text and "danggol-damaged.sqlite" in text for text in seen), seen


def test_with_no_backup_the_damaged_file_is_kept_and_said(qtbot):
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_only_button(qtbot, seen))
    assert app.ask_restore(Path("danggol-damaged.sqlite"), has_backup=False) is False
    assert "danggol-damaged.sqlite" in seen[0] and "백업" in seen[0]


def _close_only_button(qtbot, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _close_only_button(qtbot, seen))
        return
    seen.append(box.text() + "\n" + box.informativeText())
    [button] = box.buttons()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_failed_backup_copy_is_said_without_stopping_the_merchant(qtbot):
    """Even when no window of ours is active (the merchant is in KakaoTalk): the box used to be deleted at once."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    assert QApplication.activeWindow() is None
    app._tell_backup_failed(DiskFull(detail="no space left"), window)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and QApplication.activeModalWidget() is None  # not modal: work goes on
    text = boxes[0].text()
    assert "백업 사본을 만들지 못했어요" in text and "저장했어요" not in text  # at start nothing was just saved
    boxes[0].close()


def test_a_crash_is_said_in_korean_with_a_close_button(qtbot, tmp_path):
    hook = CrashHook(tmp_path)
    seen: list[str] = []
    answer(qtbot, "닫기", seen)
    hook.handle(RuntimeError, RuntimeError("boom"), None)
    qtbot.waitUntil(lambda: bool(seen))
    assert "한 번 더 해 보시고" in seen[0] and "boom" not in seen[0]
    assert (tmp_path / "logs" / "danggol.log").read_text(encoding="utf-8").count("boom") >= 1
