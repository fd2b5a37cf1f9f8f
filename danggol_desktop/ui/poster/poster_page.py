"""Make a QR poster step by step: check the channel address, pick a layout, choose the words, then print or save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from danggol_desktop.domain.categories import Category, poster_offer
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.poster_draft import PosterDraft
from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE, PosterCatalog
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import error_text
from danggol_desktop.poster.output import Poster, check, export_pdf, export_png, shop_poster
from danggol_desktop.poster.printing import prepare_printer, print_on_paper
from danggol_desktop.poster.renderer import RenderReport, paint_poster
from danggol_desktop.tasks import poster_tasks, shop_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.appearance import Appearance
from danggol_desktop.ui.poster import print_step
from danggol_desktop.ui.poster.poster_preview import PosterPreview
from danggol_desktop.ui.poster.poster_steps import AddressStep, LayoutStep, OutputStep, WordsStep
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.file_dialogs import ask_save_path
from danggol_desktop.ui.widgets.guided_page import GuidedPage
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

ADDRESS, LAYOUT, WORDS, FINISH = range(4)


def open_printer(name: str) -> QPrinter:
    """The printer by its queue name, at its full resolution."""
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


class PosterPage(GuidedPage):
    shop_changed = Signal(object)  # Shop: the channel address was confirmed or corrected

    def __init__(self, shop: Shop, workspace: Workspace, catalog: PosterCatalog,
                 categories: list[Category], appearance: Appearance, language: str, coupon_offer: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PosterPage", "Make a QR poster"), parent=parent)
        self._shop = shop
        self._ws = workspace
        self._catalog = catalog
        self._language = language
        self.poster: Poster | None = None
        # the line beside the QR starts as what a friend of this kind of shop gets (news, not a discount): a poster
        # that says what adding the channel brings, and no empty quarter page; the merchant may change or clear it
        shop_offer = poster_offer(categories, shop.category, POSTER_LANGUAGE)
        self.draft = PosterDraft(channel_text=shop.channel_url, headline=catalog.headlines[POSTER_LANGUAGE][0],
                                 offer=shop_offer)

        self.preview = PosterPreview(appearance)
        preview_beside = appearance.theme.scale <= 125
        self.address_step = self.add_step(AddressStep(self.draft))
        self.layout_step = self.add_step(LayoutStep(self.draft, catalog, language, preview_beside))
        self.words_step = self.add_step(WordsStep(self.draft, catalog, shop_offer, self._refresh_preview,
                                                  coupon_offer))
        self.output_step = self.add_step(OutputStep(self.draft))
        if preview_beside:
            self.add_side_panel(self.preview)
        else:  # big text: the preview goes under the step, in the scrolling part
            self.content.addWidget(self.preview)
        for step in (self.layout_step, self.words_step):
            step.changed.connect(self._refresh_preview)
        self.output_step.print_requested.connect(self.print_poster)
        self.output_step.save_requested.connect(self.save)
        self.start(ADDRESS)

    def step_shown(self, index: int) -> None:
        self.preview.setVisible(index != ADDRESS)
        if index == LAYOUT and self.draft.link and self.draft.link != self._shop.channel_url:
            # the merchant confirmed or corrected the address: keep it for next time (the poster works either way)
            kept = save_or_tell(self, lambda: shop_tasks.update_shop(
                self._ws, self._shop.id, replace(self._shop.details, channel_url=self.draft.link)),
                self.tr("The channel address was not kept for next time. The poster still uses it."),
                self._ws.data_dir)
            if kept is not NOT_SAVED:
                self._shop = kept
                self.shop_changed.emit(self._shop)
        if index == FINISH:
            self._check_for_output()
            if self.output_step.first_focus is None:
                self.output_step.first_focus = self.back_button

    # -- the poster itself -----------------------------------------------------------------------------------------
    def _make_poster(self) -> Poster:
        return shop_poster(self._catalog, self.draft.layout_code, self.draft.link, self._shop.name,
                           self.draft.headline, self.draft.offer, self.draft.logo_png, self._shop.search_id)

    def _refresh_preview(self) -> RenderReport | None:
        self.poster = self._make_poster()
        return self.preview.set_poster(self.poster)

    # -- output ----------------------------------------------------------------------------------------------------
    def _check_for_output(self) -> None:
        try:
            report = check(self._make_poster())
        except DanggolError as exc:
            self.output_step.show_check(error_text(exc.code), ready=False)
            return
        self.output_step.show_check(self.tr(
            "Done! We scanned the QR code on the poster and it opens your channel. QR code size: %1 cm."
        ).replace("%1", f"{report.qr_mm / 10:.1f}"), ready=True)

    def _suggested_name(self) -> str:
        """The shop and the layout: '해남채소 A4 포스터', '해남채소 탁상용 세움판' — each layout its own file, so the
        second save is not the first one's name (it met Qt's overwrite question)."""
        layout = self._catalog.layout(self.draft.layout_code).name(self._language).split(" (")[0]
        return f"{self._shop.name} {layout}"

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
            self._tell(error_text(exc.code))
            return None
        self._record(kind, str(path))
        self.output_step.result_label.show_saved(path)  # the notice brings itself into view
        return path

    def print_poster(self) -> bool:
        """The app's own print step (print_step): the printers as big buttons, the paper as a sketch, the number of
        sheets; then it prints on that paper through the same renderer as the preview. It says it was sent to the
        printer only when a real printer took the job; with no printer on this computer it says so and offers the
        PDF for a print shop (the system dialog offered only 'print to file' and the app said it printed)."""
        printers = print_step.system_printers()
        if not printers:
            if dialogs.ask_yes_no(self, self.tr("Print"), self.tr(
                    "No printer is connected to this computer, so nothing was printed. Shall we save the poster as a "
                    "PDF file? Take it on a USB stick to a print shop."),
                    self.tr("Save as PDF"), self.tr("Close"), default_yes=True):
                self.save("pdf")
            else:
                self._tell(self.tr("No printer is connected to this computer, so nothing was printed."))
            return False
        poster = self._make_poster()
        choice = print_step.choose_printing(self, printers, poster.layout.page_mm, lambda painter, target: (
            paint_poster(painter, target, poster.layout, poster.content, poster.matrix)))
        if choice is None:
            return False
        printer = open_printer(choice.printer)
        prepare_printer(printer, poster, self.tr("%1 QR poster").replace("%1", self._shop.name))
        if choice.paper_mm != poster.layout.page_mm:
            printer.setPageSize(QPageSize(QSizeF(*choice.paper_mm), QPageSize.Unit.Millimeter, "",
                                          QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setCopyCount(choice.sheets)
        try:
            plan = print_on_paper(printer, poster)
        except DanggolError as exc:
            self._tell(error_text(exc.code))
            return False
        if printer.printerState() == QPrinter.PrinterState.Error:
            self._tell(error_text("print_failed"))
            return False
        if plan.copies > 1:
            how = self.tr("%n on one sheet. Cut along the marks.", "", plan.copies)
        elif not plan.true_size:
            how = self.tr("The paper is smaller than the poster, so it comes out at %1%.").replace(
                "%1", str(plan.percent))
        else:
            how = ""
        self._record("print", "")
        self._tell(" ".join(filter(None, [self.tr("Sent %n sheet(s) to the printer.", "", choice.sheets), how])))
        return True

    def _tell(self, text: str) -> None:
        """At large text the answer sits under the three buttons: the notice brings itself into view, so 인쇄하기
        never seems to do nothing."""
        self.output_step.result_label.show_text(text)

    def _record(self, output: str, path: str) -> None:
        save_or_tell(self, lambda: poster_tasks.record_poster(
            self._ws, self._shop.id, self.draft.layout_code, self.draft.headline, self.draft.offer, self.draft.link,
            output, path), self.tr("The poster is done, but it was not noted in the shop's records."),
            self._ws.data_dir)
