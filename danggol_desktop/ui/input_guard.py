"""App-wide guards so input is never lost or changed behind a person's back.

- The mouse wheel over a date, number or list box that was not clicked scrolls the page instead of changing it.
- The syllable still being composed by the input method (Hangul is typed a syllable at a time) is committed before
  any button press, Enter or focus change: a real input method is asked first; where there is none (or it does not
  answer) the field's own pending text is committed, once, and the input method is reset.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_COMMIT_TRIGGERS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.FocusAboutToChange)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class InputGuard(QObject):
    """Installed once on the QApplication by app.py (and by the GUI tests' fixture)."""

    preedit_seen = Signal(QObject)  # a field's composing text changed (live counters listen)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preedit: dict[int, tuple[QWidget, str]] = {}
        self._committing = False

    # -- the composing syllable ---------------------------------------------------------------------------------
    def preedit_of(self, widget: QWidget | None) -> str:
        """The text being composed in `widget` right now ('' when none); live counters add it."""
        if widget is None:
            return ""
        entry = self._preedit.get(id(widget))
        return entry[1] if entry and entry[0] is widget else ""

    def commit_composition(self) -> None:
        """Finish the syllable being composed in the focused field, exactly once."""
        if self._committing:
            return
        self._committing = True
        try:
            QGuiApplication.inputMethod().commit()  # a real input method answers with its own commit event
            for key, (widget, text) in list(self._preedit.items()):
                self._preedit.pop(key, None)
                if not text or not shiboken6.isValid(widget):
                    continue
                event = QInputMethodEvent("", [])
                event.setCommitString(text)
                QApplication.sendEvent(widget, event)
                QGuiApplication.inputMethod().reset()
        finally:
            self._committing = False

    def _track(self, watched: QObject, event: QInputMethodEvent) -> None:
        if not isinstance(watched, QWidget):
            return
        if event.preeditString():
            self._preedit[id(watched)] = (watched, event.preeditString())
        else:
            self._preedit.pop(id(watched), None)
        def tell() -> None:
            if shiboken6.isValid(watched):
                self.preedit_seen.emit(watched)

        QTimer.singleShot(0, tell)

    # -- the wheel -------------------------------------------------------------------------------------------------
    @staticmethod
    def _wheel_to_page(watched: QWidget, event: QWheelEvent) -> bool:
        """A wheel over an unclicked value box scrolls the page under it instead."""
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            bar = parent.verticalScrollBar()
            steps = event.angleDelta().y() / 120
            bar.setValue(bar.value() - round(steps * bar.singleStep() * 3))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, (QAbstractSpinBox, QComboBox)):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focused by a click or Tab, never by the wheel
        elif kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            self._track(watched, event)
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if isinstance(watched, (QAbstractSpinBox, QComboBox)) and not watched.hasFocus():
                return self._wheel_to_page(watched, event)
            owner = watched.parentWidget() if isinstance(watched, QWidget) else None
            if isinstance(owner, (QAbstractSpinBox, QComboBox)) and not owner.hasFocus():
                return self._wheel_to_page(owner, event)
        elif self._preedit and (
            kind in _COMMIT_TRIGGERS
            or isinstance(event, QKeyEvent)
            and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and event.key() in _ENTER_KEYS
        ):
            self.commit_composition()
        return False


def _guard() -> InputGuard | None:
    app = QApplication.instance()
    guard = app.property("danggol_input_guard") if app is not None else None
    return guard if isinstance(guard, InputGuard) else None


def preedit_of(widget: QWidget) -> str:
    """The syllable being composed in `widget` ('' when none, or when no guard is installed)."""
    guard = _guard()
    return guard.preedit_of(widget) if guard is not None else ""


def preedit_changed(widget: QWidget, callback) -> None:
    """Call `callback()` whenever the composing text of `widget` changes."""
    guard = _guard()
    if guard is None:
        return

    def handler(source: QObject) -> None:
        if source is widget:
            callback()

    guard.preedit_seen.connect(handler)
    widget.destroyed.connect(lambda *_a: guard.preedit_seen.disconnect(handler))


def install(app: QApplication) -> InputGuard:
    """One guard per application (installing twice returns the first)."""
    existing = app.property("danggol_input_guard")
    if isinstance(existing, InputGuard):
        return existing
    guard = InputGuard(app)
    app.installEventFilter(guard)
    app.setProperty("danggol_input_guard", guard)
    return guard
