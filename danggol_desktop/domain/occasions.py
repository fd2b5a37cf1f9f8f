"""The occasions a market shop greets its customers on: lunar holidays from the `holidays` package, fixed days and
seasons from a data table, and the 복날 (hottest days) counted from the table's solar-term days."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

_KNOWN_GYEONG_DAY = date(2024, 7, 15)  # a 경일 (庚 day); they come every ten days


@dataclass(frozen=True)
class Occasion:
    code: str
    names: dict[str, str]
    day: date

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


def _term_day(year: int, term: str, seasons: dict[str, Any]) -> date | None:
    """The day of a solar term (haji, ipchu, dongji) from the dated table, or None outside its years."""
    days = seasons["solar_terms"]["days"].get(str(year))
    if not days:
        return None
    month, day = (int(x) for x in days[term].split("-"))
    return date(year, month, day)


def _gyeong_days_from(start: date) -> Iterator[date]:
    offset = (start - _KNOWN_GYEONG_DAY).days % 10
    day = start if offset == 0 else start + timedelta(days=10 - offset)
    while True:
        yield day
        day += timedelta(days=10)


def boknal(year: int, seasons: dict[str, Any]) -> dict[str, date]:
    """초복 and 중복: the third and fourth 경일 counting from 하지 (the day itself included); 말복: the first 경일 from
    입추 (included). Empty for a year the solar-term table does not cover."""
    haji, ipchu = _term_day(year, "haji", seasons), _term_day(year, "ipchu", seasons)
    if haji is None or ipchu is None:
        return {}
    after_haji = _gyeong_days_from(haji)
    days = [next(after_haji) for _ in range(4)]
    return {"chobok": days[2], "jungbok": days[3], "malbok": next(_gyeong_days_from(ipchu))}


_HOLIDAY_CODES = {"설날": "seollal", "추석": "chuseok", "어린이날": "childrens_day", "기독탄신일": "christmas"}


def _from_holidays(year: int) -> list[Occasion]:
    import holidays

    korean = holidays.KR(years=year, language="ko")  # type: ignore[no-untyped-call]
    english = holidays.KR(years=year, language="en_US")  # type: ignore[no-untyped-call]
    found = []
    for day, name in korean.items():
        for part in name.split(";"):
            code = _HOLIDAY_CODES.get(part.strip())
            if code:
                found.append(Occasion(code, {"ko": "크리스마스" if code == "christmas" else part.strip(),
                                             "en": english.get(day, part)}, day))
    return found


def load_seasons(path: Path) -> dict[str, Any]:
    seasons: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return seasons


def occasions_in_year(year: int, seasons: dict[str, Any]) -> list[Occasion]:
    """Every occasion of `year`, sorted by day."""
    found = _from_holidays(year)
    seollal = next((o.day for o in found if o.code == "seollal"), None)
    for entry in seasons["fixed"]:
        month, day = (int(x) for x in entry["date"].split("-"))
        found.append(Occasion(entry["code"], entry["names"], date(year, month, day)))
    if seollal is not None:
        bo = seasons["relative"]["daeboreum"]
        found.append(Occasion("daeboreum", bo["names"], seollal + timedelta(days=14)))
    for code, bok_day in boknal(year, seasons).items():
        found.append(Occasion(code, seasons["boknal"][code], bok_day))
    dongji = _term_day(year, "dongji", seasons)
    if dongji is not None:
        found.append(Occasion("dongji", seasons["solar_terms"]["dongji"]["names"], dongji))
    return sorted(found, key=lambda o: (o.day, o.code))


def upcoming(today: date, seasons: dict[str, Any], within_days: int = 21) -> list[Occasion]:
    """Occasions from today to `within_days` ahead, soonest first (a holiday's eve and next day are not listed)."""
    end = today + timedelta(days=within_days)
    found = []
    for year in range(today.year, end.year + 1):
        found += [o for o in occasions_in_year(year, seasons) if today <= o.day <= end]
    return found
