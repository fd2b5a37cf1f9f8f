"""The channel kit's records: a shop's texts for its channel (by code), its coupons, and the posts it put on its
channel home."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from danggol_desktop.domain.clock import Clock
from danggol_desktop.domain.errors import NotFound
from danggol_desktop.domain.records import Coupon, Post
from danggol_desktop.storage.set_aside import set_deleted

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database


class ChannelTextRepo:
    """Texts by code (channel_name, intro, hours, address, closed_days, welcome, chat.<question>): one per shop and
    code, replaced when saved again."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def texts(self, shop_id: int) -> dict[str, str]:
        rows = self._db.conn.execute("SELECT code, text FROM channel_texts WHERE shop_id = ?", (shop_id,))
        return {code: text for code, text in rows}

    def save(self, shop_id: int, texts: dict[str, str]) -> None:
        """Store every text given, all or none (one transaction)."""
        now = self._clock.stamp()
        with self._db.atomic():
            for code, text in texts.items():
                row = self._db.conn.execute("SELECT id, text FROM channel_texts WHERE shop_id = ? AND code = ?",
                                            (shop_id, code)).fetchone()
                if row is None:
                    self._db["channel_texts"].insert({"uuid": str(uuid.uuid4()), "shop_id": shop_id, "code": code,
                                                      "text": text, "created_at": now, "updated_at": now})
                elif row[1] != text:
                    self._db["channel_texts"].update(row[0], {"text": text, "updated_at": now})


_COUPON = "id, title, benefit, starts_on, ends_on, how_to_use, notes, used, created_at"


def _coupon(row: tuple[Any, ...]) -> Coupon:
    return Coupon(row[0], row[1], row[2], date.fromisoformat(row[3]), date.fromisoformat(row[4]), row[5], row[6],
                  row[7], row[8])


class CouponRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def add(self, shop_id: int, title: str, benefit: str, starts_on: date, ends_on: date, how_to_use: str,
            notes: str) -> Coupon:
        """Values must already be checked (tasks.channel_kit_tasks)."""
        now = self._clock.stamp()
        with self._db.atomic():
            table = self._db["coupons"]
            table.insert({"uuid": str(uuid.uuid4()), "shop_id": shop_id, "title": title, "benefit": benefit,
                          "starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat(),
                          "how_to_use": how_to_use, "notes": notes, "used": 0, "created_at": now,
                          "updated_at": now, "deleted_at": None})
            coupon_id = int(table.last_pk)
        return self.get(coupon_id)

    def get(self, coupon_id: int) -> Coupon:
        row = self._db.conn.execute(f"SELECT {_COUPON} FROM coupons WHERE id = ? AND deleted_at IS NULL",
                                    (coupon_id,)).fetchone()
        if row is None:
            raise NotFound("coupon_not_found", detail=str(coupon_id))
        return _coupon(row)

    def list(self, shop_id: int) -> list[Coupon]:
        """Newest first."""
        rows = self._db.conn.execute(f"SELECT {_COUPON} FROM coupons WHERE shop_id = ? AND deleted_at IS NULL "
                                     "ORDER BY created_at DESC, id DESC", (shop_id,))
        return [_coupon(r) for r in rows]

    def current(self, shop_id: int, today: date) -> Coupon | None:
        """The newest coupon valid today, if any."""
        return next((c for c in self.list(shop_id) if c.is_current(today)), None)

    def count_use(self, coupon_id: int, step: int = 1) -> Coupon:
        """One more (or, with -1, one fewer: a mistaken press undone) coupon used; never below zero."""
        with self._db.atomic():
            self._db.conn.execute("UPDATE coupons SET used = max(0, used + ?), updated_at = ? WHERE id = ? "
                                  "AND deleted_at IS NULL", (step, self._clock.stamp(), coupon_id))
        return self.get(coupon_id)


class PostRepo:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or db.clock

    def record(self, shop_id: int, day: date, title: str, body: str = "") -> Post:
        now = self._clock.stamp()
        with self._db.atomic():
            table = self._db["posts"]
            table.insert({"uuid": str(uuid.uuid4()), "shop_id": shop_id, "day": day.isoformat(), "title": title,
                          "body": body, "created_at": now, "updated_at": now, "deleted_at": None})
            post_id = int(table.last_pk)
        return self.list(shop_id, post_id=post_id)[0]

    def list(self, shop_id: int, post_id: int | None = None) -> list[Post]:
        """Newest first."""
        sql = "SELECT id, day, title, body FROM posts WHERE shop_id = ? AND deleted_at IS NULL"
        args: tuple[Any, ...] = (shop_id,)
        if post_id is not None:
            sql += " AND id = ?"
            args += (post_id,)
        rows = self._db.conn.execute(sql + " ORDER BY day DESC, id DESC", args)
        return [Post(r[0], date.fromisoformat(r[1]), r[2], r[3]) for r in rows]

    def delete(self, post_id: int, deleted: bool = True) -> bool:
        """Set aside (or with deleted=False, bring back) a post recorded by mistake."""
        return set_deleted(self._db, "posts", post_id, deleted, self._clock)
