"""What the screens and commands are given back by the tasks: records as read from the database (immutable, like
the rows they come from). Storage builds them; nothing here touches the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from danggol_desktop.domain.picture import PictureDraft
from danggol_desktop.domain.promotion import PromotionDraft


@dataclass(frozen=True)
class StoredMessage:
    id: int
    kind: str
    draft: PromotionDraft
    body: str
    status: str
    created_at: str
    updated_at: str
    sent_at: str | None


@dataclass(frozen=True)
class Coupon:
    id: int
    title: str
    benefit: str
    starts_on: date
    ends_on: date
    how_to_use: str
    notes: str
    used: int
    created_at: str

    def is_current(self, today: date) -> bool:
        return self.starts_on <= today <= self.ends_on


@dataclass(frozen=True)
class Post:
    id: int
    day: date
    title: str
    body: str


@dataclass(frozen=True)
class StoredPicture:
    id: int
    uuid: str
    kind: str
    draft: PictureDraft
    file: str  # the file's name in the data folder's pictures/
    bytes: int
    created_at: str


@dataclass(frozen=True)
class PosterRecord:
    layout: str
    headline: str
    offer: str
    channel_url: str
    output: str
    path: str
    created_at: str


@dataclass(frozen=True)
class PracticeSession:
    id: int
    day: date
    topic: str
    note: str
    closed_at: str | None
    shop_ids: tuple[int, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class BackupInfo:
    """One copy as the restore screen shows it."""

    path: Path
    made_at: datetime
    kind: str
    size: int
    ok: bool
    shops: int = 0
    friend_counts: int = 0
    messages_sent: int = 0
    newest_record: str = ""
    pinned: bool = False  # kept until the person removes it (made before a restore, an import, or a fresh start)


class SameName(NamedTuple):
    """Two or more shops of one name in one market, as an import can leave them (identity is the uuid, not the name)."""

    market: str
    name: str
    shop_ids: tuple[int, ...]


@dataclass
class ImportPlan:
    """What an import adds, changes and removes (archives or deletes), per table; `quiet` records only take the
    other laptop's versions or uuid and change nothing a person sees. `notes` are codes the UI explains."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    quiet: int = 0
    same_names: list[SameName] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def count(self, table: str, outcome: str) -> None:
        if outcome == "quiet":
            self.quiet += 1
        elif outcome in ("added", "changed", "removed"):
            per_table = getattr(self, outcome)
            per_table[table] = per_table.get(table, 0) + 1

    @property
    def changes(self) -> int:
        """Records a person would see change."""
        return sum(self.added.values()) + sum(self.changed.values()) + sum(self.removed.values())

    @property
    def writes(self) -> bool:
        return self.changes > 0 or self.quiet > 0
