"""The occasions a market shop greets its customers on: lunar holidays from the `holidays` package, fixed days and
seasons from a data table, and the 복날 (hottest days) worked out from the sun."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

KST = timezone(timedelta(hours=9))
_KNOWN_GYEONG_DAY = date(2024, 7, 15)  # a 경일 (庚 day); they come every ten days


@dataclass(frozen=True)
class Occasion:
    code: str
    names: dict[str, str]
    day: date

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


# Meeus, Astronomical Algorithms, table 27.C: periodic terms for the times of equinoxes and solstices.
_SOLSTICE_TERMS = (
    (485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
    (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
    (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
    (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
    (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
    (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074),
)
_DELTA_T_DAYS = 69 / 86400  # terrestrial minus universal time in the 2020s; a minute either way changes no date


def _from_julian(jd: float) -> datetime:
    return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(days=jd - 2440587.5)


def solstice(year: int, june: bool) -> datetime:
    """The moment of the June or December solstice (Meeus ch. 27, within about a minute for 1951–2050)."""
    y = (year - 2000) / 1000
    if june:
        jde0 = 2451716.56767 + 365241.62603 * y + 0.00325 * y**2 + 0.00888 * y**3 - 0.00030 * y**4
    else:
        jde0 = 2451900.05952 + 365242.74049 * y - 0.06223 * y**2 - 0.00823 * y**3 + 0.00032 * y**4
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    spread = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _SOLSTICE_TERMS)
    return _from_julian(jde0 + 0.00001 * s / spread - _DELTA_T_DAYS)


def sun_longitude(moment: datetime) -> float:
    """Apparent ecliptic longitude of the sun in degrees (Meeus ch. 25, low precision: about 0.01°)."""
    jd = moment.astimezone(timezone.utc).timestamp() / 86400 + 2440587.5
    t = (jd - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    c = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m) + (0.019993 - 0.000101 * t) * math.sin(2 * m)
         + 0.000289 * math.sin(3 * m))
    omega = math.radians(125.04 - 1934.136 * t)
    return (l0 + c - 0.00569 - 0.00478 * math.sin(omega)) % 360


def _crossing(longitude: float, near: datetime) -> datetime:
    """When the low-precision longitude reaches `longitude`, searched within five days of `near`."""
    def passed(moment: datetime) -> bool:
        return ((sun_longitude(moment) - longitude + 180) % 360) - 180 >= 0

    low, high = near - timedelta(days=5), near + timedelta(days=5)
    for _ in range(40):
        mid = low + (high - low) / 2
        if passed(mid):
            high = mid
        else:
            low = mid
    return high


def solar_term(year: int, longitude: float, near: date) -> datetime:
    """A solar term's moment. The low-precision longitude is corrected by its error at that year's June solstice,
    which it shares with the nearby summer terms, leaving minutes of error rather than a quarter hour."""
    june = solstice(year, june=True)
    error = june - _crossing(90, june)
    return _crossing(longitude, datetime(near.year, near.month, near.day, 12, tzinfo=KST)) + error


def kst_day(moment: datetime) -> date:
    return moment.astimezone(KST).date()


def _gyeong_days_from(start: date):
    offset = (start - _KNOWN_GYEONG_DAY).days % 10
    day = start if offset == 0 else start + timedelta(days=10 - offset)
    while True:
        yield day
        day += timedelta(days=10)


def boknal(year: int) -> dict[str, date]:
    """초복 and 중복: the third and fourth 경일 counting from 하지 (the day itself included); 말복: the first 경일 from
    입추 (included)."""
    haji = kst_day(solstice(year, june=True))
    ipchu = kst_day(solar_term(year, 135, date(year, 8, 7)))
    after_haji = _gyeong_days_from(haji)
    days = [next(after_haji) for _ in range(4)]
    return {"chobok": days[2], "jungbok": days[3], "malbok": next(_gyeong_days_from(ipchu))}


_HOLIDAY_CODES = {"설날": "seollal", "추석": "chuseok", "어린이날": "childrens_day", "기독탄신일": "christmas"}


def _from_holidays(year: int) -> list[Occasion]:
    import holidays

    korean = holidays.KR(years=year, language="ko")
    english = holidays.KR(years=year, language="en_US")
    found = []
    for day, name in korean.items():
        for part in name.split(";"):
            code = _HOLIDAY_CODES.get(part.strip())
            if code:
                found.append(Occasion(code, {"ko": "크리스마스" if code == "christmas" else part.strip(),
                                             "en": english.get(day, part)}, day))
    return found


def load_seasons(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def occasions_in_year(year: int, seasons: dict) -> list[Occasion]:
    """Every occasion of `year`, sorted by day."""
    found = _from_holidays(year)
    seollal = next((o.day for o in found if o.code == "seollal"), None)
    for entry in seasons["fixed"]:
        month, day = (int(x) for x in entry["date"].split("-"))
        found.append(Occasion(entry["code"], entry["names"], date(year, month, day)))
    if seollal is not None:
        bo = seasons["relative"]["daeboreum"]
        found.append(Occasion("daeboreum", bo["names"], seollal + timedelta(days=14)))
    for code, day in boknal(year).items():
        found.append(Occasion(code, seasons["boknal"][code], day))
    dongji = seasons["solar_terms"]["dongji"]
    found.append(Occasion("dongji", dongji["names"], kst_day(solstice(year, june=False))))
    return sorted(found, key=lambda o: (o.day, o.code))


def upcoming(today: date, seasons: dict, within_days: int = 21) -> list[Occasion]:
    """Occasions from today to `within_days` ahead, soonest first (a holiday's eve and next day are not listed)."""
    end = today + timedelta(days=within_days)
    found = []
    for year in range(today.year, end.year + 1):
        found += [o for o in occasions_in_year(year, seasons) if today <= o.day <= end]
    return found
