"""The check of one record from a `.danggol` file, table by table: the same rules the screens and the command line
apply to what a person types (names, days, counts, channel links, statuses, categories, the channel kit's texts and
limits), plus timestamps that cannot lie about the future. The registry (domain/tables.py) names each table's check;
domain/import_gate.py runs them over a file."""

from __future__ import annotations

import json
import re
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from danggol_desktop.domain.channel_kit import (
    COUPON_HORIZON,
    LINE_MAX,
    KitLimits,
    check_channel_name,
    check_length,
    clean_search_id,
    clean_title,
    tidy,
    tidy_block,
)
from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.friend_counts import EARLIEST_DATE, MAX_COUNT
from danggol_desktop.domain.shop import NAME_MAX, clean_location, clean_name, normalize_optout, normalize_phone

NOTE_MAX = 200
TOPIC_MAX = 200
BODY_MAX = 5_000  # a message body: Kakao's longest type is 1,300 characters; room for an SMS version
DRAFT_MAX = 20_000
PATH_MAX = 1_000
MESSAGE_STATUSES = ("draft", "saved", "sent", "practice")
POSTER_OUTPUTS = ("pdf", "png", "print")
# Clocks of two laptops disagree, and a PC's date may be days behind: a day up to three days after this PC's today is
# taken (the import says the date may be wrong; the gate passes today + DAY_SLACK as `today`), and a stamp or a
# version up to a week ahead (one laptop two days fast, the other two days slow, is four); a year ahead is a lie.
FUTURE_SLACK = timedelta(days=7)
DAY_SLACK = timedelta(days=3)
# Control characters, and the bidirectional overrides that make a name read differently from what it holds.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_DAY_FORM = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_INSTANT_FORM = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2})?\Z", re.ASCII)
_CONTROL_NO_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class KnownValues:
    """What this app knows by code: shop categories, message kinds, poster layouts, curriculum steps."""

    categories: frozenset[str]
    message_kinds: frozenset[str]
    poster_layouts: frozenset[str]
    curriculum_steps: frozenset[str]
    channel_text_codes: frozenset[str]  # the channel kit's texts: channel_name, intro, …, welcome, chat.<question>
    kit_limits: KitLimits


class Refused(Exception):
    """One field of a record would be refused if a person typed it."""

    def __init__(self, field: str, detail: str = "") -> None:
        super().__init__(field)
        self.field = field
        self.detail = detail


def _text(record: dict[str, Any], field: str, limit: int, multiline: bool = False, empty_ok: bool = True) -> str:
    value = record[field]
    pattern = _CONTROL if multiline else _CONTROL_NO_NEWLINE
    if len(value) > limit or pattern.search(value) or (not empty_ok and not value.strip()):
        raise Refused(field)
    return str(value)


def _uuid(record: dict[str, Any], field: str = "uuid") -> None:
    try:
        if str(uuid_module.UUID(record[field])) != record[field]:  # the canonical form the app writes
            raise ValueError
    except (ValueError, AttributeError):
        raise Refused(field) from None


def _timestamp(record: dict[str, Any], field: str, now: datetime, optional: bool = False) -> None:
    value = record[field]
    if value is None and optional:
        return
    try:
        if not isinstance(value, str) or not _INSTANT_FORM.match(value):  # only the app's own form, never compact
            raise ValueError
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise Refused(field) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    if parsed > now + FUTURE_SLACK or parsed.year < EARLIEST_DATE.year:
        raise Refused(field, "out of range")


def _day(record: dict[str, Any], field: str, today: date, optional: bool = False, future_ok: bool = False) -> None:
    value = record[field]
    if value is None and optional:
        return
    try:
        if not isinstance(value, str) or not _DAY_FORM.match(value):  # 2026-11-26, never 2026-W48-4 or 20261126
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise Refused(field) from None
    if day < EARLIEST_DATE or (not future_ok and day > today):
        raise Refused(field, "out of range")


def _name(record: dict[str, Any], field: str) -> None:
    try:
        if clean_name(record[field], field) != record[field] or "/" in record[field]:
            raise Refused(field)
    except InvalidInput:
        raise Refused(field) from None


def _channel(record: dict[str, Any], field: str) -> None:
    value = record[field]
    if value == "":
        return
    try:
        if normalize_channel_link(value) != value:
            raise Refused(field)
    except InvalidInput:
        raise Refused(field) from None


def _common(record: dict[str, Any], now: datetime) -> None:
    _uuid(record)
    _timestamp(record, "created_at", now)
    _timestamp(record, "updated_at", now)


def check_market(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _name(record, "name")


def check_shop(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _name(record, "name")
    if record["category"] not in known.categories and record["category"] != "":
        raise Refused("category")
    try:
        if normalize_phone(record["phone"]) != record["phone"]:
            raise Refused("phone")
    except InvalidInput:
        raise Refused("phone") from None
    _channel(record, "channel_url")
    try:
        if record["search_id"] and clean_search_id(record["search_id"], known.kit_limits) != record["search_id"]:
            raise Refused("search_id")
    except InvalidInput:
        raise Refused("search_id") from None
    try:
        if normalize_optout(record["optout_phone"]) != record["optout_phone"]:
            raise Refused("optout_phone")
    except InvalidInput:
        raise Refused("optout_phone") from None
    try:
        if clean_location(record["location"]) != record["location"]:
            raise Refused("location")
    except InvalidInput:
        raise Refused("location") from None
    _timestamp(record, "archived_at", now, optional=True)
    goal = record["friend_goal"]
    if goal is not None and not 1 <= goal <= MAX_COUNT:
        raise Refused("friend_goal")
    from danggol_desktop.domain.message_budget import CREDIT_MAX

    credit = record["message_credit"]
    if credit is not None and not 1 <= credit <= CREDIT_MAX:
        raise Refused("message_credit")


def check_friend_count(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _day(record, "day", today)
    if not 0 <= record["count"] <= MAX_COUNT:
        raise Refused("count")
    _text(record, "note", NOTE_MAX)
    _timestamp(record, "deleted_at", now, optional=True)


def check_message(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    if record["kind"] not in known.message_kinds and not (record["kind"] == "" and record["status"] == "draft"):
        raise Refused("kind")
    if record["status"] not in MESSAGE_STATUSES:
        raise Refused("status")
    _text(record, "body", BODY_MAX, multiline=True)
    _text(record, "draft", DRAFT_MAX, multiline=True)
    try:
        if not isinstance(json.loads(record["draft"] or "{}"), dict):
            raise ValueError
    except ValueError:
        raise Refused("draft") from None
    _timestamp(record, "sent_at", now, optional=True)
    if (record["sent_at"] is not None) != (record["status"] == "sent"):
        raise Refused("sent_at")
    _timestamp(record, "deleted_at", now, optional=True)


def check_poster(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    if record["layout"] not in known.poster_layouts:
        raise Refused("layout")
    _text(record, "headline", NAME_MAX * 4)
    _text(record, "offer", NAME_MAX * 4)
    _channel(record, "channel_url")
    if record["output"] not in POSTER_OUTPUTS:
        raise Refused("output")
    _text(record, "path", PATH_MAX)


def check_practice_session(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _day(record, "day", today)
    _text(record, "topic", TOPIC_MAX, empty_ok=False)
    _text(record, "note", NOTE_MAX * 5, multiline=True)
    _timestamp(record, "closed_at", now, optional=True)


def check_market_event(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    from danggol_desktop.domain.market_event import BENEFIT_MAX, EVENT_DAYS_MAX, EVENT_HORIZON, EVENT_NAME_MAX

    _common(record, now)
    _text(record, "name", EVENT_NAME_MAX, empty_ok=False)
    _text(record, "benefit", BENEFIT_MAX, empty_ok=False)
    _day(record, "starts_on", today, future_ok=True)
    _day(record, "ends_on", today, future_ok=True)
    starts, ends = date.fromisoformat(record["starts_on"]), date.fromisoformat(record["ends_on"])
    if starts > today + EVENT_HORIZON:
        raise Refused("starts_on", "out of range")
    if ends < starts or (ends - starts).days + 1 > EVENT_DAYS_MAX:
        raise Refused("ends_on")
    _timestamp(record, "deleted_at", now, optional=True)


def check_market_event_shop(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _timestamp(record, "deleted_at", now, optional=True)


def check_practice_attendance(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)


def check_curriculum_progress(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    if record["step"] not in known.curriculum_steps:
        raise Refused("step")
    _day(record, "done_on", today, optional=True)


def _kit_text(record: dict[str, Any], field: str, limit: int, multiline: bool = False) -> None:
    """A channel-kit text as its card stores it: tidied, within Kakao's limit counted as people see characters."""
    value = record[field]
    pattern = _CONTROL if multiline else _CONTROL_NO_NEWLINE
    if pattern.search(value) or (tidy_block(value) if multiline else tidy(value)) != value:
        raise Refused(field)
    try:
        check_length(value, limit, field)
    except InvalidInput:
        raise Refused(field, "too long") from None


def _title(record: dict[str, Any], field: str, limit: int) -> None:
    try:
        if _CONTROL_NO_NEWLINE.search(record[field]) or clean_title(record[field], limit, field) != record[field]:
            raise Refused(field)
    except InvalidInput:
        raise Refused(field) from None


def check_channel_text(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    code, limits = record["code"], known.kit_limits
    if code not in known.channel_text_codes:
        raise Refused("code")
    if code == "channel_name":
        try:
            if record["text"] and check_channel_name(record["text"], limits) != record["text"]:
                raise Refused("text")
        except InvalidInput:
            raise Refused("text") from None
        return
    if code == "welcome":
        _kit_text(record, "text", limits.welcome_max, multiline=True)
    elif code.startswith("chat."):
        _kit_text(record, "text", limits.chat_answer_max, multiline=True)
    else:
        _kit_text(record, "text", limits.intro_max if code == "intro" else LINE_MAX)


def check_coupon(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _title(record, "title", known.kit_limits.coupon_title_max)
    _kit_text(record, "benefit", LINE_MAX)
    _kit_text(record, "how_to_use", 200)
    _kit_text(record, "notes", 200)
    _day(record, "starts_on", today, future_ok=True)
    _day(record, "ends_on", today, future_ok=True)
    starts, ends = date.fromisoformat(record["starts_on"]), date.fromisoformat(record["ends_on"])
    for field, day in (("starts_on", starts), ("ends_on", ends)):
        if day > today + COUPON_HORIZON:
            raise Refused(field, "out of range")
    if ends < starts:
        raise Refused("ends_on")
    if not 0 <= record["used"] <= MAX_COUNT:
        raise Refused("used")
    _timestamp(record, "deleted_at", now, optional=True)


def check_post(record: dict[str, Any], known: KnownValues, today: date, now: datetime) -> None:
    _common(record, now)
    _day(record, "day", today)
    _title(record, "title", known.kit_limits.post_title_max)
    _kit_text(record, "body", known.kit_limits.post_body_max, multiline=True)
    _timestamp(record, "deleted_at", now, optional=True)
