"""The market report: one default period and one set of figures for the report screen and `danggol report`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from danggol_desktop import resources
from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.market_report import (
    CreditFigures,
    MarketReport,
    ReportWords,
    association_awards,
    build_report,
    report_csv,
)
from danggol_desktop.domain.message_text import load_rules
from danggol_desktop.storage.files import write_atomically
from danggol_desktop.storage.report_repo import ReportRepo
from danggol_desktop.tasks.message_tasks import message_budget
from danggol_desktop.tasks.workspace import Workspace, task

PROGRAMME_KEY, MADE_BY_KEY = "report_programme", "report_made_by"  # remembered between reports (settings)


class NoReportData(DanggolError):
    code = "report_no_data"


def default_period(ws: Workspace, market: str | None, today: date) -> tuple[date, date]:
    """From the market's first record of any kind (messages sent before the first count included) to today."""
    first = ReportRepo(ws.db).first_record_day(market)
    return (min(first, today) if first else today), today


@task
def market_report(ws: Workspace, market: str | None, start: date | None, end: date | None,
                  today: date) -> MarketReport:
    """Figures and awards for the period (the default period where a day is left out); InvalidInput when the end
    is before the start."""
    default_start, default_end = default_period(ws, market, today)
    end = end or default_end
    start = start or min(default_start, end)
    if start > end:
        raise InvalidInput("end_before_start", "date")
    repo = ReportRepo(ws.db)
    report = build_report(repo.figures(start, end, market), start, end, market)
    report.market_channels = repo.figures(start, end, market, market_channels=True)
    if market is None:  # every market: the associations are awarded among themselves
        report.channel_awards = association_awards(report.market_channels)
    report.weeks = repo.weeks(start, end, market)
    report.curriculum = repo.curriculum_done(end, market)
    report.practice_sessions, report.practice_shops = repo.practice(start, end, market)
    report.events = repo.events(start, end, market)
    credits = repo.with_credit(market)
    if credits:  # Kakao's rates read once for every credit of the report
        rules = load_rules(resources.asset("data", "kakao_messages.json"))
        for shop_id, market_name, name, credit in credits:
            budget = message_budget(ws, shop_id, until=end, rules=rules)
            report.credits.append(CreditFigures(market_name, name, credit, budget.used if budget else 0))
    return report


@task
def weekly_totals(ws: Workspace, report: MarketReport) -> list[tuple[date, int | None]]:
    """The chart's points: each week's end and the channel friends then — read with the report's weeks already."""
    if report.weeks:
        return [(week.last_day, week.friends) for week in report.weeks]
    return ReportRepo(ws.db).weekly_totals(report.start, report.end, report.market)


@task
def save_report_csv(report: MarketReport, path: Path, words: ReportWords, overwrite: bool = True) -> None:
    """The per-shop table and the totals block as a CSV for Excel (domain.csv_file)."""
    if not report.has_data:
        raise NoReportData(detail=f"{report.market} {report.start} {report.end}")
    write_atomically(path, report_csv(report, words), overwrite=overwrite)
