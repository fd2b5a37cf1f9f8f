"""Dates the way people read them: `11월 26일(목)` in Korean, `Thu 26 Nov` in English."""

from __future__ import annotations

from datetime import date

_KO_WEEKDAYS = "월화수목금토일"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_day(day: date, language: str = "ko", with_year: bool = False) -> str:
    if language == "ko":
        text = f"{day.month}월 {day.day}일({_KO_WEEKDAYS[day.weekday()]})"
        return f"{day.year}년 {text}" if with_year else text
    text = f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def format_short(day: date, language: str = "ko") -> str:
    """For chart axes: `11.26` style in Korean, `26 Nov` in English."""
    return f"{day.month}.{day.day}" if language == "ko" else f"{day.day} {_EN_MONTHS[day.month - 1]}"


def format_count(n: int, language: str = "ko") -> str:
    """`1,234명` / `1,234` — people are counted with 명 in Korean."""
    return f"{n:,}명" if language == "ko" else f"{n:,}"


def format_period(start: date, end: date, language: str = "ko") -> str:
    """`12월 3일(수)~5일(금)`, `12월 31일(수)~1월 2일(금)`; one day alone when start and end are the same."""
    if start == end:
        return format_day(start, language)
    if language == "ko":
        if start.year == end.year and start.month == end.month:
            tail = f"{end.day}일({_KO_WEEKDAYS[end.weekday()]})"
        else:
            tail = format_day(end, language)
        return f"{format_day(start, language)}~{tail}"
    if start.year == end.year and start.month == end.month:
        return f"{_EN_WEEKDAYS[start.weekday()]} {start.day} – {format_day(end, language)}"
    return f"{format_day(start, language)} – {format_day(end, language)}"


def format_hour(hour: int, language: str = "ko") -> str:
    """`오전 6시`, `오후 9시` / `6 am`, `9 pm`."""
    twelve = hour % 12 or 12
    if language == "ko":
        return f"{'오전' if hour < 12 else '오후'} {twelve}시"
    return f"{twelve} {'am' if hour < 12 else 'pm'}"
