"""Versions of edits that two laptops can order even when their clocks disagree: hybrid logical clocks (Kulkarni et
al., 2014). A version is a wall time in milliseconds, a counter and the id of the device that made the edit. A device
never issues a version below one it has already seen — its own earlier edits or any imported from a file — so a laptop
whose clock is a day behind still orders its own later edits after everything it knows; the counter orders edits
within one millisecond and the device id breaks the last tie, so two versions are never equal.

The text form is fixed width (`2026-11-26T01:30:00.000Z.00000.3f2a9c1e5b7d4a60`), so text order is version order for
SQLite's max(); but a version from a file is always parsed (`parse_version`), never trusted or compared as text."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from danggol_desktop.domain.clock import Clock, parse_instant

LEGACY_DEVICE = "0" * 16  # the device of a version made from a row's updated_at (rows from before versions)
COUNTER_MAX = 99_999
_FORM = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})Z\.(\d{5})\.([0-9a-f]{16})\Z", re.ASCII)
_DEVICE = re.compile(r"[0-9a-f]{16}\Z", re.ASCII)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_NAIVE_EPOCH = datetime(1970, 1, 1)


class Version(NamedTuple):
    """Ordered as a tuple: wall time first, then the counter, then the device id."""

    wall_ms: int
    counter: int
    device: str

    def text(self) -> str:
        wall = (_EPOCH + timedelta(milliseconds=self.wall_ms)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
        return f"{wall}Z.{self.counter:05d}.{self.device}"

    def wall(self) -> datetime:
        return _EPOCH + timedelta(milliseconds=self.wall_ms)


class BadVersion(ValueError):
    """Not a version in the app's own form."""


def parse_version(text: object) -> Version:
    if not isinstance(text, str):
        raise BadVersion(repr(text)[:40])
    match = _FORM.match(text)
    if not match:
        raise BadVersion(text[:60])
    try:
        wall = datetime.fromisoformat(match.group(1)) - _NAIVE_EPOCH
    except ValueError:
        raise BadVersion(text[:60]) from None
    return Version((wall.days * 86_400 + wall.seconds) * 1000 + wall.microseconds // 1000, int(match.group(2)),
                   match.group(3))


def legacy_version(updated_at: str) -> Version:
    """The version every field of a row written before versions existed takes: its row time, the legacy device."""
    return Version(_ms(parse_instant(updated_at)), 0, LEGACY_DEVICE)


def is_device_id(text: object) -> bool:
    return isinstance(text, str) and bool(_DEVICE.match(text)) and text != LEGACY_DEVICE


def new_device_id() -> str:
    import secrets  # only for a data file that has no device id yet

    while True:
        device = secrets.token_hex(8)
        if device != LEGACY_DEVICE:
            return device


def _ms(instant: datetime) -> int:
    delta = instant - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


class HybridClock:
    """One device's issuer of versions. `floor` is read once, on the first edit: the highest version the data file
    already holds (so a restart with the clock set back still orders new edits after old ones)."""

    def __init__(self, clock: Clock, device: str, floor: Callable[[], Version | None]) -> None:
        self.clock = clock
        self.device = device
        self._floor = floor
        self._last: Version | None = None
        self._loaded = False

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            floor = self._floor()
            if floor is not None and (self._last is None or floor > self._last):
                self._last = floor

    def tick(self) -> Version:
        """The version of an edit made now on this device: later than every version seen so far."""
        self._load()
        wall = _ms(self.clock.now())
        last = self._last
        if last is None or wall > last.wall_ms:
            version = Version(wall, 0, self.device)
        elif last.counter < COUNTER_MAX:
            version = Version(last.wall_ms, last.counter + 1, self.device)
        else:  # a counter run out (a clock far behind and very many edits): move on a millisecond
            version = Version(last.wall_ms + 1, 0, self.device)
        self._last = version
        return version

    def observe(self, version: Version) -> None:
        """A version seen in an imported file: every later edit here is ordered after it."""
        self._load()
        if self._last is None or version > self._last:
            self._last = version

    @property
    def last(self) -> Version | None:
        self._load()
        return self._last
