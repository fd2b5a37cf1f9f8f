from datetime import date, timedelta

import holidays
import pytest

from danggol_desktop import resources
from danggol_desktop.domain.occasions import boknal, load_seasons, occasions_in_year, upcoming

SEASONS = load_seasons(resources.asset("data", "seasons.json"))


@pytest.mark.parametrize("year", range(2024, 2032))
def test_seollal_and_chuseok_agree_with_the_holidays_data(year):
    kr = holidays.KR(years=year, language="ko")
    found = {o.code: o.day for o in occasions_in_year(year, SEASONS)}
    assert kr.get(found["seollal"]) and "설날" in kr.get(found["seollal"])
    assert kr.get(found["chuseok"]) and "추석" in kr.get(found["chuseok"])
    assert found["parents_day"] == date(year, 5, 8) and found["christmas"] == date(year, 12, 25)


@pytest.mark.parametrize("year, chobok, jungbok, malbok", [
    (2020, date(2020, 7, 16), date(2020, 7, 26), date(2020, 8, 15)),
    (2021, date(2021, 7, 11), date(2021, 7, 21), date(2021, 8, 10)),
    (2022, date(2022, 7, 16), date(2022, 7, 26), date(2022, 8, 15)),
    (2023, date(2023, 7, 11), date(2023, 7, 21), date(2023, 8, 10)),
    (2024, date(2024, 7, 15), date(2024, 7, 25), date(2024, 8, 14)),
    (2025, date(2025, 7, 20), date(2025, 7, 30), date(2025, 8, 9)),
    (2026, date(2026, 7, 15), date(2026, 7, 25), date(2026, 8, 14)),
])
def test_boknal_match_the_published_dates(year, chobok, jungbok, malbok):
    assert boknal(year, SEASONS) == {"chobok": chobok, "jungbok": jungbok, "malbok": malbok}


def test_boknal_are_ten_days_apart_and_in_summer():
    for year in range(2020, 2041):
        days = boknal(year, SEASONS)
        assert (days["jungbok"] - days["chobok"]).days == 10
        assert date(year, 7, 10) <= days["chobok"] <= date(year, 7, 21)
        assert date(year, 8, 6) <= days["malbok"] <= date(year, 8, 17)


@pytest.mark.parametrize("year, ipchu, december", [(2020, date(2020, 8, 7), date(2020, 12, 21)),
                                                   (2023, date(2023, 8, 8), date(2023, 12, 22)),
                                                   (2024, date(2024, 8, 7), date(2024, 12, 21)),
                                                   (2025, date(2025, 8, 7), date(2025, 12, 22))])
def test_solar_term_table_has_the_published_days(year, ipchu, december):
    found = {o.code: o.day for o in occasions_in_year(year, SEASONS)}
    assert found["dongji"] == december
    assert found["malbok"] >= ipchu > found["malbok"] - timedelta(days=10)  # 말복 is the first 경일 from 입추


def test_the_table_covers_2020_to_2040_and_says_nothing_beyond():
    days = SEASONS["solar_terms"]["days"]
    assert all(str(year) in days for year in range(2020, 2041))
    beyond = {o.code for o in occasions_in_year(2099, SEASONS)}
    assert "seollal" in beyond and not beyond & {"chobok", "jungbok", "malbok", "dongji"}


def test_upcoming_within_three_weeks_soonest_first():
    soon = upcoming(date(2026, 12, 10), SEASONS)
    assert [o.code for o in soon] == ["dongji", "christmas", "year_end"]  # 1 January is 22 days away
    assert all(o.day >= date(2026, 12, 10) for o in soon)
    assert [o.code for o in upcoming(date(2027, 1, 28), SEASONS)] == ["seollal"]
    assert upcoming(date(2026, 10, 20), SEASONS) == []
