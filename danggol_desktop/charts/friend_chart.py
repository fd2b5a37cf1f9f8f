"""The friend-count chart, painted with QPainter onto any paint device: the friend screen and the market report."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from danggol_desktop.domain.dates import format_count, format_short
from danggol_desktop.domain.friend_counts import FriendCount, weekly_series
from danggol_desktop.look import Look

RANGES = {"4w": 28, "3m": 91, "all": None}
DAILY_UP_TO_DAYS = 45  # longer ranges are drawn one point a week, so five years stay readable and quick


@dataclass
class ChartData:
    points: list[tuple[date, int | None]]  # None: no count that day/week — the line breaks there
    start: date
    end: date
    goal: int | None = None
    message_days: set[date] = field(default_factory=set)
    language: str = "ko"


def chart_data(series: list[FriendCount], range_key: str, today: date, goal: int | None,
               message_days: set[date] | None = None, language: str = "ko") -> ChartData:
    """Pick the points for a range: daily counts for short ranges, the weekly series (gaps kept) for long ones."""
    days = RANGES[range_key]
    end = max(today, series[-1].day) if series else today
    start = end - timedelta(days=days - 1) if days else (series[0].day if series else end - timedelta(days=27))
    if (end - start).days <= DAILY_UP_TO_DAYS:
        points: list[tuple[date, int | None]] = [(c.day, c.count) for c in series if start <= c.day <= end]
    else:
        points = weekly_series(series, start, end)
    marks = {d for d in (message_days or set()) if start <= d <= end}
    return ChartData(points, start, end, goal, marks, language)


def _nice_step(span: float, ticks: int = 4) -> int:
    raw = max(span / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def paint_friend_chart(painter: QPainter, rect: QRectF, data: ChartData, theme: Look) -> list[tuple[str, QRectF]]:
    """Axes with large labels, the count line (broken at gaps), the goal line, message days and the last value.

    Returns each text drawn with the box it was given, so callers (and tests) can check nothing is cut off."""
    c = theme.colours
    drawn: list[tuple[str, QRectF]] = []

    def text(box: QRectF, flags, label: str) -> None:
        painter.drawText(box, flags, label)
        drawn.append((label, QRectF(box)))

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, QColor(c.surface))
    font = theme.font("body")
    bold = theme.font("body", bold=True)
    fm = QFontMetricsF(font)
    painter.setFont(font)
    text_pen = QPen(QColor(c.text))

    values = [v for _d, v in data.points if v is not None]
    if not values:
        painter.setPen(text_pen)
        text(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
             QCoreApplication.translate("FriendChart", "No counts in this period yet."))
        painter.restore()
        return drawn

    top_value = max(values + ([data.goal] if data.goal else []))
    pad = theme.px(12)
    legend_h = fm.height() + pad if data.message_days else 0
    # as many steps on the y axis as the height has room for, each label clear of the next (at 200% on a laptop the
    # chart is short and four steps drew 60명 over 80명)
    plot_height = rect.height() - fm.height() * 3 - 2 * pad - legend_h
    ticks = max(1, min(4, int(plot_height // (fm.height() * 1.4))))
    step = _nice_step(top_value * 1.1, ticks)
    y_max = max(step * math.ceil(top_value * 1.1 / step), step)
    y_labels = [format_count(v, data.language) for v in range(0, y_max + 1, step)]
    plot = QRectF(
        rect.left() + max(fm.horizontalAdvance(t) for t in y_labels) + 2 * pad,
        rect.top() + fm.height() + pad,
        0, 0,
    )
    plot.setRight(rect.right() - pad - fm.horizontalAdvance(format_count(values[-1], data.language)) / 2)
    plot.setBottom(rect.bottom() - fm.height() * 2 - pad - legend_h)
    if plot.width() < 40 or plot.height() < 40:
        painter.restore()
        return drawn

    span_days = max((data.end - data.start).days, 1)

    def x_of(d: date) -> float:
        return plot.left() + plot.width() * (d - data.start).days / span_days

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * v / y_max

    # grid and y labels
    grid_pen = QPen(QColor(c.border), max(1, theme.px(1)), Qt.PenStyle.DotLine)
    for value, label in zip(range(0, y_max + 1, step), y_labels, strict=True):
        y = y_of(value)
        painter.setPen(grid_pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_pen)
        text(QRectF(rect.left(), y - fm.height() / 2, plot.left() - pad, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    painter.setPen(QPen(QColor(c.text), theme.px(2)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    # x labels: as many as fit without touching
    sample = fm.horizontalAdvance(format_short(date(2026, 12, 28), data.language)) + 2 * pad
    count = max(2, min(7, int(plot.width() // sample)))
    painter.setPen(text_pen)
    label_top = plot.bottom() + fm.height() / 2 + pad / 2  # below the y axis' "0" label
    last_right = -1e9
    for i in range(count):
        d = data.start + timedelta(days=round(span_days * i / (count - 1)))
        label = format_short(d, data.language)
        w = fm.horizontalAdvance(label)
        x = min(max(x_of(d) - w / 2, plot.left()), rect.right() - w - 2)
        if x < last_right + pad:  # would touch its neighbour: leave it out
            continue
        text(QRectF(x, label_top, w + 2, fm.height()), Qt.AlignmentFlag.AlignLeft, label)
        last_right = x + w

    # goal line
    if data.goal:
        gy = y_of(data.goal)
        painter.setPen(QPen(QColor(c.focus), theme.px(3), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
        goal_text = QCoreApplication.translate("FriendChart", "Goal %1")
        goal_text = goal_text.replace("%1", format_count(data.goal, data.language))
        painter.setFont(bold)
        painter.setPen(text_pen)
        text(
            QRectF(plot.left() + pad, gy - fm.height() - 2, plot.width() / 2, fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            goal_text,
        )
        painter.setFont(font)

    # message days: triangles standing on the axis
    marker = theme.px(9)
    if data.message_days:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.primary if not theme.high_contrast else c.focus))
        for d in sorted(data.message_days):
            x = x_of(d)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, plot.bottom() - 2 * marker),
                        QPointF(x - marker, plot.bottom()),
                        QPointF(x + marker, plot.bottom()),
                    ]
                )
            )
        legend_y = rect.bottom() - legend_h + pad / 2
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(plot.left() + marker, legend_y),
                    QPointF(plot.left(), legend_y + 2 * marker),
                    QPointF(plot.left() + 2 * marker, legend_y + 2 * marker),
                ]
            )
        )
        painter.setPen(text_pen)
        text(
            QRectF(plot.left() + 3 * marker, legend_y - fm.height() / 2 + marker, plot.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("FriendChart", "Days a message was sent"),
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # the count line, broken where there is no count
    line_colour = QColor(c.primary if not theme.high_contrast else c.text)
    path = QPainterPath()
    pen_down = False
    for d, v in data.points:
        if v is None:
            pen_down = False
            continue
        point = QPointF(x_of(d), y_of(v))
        if pen_down:
            path.lineTo(point)
        else:
            path.moveTo(point)
            pen_down = True
    painter.setPen(
        QPen(line_colour, theme.px(4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    # a line, never an area: a brush left by the caller (the report's yellow figure boxes) filled the wedge between
    # the line and the chord from its first to its last point
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if len(values) <= 60:
        painter.setBrush(line_colour)
        for d, v in data.points:
            if v is not None:
                painter.drawEllipse(QPointF(x_of(d), y_of(v)), theme.px(5), theme.px(5))

    # the last value, labelled
    last_day, last_value = next((d, v) for d, v in reversed(data.points) if v is not None)
    label = format_count(last_value, data.language)
    painter.setFont(bold)
    w = QFontMetricsF(bold).horizontalAdvance(label)
    lx = min(x_of(last_day) - w / 2, rect.right() - w - 2)
    ly = max(y_of(last_value) - fm.height() - theme.px(8), rect.top())
    painter.setPen(text_pen)
    text(QRectF(lx, ly, w + 2, fm.height()), Qt.AlignmentFlag.AlignLeft, label)
    painter.restore()
    return drawn
