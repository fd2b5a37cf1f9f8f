"""What was printed or saved, and when: each shop's poster history."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.records import PosterRecord

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database


class PosterRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def add(self, shop_id: int, layout: str, headline: str, offer: str, channel_url: str, output: str,
            path: str = "") -> None:
        now = self._clock.stamp()
        with self._db.atomic():
            self._db["posters"].insert(
                {"uuid": str(uuid.uuid4()), "shop_id": shop_id, "layout": layout, "headline": headline,
                 "offer": offer, "channel_url": channel_url, "output": output, "path": path, "created_at": now,
                 "updated_at": now}
            )

    def history(self, shop_id: int) -> list[PosterRecord]:
        """Newest first."""
        rows = self._db.conn.execute(
            "SELECT layout, headline, offer, channel_url, output, path, created_at FROM posters "
            "WHERE shop_id = ? ORDER BY created_at DESC, id DESC",
            (shop_id,),
        )
        return [PosterRecord(*row) for row in rows]
