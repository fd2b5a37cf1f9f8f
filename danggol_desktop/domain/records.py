"""What the screens and commands are given back by the tasks: records as read from the database (immutable, like
the rows they come from). Storage builds them; nothing here touches the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

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


@dataclass
class ImportPlan:
    """What an import adds and updates, per table."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())
