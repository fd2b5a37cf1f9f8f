"""`danggol report`: the market report as a PDF or a CSV, from the same task as the report screen."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from danggol_desktop import resources
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.storage.files import check_target
from danggol_desktop.tasks import report_tasks
from danggol_desktop.tasks.report_tasks import NoReportData
from danggol_desktop.tasks.workspace import Workspace


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput("date_invalid", "date") from None


def make_report(args: argparse.Namespace, ws: Workspace, language: str = "ko") -> str:
    market = args.market.strip() if args.market else None
    report = report_tasks.market_report(ws, market, _day(args.start), _day(args.end), ws.clock.today())
    if not report.has_data:
        raise NoReportData(detail=f"{market} {report.start} {report.end}")
    out = Path(args.out)
    overwrite = bool(getattr(args, "force", False))
    check_target(out, overwrite)
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
