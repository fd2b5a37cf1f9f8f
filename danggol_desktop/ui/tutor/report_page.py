"""The market report on screen: choose the market and the period; key figures large, awards, every shop;
save it as a PDF for the results-sharing event, or as CSV for Excel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from danggol_desktop.column_names import report_words
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.market_report import MarketReport
from danggol_desktop.error_sentences import error_text
from danggol_desktop.report.report_pdf import (
    award_lines,
    credit_lines,
    definitions,
    event_lines,
    export_report_pdf,
    key_figures,
    kit_line,
    market_channel_lines,
    table_headers,
)
from danggol_desktop.tasks import report_tasks, settings_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets.date_picker import DateButton
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_save_path
from danggol_desktop.ui.widgets.market_picker import MarketPicker
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import save_or_tell
from danggol_desktop.ui.widgets.table import fit_height, make_table

ALL = ""
PROGRAMME_KEY, MADE_BY_KEY = report_tasks.PROGRAMME_KEY, report_tasks.MADE_BY_KEY


class ReportPage(Page):
    def __init__(self, workspace: Workspace, markets: list[str], today: Callable[[], date], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Market report"), parent=parent)
        self._ws = workspace
        self._today = today
        self._language = language
        self.report: MarketReport | None = None
        self.content.addWidget(styled_label(self.tr("Which market?"), "heading"))
        self.market_choice = MarketPicker(markets, ALL, self.tr("All markets"))
        self.market_choice.set_value(markets[0] if markets else ALL)
        self.content.addWidget(self.market_choice)
        period = QHBoxLayout()
        self.start_edit, self.end_edit = DateButton(language, today()), DateButton(language, today())
        first, last = report_tasks.default_period(workspace, markets[0] if markets else None, today())
        for edit, label, day in ((self.start_edit, self.tr("From"), first), (self.end_edit, self.tr("To"), last)):
            edit.setAccessibleName(label)
            edit.setDate(QDate(day.year, day.month, day.day))
            period.addWidget(styled_label(label, "heading"))
            period.addWidget(edit)
        period.addStretch(1)
        self.content.addLayout(period)
        # who made it and for which programme, printed under the title; remembered for the next report
        made = QHBoxLayout()
        self.programme_field = TextField(self.tr("Programme (printed on the report)"))
        self.made_by_field = TextField(self.tr("Made by (printed on the report)"))
        self.programme_field.set_text(settings_tasks.remembered(workspace, PROGRAMME_KEY))
        self.made_by_field.set_text(settings_tasks.remembered(workspace, MADE_BY_KEY))
        made.addWidget(self.programme_field, 3)
        made.addWidget(self.made_by_field, 2)
        self.content.addLayout(made)
        # the results follow every choice at once: no extra 'show' button to find below the fold at large text;
        # another market brings its own period (report_tasks.default_period, as `danggol report` uses)
        self.market_choice.chosen.connect(lambda _v: self.follow_market())
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.message = styled_label("", "banner")
        self.message.hide()
        self.content.addWidget(self.message)
        self.results = QWidget()
        self.results_box = QVBoxLayout(self.results)
        self.results_box.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.results)
        self.content.addStretch(1)
        self.saved = SavedNotice()
        self.content.insertWidget(self.content.indexOf(self.message) + 1, self.saved)
        self.pdf_button = styled_button(self.tr("Save for printing"))
        self.csv_button = styled_button(self.tr("Save for Excel"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.footer.addStretch(1)
        self.footer.addWidget(self.csv_button)
        self.footer.addWidget(self.pdf_button)
        picker = self.market_choice
        self.first_focus = picker.search.edit if picker.search is not None else picker.buttons[0]
        self.refresh()

    def follow_market(self) -> None:
        """The chosen market's own period, from its first record of any kind to today, then its figures."""
        chosen = self.market_choice.value()
        first, last = report_tasks.default_period(self._ws, str(chosen) if chosen else None, self._today())
        for edit, day in ((self.start_edit, first), (self.end_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def _period(self) -> tuple[date, date]:
        return self.start_edit.value(), self.end_edit.value()

    def refresh(self) -> None:
        start, end = self._period()
        self.results.deleteLater()
        self.results = QWidget()
        self.results_box = QVBoxLayout(self.results)
        self.results_box.setContentsMargins(0, 0, 0, 0)
        self.content.insertWidget(self.content.indexOf(self.message) + 1, self.results)
        self.message.hide()
        if start > end:
            self._say(error_text("end_before_start"))
            return
        chosen = self.market_choice.value()
        market = str(chosen) if chosen else None
        self.report = report_tasks.market_report(self._ws, market, start, end, self._today())
        has_data = self.report.has_data
        self.pdf_button.setEnabled(has_data)
        self.csv_button.setEnabled(has_data)
        if not has_data:
            self._say(error_text("report_no_data"))
            return
        grid = QGridLayout()
        for index, (label, figure, line) in enumerate(key_figures(self.report, self._language)):
            box = QVBoxLayout()
            box.addWidget(styled_label(label, "muted"))
            box.addWidget(styled_label(figure, "big"))
            box.addWidget(styled_label(line))
            grid.addLayout(box, index // 2, index % 2)
        self.results_box.addLayout(grid)
        self.results_box.addWidget(styled_label(kit_line(self.report)))
        for line in market_channel_lines(self.report):
            self.results_box.addWidget(styled_label(line, "heading"))
        for line in event_lines(self.report, self._language) + credit_lines(self.report):
            self.results_box.addWidget(styled_label(line))
        self.results_box.addWidget(styled_label(self.tr("Awards"), "heading"))
        for line in award_lines(self.report, self._language):
            self.results_box.addWidget(styled_label(line))
        for line in definitions(self.report):
            self.results_box.addWidget(styled_label(line, "muted"))

        def cell(value) -> str:
            return "-" if value is None else f"{value:,}"

        rows = [[s.market, s.name, "○" if s.has_channel else "-", cell(s.start), cell(s.end), cell(s.growth),
                 cell(s.messages), cell(s.posts), cell(s.coupons)] for s in self.report.shops]
        # the PDF's own column names ('시작' read 시작하기, the button verb)
        table = make_table(table_headers(), rows, self.tr("Every shop"))
        fit_height(table, 12)
        self.results_box.addWidget(table)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)

    def save(self, kind: str) -> Path | None:
        if self.report is None or not self.report.has_data:
            return None
        name = self.tr("%1 results").replace("%1", self.report.market or self.tr("all markets"))
        path = ask_save_path(self, self.tr("Save the report"), name, kind)
        if path is None:
            return None
        self.report.programme = " ".join(self.programme_field.text().split())
        self.report.made_by = " ".join(self.made_by_field.text().split())
        programme, made_by = self.report.programme, self.report.made_by

        def keep() -> None:
            settings_tasks.remember(self._ws, PROGRAMME_KEY, programme)
            settings_tasks.remember(self._ws, MADE_BY_KEY, made_by)

        save_or_tell(self, keep, self.tr("The names were not kept for next time."), self._ws.data_dir)
        try:
            if kind == "csv":
                report_tasks.save_report_csv(self.report, path, report_words())
            else:
                export_report_pdf(self.report, report_tasks.weekly_totals(self._ws, self.report), path,
                                  self._language, self._today())
        except DanggolError as exc:
            self._say(error_text(exc.code))
            return None
        self.saved.show_saved(path)
        return path
