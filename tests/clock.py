"""The clock tests run on: a fixed day whatever the machine's date (the suite passes under faketime at any offset).

It moves on a millisecond each time it is read, so later edits still get later stamps."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from danggol_desktop.domain.clock import KOREA, Clock, ticking_clock

# 2026-11-26 10:30 in Korea: a Thursday morning in the pilot's last weeks
START = datetime(2026, 11, 26, 10, 30, tzinfo=KOREA)
TODAY = date(2026, 11, 26)


def make_clock(start: datetime = START, step: timedelta = timedelta(milliseconds=1)) -> Clock:
    return ticking_clock(start.astimezone(timezone.utc), step)
