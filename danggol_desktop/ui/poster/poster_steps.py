"""The poster screen's four steps: the channel address, the kind of poster, the words, then print or save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.poster_draft import PosterDraft
from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE, PosterCatalog
from danggol_desktop.error_sentences import error_text
from danggol_desktop.pictures.logo import load_logo
from danggol_desktop.poster.renderer import RenderReport
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice
from danggol_desktop.ui.widgets.footer_layout import FooterLayout
from danggol_desktop.ui.widgets.guided_page import Step
from danggol_desktop.ui.widgets.page import set_role, styled_button, styled_label


class PosterStep(Step):
    changed = Signal()  # the draft changed in a way the preview shows

    def __init__(self, draft: PosterDraft, title: str, explanation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.draft: PosterDraft = draft
        self.column.addWidget(styled_label(title, "heading"))
        if explanation:
            self.explanation = styled_label(explanation)
            self.column.addWidget(self.explanation)
            self.optional_widgets.append(self.explanation)


class AddressStep(PosterStep):
    def __init__(self, draft: PosterDraft, parent: QWidget | None = None) -> None:
        super().__init__(
            draft,
            self.tr("Step 1 of 4: Is this your channel address?"),
            self.tr("Customers who scan the QR code (the square barcode) become your channel friends. "
                    "It must lead to your own channel."),
            parent,
        )
        self.address_field = TextField(self.tr("KakaoTalk Channel address"), placeholder="pf.kakao.com/_AbCdE")
        self.column.addWidget(self.address_field)
        self.column.addWidget(styled_label(self.tr(
            "Where to find it: in the KakaoTalk Channel admin, open your channel's profile; the address starts "
            "with pf.kakao.com/_ . Copy it and paste it here as it is."), "muted"))
        self.column.addStretch(1)
        self.first_focus = self.address_field.edit

    def initialize(self) -> None:
        self.address_field.set_text(self.draft.link or self.draft.channel_text)

    def validate(self) -> bool:
        try:
            normalize_channel_link(self.address_field.text())
        except InvalidInput as exc:
            self.address_field.show_error(error_text(exc.code))
            return False
        return True

    def commit(self) -> None:
        self.draft.channel_text = self.address_field.text()
        try:
            link = normalize_channel_link(self.draft.channel_text)
        except InvalidInput:
            return  # not a usable address: the step says so when 다음 is pressed
        self.draft.link = link
        self.address_field.set_text(link)


class LayoutStep(PosterStep):
    def __init__(self, draft: PosterDraft, catalog: PosterCatalog, language: str, preview_beside: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            draft,
            self.tr("Step 2 of 4: Which kind of poster?"),
            self.tr("The picture on the right shows how it will look.") if preview_beside
            else self.tr("The picture below the choices shows how it will look."),
            parent,
        )
        self._catalog = catalog
        self._language = language
        self.layout_choice = ChoiceGrid([(lay.code, lay.name(language)) for lay in catalog.layouts], columns=1)
        self.layout_choice.chosen.connect(self._chosen)
        self.column.addWidget(self.layout_choice)
        self.layout_hint = styled_label("", "muted")
        self.column.addWidget(self.layout_hint)
        self.column.addStretch(1)

    def initialize(self) -> None:
        self.layout_choice.set_value(self.draft.layout_code)
        self.first_focus = self.layout_choice.buttons[self._catalog.codes.index(self.draft.layout_code)]
        self._chosen(self.draft.layout_code)

    def _chosen(self, code: object) -> None:
        self.draft.layout_code = str(code)
        self.layout_hint.setText(self._catalog.layout(self.draft.layout_code).hint(self._language))
        self.changed.emit()


class WordsStep(PosterStep):
    def __init__(self, draft: PosterDraft, catalog: PosterCatalog, shop_offer: str,
                 render: Callable[[], RenderReport | None], coupon_offer: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(draft, self.tr("Step 3 of 4: Choose the words"),
                         self.tr("Press a ready sentence or write your own."), parent)
        self._render = render  # paints the poster as it stands and says what does not fit
        layout = self.column
        # the title to type comes first, so it is in view at 200%; the ready sentences to press follow
        self.headline_field = TextField(self.tr("Big title"))
        self.headline_field.edit.setMaxLength(80)
        self.headline_field.edit.textChanged.connect(self._typed)
        layout.addWidget(self.headline_field)
        self.headline_choice = ChoiceGrid([(p, p) for p in catalog.headlines[POSTER_LANGUAGE]], columns=1)
        self.headline_choice.chosen.connect(lambda text: self.headline_field.set_text(str(text)))
        layout.addWidget(self.headline_choice)
        self.offer_field = TextField(self.tr("What friends get (may be left empty)"),
                                     placeholder=shop_offer or catalog.offers[POSTER_LANGUAGE][0])
        self.offer_field.edit.setMaxLength(60)
        self.offer_field.edit.textChanged.connect(self._typed)
        layout.addWidget(self.offer_field)
        # the shop's own line first (to get it back after a change), its current coupon (채널 꾸미기), then two
        # treats; they wrap at large text
        choices = [offer for offer in (shop_offer, coupon_offer) if offer]
        choices += [offer for offer in catalog.offers[POSTER_LANGUAGE][:2] if offer not in choices]
        self.offer_choice = ChoiceGrid([(offer, offer) for offer in choices], columns=1)
        self.offer_choice.chosen.connect(lambda text: self.offer_field.set_text(str(text)))
        layout.addWidget(self.offer_choice)
        logo_row = QHBoxLayout()
        self.logo_button = styled_button(self.tr("Add a logo or photo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = styled_button(self.tr("Remove the picture"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        layout.addLayout(logo_row)
        self.logo_label = styled_label("", "muted")
        layout.addWidget(self.logo_label)
        self.words_error = styled_label("", "error")
        layout.addWidget(self.words_error)
        layout.addStretch(1)
        self.first_focus = self.headline_field.edit

    def initialize(self) -> None:
        headline, offer = self.draft.headline, self.draft.offer  # filling one field copies both into the draft
        self.headline_field.set_text(headline)
        self.offer_field.set_text(offer)
        self._update_logo_row()
        self._typed()

    def _typed(self, *_args: object) -> None:
        self.draft.headline = self.headline_field.text()
        self.draft.offer = self.offer_field.text()
        self.headline_choice.show_value(self.draft.headline)
        self.offer_choice.show_value(self.draft.offer)
        self.headline_field.clear_error()
        self.offer_field.clear_error()
        self._show_problems(self._render(), quiet=True)

    def validate(self) -> bool:
        self.commit()
        ok = self._show_problems(self._render())
        if not ok:
            self.words_error.show()
        return ok

    def commit(self) -> None:
        self.draft.headline = self.headline_field.text()
        self.draft.offer = self.offer_field.text()

    def _show_problems(self, report: RenderReport | None, quiet: bool = False) -> bool:
        """Explain what keeps the poster from being ready; True when nothing does."""
        problems = []
        if not self.draft.headline.strip():
            problems.append(self.tr("Please choose or write a title."))
        if report is not None:
            if "headline" in report.too_long:
                problems.append(self.tr("The title is too long for this poster. Please shorten it."))
            if "name" in report.too_long:
                problems.append(self.tr("The shop name does not fit this kind of poster. Please choose another kind."))
            if "offer" in report.too_long:
                problems.append(self.tr("The treat line is too long. Please shorten it."))
            if report.unsupported:
                problems.append(self.tr("These characters cannot be printed: %1. Please remove them.").replace(
                    "%1", " ".join(sorted(report.unsupported))))
            if report.qr_too_small and self.draft.logo_png is not None:
                problems.append(self.tr("With a picture in its middle the QR code gets too small to scan on this "
                                        "kind. Press 'Remove the picture', or choose another kind."))
            elif report.qr_too_small:
                problems.append(self.tr("The QR code would be too small to scan here. Please choose another kind."))
        self.words_error.setText("\n".join(problems))
        self.words_error.setVisible(bool(problems) and not (quiet and not report))
        return not problems

    def choose_logo(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a logo or photo"), folder,
                                                      self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path) -> bool:
        try:
            self.draft.logo_png = load_logo(path)
        except InvalidInput as exc:
            self.logo_label.setText(error_text(exc.code))
            set_role(self.logo_label, "error")
            return False
        self.draft.logo_path = str(path)
        self._update_logo_row()
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        self.draft.logo_png = None
        self.draft.logo_path = ""
        self._update_logo_row()
        self.changed.emit()

    def _update_logo_row(self) -> None:
        self.remove_logo_button.setVisible(self.draft.logo_png is not None)
        set_role(self.logo_label, "muted")
        self.logo_label.setText(
            self.tr("Picture in the middle of the QR code: %1").replace("%1", Path(self.draft.logo_path).name)
            if self.draft.logo_png else self.tr("No picture. A small logo can go in the middle of the QR code."))


class OutputStep(PosterStep):
    """The last step: the poster checked by reading its QR code back, then 인쇄하기 / PDF / picture."""

    shows_next = False  # it ends with buttons of its own
    print_requested = Signal()
    save_requested = Signal(str)  # "pdf" or "png"

    def __init__(self, draft: PosterDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, self.tr("Step 4 of 4: Print or save"), "", parent)
        self.print_button = styled_button(self.tr("Print"), "primary")
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button = styled_button(self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(lambda: self.save_requested.emit("pdf"))
        self.png_button = styled_button(self.tr("Save as a picture"))
        self.png_button.clicked.connect(lambda: self.save_requested.emit("png"))
        # the three side by side at the top of the step, then one place for what is said: first the check ("다
        # 됐어요! … QR 코드를 읽어 보니"), then the answer to the button pressed (printed, saved, refused). Stacked,
        # with the answer under them, the page scrolled up to 389 px at 200% to show it; now both fit in the 321 px
        # a 1366×728 screen shows at 200% text, and no second room pushes the buttons down.
        row = FooterLayout()  # one row when they fit, more rows when they do not (a longer translation)
        row.setSpacing(gap(12))
        for button in (self.print_button, self.pdf_button, self.png_button):
            row.addWidget(button)
        self.column.addLayout(row)
        self.result_label = SavedNotice()
        self.column.addWidget(self.result_label)
        self.column.addStretch(1)

    def show_check(self, text: str, ready: bool) -> None:
        self.result_label.show_text(text, "banner" if ready else "error")
        for button in (self.print_button, self.pdf_button, self.png_button):
            button.setEnabled(ready)
        self.first_focus = self.print_button if ready else None
