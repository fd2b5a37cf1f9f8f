"""First run: one question per screen, then the answers become the first shop. The same step mechanism as every
guided flow (ui/widgets/guided_page.py), in a window of its own before the main window exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from danggol_desktop.domain.categories import Category
from danggol_desktop.domain.channel_link import normalize_channel_link, typed_in_hangul_mode
from danggol_desktop.domain.errors import Conflict, InvalidInput
from danggol_desktop.domain.shop import ShopDraft, clean_name, clean_shop_details, normalize_phone
from danggol_desktop.error_sentences import error_text
from danggol_desktop.look import BASE_POINT_SIZE
from danggol_desktop.tasks import shop_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.channel_kit.phone_sketch import PhoneSketch, SketchRow
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.guided_page import GuidedPage, Step
from danggol_desktop.ui.widgets.page import Page, bring_into_view, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

SIZES = (100, 150, 200)


class _QuestionStep(Step):
    """One question: its title (shown as the window's title), a line saying which question it is, an explanation."""

    def __init__(self, draft: ShopDraft, title: str, explanation: str) -> None:
        super().__init__(draft)
        self.draft: ShopDraft = draft
        self.heading = styled_label(title, "heading")
        self.column.addWidget(self.heading)
        self.step_label = styled_label("", "muted")
        self.column.addWidget(self.step_label)
        self.explanation = styled_label(explanation)
        self.column.addWidget(self.explanation)
        self.optional_widgets = [self.explanation, self.step_label]


class _TextQuestionStep(_QuestionStep):
    """A question answered by typing; `check` tidies the text or raises InvalidInput."""

    def __init__(self, draft: ShopDraft, attr: str, title: str, explanation: str, label: str,
                 check: Callable[[str], str], hint: str = "", placeholder: str = "") -> None:
        super().__init__(draft, title, explanation)
        self._attr = attr
        self._check = check
        self.field = TextField(label, hint=hint, placeholder=placeholder)
        self.column.addWidget(self.field)
        self.column.addStretch(1)
        self.first_focus = self.field.edit

    def initialize(self) -> None:
        self.field.set_text(getattr(self.draft, self._attr))

    def validate(self) -> bool:
        try:
            self._check(self.field.text())
        except InvalidInput as exc:
            self.field.show_error(error_text(exc.code))
            return False
        return True

    def commit(self) -> None:
        """The tidied answer into the draft and back into the field; an answer not yet right is kept as typed."""
        try:
            value = self._check(self.field.text())
        except InvalidInput:
            value = self.field.text()  # checked again on 다음
        setattr(self.draft, self._attr, value)
        self.field.set_text(value)


class _AskedOfBothStep(_TextQuestionStep):
    """A question the association is asked in its own words (whose market; the office's phone)."""

    def __init__(self, association_title: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._titles = {False: self.heading.text(), True: association_title}

    def initialize(self) -> None:
        super().initialize()
        self.heading.setText(self._titles[self.draft.association])


class _CategoryStep(_QuestionStep):
    def __init__(self, draft: ShopDraft, categories: list[Category], language: str) -> None:
        super().__init__(
            draft,
            QCoreApplication.translate("SetupWizard", "What kind of shop is it?"),
            QCoreApplication.translate(
                "SetupWizard", "Press the one closest to your shop. If none fits, choose Other."
            ),
        )
        self.choice = ChoiceGrid([(c.code, c.name(language)) for c in categories], columns=3)
        self.column.addWidget(self.choice)
        self.error = styled_label("", "error")
        self.error.hide()
        self.column.addWidget(self.error)
        self.column.addStretch(1)
        self.choice.chosen.connect(lambda _v: self.error.hide())
        self.first_focus = self.choice.buttons[0]

    def initialize(self) -> None:
        if self.draft.category:
            self.choice.set_value(self.draft.category)

    def validate(self) -> bool:
        if not self.choice.value():
            self.error.setText(error_text("category_unknown"))
            self.error.show()
            return False
        return True

    def commit(self) -> None:
        if self.choice.value():
            self.draft.category = str(self.choice.value())


class _LookStep(_QuestionStep):
    """Before anything else: the text size and the screen colours, chosen by looking, applied at once."""

    def __init__(self, draft: ShopDraft, scale: int, high_contrast: bool,
                 on_change: Callable[[int, bool], None]) -> None:
        super().__init__(
            draft,
            QCoreApplication.translate("SetupWizard", "Press the text that is easy for you to read."),
            QCoreApplication.translate("SetupWizard", "The screen changes at once."),
        )
        self.step_label.hide()  # room for both questions at 200% on a laptop screen
        self.optional_widgets = [self.explanation]
        self._on_change = on_change
        self.scale = scale if scale in SIZES else SIZES[0]
        self.high_contrast = high_contrast
        # each size says its name in words, drawn at the size it stands for (the rest follows the app-wide size)
        words = {100: QCoreApplication.translate("SetupWizard", "Normal size"),
                 150: QCoreApplication.translate("SetupWizard", "Large"),
                 200: QCoreApplication.translate("SetupWizard", "Very large")}
        self.size_choice = ChoiceGrid([(value, words[value]) for value in SIZES], columns=3)
        for value, button in zip(SIZES, self.size_choice.buttons, strict=True):
            button.setStyleSheet(f"font-size: {round(BASE_POINT_SIZE * value / 100)}pt;")
            button.setAccessibleName(QCoreApplication.translate("SetupWizard", "Text size: %1 (%2%)")
                                     .replace("%1", words[value]).replace("%2", str(value)))
        self.size_choice.set_value(self.scale)
        self.size_choice.chosen.connect(self._size)
        self.column.addWidget(self.size_choice)
        self.column.addWidget(styled_label(QCoreApplication.translate("SetupWizard", "Screen colours"), "muted"))
        self.contrast_choice = ChoiceGrid(
            [
                (False, QCoreApplication.translate("SetupWizard", "Normal")),
                (True, QCoreApplication.translate("SetupWizard", "High contrast (black background)")),
            ],
            columns=2,
        )
        self.contrast_choice.set_value(high_contrast)
        self.contrast_choice.chosen.connect(self._contrast)
        self.column.addWidget(self.contrast_choice)
        self.column.addStretch(1)
        self.first_focus = self.size_choice.buttons[SIZES.index(self.scale)]

    def _size(self, value: object) -> None:
        self.scale = int(str(value))
        self._on_change(self.scale, self.high_contrast)

    def _contrast(self, value: object) -> None:
        self.high_contrast = bool(value)
        self._on_change(self.scale, self.high_contrast)


class _WhoseStep(_QuestionStep):
    """Whose channel: a shop's, or the market's, run by the merchants' association (상인회). The market's skips the
    shop's name and kind: it is kept as '신영시장 상인회'."""

    def __init__(self, draft: ShopDraft) -> None:
        super().__init__(
            draft,
            QCoreApplication.translate("SetupWizard", "Is it a shop's channel, or the market's (merchants' "
                                                      "association)?"),
            QCoreApplication.translate("SetupWizard", "The market's channel tells customers about the whole market: "
                                                      "night markets, events, parking. The association runs it."),
        )
        self.choice = ChoiceGrid([(False, QCoreApplication.translate("SetupWizard", "My shop's channel")),
                                  (True, QCoreApplication.translate("SetupWizard", "The market's channel "
                                                                                   "(association)"))], columns=2)
        self.choice.set_value(False)
        self.column.addWidget(self.choice)
        self.column.addStretch(1)
        self.first_focus = self.choice.buttons[0]

    def initialize(self) -> None:
        self.choice.set_value(self.draft.association)
        self.first_focus = self.choice.buttons[1 if self.draft.association else 0]

    def commit(self) -> None:
        self.draft.association = bool(self.choice.value())


def _optional_channel(text: str) -> str:
    return normalize_channel_link(text) if text.strip() else ""


def _sketch_width() -> int:
    """As wide as the channel kit's phone sketches: 200 px at 100%, growing with the text (150 × the text size above
    125%, where the field needs the room)."""
    factor = QApplication.font().pointSizeF() / BASE_POINT_SIZE
    return round((150 if factor > 1.25 else 200) * factor)


class _ChannelStep(_TextQuestionStep):
    """네 / 아직 없어요 first; for 네, the address as read on the phone's admin app and typed here. Korean letters
    typed into it (the keyboard in Hangul mode) are said at once, under the field."""

    def __init__(self, draft: ShopDraft) -> None:
        super().__init__(
            draft, "channel_url", QCoreApplication.translate("SetupWizard", "Do you have a KakaoTalk Channel?"),
            QCoreApplication.translate("SetupWizard",
                                       "If not, that is fine: you can make one later with the channel kit."),
            QCoreApplication.translate("SetupWizard", "Channel address"), _optional_channel,
            hint=QCoreApplication.translate(
                "SetupWizard", "On your phone, open the KakaoTalk Channel admin app, then your channel, 관리, "
                "상세설정 and 채널 URL. Type here what it shows: it starts with pf.kakao.com/_ ."),
            placeholder="pf.kakao.com/_AbCdE")
        self.has_choice = ChoiceGrid([(True, QCoreApplication.translate("SetupWizard", "Yes, I have one")),
                                      (False, QCoreApplication.translate("SetupWizard", "Not yet"))], columns=2)
        self.column.insertWidget(self.column.indexOf(self.field), self.has_choice)
        # where to read it on the phone, drawn like the channel kit's sketches (never a copied Kakao screen), beside
        # the field: the address is read there and typed here — the phone and the PC are separate
        self.sketch = PhoneSketch([
            SketchRow(QCoreApplication.translate("SetupWizard", "My channel"), "title"),
            SketchRow("관리 › 상세설정"),  # the admin app's own words, as the merchant sees them there
            SketchRow("채널 URL"),
            SketchRow("pf.kakao.com/_AbCdE", "field", True)], _sketch_width())
        row = QHBoxLayout()
        row.setSpacing(gap(16))
        index = self.column.indexOf(self.field)
        self.column.removeWidget(self.field)
        row.addWidget(self.field, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.sketch, 0, Qt.AlignmentFlag.AlignTop)
        self.column.insertLayout(index, row)
        self.has_choice.chosen.connect(self._chosen)
        self.field.edit.textEdited.connect(self._say_hangul)
        self.first_focus = self.has_choice.buttons[0]

    def initialize(self) -> None:
        super().initialize()
        has = bool(self.draft.channel_url)
        self.has_choice.set_value(True if has else None)
        self.field.setVisible(has)
        self.sketch.setVisible(has)

    def _chosen(self, value: object) -> None:
        self.field.setVisible(bool(value))
        self.sketch.setVisible(bool(value))
        if value:
            self.field.edit.setFocus()
            self._bring_into_view()
        else:
            self.field.set_text("")
            self.field.clear_error()

    def _say_hangul(self, text: str) -> None:
        if typed_in_hangul_mode(text):
            self.field.show_error(error_text("channel_hangul"))
            self._bring_into_view()
        else:
            self.field.clear_error()

    def _bring_into_view(self) -> None:
        """The field and what is said under it, in view at large text on a laptop (explanations make way first)."""
        page = self.parentWidget()
        while page is not None and not isinstance(page, Page):
            page = page.parentWidget()
        if page is None:
            return
        page.fit_to_view()
        bring_into_view(self.field.error if self.field.error.isVisible() else self.field.edit)

    def validate(self) -> bool:
        if self.has_choice.value() is None:
            self.field.setVisible(True)
            self.sketch.setVisible(True)
            self.field.show_error(QCoreApplication.translate("SetupWizard", "Please press Yes or Not yet."))
            return False
        return super().validate()


class SetupWizard(GuidedPage):
    """Asks for the shop's details one by one and saves them, through the task layer, as the first shop."""

    accepted = Signal()  # the shop is saved: the main window takes over
    shop_created = Signal(object)  # Shop
    look_changed = Signal(int, bool)  # text scale, high contrast: chosen on the first step, applied at once

    def __init__(self, workspace: Workspace, categories: list[Category], language: str,
                 parent: QWidget | None = None, scale: int = 100, high_contrast: bool = False) -> None:
        super().__init__(QCoreApplication.translate("SetupWizard", "Danggol — first setup"), can_go_home=False,
                         parent=parent)
        self._ws = workspace
        self._categories = categories
        self.draft = ShopDraft()
        self.setWindowTitle(self.tr("Danggol — first setup"))
        self.look_page = self.add_step(_LookStep(self.draft, scale, high_contrast, self.look_changed.emit))
        self.whose_page = self.add_step(_WhoseStep(self.draft))
        self.name_page = self.add_step(_TextQuestionStep(
            self.draft,
            "name",
            self.tr("Welcome! Let's set up your shop."),
            self.tr("Short questions, one at a time. You can change every answer later in Settings."),
            self.tr("Shop name"),
            lambda t: clean_name(t, "name"),
            placeholder=self.tr("e.g. Haenam Vegetables"),
        ))
        self.market_page = self.add_step(_AskedOfBothStep(
            self.tr("Which market's association is it?"),
            self.draft,
            "market",
            self.tr("Which market is your shop in?"),
            self.tr("Shops of the same market are kept together."),
            self.tr("Market name"),
            lambda t: clean_name(t, "market"),
            placeholder=self.tr("e.g. Sinyeong Market"),
        ))
        self.category_page = self.add_step(_CategoryStep(self.draft, categories, language))
        self.phone_page = self.add_step(_AskedOfBothStep(
            self.tr("What is the association office's phone number?"),
            self.draft,
            "phone",
            self.tr("What is the shop's phone number?"),
            self.tr("It goes on your messages so customers can call. If you would rather not, leave it empty."),
            self.tr("Shop phone number (optional)"),
            normalize_phone,
            hint=self.tr("For example 010-1234-5678 or 02-123-4567."),
        ))
        self.channel_page = self.add_step(_ChannelStep(self.draft))
        self.start()

    def _questions(self) -> list[Step]:
        """The questions asked, in order: the association's skip the shop's name and kind."""
        shop_only = (self.name_page, self.category_page)
        return [step for step in (self.whose_page, self.name_page, self.market_page, self.category_page,
                                  self.phone_page, self.channel_page)
                if not (self.draft.association and step in shop_only)]

    def next_index(self, index: int) -> int:
        questions = self._questions()
        step = self.steps.widget(index)
        if step in questions:
            return self.steps.indexOf(questions[questions.index(step) + 1])
        return self.steps.indexOf(questions[0])

    def previous_index(self, index: int) -> int:
        questions = self._questions()
        step = self.steps.widget(index)
        position = questions.index(step) if step in questions else 0
        return self.steps.indexOf(questions[position - 1]) if position > 0 else self.steps.indexOf(self.look_page)

    def step_shown(self, index: int) -> None:
        last = self.is_last(index)
        self.next_button.setText(self.tr("Start") if last else QCoreApplication.translate("Page", "Next →"))
        questions = self._questions()
        for number, step in enumerate(questions, start=1):
            assert isinstance(step, _QuestionStep)
            step.step_label.setText(
                self.tr("Question %1 of %2").replace("%1", str(number)).replace("%2", str(len(questions)))
            )

    def finish_flow(self) -> None:
        """Save the shop; a refusal (a name already taken) sends the person back to the question it concerns."""
        try:
            details = clean_shop_details(self.draft.to_details(), {c.code for c in self._categories})
        except (InvalidInput, Conflict) as exc:
            self._back_to_name(exc.code)
            return

        def save() -> object:
            return shop_tasks.add_shop(self._ws, details)

        try:
            shop = save_or_tell(self, save, self.tr("Your shop was not saved yet."), self._ws.data_dir)
        except (InvalidInput, Conflict) as exc:
            self._back_to_name(exc.code)
            return
        if shop is NOT_SAVED:
            return  # every answer stays as typed
        self.shop_created.emit(shop)
        self.accepted.emit()
        self.close()

    def _back_to_name(self, code: str) -> None:
        self.show_step(self.steps.indexOf(self.name_page))
        self.name_page.field.show_error(error_text(code))
