"""`danggol report`: the market report as a PDF or a CSV, from the same task as the report screen."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from danggol_desktop.commands import Command, Make, never
from danggol_desktop.tasks.workspace import Workspace, check_output


def register(sub: Any, make: Make) -> None:
    report = sub.add_parser("report", help="the market report: figures, a per-shop table and awards (PDF or CSV)")
    report.add_argument("--market", help="one market (every market when left out)")
    report.add_argument("--from", dest="start", help="YYYY-MM-DD (the first record when left out)")
    report.add_argument("--to", dest="end", help="YYYY-MM-DD (today when left out)")
    report.add_argument("--format", choices=("pdf", "csv"), required=True)
    report.add_argument("--header", choices=("words", "codes"), default="words",
                        help="CSV column names in the UI language (words) or as fixed English codes for scripts")
    report.add_argument("--out", required=True)
    report.add_argument("--programme", help="the programme the report is for (the screen's last one when left out)")
    report.add_argument("--made-by", help="who made it (the screen's last name when left out)")
    report.add_argument("--force", action="store_true", help="replace the file if it is already there")


def _day(text: str | None) -> date | None:
    from danggol_desktop.domain.errors import InvalidInput

    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput("date_invalid", "date") from None


def make_report(args: argparse.Namespace, ws: Workspace, language: str = "ko") -> str:
    from danggol_desktop import resources
    from danggol_desktop.tasks import report_tasks
    from danggol_desktop.tasks.report_tasks import NoReportData

    market = args.market.strip() if args.market else None
    report = report_tasks.market_report(ws, market, _day(args.start), _day(args.end), ws.clock.today())
    from danggol_desktop.tasks import settings_tasks

    report.programme = " ".join((args.programme if args.programme is not None
                                 else settings_tasks.remembered(ws, report_tasks.PROGRAMME_KEY)).split())
    report.made_by = " ".join((args.made_by if args.made_by is not None
                               else settings_tasks.remembered(ws, report_tasks.MADE_BY_KEY)).split())
    if not report.has_data:
        raise NoReportData(detail=f"{market} {report.start} {report.end}")
    out = Path(args.out)
    overwrite = bool(getattr(args, "force", False))
    check_output(ws, out, overwrite)
    if args.format == "csv":
        from danggol_desktop.column_names import report_words

        words = report_words(codes=getattr(args, "header", "words") == "codes")
        report_tasks.save_report_csv(report, out, words, overwrite=overwrite)
        return f"{out}\t{report.shop_count}"
    from danggol_desktop.report.report_pdf import export_report_pdf

    resources.load_fonts()
    pages = export_report_pdf(report, report_tasks.weekly_totals(ws, report), out, language, ws.clock.today(),
                              overwrite=overwrite)
    return f"{out}\t{report.shop_count}\t{pages}"


def run(args: argparse.Namespace, ws: Workspace) -> None:
    print(make_report(args, ws))


COMMAND = Command("report", register, run, writes=never, paints=True)
