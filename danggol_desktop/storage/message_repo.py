"""Promotion messages: the unfinished draft (at most one per shop), the message box, and what was sent when."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.domain.records import StoredMessage
from danggol_desktop.storage.set_aside import set_deleted

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

def _row(row: tuple[Any, ...]) -> StoredMessage:
    try:
        data = json.loads(row[2])
    except (TypeError, ValueError):
        data = {}
    return StoredMessage(row[0], row[1], PromotionDraft.from_json(data), row[3], row[4], row[5], row[6], row[7])


_COLUMNS = "id, kind, draft, body, status, created_at, updated_at, sent_at"


class MessageRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def save_draft(self, shop_id: int, draft: PromotionDraft, message_id: int | None = None) -> int:
        """Create or update the wizard's unfinished draft; returns its id."""
        now = self._clock.stamp()
        values = {"kind": draft.kind, "draft": json.dumps(draft.to_json(), ensure_ascii=False), "body": draft.body,
                  "updated_at": now}
        with self._db.atomic():
            if message_id is not None and self._status(message_id) == "draft":
                self._db["messages"].update(message_id, values)
                return message_id
            table = self._db["messages"]
            table.insert({"uuid": str(uuid.uuid4()), "shop_id": shop_id, "status": "draft", "created_at": now,
                          "sent_at": None, "deleted_at": None, **values})
            return int(table.last_pk)

    def _status(self, message_id: int) -> str | None:
        row = self._db.conn.execute("SELECT status FROM messages WHERE id = ? AND deleted_at IS NULL",
                                    (message_id,)).fetchone()
        return row[0] if row else None

    def unfinished(self, shop_id: int) -> StoredMessage | None:
        """The newest draft the wizard left, if any."""
        row = self._db.conn.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE shop_id = ? AND status = 'draft' AND deleted_at IS NULL "
            "ORDER BY updated_at DESC, id DESC LIMIT 1", (shop_id,)).fetchone()
        return _row(row) if row else None

    def discard(self, message_id: int) -> None:
        """Forget an unfinished draft (the merchant chose to start again)."""
        now = self._clock.stamp()  # marked deleted, not removed: a copy on another laptop must not bring it back
        with self._db.atomic():
            self._db.conn.execute("UPDATE messages SET deleted_at = ?, updated_at = ? WHERE id = ? AND status = "
                                  "'draft' AND deleted_at IS NULL", (now, now, message_id))

    def finish(self, message_id: int, draft: PromotionDraft, status: str, sent_at: datetime | None = None) -> None:
        """Turn the draft into a saved, sent or practice message (sent_at only for sent ones)."""
        if status not in ("saved", "sent", "practice"):
            raise ValueError(status)
        now = self._clock.stamp()
        values = {"kind": draft.kind, "draft": json.dumps(draft.to_json(), ensure_ascii=False), "body": draft.body,
                  "status": status, "updated_at": now,
                  "sent_at": sent_at.isoformat(timespec="seconds") if status == "sent" and sent_at else None}
        with self._db.atomic():
            self._db["messages"].update(message_id, values)

    def get(self, message_id: int) -> StoredMessage | None:
        row = self._db.conn.execute(f"SELECT {_COLUMNS} FROM messages WHERE id = ? AND deleted_at IS NULL",
                                    (message_id,)).fetchone()
        return _row(row) if row else None

    def box(self, shop_id: int) -> list[StoredMessage]:
        """Saved and sent messages (and practice ones), newest first."""
        rows = self._db.conn.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE shop_id = ? AND status != 'draft' AND deleted_at IS NULL "
            "ORDER BY COALESCE(sent_at, updated_at) DESC, id DESC", (shop_id,))
        return [_row(row) for row in rows]

    def delete(self, message_id: int) -> bool:
        return self._set_deleted(message_id, True)

    def undo_delete(self, message_id: int) -> bool:
        return self._set_deleted(message_id, False)

    def _set_deleted(self, message_id: int, deleted: bool) -> bool:
        return set_deleted(self._db, "messages", message_id, deleted, self._clock)

    def sent_days(self, shop_id: int) -> set[date]:
        """Days on which a message was really sent (practice messages never count)."""
        rows = self._db.conn.execute(
            "SELECT DISTINCT substr(sent_at, 1, 10) FROM messages WHERE shop_id = ? AND status = 'sent' "
            "AND deleted_at IS NULL AND sent_at IS NOT NULL", (shop_id,))
        return {date.fromisoformat(r[0]) for r in rows}

    def record_sent_outside(self, shop_id: int, day: date, text: str = "") -> int:
        """A message sent from the phone's Kakao app: counted exactly like one sent from the wizard."""
        now = self._clock.stamp()
        draft = PromotionDraft(body=text)
        with self._db.atomic():
            table = self._db["messages"]
            table.insert({"uuid": str(uuid.uuid4()), "shop_id": shop_id, "kind": "outside",
                          "draft": json.dumps(draft.to_json(), ensure_ascii=False), "body": text, "status": "sent",
                          "created_at": now, "updated_at": now, "sent_at": f"{day.isoformat()}T12:00:00",
                          "deleted_at": None})
            return int(table.last_pk)

    def sent(self, shop_id: int) -> list[StoredMessage]:
        """Sent messages, oldest first (for the command line and reports)."""
        rows = self._db.conn.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE shop_id = ? AND status = 'sent' AND deleted_at IS NULL "
            "ORDER BY sent_at, id", (shop_id,))
        return [_row(row) for row in rows]
