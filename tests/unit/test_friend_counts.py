from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.friend_counts import (
    FriendCount,
    check_day,
    count_rows,
    days_to_goal,
    goal_for,
    is_big_drop,
    milestones_crossed,
    parse_count,
    parse_day,
    summarize,
    weekly_series,
)

TODAY = date(2026, 11, 26)


def series(*pairs):
    return [FriendCount(TODAY - timedelta(days=back), count) for back, count in pairs]


@pytest.mark.parametrize(
    "raw, value",
    [("0", 0), ("52", 52), ("1,234", 1234), ("１２３", 123), ("  77 ", 77), ("10,000,000", 10_000_000),
     ("1,234,567", 1234567), ("007", 7)],
)
def test_counts_accepted(raw, value):
    assert parse_count(raw) == value


@pytest.mark.parametrize(
    "raw, code",
    [("", "count_empty"), ("   ", "count_empty"), (None, "count_empty"), ("abc", "count_not_number"),
     ("오십", "count_not_number"), ("-5", "count_negative"), ("－５", "count_negative"), ("3.5", "count_decimal"),
     ("12.0", "count_decimal"), ("1 234", "count_spaces"), ("10000001", "count_too_large"),
     ("12,34", "count_decimal"), ("1,2345", "count_not_number"), ("٣", "count_not_number"), ("5명", "count_not_number"),
     ("1e3", "count_not_number"), ("+5", "count_not_number")],
)
def test_counts_refused(raw, code):
    with pytest.raises(InvalidInput) as caught:
        parse_count(raw)
    assert caught.value.code == code and caught.value.field == "count"


@given(st.text(max_size=30))
def test_count_parser_never_fails_otherwise(text):
    try:
        value = parse_count(text)
    except InvalidInput as exc:
        assert exc.code.startswith("count_")
        return
    assert 0 <= value <= 10_000_000


@given(st.integers(min_value=0, max_value=10_000_000))
def test_every_count_round_trips_with_and_without_grouping(n):
    assert parse_count(str(n)) == n
    assert parse_count(f"{n:,}") == n


def test_days():
    assert check_day(TODAY, TODAY) == TODAY
    assert check_day(date(2010, 1, 1), TODAY) == date(2010, 1, 1)
    for bad, code in ((TODAY + timedelta(days=1), "date_future"), (date(2009, 12, 31), "date_too_old")):
        with pytest.raises(InvalidInput) as caught:
            check_day(bad, TODAY)
        assert caught.value.code == code
    assert parse_day(" 2026-11-01 ", TODAY) == date(2026, 11, 1)
    for bad in ("2026-13-01", "어제", "26/11/2026", ""):
        with pytest.raises(InvalidInput):
            parse_day(bad, TODAY)


def test_big_drop_and_milestones():
    assert is_big_drop(100, 79) and not is_big_drop(100, 80) and not is_big_drop(None, 0) and not is_big_drop(0, 0)
    assert milestones_crossed(None, 12) == [10]
    assert milestones_crossed(48, 101) == [50, 65, 100]
    assert milestones_crossed(101, 48) == []
    assert milestones_crossed(50, 50) == []


def test_goal():
    assert goal_for(None) == 65 and goal_for(0) == 65 and goal_for(64) == 65
    assert goal_for(65) == 100 and goal_for(150) == 200 and goal_for(5000) == 10000 and goal_for(12345) == 15000
    assert goal_for(10, chosen=30) == 30
    assert goal_for(40, chosen=30) == 65  # a chosen goal already passed gives way to the next step


def test_summary_none():
    s = summarize([])
    assert s.latest is None and s.since_last_week is None and s.goal == 65 and s.to_goal == 65
    assert s.days_to_goal is None


def test_summary_one_entry():
    s = summarize(series((0, 20)))
    assert s.latest.count == 20 and s.since_last_entry is None and s.since_start is None and s.since_last_week is None
    assert s.to_goal == 45 and s.days_to_goal is None


def test_summary_growing():
    data = series(*[(back, 100 - back) for back in range(28, -1, -1)])  # +1 a day for four weeks, today 100
    s = summarize(data)
    assert s.since_last_entry == 1 and s.since_last_week == 7 and s.since_start == 28
    assert s.goal == 200 and s.to_goal == 100 and s.days_to_goal == 100


def test_summary_flat_and_falling_have_no_goal_date():
    assert summarize(series((14, 30), (7, 30), (0, 30))).days_to_goal is None
    falling = summarize(series((14, 40), (7, 35), (0, 30)))
    assert falling.since_last_week == -5 and falling.days_to_goal is None


def test_summary_with_gaps_uses_the_last_value_on_or_before_a_week_ago():
    s = summarize(series((30, 10), (10, 20), (0, 26)))
    assert s.since_last_week == 6  # compared with the entry 10 days ago, the newest one a week or more back
    assert days_to_goal(series((30, 10), (10, 20), (0, 26)), 65) is not None


def test_weekly_series_leaves_gaps():
    monday = date(2026, 11, 2)
    data = [FriendCount(monday, 5), FriendCount(monday + timedelta(days=3), 8),
            FriendCount(monday + timedelta(days=15), 12)]
    points = weekly_series(data, monday, monday + timedelta(days=20))
    assert points == [(monday, 8), (monday + timedelta(days=7), None), (monday + timedelta(days=14), 12)]


def test_count_rows_for_the_csv_writer():
    rows = count_rows([FriendCount(date(2026, 11, 1), 12, "전단지, 돌림"), FriendCount(date(2026, 11, 2), 15, "=1+1")])
    assert rows == [["2026-11-01", 12, "전단지, 돌림"], ["2026-11-02", 15, "=1+1"]]  # the writer makes it safe
