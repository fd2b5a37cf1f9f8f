"""Friend counts: one row per shop and day, kept forever; deleting only marks the row so it can be undone."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.friend_counts import FriendCount

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

_LIVE = "deleted_at IS NULL"


def _row(day: str, count: int, note: str) -> FriendCount:
    return FriendCount(date.fromisoformat(day), count, note)


class FriendCountRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def record(self, shop_id: int, day: date, count: int, note: str = "") -> FriendCount | None:
        """Store the count for that day (replacing, or bringing back, an earlier one). Returns what it replaced."""
        before = self.get(shop_id, day)
        now = self._clock.stamp()
        with self._db.atomic():
            existing = self._db.conn.execute(
                "SELECT id FROM friend_counts WHERE shop_id = ? AND day = ?", (shop_id, day.isoformat())
            ).fetchone()
            if existing:
                self._db["friend_counts"].update(
                    existing[0], {"count": count, "note": note, "updated_at": now, "deleted_at": None}
                )
            else:
                self._db["friend_counts"].insert(
                    {"uuid": str(uuid.uuid4()), "shop_id": shop_id, "day": day.isoformat(), "count": count,
                     "note": note, "created_at": now, "updated_at": now, "deleted_at": None}
                )
        return before

    def get(self, shop_id: int, day: date) -> FriendCount | None:
        row = self._db.conn.execute(
            f"SELECT day, count, note FROM friend_counts WHERE shop_id = ? AND day = ? AND {_LIVE}",
            (shop_id, day.isoformat()),
        ).fetchone()
        return _row(*row) if row else None

    def series(self, shop_id: int, since: date | None = None) -> list[FriendCount]:
        """Counts oldest first."""
        sql = f"SELECT day, count, note FROM friend_counts WHERE shop_id = ? AND {_LIVE}"
        args: list[Any] = [shop_id]
        if since is not None:
            sql += " AND day >= ?"
            args.append(since.isoformat())
        return [_row(*r) for r in self._db.conn.execute(sql + " ORDER BY day", args)]

    def history(self, shop_id: int, limit: int = 30, offset: int = 0) -> list[FriendCount]:
        """Counts newest first, a page at a time."""
        rows = self._db.conn.execute(
            f"SELECT day, count, note FROM friend_counts WHERE shop_id = ? AND {_LIVE} "
            "ORDER BY day DESC LIMIT ? OFFSET ?",
            (shop_id, limit, offset),
        )
        return [_row(*r) for r in rows]

    def total(self, shop_id: int) -> int:
        return int(self._db.conn.execute(
            f"SELECT count(*) FROM friend_counts WHERE shop_id = ? AND {_LIVE}", (shop_id,)
        ).fetchone()[0])

    def latest(self, shop_id: int, before: date | None = None) -> FriendCount | None:
        """The newest count, or the newest one strictly before `before`."""
        sql = f"SELECT day, count, note FROM friend_counts WHERE shop_id = ? AND {_LIVE}"
        args: list[Any] = [shop_id]
        if before is not None:
            sql += " AND day < ?"
            args.append(before.isoformat())
        row = self._db.conn.execute(sql + " ORDER BY day DESC LIMIT 1", args).fetchone()
        return _row(*row) if row else None

    def delete(self, shop_id: int, day: date) -> bool:
        """Mark the day's count deleted; True when there was one. `undo_delete` brings it back."""
        return self._set_deleted(shop_id, day, deleted=True)

    def undo_delete(self, shop_id: int, day: date) -> bool:
        return self._set_deleted(shop_id, day, deleted=False)

    def _set_deleted(self, shop_id: int, day: date, deleted: bool) -> bool:
        now = self._clock.stamp()
        condition = "deleted_at IS NULL" if deleted else "deleted_at IS NOT NULL"
        with self._db.atomic():
            cursor = self._db.conn.execute(
                "UPDATE friend_counts SET deleted_at = ?, updated_at = ? "
                f"WHERE shop_id = ? AND day = ? AND {condition}",
                (now if deleted else None, now, shop_id, day.isoformat()),
            )
        return cursor.rowcount > 0

    def goal(self, shop_id: int) -> int | None:
        row = self._db.conn.execute("SELECT friend_goal FROM shops WHERE id = ?", (shop_id,)).fetchone()
        return row[0] if row else None

    def message_credit(self, shop_id: int) -> int | None:
        """The free message credit the shop (or market channel) received, in won; None when none is written."""
        row = self._db.conn.execute("SELECT message_credit FROM shops WHERE id = ?", (shop_id,)).fetchone()
        return row[0] if row else None

    def set_message_credit(self, shop_id: int, won: int | None) -> None:
        with self._db.atomic():
            self._db["shops"].update(shop_id, {"message_credit": won, "updated_at": self._clock.stamp()})

    def set_goal(self, shop_id: int, goal: int | None) -> None:
        with self._db.atomic():
            self._db["shops"].update(shop_id, {"friend_goal": goal, "updated_at": self._clock.stamp()})
