"""The one gate every imported record passes: each table's check from the registry (domain/tables.py), the same
rules typed input meets, and the record's field versions. The first bad record refuses the whole file, named, so the
tutor can tell which one. A record a little ahead of this PC's date is taken, with a note that the date may be wrong."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from danggol_desktop.domain.bundle import FIRST_VERSIONED_FORMAT, Bundle, BundleError
from danggol_desktop.domain.clock import Clock, parse_instant
from danggol_desktop.domain.hlc import LEGACY_DEVICE, BadVersion, parse_version
from danggol_desktop.domain.record_checks import DAY_SLACK, FUTURE_SLACK, KnownValues, Refused
from danggol_desktop.domain.tables import DAY, INSTANT, TRAVELLING, Table

CLOCK_BEHIND = "clock_behind"  # a note: something in the file is dated after this PC's today
_AHEAD_NOTED = timedelta(minutes=10)  # two PCs' clocks a few minutes apart are normal, not worth a word


class BadRecord(BundleError):
    """One record of the file would be refused if a person typed it; the whole file is refused."""

    def __init__(self, table: str, index: int, field: str, detail: str = "") -> None:
        super().__init__("bundle_bad_record", detail=f"{table}[{index}].{field} {detail}".strip())
        self.table = table
        self.index = index
        self.field = field


def check_records(bundle: Bundle, known: KnownValues, clock: Clock) -> list[str]:
    """Raise BadRecord for the first record that the app would refuse from a person, or whose versions are not the
    app's own; the bundle's shape has already been checked by `read_bundle`. Days are checked against the market's
    today, timestamps and versions against the clock's now, each with a few days' slack. Returns notes (codes)."""
    now, today = clock.now(), clock.today()
    versioned = bundle.manifest.get("format_version", 0) >= FIRST_VERSIONED_FORMAT
    notes: set[str] = set()
    for table in TRAVELLING:
        if table.check is None:  # tests/unit/test_tables.py fails on a travelling table without one
            raise BundleError("bundle_not_ours", detail=f"{table.name} has no check")
        for index, record in enumerate(bundle.tables.get(table.name, [])):
            try:
                table.check(record, known, today + DAY_SLACK, now)
                _check_versions(table, record["versions"], now, versioned)
            except Refused as refused:
                raise BadRecord(table.name, index + 1, refused.field, refused.detail) from None
            if _ahead(table, record, today, now):
                notes.add(CLOCK_BEHIND)
    return sorted(notes)


def _check_versions(table: Table, text: str, now: datetime, versioned: bool) -> None:
    """A map of this table's field groups (or `*`) to versions in the app's form, none from the far future and none on
    the legacy device; a file from before versions carries none (its row time stands for every field)."""
    if not versioned and text == "":
        return
    try:
        stored = json.loads(text)
    except (ValueError, TypeError):
        raise Refused("versions") from None
    allowed = {group[0] for group in table.groups} | {"*"}
    if not isinstance(stored, dict) or not stored or not set(stored) <= allowed:
        raise Refused("versions")
    if "*" not in stored and set(stored) != allowed - {"*"}:
        raise Refused("versions", "a field group has no version")
    for value in stored.values():
        try:
            version = parse_version(value)
        except BadVersion:
            raise Refused("versions") from None
        if version.device == LEGACY_DEVICE and version.counter:
            raise Refused("versions", "device")
        if version.wall() > now + FUTURE_SLACK:
            raise Refused("versions", "out of range")


def _ahead(table: Table, record: dict[str, object], today: date, now: datetime) -> bool:
    for column in table.columns:
        value = record.get(column.name)
        if not isinstance(value, str):
            continue
        if column.holds == DAY and not column.ahead and date.fromisoformat(value) > today:
            return True
        if column.holds == INSTANT and _naive(value):  # a send told afterwards: noon of its day, no zone
            if date.fromisoformat(value[:10]) > today:
                return True
        elif column.holds == INSTANT and parse_instant(value) > now + _AHEAD_NOTED:
            return True
    return False


def _naive(text: str) -> bool:
    """An instant written without its offset (`messages record-sent` keeps noon of the day it names): read as UTC it
    was after now all the morning of that day, and the import said this PC's date may be late."""
    return len(text) == 19 and text[10] == "T"
