"""Records are set aside (deleted_at), never removed at once, so a press of 되돌리기 brings them back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from danggol_desktop.domain.clock import Clock

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

_TABLES = frozenset({"messages", "posts", "pictures", "coupons"})  # the tables that keep a deleted_at


def set_deleted(db: Database, table: str, row_id: int, deleted: bool, clock: Clock) -> bool:
    """Set aside (or bring back) one record; False when it was already so or is not there."""
    if table not in _TABLES:
        raise ValueError(table)
    now = clock.stamp()
    condition = "deleted_at IS NULL" if deleted else "deleted_at IS NOT NULL"
    with db.atomic():
        cursor = db.conn.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ? AND {condition}",
                                 (now if deleted else None, now, row_id))
    return cursor.rowcount > 0
