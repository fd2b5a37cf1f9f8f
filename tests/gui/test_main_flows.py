"""The five jobs people come for, done the way they do them: finding a button by the words on it (or the name a
screen reader says), scrolling it into view, clicking it, typing Hangul through the input method — and waiting
for what they wait for. No page methods are called; what is checked is the database and the files written."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from danggol_desktop.poster.qr import decode_all
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.ui.widgets import file_dialogs
from danggol_desktop.ui.widgets.page import Page
from tests.gui.conftest import TODAY
from tests.gui.ime_typing import type_text


def words(button: QAbstractButton) -> str:
    title = getattr(button, "title_label", None)  # the big cards show their words in a label
    return button.text() or (title.text() if title is not None else "")


def shown(window, kind, name: str) -> QWidget:
    """The one control on screen whose words or spoken name are `name`, scrolled into view as a person would."""
    found = [w for w in window.findChildren(kind)
             if w.isVisible() and name in (getattr(w, "text", lambda: "")(), w.accessibleName(),
                                           words(w) if isinstance(w, QAbstractButton) else "")]
    assert len(found) == 1, f"{len(found)} visible controls say {name!r}"
    page = window.stack.currentWidget()
    if isinstance(page, Page) and page.scroll_area.isAncestorOf(found[0]):
        page.scroll_area.ensureWidgetVisible(found[0])
    return found[0]


def press(qtbot, window, name: str) -> None:
    button = shown(window, QAbstractButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, window, field_name: str, text: str) -> None:
    edit = shown(window, QLineEdit, field_name)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, edit, text)


def save_dialog_answers(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_record_todays_friends(qtbot, window, friend_counts, shop):
    press(qtbot, window, "친구 수 기록하기")
    for digit in "45":
        press(qtbot, window, digit)
    press(qtbot, window, "저장하기")
    qtbot.waitUntil(lambda: friend_counts.latest(shop.id) is not None)
    latest = friend_counts.latest(shop.id)
    assert (latest.day, latest.count) == (TODAY, 45)


def test_write_and_send_one_message(qtbot, window, db, shop):
    press(qtbot, window, "홍보 메시지 쓰기")
    press(qtbot, window, "할인·특가")
    fill(qtbot, window, "어떤 상품인가요?", "배추")
    fill(qtbot, window, "원래 가격 (원)", "5000")
    fill(qtbot, window, "할인 가격 (원)", "3000")
    for _step in range(3):  # the fields, the sentence, the check before sending
        press(qtbot, window, "다음 →")
    press(qtbot, window, "보냈어요")
    messages = MessageRepo(db)
    qtbot.waitUntil(lambda: len(messages.sent(shop.id)) == 1)
    body = messages.sent(shop.id)[0].body
    assert "배추" in body and "3,000원" in body and "5,000원" in body


def test_make_and_save_one_poster(qtbot, window, db, shop, tmp_path, monkeypatch):
    target = tmp_path / "해남채소 포스터.png"
    save_dialog_answers(monkeypatch, target)
    press(qtbot, window, "QR 포스터 만들기")
    for _step in range(3):  # the address on file, the usual kind, the ready title
        press(qtbot, window, "다음 →")
    press(qtbot, window, "그림으로 저장하기")
    qtbot.waitUntil(target.exists)
    from PIL import Image

    decoded = decode_all(Image.open(target))
    assert decoded and set(decoded) == {shop.channel_url}  # every QR on the sheet opens this shop's channel
    assert [h.output for h in PosterRepo(db).history(shop.id)] == ["png"]


def test_the_market_report_for_the_programme_office(qtbot, window, friend_counts, shop, tmp_path, monkeypatch):
    friend_counts.record(shop.id, TODAY - timedelta(days=30), 20)
    friend_counts.record(shop.id, TODAY, 65)
    target = tmp_path / "신영시장 결과.csv"
    save_dialog_answers(monkeypatch, target)
    press(qtbot, window, "튜터 모드")
    press(qtbot, window, "시장 결과 보고")
    press(qtbot, window, "엑셀용으로 저장하기")
    qtbot.waitUntil(target.exists)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    shop_rows = [row for row in rows if shop.name in row]
    assert len(shop_rows) == 1 and "65" in shop_rows[0]
