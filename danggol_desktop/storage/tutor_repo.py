"""Practice sessions (who came, what was practised) and each shop's curriculum progress."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.records import PracticeSession

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database


class PracticeRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def start(self, day: date, topic: str, shop_ids: list[int], note: str = "") -> PracticeSession:
        """Open a session (closing any other still open: one at a time)."""
        now = self._clock.stamp()
        with self._db.atomic():
            self._db.conn.execute("UPDATE practice_sessions SET closed_at = ?, updated_at = ? WHERE closed_at IS NULL",
                                  (now, now))
            table = self._db["practice_sessions"]
            table.insert({"uuid": str(uuid.uuid4()), "day": day.isoformat(), "topic": topic, "note": note,
                          "created_at": now, "updated_at": now, "closed_at": None})
            session_id = table.last_pk
            for shop_id in dict.fromkeys(shop_ids):
                self._db["practice_attendance"].insert(
                    {"uuid": str(uuid.uuid4()), "session_id": session_id, "shop_id": shop_id, "created_at": now,
                     "updated_at": now})
        return self.get(session_id)

    def close(self, session_id: int, note: str | None = None) -> None:
        now = self._clock.stamp()
        with self._db.atomic():
            self._db.conn.execute(
                "UPDATE practice_sessions SET closed_at = COALESCE(closed_at, ?), note = COALESCE(?, note), "
                "updated_at = ? WHERE id = ?", (now, note, now, session_id))

    def get(self, session_id: int) -> PracticeSession:
        row = self._db.conn.execute("SELECT id, day, topic, note, closed_at FROM practice_sessions WHERE id = ?",
                                    (session_id,)).fetchone()
        shops = tuple(r[0] for r in self._db.conn.execute(
            "SELECT shop_id FROM practice_attendance WHERE session_id = ? ORDER BY shop_id", (session_id,)))
        return PracticeSession(row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], shops)

    def open_session(self) -> PracticeSession | None:
        row = self._db.conn.execute(
            "SELECT id FROM practice_sessions WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1").fetchone()
        return self.get(row[0]) if row else None

    def history(self) -> list[PracticeSession]:
        rows = self._db.conn.execute("SELECT id FROM practice_sessions ORDER BY day DESC, id DESC")
        return [self.get(r[0]) for r in rows]

    def clear_practice_messages(self, shop_id: int) -> int:
        """Put away a shop's practice messages (they never counted as sent); returns how many went. They are marked
        deleted, not removed, so the next file from another laptop does not bring them back."""
        now = self._clock.stamp()
        with self._db.atomic():
            cursor = self._db.conn.execute(
                "UPDATE messages SET deleted_at = ?, updated_at = ? WHERE shop_id = ? AND status = 'practice' "
                "AND deleted_at IS NULL", (now, now, shop_id))
        return cursor.rowcount


class CurriculumRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def tick(self, shop_id: int, step: str, done_on: date | None) -> None:
        """Mark a step done on a day, or not done (None)."""
        now = self._clock.stamp()
        with self._db.atomic():
            row = self._db.conn.execute("SELECT id FROM curriculum_progress WHERE shop_id = ? AND step = ?",
                                        (shop_id, step)).fetchone()
            value = done_on.isoformat() if done_on else None
            if row:
                self._db["curriculum_progress"].update(row[0], {"done_on": value, "updated_at": now})
            else:
                self._db["curriculum_progress"].insert(
                    {"uuid": str(uuid.uuid4()), "shop_id": shop_id, "step": step, "done_on": value, "created_at": now,
                     "updated_at": now})

    def progress(self, shop_ids: list[int] | None = None) -> dict[tuple[int, str], date]:
        """(shop id, step) → the day it was done, for steps that are done."""
        rows = self._db.conn.execute("SELECT shop_id, step, done_on FROM curriculum_progress WHERE done_on IS NOT NULL")
        wanted = set(shop_ids) if shop_ids is not None else None
        return {(r[0], r[1]): date.fromisoformat(r[2]) for r in rows if wanted is None or r[0] in wanted}
