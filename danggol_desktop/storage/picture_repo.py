"""내 그림: the pictures a shop made, newest first; each row names its image file in the data folder."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.picture import PictureDraft
from danggol_desktop.domain.records import StoredPicture
from danggol_desktop.storage.set_aside import set_deleted

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database


def _row(row: tuple[Any, ...]) -> StoredPicture:
    try:
        draft = PictureDraft.from_json(json.loads(row[3]))
    except (TypeError, ValueError):
        draft = PictureDraft()
    return StoredPicture(row[0], row[1], row[2], draft, row[4], row[5], row[6])


class PictureRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def add(self, shop_id: int, kind: str, draft: PictureDraft, file: str, size: int,
            picture_uuid: str | None = None) -> StoredPicture:
        now = self._clock.stamp()
        with self._db.atomic():
            table = self._db["pictures"]
            table.insert({"uuid": picture_uuid or str(uuid.uuid4()), "shop_id": shop_id, "kind": kind,
                          "draft": json.dumps(draft.to_json(), ensure_ascii=False), "file": file, "bytes": size,
                          "created_at": now, "updated_at": now, "deleted_at": None})
            picture_id = int(table.last_pk)
        return self.get(picture_id)

    def get(self, picture_id: int) -> StoredPicture:
        row = self._db.conn.execute(
            "SELECT id, uuid, kind, draft, file, bytes, created_at FROM pictures WHERE id = ?", (picture_id,)
        ).fetchone()
        return _row(row)

    def list(self, shop_id: int) -> list[StoredPicture]:
        rows = self._db.conn.execute(
            "SELECT id, uuid, kind, draft, file, bytes, created_at FROM pictures WHERE shop_id = ? AND "
            "deleted_at IS NULL ORDER BY created_at DESC, id DESC", (shop_id,))
        return [_row(r) for r in rows]

    def set_deleted(self, picture_id: int, deleted: bool) -> bool:
        return set_deleted(self._db, "pictures", picture_id, deleted, self._clock)
