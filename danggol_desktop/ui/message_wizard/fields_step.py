"""Step 2: only the fields the chosen kind needs, big, each checked with its reason shown beside it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.promotion import (
    DATE_FIELDS,
    FIELD_MAX,
    PRICE_FIELDS,
    TEXT_MAX,
    PromotionDraft,
    check_fields,
    format_price,
    kind,
    parse_price,
)
from danggol_desktop.error_sentences import error_text
from danggol_desktop.ui.message_wizard.kind_step import kind_texts
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.message_wizard.step_base import MessageStep
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.date_picker import DateButton
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.page import styled_button, styled_label


class _DateField(QWidget):
    def __init__(self, label: str, language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(gap(6))
        self.label = styled_label(label, "heading")
        self.edit = DateButton(language, today)
        self.edit.setAccessibleName(label)
        self.label.setBuddy(self.edit)
        self.error = styled_label("", "error")
        self.error.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.dateChanged.connect(lambda _d: self.error.hide())

    def value(self) -> str:
        return self.edit.value().isoformat()

    def set_value(self, day: date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def show_error(self, message: str) -> None:
        self.say(message)
        self.edit.setFocus()

    def say(self, message: str) -> None:
        """The sentence under the day, where the eyes are as it is picked (the focus stays where it is)."""
        self.error.setText(message)
        self.error.show()


class FieldsStep(MessageStep):
    changed = Signal()

    def __init__(self, context: MessageContext, draft: PromotionDraft, parent: QWidget | None = None) -> None:
        super().__init__(context, draft, parent)
        self._layout = self.column
        self.title = styled_label("", "heading")
        self._layout.addWidget(self.title)
        self._body = QWidget()
        self._layout.addWidget(self._body)
        self._layout.addStretch(1)
        self.fields: dict[str, TextField | _DateField] = {}
        self.first_focus: QWidget | None = None

    def _labels(self, kind_code: str) -> dict[str, str]:
        labels = {
            "item": self.tr("What is it? (goods)"),
            "regular_price": self.tr("Usual price (won)"),
            "sale_price": self.tr("Sale price (won)"),
            "start": self.tr("First day"),
            "end": self.tr("Last day"),
            "quantity": self.tr("How many, if limited (optional)"),
            "gift": self.tr("What you give"),
            "hours": self.tr("New opening hours"),
            "occasion": self.tr("Which day is it?"),
            "title": self.tr("What is it called?"),
            "place": self.tr("Where is it in the market? (optional)"),
            "text": self.tr("Anything else to say (optional)"),
        }
        if kind_code == "new_item":
            labels["regular_price"] = self.tr("Price (won, optional)")
        if kind_code == "event":
            labels["item"] = self.tr("When they buy (optional)")
        if kind_code == "closed":
            labels["start"], labels["end"] = self.tr("First day closed"), self.tr("Last day closed")
        if kind_code == "hours":
            labels["start"] = self.tr("From which day")
        if kind_code == "night_market":
            labels["hours"] = self.tr("From what time to what time")
            labels["item"] = self.tr("What is on (optional)")
        if kind_code == "group_buy":
            labels["regular_price"] = self.tr("Usual price (won, optional)")
            labels["sale_price"] = self.tr("Group buying price (won)")
        if kind_code == "onnuri":
            labels["gift"] = self.tr("What is given, e.g. a 5,000 won Onnuri voucher")
            labels["item"] = self.tr("For what purchase (optional)")
        if kind_code == "festival":
            labels["title"] = self.tr("Name of the festival")
            labels["gift"] = self.tr("Prizes (optional)")
            labels["hours"] = self.tr("Hours (optional)")
        if kind_code == "holiday_shopping":
            labels["item"] = self.tr("What is good to buy (optional)")
        if kind_code == "market_notice":
            labels["title"] = self.tr("What is the notice about?")
        if kind_code == "new_shop":
            labels["title"] = self.tr("Name of the new shop")
            labels["item"] = self.tr("What does it sell?")
        return labels

    def _word_suggestions(self, name: str) -> list[str]:
        """Ready words under a field, pressed instead of typed."""
        if name == "item" and not self._context.shop.is_association:
            return self._context.items()
        if name == "occasion":
            return [o.name(self._context.language) for o in self._context.upcoming_occasions()]
        if name == "title" and self.draft.kind == "market_notice":
            return [self.tr("Free parking"), self.tr("Market closed"), self.tr("Building work")]
        return []

    def initialize(self) -> None:
        """Build the fields of the draft's kind and fill them from the draft."""
        draft = self.draft
        self._body.deleteLater()
        self._body = QWidget()
        self._layout.insertWidget(1, self._body)
        box = QVBoxLayout(self._body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(gap(12))
        spec = kind(draft.kind)
        self.title.setText(self.tr("Step 2 of 5: %1 — fill in the details").replace("%1", kind_texts()[draft.kind][0]))
        labels = self._labels(draft.kind)
        self.fields = {}
        today = self._context.today
        for name in spec.fields:
            if name in DATE_FIELDS:
                day_field = _DateField(labels[name], self._context.language, today)
                stored = draft.fields.get(name)
                try:
                    day_field.set_value(date.fromisoformat(stored) if stored else
                                        today + timedelta(days=2 if name == "end" else 0))
                except ValueError:
                    day_field.set_value(today)
                day_field.edit.dateChanged.connect(lambda _d: self.changed.emit())
                self.fields[name] = day_field
                box.addWidget(day_field)
                continue
            hint = self.tr("Digits only, e.g. 3000") if name in PRICE_FIELDS else ""
            placeholder = ""
            if name == "hours":
                evening = draft.kind == "night_market"
                placeholder = self.tr("e.g. 6 pm to 10 pm") if evening else self.tr("e.g. 9 am to 7 pm")
            field = TextField(labels[name], hint=hint, placeholder=placeholder)
            field.edit.setMaxLength(TEXT_MAX if name == "text" else FIELD_MAX)
            value = draft.fields.get(name, "")
            if name == "occasion":
                value = self._context.occasion_names().get(value, value)
            field.set_text(value)
            field.edit.textChanged.connect(lambda _t: self.changed.emit())
            if name in PRICE_FIELDS:
                field.edit.textChanged.connect(lambda text, f=field: self._show_price(f, text))
                self._show_price(field, field.text())
            self.fields[name] = field
            box.addWidget(field)
            words = self._word_suggestions(name)
            if words:
                box.addLayout(self._suggestions(words, field))
        start, end = self.fields.get("start"), self.fields.get("end")
        if isinstance(start, _DateField) and isinstance(end, _DateField):  # said when picked, not at 다음 only
            for day_field in (start, end):
                day_field.edit.dateChanged.connect(lambda _d, s=start, e=end: self._say_day_order(s, e))
        first = self.fields[spec.fields[0]]
        self.first_focus = first.edit

    @staticmethod
    def _say_day_order(start: _DateField, end: _DateField) -> None:
        if end.value() < start.value():
            end.say(error_text("end_before_start"))
        else:
            end.error.hide()

    def _suggestions(self, words: list[str], field: TextField) -> QHBoxLayout:
        row = QHBoxLayout()
        for word in words[:6]:
            button = styled_button(word)
            button.clicked.connect(lambda _c=False, w=word: self._suggest(field, w))
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _suggest(field: TextField, word: str) -> None:
        field.set_text(word)
        field.clear_error()

    def _show_price(self, field: TextField, text: str) -> None:
        """Say back the price the way it will be written (`3,000원`) while it is typed."""
        if field.hint is None:
            return
        try:
            field.hint.setText(self.tr("It will read: %1").replace("%1", format_price(parse_price(text),
                                                                                      self._context.language)))
        except InvalidInput:
            field.hint.setText(self.tr("Digits only, e.g. 3000"))

    def commit(self) -> None:
        names = self._context.occasion_names()
        by_name = {v: k for k, v in names.items()}
        for name, field in self.fields.items():
            value = field.value() if isinstance(field, _DateField) else field.text().strip()
            if name == "occasion":
                value = by_name.get(value, value)
            self.draft.fields[name] = value

    def validate(self) -> bool:
        self.commit()
        errors = check_fields(self.draft, self._context.today)
        for name, code in errors.items():
            self.fields[name].show_error(error_text(code))
        if errors:
            self.fields[next(iter(errors))].show_error(error_text(next(iter(errors.values()))))
            return False
        start = self.fields.get("start")
        if isinstance(start, _DateField) and date.fromisoformat(start.value()) < self._context.today:
            question = self.tr("The first day, %1, has already passed. Is that right?").replace(
                "%1", format_day(date.fromisoformat(start.value()), self._context.language))
            if not dialogs.ask_yes_no(self, self.tr("Is the day right?"), question, self.tr("Yes, it is right"),
                                      self.tr("No, let me change it")):
                start.edit.setFocus()
                return False
        return True


