"""The one gate every imported record passes: the same checks the screens and the command line apply to what a
person types (names, days, counts, channel links, statuses, categories), plus timestamps that cannot lie about the
future. The first bad record refuses the whole file, named, so the tutor can tell which one."""

from __future__ import annotations

import json
import re
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from danggol_desktop.domain.bundle import Bundle, BundleError
from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.friend_counts import EARLIEST_DATE, MAX_COUNT
from danggol_desktop.domain.shop import NAME_MAX, clean_name, normalize_optout, normalize_phone

NOTE_MAX = 200
TOPIC_MAX = 200
BODY_MAX = 5_000  # a message body: Kakao's longest type is 1,300 characters; room for an SMS version
DRAFT_MAX = 20_000
PATH_MAX = 1_000
MESSAGE_STATUSES = ("draft", "saved", "sent", "practice")
POSTER_OUTPUTS = ("pdf", "png", "print")
FUTURE_SLACK = timedelta(days=1)  # clocks of two machines disagree a little; a year ahead is a lie
# Control characters, and the bidirectional overrides that make a name read differently from what it holds.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_CONTROL_NO_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class KnownValues:
    """What this app knows by code: shop categories, message kinds, poster layouts, curriculum steps."""

    categories: frozenset[str]
    message_kinds: frozenset[str]
    poster_layouts: frozenset[str]
    curriculum_steps: frozenset[str]


class BadRecord(BundleError):
    """One record of the file would be refused if a person typed it; the whole file is refused."""

    def __init__(self, table: str, index: int, field: str, detail: str = "") -> None:
        super().__init__("bundle_bad_record", detail=f"{table}[{index}].{field} {detail}".strip())
        self.table = table
        self.index = index
        self.field = field


class _Refused(Exception):
    def __init__(self, field: str, detail: str = "") -> None:
        super().__init__(field)
        self.field = field
        self.detail = detail


def _text(record: dict[str, Any], field: str, limit: int, multiline: bool = False, empty_ok: bool = True) -> str:
    value = record[field]
    pattern = _CONTROL if multiline else _CONTROL_NO_NEWLINE
    if len(value) > limit or pattern.search(value) or (not empty_ok and not value.strip()):
        raise _Refused(field)
    return str(value)


def _uuid(record: dict[str, Any], field: str = "uuid") -> None:
    try:
        if str(uuid_module.UUID(record[field])) != record[field].lower():
            raise ValueError
    except (ValueError, AttributeError):
        raise _Refused(field) from None


def _timestamp(record: dict[str, Any], field: str, now: datetime, optional: bool = False) -> None:
    value = record[field]
    if value is None and optional:
        return
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise _Refused(field) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    if parsed > now + FUTURE_SLACK or parsed.year < EARLIEST_DATE.year:
        raise _Refused(field, "out of range")


def _day(record: dict[str, Any], field: str, today: date, optional: bool = False, future_ok: bool = False) -> None:
    value = record[field]
    if value is None and optional:
        return
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise _Refused(field) from None
    if day < EARLIEST_DATE or (not future_ok and day > today):
        raise _Refused(field, "out of range")


def _name(record: dict[str, Any], field: str) -> None:
    try:
        if clean_name(record[field], field) != record[field] or "/" in record[field]:
            raise _Refused(field)
    except InvalidInput:
        raise _Refused(field) from None


def _channel(record: dict[str, Any], field: str) -> None:
    value = record[field]
    if value == "":
        return
    try:
        if normalize_channel_link(value) != value:
            raise _Refused(field)
    except InvalidInput:
        raise _Refused(field) from None


def _common(record: dict[str, Any], now: datetime) -> None:
    _uuid(record)
    _timestamp(record, "created_at", now)
    _timestamp(record, "updated_at", now)


def _check_markets(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _name(record, "name")


def _check_shops(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _name(record, "name")
    if record["category"] not in known.categories and record["category"] != "":
        raise _Refused("category")
    try:
        if normalize_phone(record["phone"]) != record["phone"]:
            raise _Refused("phone")
    except InvalidInput:
        raise _Refused("phone") from None
    _channel(record, "channel_url")
    try:
        if normalize_optout(record["optout_phone"]) != record["optout_phone"]:
            raise _Refused("optout_phone")
    except InvalidInput:
        raise _Refused("optout_phone") from None
    _timestamp(record, "archived_at", now, optional=True)
    goal = record["friend_goal"]
    if goal is not None and not 1 <= goal <= MAX_COUNT:
        raise _Refused("friend_goal")


def _check_friend_counts(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _day(record, "day", today)
    if not 0 <= record["count"] <= MAX_COUNT:
        raise _Refused("count")
    _text(record, "note", NOTE_MAX)
    _timestamp(record, "deleted_at", now, optional=True)


def _check_messages(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    if record["kind"] not in known.message_kinds and not (record["kind"] == "" and record["status"] == "draft"):
        raise _Refused("kind")
    if record["status"] not in MESSAGE_STATUSES:
        raise _Refused("status")
    _text(record, "body", BODY_MAX, multiline=True)
    _text(record, "draft", DRAFT_MAX, multiline=True)
    try:
        if not isinstance(json.loads(record["draft"] or "{}"), dict):
            raise ValueError
    except ValueError:
        raise _Refused("draft") from None
    _timestamp(record, "sent_at", now, optional=True)
    if (record["sent_at"] is not None) != (record["status"] == "sent"):
        raise _Refused("sent_at")
    _timestamp(record, "deleted_at", now, optional=True)


def _check_posters(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    if record["layout"] not in known.poster_layouts:
        raise _Refused("layout")
    _text(record, "headline", NAME_MAX * 4)
    _text(record, "offer", NAME_MAX * 4)
    _channel(record, "channel_url")
    if record["output"] not in POSTER_OUTPUTS:
        raise _Refused("output")
    _text(record, "path", PATH_MAX)


def _check_practice_sessions(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _day(record, "day", today)
    _text(record, "topic", TOPIC_MAX, empty_ok=False)
    _text(record, "note", NOTE_MAX * 5, multiline=True)
    _timestamp(record, "closed_at", now, optional=True)


def _check_practice_attendance(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)


def _check_curriculum_progress(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    if record["step"] not in known.curriculum_steps:
        raise _Refused("step")
    _day(record, "done_on", today, optional=True)


_CHECKS = {
    "markets": _check_markets, "shops": _check_shops, "friend_counts": _check_friend_counts,
    "messages": _check_messages, "posters": _check_posters, "practice_sessions": _check_practice_sessions,
    "practice_attendance": _check_practice_attendance, "curriculum_progress": _check_curriculum_progress,
}


def check_records(bundle: Bundle, known: KnownValues, now: datetime) -> None:
    """Raise BadRecord for the first record that the app would refuse from a person; the bundle's shape has already
    been checked by `read_bundle`. `now` is an aware datetime (the local day is taken from it)."""
    today = now.astimezone().date()
    for table, check in _CHECKS.items():
        for index, record in enumerate(bundle.tables.get(table, [])):
            try:
                check(record, known, today, now)
            except _Refused as refused:
                raise BadRecord(table, index + 1, refused.field, refused.detail) from None
