"""The one clock. It is made once where the program starts (app.py, the command line) and passed down; nothing else
reads the system time, so tests inject their own and pass on any date.

Days are calendar days in the markets' zone (Korea), whatever zone the PC is set to; instants are UTC. Korea has
kept +09:00 all year since 1988, so a fixed offset is exact and needs no time-zone database (Windows has none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

KOREA = timezone(timedelta(hours=9), "KST")


class Clock:
    """UTC instants and Korean days from one source of aware datetimes."""

    def __init__(self, source: Callable[[], datetime]) -> None:
        self._source = source

    def now(self) -> datetime:
        """This instant, aware, in UTC."""
        instant = self._source()
        if instant.tzinfo is None:
            raise ValueError("a clock gives aware datetimes")
        return instant.astimezone(timezone.utc)

    def local_now(self) -> datetime:
        """This instant as a wall clock in the market reads it (aware, +09:00)."""
        return self.now().astimezone(KOREA)

    def today(self) -> date:
        """Today's calendar day in the market."""
        return self.local_now().date()

    def stamp(self) -> str:
        """An ISO-8601 UTC timestamp with microseconds, so that later edits always sort after earlier ones."""
        return self.now().isoformat(timespec="microseconds")


def parse_instant(text: str) -> datetime:
    """An instant as the app writes it (ISO 8601), aware: one without an offset is UTC, as the app's rows are."""
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


def system_clock() -> Clock:
    """The computer's clock: made once by the program's entry points and handed to everything else."""
    return Clock(lambda: datetime.now(timezone.utc))


def ticking_clock(start: datetime, step: timedelta = timedelta(milliseconds=1)) -> Clock:
    """A clock that starts at `start` (aware) and moves on by `step` each time it is read: tests and benchmarks."""
    if start.tzinfo is None:
        raise ValueError("start must be aware")
    state = {"at": start - step}

    def source() -> datetime:
        state["at"] += step
        return state["at"]

    return Clock(source)
