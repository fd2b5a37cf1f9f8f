"""Time as the storage layer records it; passed in so tests can fix it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


def stamp(clock: Clock) -> str:
    """An ISO-8601 UTC timestamp with microseconds, so that later edits always sort after earlier ones."""
    return clock().astimezone(timezone.utc).isoformat(timespec="microseconds")
