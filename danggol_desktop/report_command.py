"""`danggol report`: the market report as a PDF or a CSV, from the same figures as the report screen."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.market_report import build_report, report_csv
from danggol_desktop.storage.files import check_target, write_atomically
from danggol_desktop.storage.report_repo import ReportRepo

if TYPE_CHECKING:
    from danggol_desktop.storage.database import Database


class NoReportData(DanggolError):
    code = "report_no_data"


def _day(text: str | None, fallback: date) -> date:
    if not text:
        return fallback
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput("date_invalid", "date") from None


def default_start(db: Database, today: date) -> date:
    row = db.conn.execute("SELECT min(day) FROM friend_counts WHERE deleted_at IS NULL").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else today


def make_report(args: argparse.Namespace, db: Database, language: str = "ko") -> str:
    today = date.today()
    end = _day(args.end, today)
    start = _day(args.start, default_start(db, end))
    if start > end:
        raise InvalidInput("end_before_start", "date")
    repo = ReportRepo(db)
    market = args.market.strip() if args.market else None
    report = build_report(repo.figures(start, end, market), start, end, market)
    if not report.has_data:
        raise NoReportData(detail=f"{market} {start} {end}")
    out = Path(args.out)
    overwrite = bool(getattr(args, "force", False))
    check_target(out, overwrite)
    if args.format == "csv":
        write_atomically(out, report_csv(report).encode("utf-8-sig"), overwrite=overwrite)
        return f"{out}\t{report.shop_count}"
    from danggol_desktop.app import load_fonts
    from danggol_desktop.report.report_pdf import export_report_pdf

    load_fonts()
    pages = export_report_pdf(report, repo.weekly_totals(start, end, market), out, language, overwrite=overwrite)
    return f"{out}\t{report.shop_count}\t{pages}"
