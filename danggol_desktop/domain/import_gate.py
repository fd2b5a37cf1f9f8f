"""The one gate every imported record passes: each table's check from the registry (domain/tables.py), the same
rules typed input meets. The first bad record refuses the whole file, named, so the tutor can tell which one."""

from __future__ import annotations

from danggol_desktop.domain.bundle import Bundle, BundleError
from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.record_checks import KnownValues, Refused
from danggol_desktop.domain.tables import TRAVELLING


class BadRecord(BundleError):
    """One record of the file would be refused if a person typed it; the whole file is refused."""

    def __init__(self, table: str, index: int, field: str, detail: str = "") -> None:
        super().__init__("bundle_bad_record", detail=f"{table}[{index}].{field} {detail}".strip())
        self.table = table
        self.index = index
        self.field = field


def check_records(bundle: Bundle, known: KnownValues, clock: Clock) -> None:
    """Raise BadRecord for the first record that the app would refuse from a person; the bundle's shape has already
    been checked by `read_bundle`. Days are checked against the market's today, timestamps against the clock's now."""
    now, today = clock.now(), clock.today()
    for table in TRAVELLING:
        if table.check is None:  # tests/unit/test_tables.py fails on a travelling table without one
            raise BundleError("bundle_not_ours", detail=f"{table.name} has no check")
        for index, record in enumerate(bundle.tables.get(table.name, [])):
            try:
                table.check(record, known, today, now)
            except Refused as refused:
                raise BadRecord(table.name, index + 1, refused.field, refused.detail) from None
