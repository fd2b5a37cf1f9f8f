"""A data file as an older app wrote it, made from a current one: for the tests of migrations and restores."""

from __future__ import annotations

import sqlite3

from danggol_desktop.domain.tables import TRAVELLING


def back_to_schema_6(conn: sqlite3.Connection) -> None:
    """Schema 6: no field versions (nor their triggers), no search ID, no channel kit tables, no pictures, no shop
    places, no market events."""
    triggers = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DROP INDEX idx_shops_market_id_name")
    conn.execute('CREATE UNIQUE INDEX "idx_shops_market_id_name" ON "shops" ("market_id", "name")')
    for table in TRAVELLING:
        if table.name not in ("channel_texts", "coupons", "posts", "market_events", "market_event_shops"):
            conn.execute(f"ALTER TABLE {table.name} DROP COLUMN versions")
    for statement in ("ALTER TABLE shops DROP COLUMN search_id", "ALTER TABLE shops DROP COLUMN location",
                      "ALTER TABLE shops DROP COLUMN message_credit",
                      "DROP TABLE market_event_shops", "DROP TABLE market_events",
                      "DROP TABLE pictures", "DROP TABLE posts", "DROP TABLE coupons", "DROP TABLE channel_texts",
                      "PRAGMA user_version=6"):
        conn.execute(statement)
    conn.commit()
