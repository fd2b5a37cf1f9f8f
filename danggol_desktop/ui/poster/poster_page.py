"""Make a QR poster step by step: check the channel address, pick a layout, choose the words, then print or save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF, QStandardPaths, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.poster_draft import PosterDraft
from danggol_desktop.domain.poster_layouts import PosterCatalog
from danggol_desktop.error_sentences import error_text
from danggol_desktop.poster.logo import load_logo
from danggol_desktop.poster.output import Poster, check, export_pdf, export_png, page_size
from danggol_desktop.poster.renderer import PosterContent, RenderReport, paint_poster
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.storage.shop_repo import Shop, ShopRepo
from danggol_desktop.ui.poster.poster_preview import PosterPreview
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_save_path
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.step_stack import StepStack

POSTER_LANGUAGE = "ko"  # posters speak to the market's customers, whatever language the app is in
ADDRESS, LAYOUT, WORDS, FINISH = range(4)


class PosterPage(Page):
    shop_changed = Signal(object)  # Shop: the channel address was confirmed or corrected

    def __init__(self, shop: Shop, shops: ShopRepo, posters: PosterRepo, catalog: PosterCatalog, appearance,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Make a QR poster"), parent=parent)
        self._shop = shop
        self._shops = shops
        self._posters = posters
        self._catalog = catalog
        self._language = language
        self._logo_png: bytes | None = None
        self.poster: Poster | None = None
        self.draft = PosterDraft(channel_text=shop.channel_url, headline=catalog.headlines[POSTER_LANGUAGE][0])

        self.steps = StepStack()
        self.content.addWidget(self.steps, 1)
        self.preview = PosterPreview(appearance)
        self._preview_beside = appearance.theme.scale <= 125
        if self._preview_beside:
            self.add_side_panel(self.preview)
        else:  # big text: the preview goes under the step, in the scrolling part
            self.content.addWidget(self.preview)

        self.steps.addWidget(self._address_step())
        self.steps.addWidget(self._layout_step())
        self.steps.addWidget(self._words_step())
        self.steps.addWidget(self._finish_step())

        self.add_back_next(self.go_back, self.go_next)
        self.on_enter(self._enter_pressed)
        self.show_step(ADDRESS)

    # -- steps -----------------------------------------------------------------------------------------------------
    def _step(self, title: str, explanation: str) -> tuple[QWidget, QVBoxLayout]:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(styled_label(title, "heading"))
        if explanation:
            layout.addWidget(styled_label(explanation))
        return widget, layout

    def _address_step(self) -> QWidget:
        widget, layout = self._step(
            self.tr("Step 1 of 4: Is this your channel address?"),
            self.tr("Customers who scan the QR code (the square barcode) become your channel friends. "
                    "It must lead to your own channel."),
        )
        self.address_field = TextField(self.tr("KakaoTalk Channel address"), placeholder="pf.kakao.com/_AbCdE")
        self.address_field.set_text(self.draft.channel_text)
        layout.addWidget(self.address_field)
        layout.addWidget(styled_label(self.tr(
            "Where to find it: in the KakaoTalk Channel admin, open your channel's profile; the address starts "
            "with pf.kakao.com/_ . Copy it and paste it here as it is."), "muted"))
        layout.addStretch(1)
        return widget

    def _layout_step(self) -> QWidget:
        widget, layout = self._step(self.tr("Step 2 of 4: Which kind of poster?"),
                                    self.tr("The picture on the right shows how it will look.") if self._preview_beside
                                    else self.tr("The picture below the choices shows how it will look."))
        self.layout_choice = ChoiceGrid([(lay.code, lay.name(self._language)) for lay in self._catalog.layouts],
                                        columns=1)
        self.layout_choice.set_value(self.draft.layout_code)
        self.layout_choice.chosen.connect(self._layout_chosen)
        layout.addWidget(self.layout_choice)
        self.layout_hint = styled_label("", "muted")
        layout.addWidget(self.layout_hint)
        layout.addStretch(1)
        return widget

    def _words_step(self) -> QWidget:
        widget, layout = self._step(self.tr("Step 3 of 4: Choose the words"),
                                    self.tr("Press a ready sentence or write your own."))
        # the title to type comes first, so it is in view at 200%; the ready sentences to press follow
        self.headline_field = TextField(self.tr("Big title"))
        self.headline_field.edit.setMaxLength(80)
        self.headline_field.set_text(self.draft.headline)
        self.headline_field.edit.textChanged.connect(self._words_changed)
        layout.addWidget(self.headline_field)
        phrases = self._catalog.headlines[POSTER_LANGUAGE]
        self.headline_choice = ChoiceGrid([(p, p) for p in phrases], columns=1)
        self.headline_choice.chosen.connect(lambda text: self.headline_field.set_text(text))
        layout.addWidget(self.headline_choice)
        self.offer_field = TextField(self.tr("A treat for new friends (optional)"),
                                     placeholder=self._catalog.offers[POSTER_LANGUAGE][0])
        self.offer_field.edit.setMaxLength(60)
        self.offer_field.edit.textChanged.connect(self._words_changed)
        layout.addWidget(self.offer_field)
        offers = QHBoxLayout()
        for offer in self._catalog.offers[POSTER_LANGUAGE][:2]:
            button = styled_button(offer)
            button.clicked.connect(lambda _c=False, o=offer: self.offer_field.set_text(o))
            offers.addWidget(button)
        layout.addLayout(offers)
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
        self._update_logo_row()
        return widget

    def _finish_step(self) -> QWidget:
        widget, layout = self._step(self.tr("Step 4 of 4: Print or save"), "")
        self.check_label = styled_label("", "banner")
        layout.addWidget(self.check_label)
        self.print_button = styled_button(self.tr("Print"), "primary")
        self.print_button.clicked.connect(self.print_poster)
        self.pdf_button = styled_button(self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.png_button = styled_button(self.tr("Save as a picture (PNG)"))
        self.png_button.clicked.connect(lambda: self.save("png"))
        for button in (self.print_button, self.pdf_button, self.png_button):
            layout.addWidget(button)
        self.result_label = SavedNotice()
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        return widget

    # -- moving between steps --------------------------------------------------------------------------------------
    def show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.title_from_step(self.steps.widget(index))
        self.preview.setVisible(index != ADDRESS)
        self.back_button.setEnabled(index != ADDRESS)
        self.next_button.setVisible(index != FINISH)
        if index == ADDRESS:
            self.first_focus = self.address_field.edit
        elif index == LAYOUT:
            self._layout_chosen(self.draft.layout_code)
            self.first_focus = self.layout_choice.buttons[self._catalog.codes.index(self.draft.layout_code)]
        elif index == WORDS:
            self._words_changed()
            self.first_focus = self.headline_field.edit
        else:
            self._check_for_output()
            self.first_focus = self.print_button if self.print_button.isEnabled() else self.back_button
        self.scroll.verticalScrollBar().setValue(0)  # every step starts at its top, its question in view
        self.first_focus.setFocus()

    def go_back(self) -> None:
        if self.steps.currentIndex() > ADDRESS:
            self.show_step(self.steps.currentIndex() - 1)

    def go_next(self) -> None:
        step = self.steps.currentIndex()
        if step == ADDRESS and not self._accept_address():
            return
        if step == WORDS and not self._words_ready():
            return
        if step < FINISH:
            self.show_step(step + 1)

    def _enter_pressed(self) -> None:
        if self.steps.currentIndex() != FINISH:
            self.go_next()

    def _accept_address(self) -> bool:
        try:
            link = normalize_channel_link(self.address_field.text())
        except InvalidInput as exc:
            self.address_field.show_error(error_text(exc.code))
            return False
        self.draft.channel_text = link
        self.draft.link = link
        self.address_field.set_text(link)
        if link != self._shop.channel_url:  # the merchant confirmed it: keep it for next time
            self._shop = self._shops.update(self._shop.id, replace(self._shop.details, channel_url=link))
            self.shop_changed.emit(self._shop)
        return True

    # -- the poster itself -----------------------------------------------------------------------------------------
    def _make_poster(self) -> Poster:
        content = PosterContent(
            link=self.draft.link, shop_name=self._shop.name, headline=self.draft.headline.strip(),
            caption=self._catalog.caption[POSTER_LANGUAGE], scan_hint=self._catalog.scan_hint[POSTER_LANGUAGE],
            offer=self.draft.offer.strip(), logo_png=self._logo_png,
        )
        return Poster.make(self._catalog.layout(self.draft.layout_code), content)

    def _refresh_preview(self) -> RenderReport | None:
        self.poster = self._make_poster()
        return self.preview.set_poster(self.poster)

    def _layout_chosen(self, code: str) -> None:
        self.draft.layout_code = code
        self.layout_hint.setText(self._catalog.layout(code).hint(self._language))
        self._refresh_preview()

    def _words_changed(self, *_args) -> None:
        self.draft.headline = self.headline_field.text()
        self.draft.offer = self.offer_field.text()
        self.headline_field.clear_error()
        self.offer_field.clear_error()
        report = self._refresh_preview()
        self._show_problems(report, quiet=True)

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
            if report.qr_too_small:
                problems.append(self.tr("The QR code would be too small to scan here. Please choose another kind."))
        self.words_error.setText("\n".join(problems))
        self.words_error.setVisible(bool(problems) and not (quiet and not report))
        return not problems

    def _words_ready(self) -> bool:
        report = self._refresh_preview()
        ok = self._show_problems(report)
        if not ok:
            self.words_error.show()
        return ok

    def choose_logo(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a logo or photo"), folder,
                                                      self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path) -> bool:
        try:
            self._logo_png = load_logo(path)
        except InvalidInput as exc:
            self.logo_label.setText(error_text(exc.code))
            self.logo_label.setProperty("role", "error")
            self._repolish(self.logo_label)
            return False
        self.draft.logo_path = str(path)
        self._update_logo_row()
        self._refresh_preview()
        return True

    def remove_logo(self) -> None:
        self._logo_png = None
        self.draft.logo_path = ""
        self._update_logo_row()
        self._refresh_preview()

    def _update_logo_row(self) -> None:
        self.remove_logo_button.setVisible(self._logo_png is not None)
        self.logo_label.setProperty("role", "muted")
        self._repolish(self.logo_label)
        self.logo_label.setText(
            self.tr("Picture in the middle of the QR code: %1").replace("%1", Path(self.draft.logo_path).name)
            if self._logo_png else self.tr("No picture. A small logo can go in the middle of the QR code."))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- output ----------------------------------------------------------------------------------------------------
    def _check_for_output(self) -> None:
        self.result_label.show_text("")
        try:
            report = check(self._make_poster())
        except DanggolError as exc:
            self.check_label.setText(error_text(exc.code))
            ready = False
        else:
            self.check_label.setText(self.tr(
                "Done! We scanned the QR code on the poster and it opens your channel. QR code size: %1 cm."
            ).replace("%1", f"{report.qr_mm / 10:.1f}"))
            ready = True
        for button in (self.print_button, self.pdf_button, self.png_button):
            button.setEnabled(ready)

    def _suggested_name(self) -> str:
        return self.tr("%1 poster").replace("%1", self._shop.name)

    def save(self, kind: str) -> Path | None:
        title = self.tr("Save for printing") if kind == "pdf" else self.tr("Save as a picture")
        path = ask_save_path(self, title, self._suggested_name(), kind)
        if path is None:
            return None
        poster = self._make_poster()
        try:
            if kind == "pdf":
                export_pdf([poster], path, f"{self._shop.name} QR")
            else:
                export_png(poster, path)
        except DanggolError as exc:
            self.result_label.show_text(error_text(exc.code))
            return None
        self._record(kind, str(path))
        self.result_label.show_saved(path)
        return path

    def print_poster(self) -> bool:
        poster = self._make_poster()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(poster.layout))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))

        def paint(device) -> None:
            painter = QPainter(device)
            paint_poster(painter, QRectF(device.pageRect(QPrinter.Unit.DevicePixel)), poster.layout, poster.content,
                         poster.matrix)
            painter.end()

        dialog.paintRequested.connect(paint)
        if dialog.exec():
            self._record("print", "")
            self.result_label.show_text(self.tr("Sent to the printer."))
            return True
        return False

    def _record(self, output: str, path: str) -> None:
        self._posters.add(self._shop.id, self.draft.layout_code, self.draft.headline.strip(), self.draft.offer.strip(),
                          self.draft.link, output, path)
