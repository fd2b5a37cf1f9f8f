"""What a merchant sees when the data file cannot be written, and the backup screen they can use."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from danggol_desktop.crash_hook import CrashHook
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.single_instance import SingleInstance
from danggol_desktop.storage import backup
from danggol_desktop.ui.settings import backup_page as backup_module
from danggol_desktop.ui.widgets import save_guard
from tests.gui.conftest import TODAY
from tests.gui.test_friends import open_entry


def test_a_count_that_cannot_be_saved_is_said_and_stays_in_the_box(qtbot, window, db, friend_counts, shop,
                                                                   monkeypatch):
    told = []
    monkeypatch.setattr(save_guard, "ask_retry", lambda parent, not_saved, error: told.append((not_saved, error))
                        or False)
    db.conn.execute("PRAGMA query_only = ON")  # the file has become read-only
    page = open_entry(qtbot, window)
    qtbot.keyClicks(page.count_field.edit, "52")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    db.conn.execute("PRAGMA query_only = OFF")
    assert len(told) == 1
    not_saved, error = told[0]
    assert "52" in not_saved and "저장하지 못했어요" in not_saved and error.code == "read_only"
    assert page.count_field.text() == "52" and friend_counts.get(shop.id, TODAY) is None
    assert not page.celebration.isVisible()


def test_try_again_saves_once_the_problem_is_gone(qtbot, window, db, friend_counts, shop, monkeypatch):
    def fix_and_retry(parent, not_saved, error):
        db.conn.execute("PRAGMA query_only = OFF")  # e.g. space was freed
        return True

    monkeypatch.setattr(save_guard, "ask_retry", fix_and_retry)
    db.conn.execute("PRAGMA query_only = ON")
    page = open_entry(qtbot, window)
    qtbot.keyClicks(page.count_field.edit, "52")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert friend_counts.get(shop.id, TODAY).count == 52


def test_the_not_saved_dialog_offers_try_again_in_korean(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from danggol_desktop.storage.errors import DiskFull

    seen = {}

    def fake_exec(box):
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert save_guard.ask_retry(None, "친구 수를 저장하지 못했어요.", DiskFull()) is False
    assert "저장 공간이 부족" in seen["text"] and seen["buttons"] == ["다시 해 보기", "닫기"]


def test_an_uncaught_error_is_logged_and_told_kindly(qtbot, data_dir):
    hook = CrashHook(data_dir, show_dialog=False)
    try:
        raise RuntimeError("a bug nobody caught")
    except RuntimeError as exc:
        hook.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(hook.shown))
    assert "Traceback" not in hook.shown[0] and "저장되지 않았을 수" in hook.shown[0]
    log = (data_dir / "logs" / "danggol.log").read_text(encoding="utf-8")
    assert "RuntimeError: a bug nobody caught" in log


def test_a_second_start_brings_the_first_to_the_front(qtbot, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    first = SingleInstance(data_dir)
    assert first.acquire()
    qtbot.waitUntil(lambda: first._server is not None and first._server.isListening())
    second = SingleInstance(data_dir)
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert second.acquire() is False
    first.release()
    third = SingleInstance(data_dir)
    assert third.acquire()
    third.release()


def test_bring_back_a_backup_after_a_look(qtbot, window, db, shops, friend_counts, shop, monkeypatch):
    ws = window.services.workspace
    copy = backup.make_backup(db.conn, ws.backup_dir, "daily", datetime(2026, 11, 20, 9))
    shops.add(ShopDetails("바다수산", "신영시장"))
    friend_counts.record(shop.id, TODAY, 77)
    asked = []
    monkeypatch.setattr(backup_module.dialogs, "ask_yes_no", lambda parent, title, text, yes, no: asked.append(text)
                        or True)
    window.open_settings()
    settings = window.stack.currentWidget()
    qtbot.mouseClick(settings.backup_button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, backup_module.BackupPage)
    assert "2026-11-20 09:00" in page.describe(backup.describe(copy)) and "가게 1곳" in page.describe(
        backup.describe(copy))
    qtbot.mouseClick(page.restore_buttons[0], Qt.MouseButton.LeftButton)
    assert asked and "가게 1곳" in asked[0]
    assert [s.name for s in shops.list()] == ["해남채소"] and friend_counts.get(shop.id, TODAY) is None
    kept = backup.list_backups(ws.backup_dir, "restore")
    assert len(kept) == 1 and backup.describe(kept[0]).shops == 2  # what was there before can be brought back
    assert "되살렸어요" in page.notice.text()


def test_back_up_to_a_usb_stick(qtbot, window, tmp_path):
    from danggol_desktop.ui.settings.backup_page import BackupPage

    page = BackupPage(window.services.workspace, "ko")
    qtbot.addWidget(page)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = page.back_up_to(usb)
    assert made.parent == usb and backup.check_copy(made) and "usb" in page.notice.text()


HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(1000)
print("locked", flush=True)
time.sleep(60)
"""


def test_a_lock_whose_process_does_not_answer_is_taken_over(qtbot, data_dir):
    """A stale lock whose process id now belongs to another program (here: a live process that holds the lock file
    but is no Danggol and never answers) made every start exit silently (issue 25, finding 3)."""
    import subprocess
    import sys

    data_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir / "danggol.lock")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        guard = SingleInstance(data_dir)
        assert guard.acquire() is True and not guard.unanswered
        qtbot.waitUntil(lambda: guard._server is not None and guard._server.isListening())
        again = SingleInstance(data_dir)  # and the app that took over is found by the next start
        with qtbot.waitSignal(guard.activate_requested, timeout=5000):
            assert again.acquire() is False
        assert not again.unanswered
        guard.release()
    finally:
        holder.kill()
        holder.wait()


def test_a_kept_copy_is_listed_first_and_removed_only_when_asked(qtbot, window, db, monkeypatch):
    ws = window.services.workspace
    backup.make_backup(db.conn, ws.backup_dir, "daily", datetime(2026, 11, 20, 9))
    kept = backup.make_backup(db.conn, ws.backup_dir, "import", datetime(2026, 11, 18, 9), pinned=True)
    window.open_backups()
    page = window.stack.currentWidget()
    first_row = page.list_box.itemAt(0).widget()
    texts = " ".join(label.text() for label in first_row.findChildren(type(page.notice)))
    assert "지우실 때까지 남겨 둬요" in texts and "2026-11-18" in texts
    monkeypatch.setattr(backup_module.dialogs, "ask_yes_no", lambda *a, **k: False)
    assert page.remove_pinned(backup.describe(kept)) is False and kept.exists()
    monkeypatch.setattr(backup_module.dialogs, "ask_yes_no", lambda *a, **k: True)
    assert page.remove_pinned(backup.describe(kept)) is True and not kept.exists()
    assert page.notice.isVisible() and "지웠어요" in page.notice.text()
