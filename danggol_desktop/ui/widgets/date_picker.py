"""A date choice a senior can use: a big button that says the day in words, and a month of big day buttons with
large month arrows and quick choices (오늘, 내일, 이번 주말, 다음 주). No spinning fields, nothing the wheel can
turn."""

from __future__ import annotations

import calendar
import datetime as dt
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import styled_button, styled_label

_KO_DAYS = ("월", "화", "수", "목", "금", "토", "일")
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def quick_choices(today: date) -> list[tuple[str, date]]:
    """(code, day) for the quick buttons: today, tomorrow, this weekend's Saturday, next Monday."""
    saturday = today + timedelta(days=(5 - today.weekday()) % 7)
    next_monday = today + timedelta(days=7 - today.weekday())
    return [
        ("today", today),
        ("tomorrow", today + timedelta(days=1)),
        ("weekend", saturday),
        ("next_week", next_monday),
    ]


class DatePickerDialog(QDialog):
    """One month of day buttons (≥ 48 px at 100%, growing with the text), month arrows, quick choices."""

    def __init__(
        self,
        current: date,
        today: date,
        language: str,
        minimum: date | None = None,
        maximum: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a day"))
        self.setModal(True)
        self._today = today
        self._language = language
        self._minimum = minimum
        self._maximum = maximum
        self.value = current
        self._month = current.replace(day=1)
        outer = QHBoxLayout(self)
        outer.setSpacing(gap(24))
        outer.setContentsMargins(gap(8), gap(8), gap(8), gap(8))
        left = QVBoxLayout()
        left.setSpacing(gap(4))
        nav = QHBoxLayout()
        self.prev_month = styled_button(self.tr("◀ Month before"))
        self.next_month = styled_button(self.tr("Month after ▶"))
        self.month_label = styled_label("", "heading", wrap=False)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev_month.clicked.connect(lambda: self.show_month(self._shift(-1)))
        self.next_month.clicked.connect(lambda: self.show_month(self._shift(1)))
        nav.addWidget(self.prev_month)
        nav.addWidget(self.month_label, 1)
        nav.addWidget(self.next_month)
        left.addLayout(nav)
        self.grid = QGridLayout()
        self.grid.setSpacing(gap(4))
        names = _KO_DAYS if language == "ko" else _EN_DAYS
        for column, name in enumerate(names):
            head = styled_label(name, "muted", wrap=False)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, column)
        self.day_buttons: dict[int, QPushButton] = {}
        left.addLayout(self.grid)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        right.setSpacing(gap(10))
        texts = {
            "today": self.tr("Today"),
            "tomorrow": self.tr("Tomorrow"),
            "weekend": self.tr("This weekend"),
            "next_week": self.tr("Next week"),
        }
        self.quick_buttons: dict[str, QPushButton] = {}
        for code, day in quick_choices(today):
            button = styled_button(texts[code])
            button.setEnabled(self._allowed(day))
            button.clicked.connect(lambda _c=False, d=day: self.choose(d))
            self.quick_buttons[code] = button
            right.addWidget(button)
        right.addStretch(1)
        self.cancel_button = styled_button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        right.addWidget(self.cancel_button)
        outer.addLayout(right, 1)
        self.show_month(self._month)

    def _shift(self, months: int) -> date:
        year, month = divmod(self._month.year * 12 + self._month.month - 1 + months, 12)
        return date(year, month + 1, 1)

    def _allowed(self, day: date) -> bool:
        return (self._minimum is None or day >= self._minimum) and (self._maximum is None or day <= self._maximum)

    def show_month(self, first: date) -> None:
        self._month = first
        self.month_label.setText(
            f"{first.year}년 {first.month}월" if self._language == "ko" else first.strftime("%B %Y")
        )
        for button in self.day_buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.day_buttons = {}
        offset = first.weekday()
        for day_number in range(1, calendar.monthrange(first.year, first.month)[1] + 1):
            day = first.replace(day=day_number)
            button = styled_button(str(day_number), "day", accessible_name=format_day(day, self._language, True))
            button.setCheckable(True)
            button.setChecked(day == self.value)
            button.setEnabled(self._allowed(day))
            if day == self._today:
                button.setProperty("today", True)
            button.clicked.connect(lambda _c=False, d=day: self.choose(d))
            row, column = divmod(offset + day_number - 1, 7)
            self.grid.addWidget(button, row + 1, column)
            self.day_buttons[day_number] = button
        self.prev_month.setEnabled(self._minimum is None or self._shift(-1) >= self._minimum.replace(day=1))
        self.next_month.setEnabled(self._maximum is None or self._shift(1) <= self._maximum.replace(day=1))

    def choose(self, day: date) -> None:
        if self._allowed(day):
            self.value = day
            self.accept()


def _python_day(value: QDate | date) -> date:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day())
    return value


class DateButton(QPushButton):
    """A big button that shows the chosen day in words and opens the picker. It speaks QDateEdit's small API
    (date, setDate, dateChanged, minimum/maximum) so screens and tests treat it alike."""

    dateChanged = Signal(QDate)  # noqa: N815 - the QDateEdit name

    def __init__(self, language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self._value = self._today
        self._minimum: date | None = date(2010, 1, 1)
        self._maximum: date | None = None
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.open_picker)
        self._show()

    def _show(self) -> None:
        text = format_day(self._value, self._language, with_year=self._value.year != self._today.year)
        self.setText(text + "  📅")
        self.setAccessibleDescription(text)

    def date(self) -> QDate:
        return QDate(self._value.year, self._value.month, self._value.day)

    def value(self) -> dt.date:
        return self._value

    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802
        day = _python_day(value)
        if self._minimum is not None:
            day = max(day, self._minimum)
        if self._maximum is not None:
            day = min(day, self._maximum)
        if day != self._value:
            self._value = day
            self._show()
            self.dateChanged.emit(self.date())

    def setMinimumDate(self, value: QDate) -> None:  # noqa: N802
        self._minimum = _python_day(value)

    def setMaximumDate(self, value: QDate) -> None:  # noqa: N802
        self._maximum = _python_day(value)

    def open_picker(self) -> None:
        dialog = DatePickerDialog(self._value, self._today, self._language, self._minimum, self._maximum, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.setDate(dialog.value)
