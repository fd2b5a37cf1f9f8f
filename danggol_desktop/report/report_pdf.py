"""The printable market report: key figures large, the growth chart, the awards, then the per-shop table.
One painter (paint_report_page) serves the PDF and any other paint device."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from danggol_desktop.charts.friend_chart import ChartData, paint_friend_chart
from danggol_desktop.domain.dates import format_count, format_day
from danggol_desktop.domain.market_report import (
    PERCENT_FLOOR,
    Award,
    MarketReport,
    Place,
    ShopFigures,
    market_subtotals,
)
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
        "most_posts": QCoreApplication.translate("Report", "Most posts"),
        "most_improved": QCoreApplication.translate("Report", "Grew the most from where it started"),
    }[code]


def award_value(code: str, value: float, language: str) -> str:
    if code == "most_improved":
        return f"+{value * 100:,.0f}%"
    if code == "most_messages":
        return QCoreApplication.translate("Report", "%1 messages").replace("%1", f"{int(value):,}")
    if code == "most_posts":
        return QCoreApplication.translate("Report", "%1 posts").replace("%1", f"{int(value):,}")
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


def kit_line(report: MarketReport) -> str:
    """Posts and coupons, said under the four boxes."""
    return (QCoreApplication.translate("Report", "Posts on channel homes: %1 · Coupons made: %2")
            .replace("%1", f"{report.posts:,}").replace("%2", f"{report.coupons:,}"))


def market_channel_lines(report: MarketReport) -> list[str]:
    """The markets' own channels (상인회), apart from the shops: friends at the end and new in the period, messages sent
    and posts."""
    lines = []
    for channel in report.market_channels:
        friends = "-" if channel.end is None else f"{channel.end:,}"
        growth = "" if channel.growth is None else f" ({channel.growth:+,})"
        lines.append(QCoreApplication.translate("Report", "Market channel %1: %2 friends%3, %4 messages sent, %5 posts")
                     .replace("%1", channel.name).replace("%2", friends).replace("%3", growth)
                     .replace("%4", f"{channel.messages:,}").replace("%5", f"{channel.posts:,}"))
    return lines


def event_lines(report: MarketReport, language: str) -> list[str]:
    """The market-wide events of the period: name, days, benefit and who took part."""
    from danggol_desktop.domain.dates import format_period

    lines = []
    for event in report.events:
        shops = ", ".join(event.shops) if len(", ".join(event.shops)) <= 120 else ""
        line = (QCoreApplication.translate("Report", "Market event %1 (%2): %3 shops took part%4 — %5")
                .replace("%1", event.name).replace("%2", format_period(event.starts_on, event.ends_on, language))
                .replace("%3", f"{len(event.shops):,}").replace("%4", f" ({shops})" if shops else "")
                .replace("%5", event.benefit))
        lines.append(line if report.market else f"{event.market} · {line}")
    return lines


def credit_lines(report: MarketReport) -> list[str]:
    """Each free message credit: received, used so far (priced from the friend counts) and left."""
    return [QCoreApplication.translate("Report", "Message credit of %1: %2 won received, about %3 won used, %4 won "
                                                 "left").replace("%1", credit.name).replace("%2", f"{credit.credit:,}")
            .replace("%3", f"{credit.used:,}").replace("%4", f"{max(credit.left, 0):,}") for credit in report.credits]


def tutoring_lines(report: MarketReport, language: str) -> list[str]:
    """The curriculum (how many shops have done each step) and the practice sessions, for the programme office."""
    from danggol_desktop import resources
    from danggol_desktop.domain.curriculum import load_steps

    steps = load_steps(resources.asset("data", "curriculum.json"), language)
    done = " · ".join(f"{name} {report.curriculum.get(code, 0):,}" for code, name in steps)
    return [
        QCoreApplication.translate("Report", "Curriculum (shops that have done each step, of %1): %2")
        .replace("%1", f"{report.shop_count:,}").replace("%2", done),
        QCoreApplication.translate("Report", "Practice sessions held: %1 · shops that came: %2")
        .replace("%1", f"{report.practice_sessions:,}").replace("%2", f"{report.practice_shops:,}"),
    ]


def made_line(report: MarketReport) -> str:
    """'사업: … · 만든 사람: …' — for the programme office, who made the report and for which programme."""
    parts = []
    if report.programme:
        parts.append(QCoreApplication.translate("Report", "Programme: %1").replace("%1", report.programme))
    if report.made_by:
        parts.append(QCoreApplication.translate("Report", "Made by: %1").replace("%1", report.made_by))
    return " · ".join(parts)


def report_title(report: MarketReport) -> str:
    if report.market:
        return QCoreApplication.translate("Report", "%1: results of the Danggol programme").replace("%1", report.market)
    return QCoreApplication.translate("Report", "All markets: results of the Danggol programme")


CHART_SIZE = (1800, 760)  # the chart's own drawing space, scaled onto the page as vectors


def chart_data(weekly: list[tuple[date, int | None]], report: MarketReport, language: str) -> ChartData:
    return ChartData(weekly, report.start, report.end, None, set(), language)


def _paint_chart(painter: QPainter, data: ChartData, x: float, y: float, height: float) -> None:
    """The growth chart painted straight onto the page in its own drawing space: lines and real text in the PDF,
    fonts sized in that space so they scale with it."""
    from danggol_desktop.look import Look

    scale = height / CHART_SIZE[1]
    painter.save()
    painter.translate(x, y)
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, *CHART_SIZE), PAPER)
    paint_friend_chart(painter, QRectF(0, 0, *CHART_SIZE), data, Look(200, pixel_fonts=True))
    painter.restore()


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
    painter.drawText(rect, text, _wrapping(align))


def _wrapping(align=Qt.AlignmentFlag.AlignLeft) -> QTextOption:
    """Wrap at spaces, and inside a word only when one word is wider than its room: a shop name written without
    spaces ('할머니네손두부와국산콩청국장…') breaks where it must instead of being cut mid-letter."""
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


TABLE_TEXT_MM = 3.4
CELL_PAD = 1.2 * UNIT  # above and below the words of a row
FOOTER_MM = 10.0  # the page number and the day it was made
COLUMN_SHARES = (0.14, 0.2, 0.08, 0.1, 0.1, 0.1, 0.1, 0.08, 0.1)
NUMBER_COLUMNS = {3, 4, 5, 6, 7, 8}


def table_headers() -> list[str]:
    """The per-shop table's column names, for the PDF and the report screen alike."""
    return [
        QCoreApplication.translate("Report", "Market"),
        QCoreApplication.translate("Report", "Shop"),
        QCoreApplication.translate("Report", "Channel"),
        QCoreApplication.translate("Report", "Friends at start"),
        QCoreApplication.translate("Report", "Friends at end"),
        QCoreApplication.translate("Report", "New friends"),
        QCoreApplication.translate("Report", "Messages"),
        QCoreApplication.translate("Report", "Posts"),
        QCoreApplication.translate("Report", "Coupons"),
    ]


def _cells(shop: ShopFigures) -> list[str]:
    def number(value: int | None) -> str:
        return "-" if value is None else f"{value:,}"

    return [shop.market, shop.name, "○" if shop.has_channel else "-", number(shop.start), number(shop.end),
            number(shop.growth), number(shop.messages), number(shop.posts), number(shop.coupons)]


def _columns(width: float) -> list[tuple[float, float]]:
    """(left, width) of each column, in page units."""
    spans, x = [], MARGIN
    for share in COLUMN_SHARES:
        spans.append((x, share * width))
        x += share * width
    return spans


def _wrapped(font: QFont, text: str, width: float) -> float:
    """The height `text` takes wrapped within `width` as _text paints it (at spaces, or anywhere in a long word)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrapping())
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return height


def _row_height(texts: list[str], spans: list[tuple[float, float]], mm: float, bold: bool = False) -> float:
    """As tall as its tallest cell once the words wrap in their column: a long name makes the row taller."""
    font = _font(mm, bold)
    tallest = max(_wrapped(font, text, w - 2 * UNIT) for text, (_x, w) in zip(texts, spans, strict=True))
    return max(tallest, QFontMetricsF(font).height()) + 2 * CELL_PAD


def _total_cells(report: MarketReport) -> list[str]:
    """The table's last row: the whole market (friends and new friends of channel shops, as the figures above)."""
    starts = [s.start for s in report.channel_shops if s.start is not None]
    return [QCoreApplication.translate("Report", "In all"),
            QCoreApplication.translate("Report", "%1 shops").replace("%1", f"{report.shop_count:,}"),
            f"{report.channel_count:,}", f"{sum(starts):,}", f"{report.total_friends:,}", f"{report.growth:,}",
            f"{report.messages_sent:,}", f"{report.posts:,}", f"{report.coupons:,}"]


def table_layout(report: MarketReport) -> list[list[tuple[ShopFigures | None, float]]]:
    """The shops split into pages of the table, each with its row height, and the totals row (None) last; the
    header repeats on every page."""
    width = PAGE_MM[0] * UNIT - 2 * MARGIN
    spans = _columns(width)
    room = PAGE_MM[1] * UNIT - 2 * MARGIN - FOOTER_MM * UNIT - ROW * 1.2
    room -= _row_height(table_headers(), spans, 3.2, bold=True)
    pages: list[list[tuple[ShopFigures | None, float]]] = []
    used = room + 1
    rows: list[tuple[ShopFigures | None, list[str], bool]] = [(shop, _cells(shop), False) for shop in report.shops]
    rows.append((None, _total_cells(report), True))
    for shop, cells, bold in rows:
        height = _row_height(cells, spans, TABLE_TEXT_MM, bold=bold)
        if used + height > room:
            pages.append([])
            used = 0.0
        pages[-1].append((shop, min(height, room)))
        used += height
    return pages


Extra = tuple[str, list[str], tuple[float, ...], list[list[str]]]  # title, headers, column shares, rows


def _number(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"


def extra_tables(report: MarketReport) -> list[Extra]:
    """After the shops: every market's subtotals (the all-markets report), then the period week by week."""
    tables: list[Extra] = []
    if report.market is None:
        tables.append((QCoreApplication.translate("Report", "Every market"), [
            QCoreApplication.translate("Report", "Market"), QCoreApplication.translate("Report", "Shops"),
            QCoreApplication.translate("Report", "Channel shops"), QCoreApplication.translate("Report", "Friends"),
            QCoreApplication.translate("Report", "New friends"), QCoreApplication.translate("Report", "Messages"),
            QCoreApplication.translate("Report", "Posts")], (0.3, 0.1, 0.12, 0.12, 0.12, 0.12, 0.12),
            [[m.market, f"{m.shops:,}", f"{m.channels:,}", f"{m.friends:,}", f"{m.growth:,}", f"{m.messages:,}",
              f"{m.posts:,}"] for m in market_subtotals(report)]))
    if report.weeks:
        tables.append((QCoreApplication.translate("Report", "Week by week"), [
            QCoreApplication.translate("Report", "Week from"), QCoreApplication.translate("Report", "Friends"),
            QCoreApplication.translate("Report", "New friends"), QCoreApplication.translate("Report", "Messages"),
            QCoreApplication.translate("Report", "Posts")], (0.28, 0.18, 0.18, 0.18, 0.18),
            [[w.first_day.isoformat(), _number(w.friends), _number(w.new_friends), f"{w.messages:,}", f"{w.posts:,}"]
             for w in report.weeks]))
    return tables


def extra_layout(report: MarketReport) -> list[tuple[Extra, int, int]]:
    """The extra tables cut into pages: (table, first row, end row) per page."""
    room = PAGE_MM[1] * UNIT - 2 * MARGIN - FOOTER_MM * UNIT - ROW * 1.2 - 2 * ROW
    per_page = max(1, int(room // (ROW * 1.1)))
    pages = []
    for table in extra_tables(report) if report.has_data else []:
        rows = table[3]
        for first in range(0, max(1, len(rows)), per_page):
            pages.append((table, first, min(len(rows), first + per_page)))
    return pages


def _extra_page(painter: QPainter, part: tuple[Extra, int, int], width: float) -> None:
    (title, headers, shares, rows), first, end = part
    y = MARGIN
    _text(painter, QRectF(MARGIN, y, width, ROW), title, 5, bold=True)
    y += ROW * 1.2
    spans, x = [], MARGIN
    for share in shares:
        spans.append((x, share * width))
        x += share * width
    for line, bold in [(headers, True), *((row, False) for row in rows[first:end])]:
        height = ROW * 1.1 if not bold else 2 * ROW
        for col, (value, (left, w)) in enumerate(zip(line, spans, strict=True)):
            side = Qt.AlignmentFlag.AlignRight if col else Qt.AlignmentFlag.AlignLeft
            _text(painter, QRectF(left + UNIT, y, w - 2 * UNIT, height), value, 3.2 if bold else TABLE_TEXT_MM,
                  bold=bold, align=side | (Qt.AlignmentFlag.AlignBottom if bold else Qt.AlignmentFlag.AlignVCenter))
        y += height
        painter.setPen(QPen(RULE if bold else RULE.lighter(160), 3 if bold else 1))
        painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + width, y))


def paint_report_page(
    painter: QPainter,
    target: QRectF,
    report: MarketReport,
    chart: ChartData | None,
    page: int,
    language: str,
    made: date,
) -> None:
    """Paint page `page` (0: figures, chart and awards; then the per-shop table) into `target`, with its number and
    the day it was made at the foot."""
    painter.save()
    painter.fillRect(target, PAPER)
    painter.translate(target.topLeft())
    painter.scale(target.width() / (PAGE_MM[0] * UNIT), target.height() / (PAGE_MM[1] * UNIT))
    width = PAGE_MM[0] * UNIT - 2 * MARGIN
    tables = table_layout(report) if report.has_data else []
    extras = extra_layout(report)
    if page == 0:
        _first_page(painter, report, chart, width, language)
    elif page <= len(tables):
        _table_page(painter, tables[page - 1], width, report)
    else:
        _extra_page(painter, extras[page - 1 - len(tables)], width)
    _page_footer(painter, page, 1 + len(tables) + len(extras), made, language, width)
    painter.restore()


def _height(text: str, mm: float, width: float, bold: bool = False) -> float:
    return _wrapped(_font(mm, bold), text, width)


def _flow(painter: QPainter, y: float, width: float, text: str, mm: float, bold: bool = False,
          after: float = 2 * UNIT) -> float:
    """Text that takes the lines it needs (a 30-character market name wraps); returns where the next one starts."""
    height = _height(text, mm, width, bold)
    _text(painter, QRectF(MARGIN, y, width, height), text, mm, bold,
          align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return y + height + after


def place_text(place: Place, code: str, language: str) -> str:
    """'1위 해남채소 (124명)'; level shops share the place: 'A, B 공동', or 'A 외 159곳 공동' when many."""
    names = place.names
    if len(names) == 1:
        who = names[0]
    elif len(names) <= 3:
        who = QCoreApplication.translate("Report", "%1 (level)").replace("%1", ", ".join(names))
    else:
        who = (QCoreApplication.translate("Report", "%1 and %2 others (level)")
               .replace("%1", names[0]).replace("%2", f"{len(names) - 1:,}"))
    rank = QCoreApplication.translate("Report", "No. %1").replace("%1", str(place.rank))
    return f"{rank} {who} ({award_value(code, place.value, language)})"


def award_line(award: Award, language: str) -> str:
    """The award's title and its top three places, on one line."""
    return f"{award_title(award.code)}: " + " · ".join(place_text(p, award.code, language) for p in award.places)


def award_lines(report: MarketReport, language: str) -> list[str]:
    """The awards as the report screen and the PDF say them."""
    lines = ([award_line(a, language) for a in report.awards] if report.awards
             else [QCoreApplication.translate("Report", "No awards: not enough records yet.")])
    channels = QCoreApplication.translate("Report", "Market channels (merchants' associations)")
    return lines + [f"{channels} — {award_line(a, language)}" for a in report.channel_awards]


def definitions(report: MarketReport) -> list[str]:
    """How the figures are counted, printed on the report (domain.market_report says the same in code)."""
    lines = [
        QCoreApplication.translate(
            "Report", "A channel shop is a shop whose channel address is written down. Friends, friends per channel "
            "shop and the awards count channel shops only."),
        QCoreApplication.translate(
            "Report", "Most new friends: the largest increase in friends (shops starting from 0 included). Grew the "
            "most from where it started: only shops that started with at least %1 friends.").replace(
                "%1", str(PERCENT_FLOOR)),
    ]
    unlinked = report.unlinked_with_counts
    if unlinked:
        names = [s.name if report.market else f"{s.market}/{s.name}" for s in unlinked]
        shown = ", ".join(names[:5]) + (QCoreApplication.translate("Report", " and %1 more").replace(
            "%1", f"{len(names) - 5:,}") if len(names) > 5 else "")
        lines.append(QCoreApplication.translate(
            "Report", "Shops whose channel address is not written down yet (their counts are not added in): %1")
            .replace("%1", shown))
    return lines


def _first_page(painter: QPainter, report: MarketReport, chart: ChartData | None, width: float, language: str) -> None:
    y = _flow(painter, MARGIN, width, report_title(report), 8, bold=True, after=UNIT)
    period = (
        f"{format_day(report.start, language, with_year=True)} ~ {format_day(report.end, language, with_year=True)}"
    )
    y = _flow(painter, y, width, period, 4.5, after=UNIT if report.programme or report.made_by else 3 * UNIT)
    if report.programme or report.made_by:
        y = _flow(painter, y, width, made_line(report), 4, after=3 * UNIT)
    if not report.has_data:
        _flow(painter, y, width, QCoreApplication.translate("Report", "There are no records in this period yet."), 7,
              bold=True)
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
    y += 2 * box_h + gap + 4 * UNIT
    y = _flow(painter, y, width, kit_line(report), 4.5, after=UNIT)
    for line in market_channel_lines(report):
        y = _flow(painter, y, width, line, 4.5, bold=True, after=UNIT)
    for line in event_lines(report, language) + credit_lines(report):
        y = _flow(painter, y, width, line, 4.0, after=UNIT)
    for line in tutoring_lines(report, language):
        y = _flow(painter, y, width, line, 3.6, after=UNIT)
    y += 3 * UNIT
    chart_title = QCoreApplication.translate("Report", "Friends of the whole market, week by week")
    awards_title = QCoreApplication.translate("Report", "Awards")
    lines = award_lines(report, language) + definitions(report)
    # the awards always fit: the chart gives up height when a long list of tied winners needs it
    below = (_height(awards_title, 5, width, True) + 3 * UNIT
             + sum(_height(line, 4.2, width) + UNIT for line in lines) + 6 * UNIT)
    bottom = PAGE_MM[1] * UNIT - MARGIN - FOOTER_MM * UNIT
    y = _flow(painter, y, width, chart_title, 5, bold=True, after=UNIT)
    if chart is not None:
        height = min(width * CHART_SIZE[1] / CHART_SIZE[0], max(0.0, bottom - below - y))
        if height > 30 * UNIT:
            _paint_chart(painter, chart, MARGIN + (width - height * CHART_SIZE[0] / CHART_SIZE[1]) / 2, y, height)
            y += height + 6 * UNIT
    y = _flow(painter, y, width, awards_title, 5, bold=True, after=3 * UNIT)
    for line in lines:
        y = _flow(painter, y, width, line, 4.2, after=UNIT)


def _table_page(painter: QPainter, rows: list[tuple[ShopFigures | None, float]], width: float,
                report: MarketReport) -> None:
    spans = _columns(width)
    y = MARGIN
    _text(painter, QRectF(MARGIN, y, width, ROW), QCoreApplication.translate("Report", "Every shop"), 5, bold=True)
    y += ROW * 1.2
    headers = table_headers()
    header_height = _row_height(headers, spans, 3.2, bold=True)
    for col, (header, (x, w)) in enumerate(zip(headers, spans, strict=True)):
        side = Qt.AlignmentFlag.AlignRight if col in NUMBER_COLUMNS else Qt.AlignmentFlag.AlignLeft
        _text(painter, QRectF(x + UNIT, y, w - 2 * UNIT, header_height), header, 3.2, bold=True,
              align=side | Qt.AlignmentFlag.AlignBottom)
    y += header_height
    painter.setPen(QPen(RULE, 3))
    painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + width, y))
    for shop, height in rows:
        if shop is None:  # the totals row, under a rule of its own
            painter.setPen(QPen(RULE, 3))
            painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + width, y))
        cells = _cells(shop) if shop is not None else _total_cells(report)
        for col, (value, (x, w)) in enumerate(zip(cells, spans, strict=True)):
            side = Qt.AlignmentFlag.AlignRight if col in NUMBER_COLUMNS else Qt.AlignmentFlag.AlignLeft
            _text(painter, QRectF(x + UNIT, y + CELL_PAD, w - 2 * UNIT, height - 2 * CELL_PAD), value, TABLE_TEXT_MM,
                  bold=shop is None, align=side | Qt.AlignmentFlag.AlignTop)
        y += height
        painter.setPen(QPen(RULE.lighter(160), 1))
        painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + width, y))


def _page_footer(painter: QPainter, page: int, pages: int, made: date, language: str, width: float) -> None:
    line = QCoreApplication.translate("Report", "Page %1 of %2 · made on %3").replace("%1", str(page + 1))
    line = line.replace("%2", str(pages)).replace("%3", format_day(made, language, with_year=True))
    top = PAGE_MM[1] * UNIT - MARGIN - FOOTER_MM * UNIT / 2
    _text(painter, QRectF(MARGIN, top, width, FOOTER_MM * UNIT / 2), line, 3.2,
          align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def page_count(report: MarketReport) -> int:
    return 1 + (len(table_layout(report)) + len(extra_layout(report)) if report.has_data else 0)


def export_report_pdf(
    report: MarketReport,
    weekly: list[tuple[date, int | None]],
    path: Path,
    language: str,
    made: date,
    overwrite: bool = True,
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
        chart = chart_data(weekly, report, language) if report.has_data else None
        painter = QPainter(writer)
        pages = page_count(report)
        for page in range(pages):
            if page:
                writer.newPage()
            paint_report_page(painter, QRectF(0, 0, writer.width(), writer.height()), report, chart, page, language,
                              made)
        painter.end()
        del writer  # flushes the file
        place_file(tmp, path, overwrite)
    return pages
