"""GUI fixtures: the real fonts, theme and translators on the shared QApplication, reset after every test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from danggol_desktop import resources
from danggol_desktop.app import build_services
from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.resources import load_fonts
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui import input_guard
from danggol_desktop.ui.appearance import Appearance
from danggol_desktop.ui.main_window import MainWindow
from tests.clock import TODAY  # noqa: E402,F401 - GUI tests run on the test clock's fixed day


@pytest.fixture(autouse=True)
def appearance(qapp):
    """Every GUI test sees what a merchant sees: bundled font, theme at 100%, Korean."""
    load_fonts()
    input_guard.install(qapp)
    look = Appearance(qapp, resources.translations_dir())
    look.apply(Preferences())
    yield look
    # Delete what the test left behind first: restyling hundreds of dead widgets would slow every later test.
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    look.apply(Preferences())
    look.release()
    look.setParent(None)


@pytest.fixture(autouse=True)
def no_window_left_waiting(qapp):
    """A modal window no test answers would wait for a click for ever, holding CI until its time runs out (a machine
    without printers once opened the real 'no printer' question that way). Anything still modal after about ten
    seconds is closed, and the test fails naming it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QLabel

    waiting: dict[int, int] = {}
    stuck: list[str] = []

    def look():
        box = QApplication.activeModalWidget()
        if box is None:
            waiting.clear()
            return
        waiting[id(box)] = waiting.get(id(box), 0) + 1
        if waiting[id(box)] >= 20:  # 20 looks, half a second apart
            words = " / ".join(label.text() for label in box.findChildren(QLabel) if label.text())
            stuck.append(f"{type(box).__name__} {box.windowTitle()!r}: {words[:200]}")
            box.done(0) if isinstance(box, QDialog) else box.close()

    watch = QTimer()
    watch.timeout.connect(look)
    watch.start(500)
    yield
    watch.stop()
    assert not stuck, f"a window was left waiting for an answer no test gave: {stuck}"


@pytest.fixture(autouse=True)
def somewhere_else(monkeypatch):
    """Saving goes through the app's own '어디에 둘까요?' step; most tests pick '다른 곳에 저장…' there and answer Qt's
    dialog (which they replace). tests/gui/test_save_place.py drives the step itself."""
    from danggol_desktop.ui.widgets import save_place

    monkeypatch.setattr(save_place, "choose_place", lambda *a, **k: save_place.OTHER)


@pytest.fixture
def services(db, data_dir, appearance):
    return build_services(Workspace(db, data_dir), appearance)


@pytest.fixture
def window(qtbot, services, shop):
    """The main window on a shop PC's screen size, with one shop set up."""
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def a_printer(monkeypatch, tmp_path):
    """Two printers set up on this computer (there is none here); what is 'sent' to one is written to a PDF file,
    and `sent` says which printer was opened, on what paper and how many sheets."""
    from tests.gui.print_steps import fake_printers

    return fake_printers(monkeypatch, tmp_path)
