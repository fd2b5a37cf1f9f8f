"""Friend counts as a merchant types them, and the figures that tell them how their channel is doing."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from danggol_desktop.domain.csv_file import Cell
from danggol_desktop.domain.errors import InvalidInput

NOTE_MAX = 200
MAX_COUNT = 10_000_000
EARLIEST_DATE = date(2010, 1, 1)
MILESTONES = (10, 30, 50, 65, 100, 200, 500, 1000)
GOAL_STEPS = (65, 100, 200, 300, 500, 1000, 1500, 2000, 3000, 5000)
BIG_DROP = 0.2  # more than 20% down from the last value: ask "is that right?"
PACE_WINDOW_DAYS = 28

_GROUPED = re.compile(r"\d{1,3}(,\d{3})+")


@dataclass(frozen=True)
class FriendCount:
    day: date
    count: int
    note: str = ""


def parse_count(text: str | None) -> int:
    """A count typed or pasted: digits, optionally grouped `1,234`, full-width digits, spaces around.

    Raises InvalidInput with code count_empty, count_negative, count_decimal, count_spaces, count_not_number or
    count_too_large.
    """
    if any(unicodedata.category(ch) == "No" for ch in text or ""):  # ², ½, ① look like digits but are not
        raise InvalidInput("count_not_number", "count")
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        raise InvalidInput("count_empty", "count")
    if s.startswith("-") and len(s) > 1:
        raise InvalidInput("count_negative", "count")
    if re.fullmatch(r"\d+[.,]\d{1,2}", s) and not _GROUPED.fullmatch(s):
        raise InvalidInput("count_decimal", "count")
    if re.search(r"\d\s+\d", s):
        raise InvalidInput("count_spaces", "count")
    if _GROUPED.fullmatch(s):
        s = s.replace(",", "")
    if not s.isascii() or not s.isdigit():
        raise InvalidInput("count_not_number", "count")
    value = int(s)
    if value > MAX_COUNT:
        raise InvalidInput("count_too_large", "count")
    return value


def clean_note(text: str | None) -> str:
    """A count's note: control characters dropped, spaces tidied, at most NOTE_MAX characters."""
    s = "".join(ch for ch in (text or "") if unicodedata.category(ch) not in ("Cc", "Cf"))
    return " ".join(s.split())[:NOTE_MAX]


def check_day(day: date, today: date) -> date:
    """A day a count can be recorded for: not in the future, not before 2010."""
    if day > today:
        raise InvalidInput("date_future", "date")
    if day < EARLIEST_DATE:
        raise InvalidInput("date_too_old", "date")
    return day


def parse_day(text: str, today: date) -> date:
    """`YYYY-MM-DD` as the command line takes it, then checked like any other day."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput("date_invalid", "date") from None
    return check_day(day, today)


def is_big_drop(previous: int | None, new: int) -> bool:
    return previous is not None and previous > 0 and new < previous * (1 - BIG_DROP)


def milestones_crossed(previous: int | None, new: int) -> list[int]:
    """Milestones reached by going from `previous` to `new` (none when going down or staying)."""
    low = previous if previous is not None else 0
    return [m for m in MILESTONES if low < m <= new]


def goal_for(latest: int | None, chosen: int | None = None) -> int:
    """The goal: the one chosen for the shop while still ahead, else 65, then the next round number above."""
    current = latest or 0
    if chosen and chosen > current:
        return chosen
    for step in GOAL_STEPS:
        if step > current:
            return step
    return (current // 5000 + 1) * 5000


def _value_on_or_before(series: list[FriendCount], day: date) -> FriendCount | None:
    found = None
    for entry in series:
        if entry.day <= day:
            found = entry
        else:
            break
    return found


@dataclass(frozen=True)
class FriendSummary:
    """Figures for the plain sentences; None where there is not enough data to say anything true."""

    latest: FriendCount | None
    since_last_entry: int | None
    since_last_week: int | None
    since_start: int | None
    goal: int
    to_goal: int
    days_to_goal: int | None


def summarize(series: list[FriendCount], chosen_goal: int | None = None) -> FriendSummary:
    """`series` sorted by day, one entry a day."""
    if not series:
        goal = goal_for(None, chosen_goal)
        return FriendSummary(None, None, None, None, goal, goal, None)
    latest = series[-1]
    previous = series[-2] if len(series) > 1 else None
    week_ago = _value_on_or_before(series, latest.day - timedelta(days=7))
    goal = goal_for(latest.count, chosen_goal)
    return FriendSummary(
        latest=latest,
        since_last_entry=latest.count - previous.count if previous else None,
        since_last_week=latest.count - week_ago.count if week_ago else None,
        since_start=latest.count - series[0].count if len(series) > 1 else None,
        goal=goal,
        to_goal=max(goal - latest.count, 0),
        days_to_goal=days_to_goal(series, goal),
    )


def days_to_goal(series: list[FriendCount], goal: int) -> int | None:
    """Days until `goal` at the pace of the last four weeks; None when the pace is flat or falling or unknown."""
    if not series:
        return None
    latest = series[-1]
    if latest.count >= goal:
        return 0
    start = _value_on_or_before(series, latest.day - timedelta(days=PACE_WINDOW_DAYS))
    if start is None:
        start = series[0]
    days = (latest.day - start.day).days
    if days <= 0 or latest.count <= start.count:
        return None
    pace = (latest.count - start.count) / days
    return math.ceil((goal - latest.count) / pace)


def weekly_series(series: list[FriendCount], start: date, end: date) -> list[tuple[date, int | None]]:
    """One point a week (weeks start on Monday) from `start` to `end`: the last count of that week, None for a
    week with no entry — gaps stay gaps, nothing is invented."""
    monday = start - timedelta(days=start.weekday())
    by_week: dict[date, int] = {}
    for entry in series:
        if start <= entry.day <= end:
            by_week[entry.day - timedelta(days=entry.day.weekday())] = entry.count
    points = []
    while monday <= end:
        points.append((monday, by_week.get(monday)))
        monday += timedelta(days=7)
    return points


COUNT_COLUMNS = ("date", "count", "note")


def count_rows(series: list[FriendCount]) -> list[list[Cell]]:
    """One row per count, in COUNT_COLUMNS order, for domain.csv_file."""
    return [[entry.day.isoformat(), entry.count, entry.note] for entry in series]
