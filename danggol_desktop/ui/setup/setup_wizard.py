"""First run: one question per screen, then the answers become the first shop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from danggol_desktop.domain.categories import Category
from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import Conflict, InvalidInput
from danggol_desktop.domain.shop import ShopDraft, clean_name, clean_shop_details, normalize_phone
from danggol_desktop.error_sentences import error_text
from danggol_desktop.look import BASE_POINT_SIZE
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.page import set_role, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class _QuestionPage(QWizardPage):
    """One question: a big title, an explanation, and the answer widget, scrolling when the text is large."""

    def __init__(self, draft: ShopDraft, title: str, explanation: str) -> None:
        super().__init__()
        self.draft = draft
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the first answer, not the frame
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setSpacing(16)
        self.step_label = styled_label("", "muted")
        self.body.addWidget(self.step_label)
        self.title_label = styled_label(title, "title")
        self.body.addWidget(self.title_label)
        self.body.addWidget(styled_label(explanation))
        scroll.setWidget(body)
        outer.addWidget(scroll)


class _TextQuestionPage(_QuestionPage):
    """A question answered by typing; `check` tidies the text or raises InvalidInput."""

    def __init__(self, draft: ShopDraft, attr: str, title: str, explanation: str, label: str, check,
                 hint: str = "", placeholder: str = "") -> None:
        super().__init__(draft, title, explanation)
        self._attr = attr
        self._check = check
        self.field = TextField(label, hint=hint, placeholder=placeholder)
        self.body.addWidget(self.field)
        self.body.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.field.set_text(getattr(self.draft, self._attr))
        self.field.edit.setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        try:
            value = self._check(self.field.text())
        except InvalidInput as exc:
            self.field.show_error(error_text(exc.code))
            return False
        setattr(self.draft, self._attr, value)
        self.field.set_text(value)
        return True


class _CategoryPage(_QuestionPage):
    def __init__(self, draft: ShopDraft, categories: list[Category], language: str) -> None:
        super().__init__(
            draft,
            QCoreApplication.translate("SetupWizard", "What kind of shop is it?"),
            QCoreApplication.translate(
                "SetupWizard", "Press the one closest to your shop. If none fits, choose Other."
            ),
        )
        self.choice = ChoiceGrid([(c.code, c.name(language)) for c in categories], columns=3)
        self.body.addWidget(self.choice)
        self.error = styled_label("", "error")
        self.error.hide()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.choice.chosen.connect(lambda _v: self.error.hide())

    def initializePage(self) -> None:  # noqa: N802
        if self.draft.category:
            self.choice.set_value(self.draft.category)
        self.choice.buttons[0].setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        value = self.choice.value()
        if not value:
            self.error.setText(error_text("category_unknown"))
            self.error.show()
            return False
        self.draft.category = str(value)
        return True


class _LookPage(_QuestionPage):
    """Before anything else: the text size and the screen colours, chosen by looking, applied at once."""

    def __init__(self, draft: ShopDraft, scale: int, high_contrast: bool, on_change) -> None:
        super().__init__(
            draft,
            QCoreApplication.translate("SetupWizard", "Press the text that is easy for you to read."),
            QCoreApplication.translate("SetupWizard", "The screen changes at once."),
        )
        self._on_change = on_change
        self.scale = scale
        self.high_contrast = high_contrast
        sample = QCoreApplication.translate("SetupWizard", "Today's friend count")
        self.size_choice = ChoiceGrid([(value, sample) for value in (100, 150, 200)], columns=3)
        for value, button in zip((100, 150, 200), self.size_choice.buttons, strict=True):
            # each sample is drawn at the size it stands for (the app-wide size applies to the rest); chosen by eye
            button.setStyleSheet(f"font-size: {round(BASE_POINT_SIZE * value / 100)}pt;")
            button.setAccessibleName(f"{sample} {value}%")
        self.size_choice.set_value(scale)
        self.size_choice.chosen.connect(self._size)
        self.body.addWidget(self.size_choice)
        self.body.addWidget(styled_label(QCoreApplication.translate("SetupWizard", "Screen colours"), "heading"))
        self.contrast_choice = ChoiceGrid(
            [
                (False, QCoreApplication.translate("SetupWizard", "Normal")),
                (True, QCoreApplication.translate("SetupWizard", "High contrast (black background)")),
            ],
            columns=2,
        )
        self.contrast_choice.set_value(high_contrast)
        self.contrast_choice.chosen.connect(self._contrast)
        self.body.addWidget(self.contrast_choice)
        self.body.addStretch(1)

    def _size(self, value) -> None:
        self.scale = int(value)
        self._on_change(self.scale, self.high_contrast)

    def _contrast(self, value) -> None:
        self.high_contrast = bool(value)
        self._on_change(self.scale, self.high_contrast)

    def initializePage(self) -> None:  # noqa: N802
        self.size_choice.buttons[[100, 150, 200].index(self.scale) if self.scale in (100, 150, 200) else 0].setFocus()


def _optional_channel(text: str) -> str:
    return normalize_channel_link(text) if text.strip() else ""


class SetupWizard(QWizard):
    """Asks for the shop's details one by one and saves them as the first shop."""

    shop_created = Signal(object)  # Shop
    look_changed = Signal(int, bool)  # text scale, high contrast: chosen on the first page, applied at once

    def __init__(
        self,
        shops: ShopRepo,
        categories: list[Category],
        language: str,
        parent: QWidget | None = None,
        scale: int = 100,
        high_contrast: bool = False,
        workspace=None,
    ):
        super().__init__(parent)
        self._shops = shops
        self._ws = workspace  # the app saves the first shop through the task layer, as `danggol shops add` does
        self._categories = categories
        self.draft = ShopDraft()
        self.setWindowTitle(self.tr("Danggol — first setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("← Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next →"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            set_role(self.button(which), "primary")
        self.look_page = _LookPage(self.draft, scale, high_contrast, self.look_changed.emit)
        self.look_page.step_label.hide()  # room for both questions at 200% on a laptop screen
        self.addPage(self.look_page)
        self.name_page = _TextQuestionPage(
            self.draft,
            "name",
            self.tr("Welcome! Let's set up your shop."),
            self.tr("Five short questions. You can change every answer later in Settings."),
            self.tr("Shop name"),
            lambda t: clean_name(t, "name"),
            placeholder=self.tr("e.g. Haenam Vegetables"),
        )
        self.market_page = _TextQuestionPage(
            self.draft,
            "market",
            self.tr("Which market is your shop in?"),
            self.tr("Shops of the same market are kept together."),
            self.tr("Market name"),
            lambda t: clean_name(t, "market"),
            placeholder=self.tr("e.g. Sinyeong Market"),
        )
        self.category_page = _CategoryPage(self.draft, categories, language)
        self.phone_page = _TextQuestionPage(
            self.draft,
            "phone",
            self.tr("What is the shop's phone number?"),
            self.tr("It goes on your messages so customers can call. If you would rather not, leave it empty."),
            self.tr("Shop phone number (optional)"),
            normalize_phone,
            hint=self.tr("For example 010-1234-5678 or 02-123-4567."),
        )
        self.channel_page = _TextQuestionPage(
            self.draft,
            "channel_url",
            self.tr("Do you have a KakaoTalk Channel?"),
            self.tr("If you already made one, paste its address here. If not, leave it empty and add it later."),
            self.tr("KakaoTalk Channel address (optional)"),
            _optional_channel,
            hint=self.tr(
                "It starts with pf.kakao.com/_ . You can paste it as it is. How to find it: in the "
                "KakaoTalk Channel admin app, open your channel, press Manage, then Channel address "
                "(채널 URL). Press Copy there and paste it here."
            ),
            placeholder="pf.kakao.com/_AbCdE",
        )
        pages = (self.name_page, self.market_page, self.category_page, self.phone_page, self.channel_page)
        for number, page in enumerate(pages, start=1):
            page.step_label.setText(
                self.tr("Question %1 of %2").replace("%1", str(number)).replace("%2", str(len(pages)))
            )
            self.addPage(page)

    def enable_read_aloud(self, reader) -> None:
        """🔊 읽어 주기 beside 다음 while `reader` has a voice: reads the question and what is typed."""
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("🔊 Read aloud"))
        self.customButtonClicked.connect(lambda _which: reader.say(self.spoken_text()))
        reader.availability_changed.connect(
            lambda available: self.setOption(QWizard.WizardOption.HaveCustomButton1, available)
        )
        self.setOption(QWizard.WizardOption.HaveCustomButton1, reader.available)

    def spoken_text(self) -> str:
        page = self.currentPage()
        parts = [page.title_label.text()]
        field = getattr(page, "field", None)
        if field is not None:
            parts += [field.label.text(), field.text()]
        return ". ".join(part for part in parts if part and part.strip())

    def accept(self) -> None:
        """Save the shop; a refusal (a name already taken) sends the person back to the question it concerns."""
        if not self.currentPage().validatePage():
            return
        try:
            details = clean_shop_details(self.draft.to_details(), {c.code for c in self._categories})
            if self._ws is not None:
                from danggol_desktop.tasks import shop_tasks

                action = lambda: shop_tasks.add_shop(self._ws, details)  # noqa: E731
            else:
                action = lambda: self._shops.add(details)  # noqa: E731
            shop = save_or_tell(self, action, self.tr("Your shop was not saved yet."))
            if shop is NOT_SAVED:
                return  # every answer stays as typed
        except (InvalidInput, Conflict) as exc:
            while self.currentPage() is not self.name_page:
                self.back()
            self.name_page.field.show_error(error_text(exc.code))
            return
        self.shop_created.emit(shop)
        super().accept()
