"""The printable market report: key figures large, the growth chart, the awards, then the per-shop table.
One painter (paint_report_page) serves the PDF and any other paint device."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from danggol_desktop.charts.friend_chart import ChartData, paint_friend_chart
from danggol_desktop.domain.dates import format_count, format_day
from danggol_desktop.domain.market_report import MarketReport
from danggol_desktop.storage.files import check_target, place_file, private_temp

FONT = "NanumBarunGothic"
UNIT = 10.0  # painter units per millimetre
PAGE_MM = (210.0, 297.0)
MARGIN = 15 * UNIT
ROW = 7 * UNIT
INK, PAPER, RULE, BOX = QColor("#000000"), QColor("#FFFFFF"), QColor("#555555"), QColor("#FFF1B8")


def _font(mm: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPixelSize(round(mm * UNIT))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def award_title(code: str) -> str:
    return {
        "most_friends": QCoreApplication.translate("Report", "Most friends"),
        "biggest_growth": QCoreApplication.translate("Report", "Most new friends"),
        "most_messages": QCoreApplication.translate("Report", "Most messages sent"),
        "most_improved": QCoreApplication.translate("Report", "Grew the most from where it started"),
    }[code]


def award_value(code: str, value: float, language: str) -> str:
    if code == "most_improved":
        return f"+{value * 100:.0f}%"
    if code == "most_messages":
        return QCoreApplication.translate("Report", "%1 messages").replace("%1", f"{int(value):,}")
    return format_count(int(value), language)


def key_figures(report: MarketReport, language: str) -> list[tuple[str, str, str]]:
    """(label, big figure, small line) for the four boxes; shared with the report screen."""
    share = f"{report.channel_share * 100:.1f}%" if report.channel_share is not None else "-"
    average = f"{report.average_friends:.1f}" if report.average_friends is not None else "-"
    per_shop = f"{report.messages_per_shop:.1f}" if report.messages_per_shop is not None else "-"
    return [
        (
            QCoreApplication.translate("Report", "Shops taking part"),
            QCoreApplication.translate("Report", "%1 shops").replace("%1", f"{report.shop_count:,}"),
            QCoreApplication.translate("Report", "%1 with a channel (%2)")
            .replace("%1", f"{report.channel_count:,}")
            .replace("%2", share),
        ),
        (
            QCoreApplication.translate("Report", "Channel friends"),
            format_count(report.total_friends, language),
            QCoreApplication.translate("Report", "%1 friends per shop with a channel").replace("%1", average),
        ),
        (
            QCoreApplication.translate("Report", "Messages sent"),
            QCoreApplication.translate("Report", "%1 messages").replace("%1", f"{report.messages_sent:,}"),
            QCoreApplication.translate("Report", "%1 messages per shop with a channel").replace("%1", per_shop),
        ),
        (
            QCoreApplication.translate("Report", "New friends in the period"),
            ("+" if report.growth >= 0 else "") + format_count(report.growth, language),
            QCoreApplication.translate("Report", "from %1 to %2")
            .replace("%1", format_day(report.start, language))
            .replace("%2", format_day(report.end, language)),
        ),
    ]


def report_title(report: MarketReport) -> str:
    if report.market:
        return QCoreApplication.translate("Report", "%1: results of the Danggol programme").replace("%1", report.market)
    return QCoreApplication.translate("Report", "All markets: results of the Danggol programme")


def chart_image(weekly: list[tuple[date, int | None]], report: MarketReport, language: str) -> QImage:
    from danggol_desktop.look import Look

    image = QImage(1800, 760, QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    paint_friend_chart(
        painter, QRectF(image.rect()), ChartData(weekly, report.start, report.end, None, set(), language), Look(200)
    )
    painter.end()
    return image


def _text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    mm: float,
    bold: bool = False,
    align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
) -> None:
    painter.setFont(_font(mm, bold))
    painter.setPen(INK)
    painter.drawText(rect, align | Qt.TextFlag.TextWordWrap, text)


ROWS_PER_PAGE = int((PAGE_MM[1] * UNIT - 2 * MARGIN) / ROW) - 2


def table_pages(report: MarketReport) -> int:
    return -(-len(report.shops) // ROWS_PER_PAGE)


def paint_report_page(
    painter: QPainter, target: QRectF, report: MarketReport, chart: QImage | None, page: int, language: str
) -> None:
    """Paint page `page` (0: figures, chart and awards; then the per-shop table) into `target`."""
    painter.save()
    painter.fillRect(target, PAPER)
    painter.translate(target.topLeft())
    painter.scale(target.width() / (PAGE_MM[0] * UNIT), target.height() / (PAGE_MM[1] * UNIT))
    width = PAGE_MM[0] * UNIT - 2 * MARGIN
    if page == 0:
        _first_page(painter, report, chart, width, language)
    else:
        _table_page(painter, report, page - 1, width)
    painter.restore()


def _first_page(painter: QPainter, report: MarketReport, chart: QImage | None, width: float, language: str) -> None:
    y = MARGIN
    _text(painter, QRectF(MARGIN, y, width, 12 * UNIT), report_title(report), 8, bold=True)
    y += 13 * UNIT
    period = (
        f"{format_day(report.start, language, with_year=True)} ~ {format_day(report.end, language, with_year=True)}"
    )
    _text(painter, QRectF(MARGIN, y, width, 7 * UNIT), period, 4.5)
    y += 10 * UNIT
    if not report.has_data:
        _text(
            painter,
            QRectF(MARGIN, y, width, 30 * UNIT),
            QCoreApplication.translate("Report", "There are no records in this period yet."),
            7,
            bold=True,
        )
        return
    box_w, box_h, gap = (width - 6 * UNIT) / 2, 32 * UNIT, 6 * UNIT
    for index, (label, figure, line) in enumerate(key_figures(report, language)):
        x = MARGIN + (index % 2) * (box_w + gap)
        top = y + (index // 2) * (box_h + gap)
        painter.setPen(QPen(RULE, 3))
        painter.setBrush(BOX)
        painter.drawRoundedRect(QRectF(x, top, box_w, box_h), 20, 20)
        _text(painter, QRectF(x + 40, top + 25, box_w - 80, 7 * UNIT), label, 4.5)
        _text(painter, QRectF(x + 40, top + 95, box_w - 80, 13 * UNIT), figure, 11, bold=True)
        _text(painter, QRectF(x + 40, top + 230, box_w - 80, 7 * UNIT), line, 3.8)
    y += 2 * box_h + gap + 8 * UNIT
    _text(
        painter,
        QRectF(MARGIN, y, width, 7 * UNIT),
        QCoreApplication.translate("Report", "Friends of the whole market, week by week"),
        5,
        bold=True,
    )
    y += 8 * UNIT
    if chart is not None:
        height = width * chart.height() / chart.width()
        painter.drawImage(QRectF(MARGIN, y, width, height), chart)
        y += height + 6 * UNIT
    _text(painter, QRectF(MARGIN, y, width, 7 * UNIT), QCoreApplication.translate("Report", "Awards"), 5, bold=True)
    y += 9 * UNIT
    if not report.awards:
        _text(
            painter,
            QRectF(MARGIN, y, width, 7 * UNIT),
            QCoreApplication.translate("Report", "No awards: not enough records yet."),
            4.2,
        )
    for award in report.awards:
        line = (
            f"{award_title(award.code)}: {', '.join(award.winners)} ({award_value(award.code, award.value, language)})"
        )
        _text(painter, QRectF(MARGIN, y, width, 7 * UNIT), line, 4.2)
        y += 7.5 * UNIT


def _table_page(painter: QPainter, report: MarketReport, index: int, width: float) -> None:
    rows = report.shops[index * ROWS_PER_PAGE : (index + 1) * ROWS_PER_PAGE]
    headers = [
        QCoreApplication.translate("Report", "Market"),
        QCoreApplication.translate("Report", "Shop"),
        QCoreApplication.translate("Report", "Channel"),
        QCoreApplication.translate("Report", "Friends at start"),
        QCoreApplication.translate("Report", "Friends at end"),
        QCoreApplication.translate("Report", "New friends"),
        QCoreApplication.translate("Report", "Messages"),
    ]
    shares = [0.17, 0.25, 0.09, 0.13, 0.13, 0.12, 0.11]
    xs = [MARGIN]
    for share in shares:
        xs.append(xs[-1] + share * width)
    y = MARGIN
    _text(painter, QRectF(MARGIN, y, width, ROW), QCoreApplication.translate("Report", "Every shop"), 5, bold=True)
    y += ROW * 1.2
    for col, header in enumerate(headers):
        _text(painter, QRectF(xs[col] + 10, y, xs[col + 1] - xs[col] - 20, ROW), header, 3.2, bold=True)
    y += ROW
    painter.setPen(QPen(RULE, 3))
    painter.drawLine(int(MARGIN), int(y), int(MARGIN + width), int(y))

    def cell(value) -> str:
        return "-" if value is None else f"{value:,}"

    for shop in rows:
        values = [
            shop.market,
            shop.name,
            "○" if shop.has_channel else "-",
            cell(shop.start),
            cell(shop.end),
            cell(shop.growth),
            cell(shop.messages),
        ]
        for col, value in enumerate(values):
            align = (
                Qt.AlignmentFlag.AlignRight if col >= 3 else Qt.AlignmentFlag.AlignLeft
            ) | Qt.AlignmentFlag.AlignVCenter
            _text(painter, QRectF(xs[col] + 10, y, xs[col + 1] - xs[col] - 20, ROW), value, 3.4, align=align)
        y += ROW


def page_count(report: MarketReport) -> int:
    return 1 + (table_pages(report) if report.has_data else 0)


def export_report_pdf(
    report: MarketReport, weekly: list[tuple[date, int | None]], path: Path, language: str, overwrite: bool = True
) -> int:
    """Write the report; nothing half-written is left if the place cannot be written. Returns the page count."""
    path = Path(path)
    check_target(path, overwrite)
    with private_temp(".pdf") as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(600)
        writer.setTitle(report_title(report))
        writer.setCreator("단골 Desktop")
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        chart = chart_image(weekly, report, language) if report.has_data else None
        painter = QPainter(writer)
        pages = page_count(report)
        for page in range(pages):
            if page:
                writer.newPage()
            paint_report_page(painter, QRectF(0, 0, writer.width(), writer.height()), report, chart, page, language)
        painter.end()
        del writer  # flushes the file
        place_file(tmp, path, overwrite)
    return pages
