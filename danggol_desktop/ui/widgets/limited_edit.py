"""A text box with Kakao's limit beside it: a live count (the syllable being typed included), and what goes over the
limit marked in the text itself — never cut off behind the person's back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from danggol_desktop.domain.channel_kit import excess_start
from danggol_desktop.domain.text_length import count_characters
from danggol_desktop.look import BASE_POINT_SIZE
from danggol_desktop.ui import input_guard
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import bring_into_view, set_role, styled_label

OVER_COLOUR = "#FFB3B3"  # behind the part over the limit; dark text stays readable on it (contrast > 10:1)
PASTE_LIMIT = 20_000


class _TextBox(QPlainTextEdit):
    """A text box; on one line, Enter is left to the screen (다음) instead of starting a new line."""

    def __init__(self, single_line: bool) -> None:
        super().__init__()
        self._single_line = single_line

    def event(self, event: QEvent) -> bool:
        if (self._single_line and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            event.ignore()  # the screen's Enter shortcut gets it
            return False
        return super().event(event)


class LimitedEdit(QWidget):
    """Label, text box (one line, or `lines` lines), count "12 / 20자", and an error line under it."""

    changed = Signal()

    def __init__(self, label: str, limit: int, lines: int = 1, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.single_line = lines == 1
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap(6))
        top = QHBoxLayout()
        self.label = styled_label(label, "heading")
        self.counter = styled_label("", "muted", wrap=False)
        top.addWidget(self.label, 1)
        top.addWidget(self.counter)
        column.addLayout(top)
        self.edit = _TextBox(self.single_line)
        self.edit.setAccessibleName(label)
        self.edit.setTabChangesFocus(True)
        self.edit.setProperty("single_line", self.single_line)  # Enter moves on instead of starting a new line
        if self.single_line:
            self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.ensurePolished()
        line = self.edit.fontMetrics().lineSpacing()
        if QApplication.font().pointSizeF() >= 1.75 * BASE_POINT_SIZE:
            lines = min(lines, 3)  # at 200% a taller box would push 다음 off a laptop screen; the box scrolls
        self.edit.setFixedHeight(line * lines + line // 2 + 2 * gap(10) + 8)
        self.label.setBuddy(self.edit)
        column.addWidget(self.edit)
        self.hint = styled_label(hint, "muted") if hint else None
        if self.hint is not None:
            column.addWidget(self.hint)
        self.error = styled_label("", "error")
        self.error.hide()
        column.addWidget(self.error)
        self.edit.textChanged.connect(self._text_changed)
        input_guard.preedit_changed(self.edit, self._update)
        self._update()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.edit.setPlainText(text)
            self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def over(self) -> bool:
        return excess_start(self.text(), self.limit) >= 0

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()
        self.edit.setFocus()
        bring_into_view(self.error)

    def clear_error(self) -> None:
        self.error.hide()

    def _text_changed(self) -> None:
        text = self.text()
        cleaned = text.replace("\n", " ") if self.single_line else text
        if len(cleaned) > PASTE_LIMIT:
            cleaned = cleaned[:PASTE_LIMIT]  # a stray huge paste; far above any limit, and said by the count
        if cleaned != text:
            cursor = self.edit.textCursor().position()
            self.edit.blockSignals(True)
            self.edit.setPlainText(cleaned)
            self.edit.blockSignals(False)
            moved = self.edit.textCursor()
            moved.setPosition(min(cursor, len(cleaned)))
            self.edit.setTextCursor(moved)
        self.clear_error()
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        text = self.text()
        shown = text + input_guard.preedit_of(self.edit)
        count = count_characters(shown)
        words = QCoreApplication.translate("LimitedEdit", "%1 / %2 characters")
        self.counter.setText(words.replace("%1", f"{count:,}").replace("%2", f"{self.limit:,}"))
        start = excess_start(text, self.limit)
        set_role(self.counter, "error" if count > self.limit else "muted")
        marks = []
        if start >= 0:
            mark = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(OVER_COLOUR))
            fmt.setForeground(QColor("#000000"))
            fmt.setFontUnderline(True)
            mark.format = fmt
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(start)
            cursor.setPosition(len(text), QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            marks.append(mark)
            over = QCoreApplication.translate("LimitedEdit", "%1 too many: the marked part does not fit.")
            self.counter.setText(self.counter.text() + " · " + over.replace("%1", f"{count - self.limit:,}"))
        self.edit.setExtraSelections(marks)
