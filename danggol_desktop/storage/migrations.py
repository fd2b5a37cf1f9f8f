"""Ordered schema migrations. Append only: never edit or reorder a migration that has shipped."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database



def _m001_markets_shops_settings(db: Database) -> None:
    db["markets"].create(
        {"id": int, "uuid": str, "name": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"uuid", "name", "created_at", "updated_at"},
    )
    db["markets"].create_index(["uuid"], unique=True)
    db["markets"].create_index(["name"], unique=True)
    db["shops"].create(
        {
            "id": int,
            "uuid": str,
            "market_id": int,
            "name": str,
            "category": str,
            "phone": str,
            "channel_url": str,
            "archived_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"uuid", "market_id", "name", "category", "phone", "channel_url", "created_at", "updated_at"},
        defaults={"category": "", "phone": "", "channel_url": ""},
        foreign_keys=[("market_id", "markets", "id")],
    )
    db["shops"].create_index(["uuid"], unique=True)
    db["shops"].create_index(["market_id", "name"], unique=True)
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})


def _m002_friend_counts(db: Database) -> None:
    db["friend_counts"].create(
        {
            "id": int,
            "uuid": str,
            "shop_id": int,
            "day": str,
            "count": int,
            "note": str,
            "created_at": str,
            "updated_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"uuid", "shop_id", "day", "count", "note", "created_at", "updated_at"},
        defaults={"note": ""},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["friend_counts"].create_index(["uuid"], unique=True)
    db["friend_counts"].create_index(["shop_id", "day"], unique=True)
    db["shops"].add_column("friend_goal", int)


def _m003_posters(db: Database) -> None:
    db["posters"].create(
        {
            "id": int,
            "uuid": str,
            "shop_id": int,
            "layout": str,
            "headline": str,
            "offer": str,
            "channel_url": str,
            "output": str,  # print, pdf or png
            "path": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"uuid", "shop_id", "layout", "headline", "offer", "channel_url", "output", "path", "created_at",
                  "updated_at"},
        defaults={"offer": "", "path": ""},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["posters"].create_index(["uuid"], unique=True)
    db["posters"].create_index(["shop_id", "created_at"])


def _m004_messages(db: Database) -> None:
    db["messages"].create(
        {
            "id": int,
            "uuid": str,
            "shop_id": int,
            "kind": str,
            "draft": str,  # the wizard's PromotionDraft as JSON, so a message can be resumed or reused
            "body": str,
            "status": str,  # draft, saved, sent or practice
            "created_at": str,
            "updated_at": str,
            "sent_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"uuid", "shop_id", "kind", "draft", "body", "status", "created_at", "updated_at"},
        defaults={"kind": "", "draft": "{}", "body": "", "status": "draft"},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["messages"].create_index(["uuid"], unique=True)
    db["messages"].create_index(["shop_id", "status", "updated_at"])


def _m005_tutor(db: Database) -> None:
    db["practice_sessions"].create(
        {"id": int, "uuid": str, "day": str, "topic": str, "note": str, "created_at": str, "updated_at": str,
         "closed_at": str},
        pk="id", not_null={"uuid", "day", "topic", "note", "created_at", "updated_at"}, defaults={"note": ""},
    )
    db["practice_sessions"].create_index(["uuid"], unique=True)
    db["practice_attendance"].create(
        {"id": int, "uuid": str, "session_id": int, "shop_id": int, "created_at": str, "updated_at": str},
        pk="id", not_null={"uuid", "session_id", "shop_id", "created_at", "updated_at"},
        foreign_keys=[("session_id", "practice_sessions", "id"), ("shop_id", "shops", "id")],
    )
    db["practice_attendance"].create_index(["uuid"], unique=True)
    db["practice_attendance"].create_index(["session_id", "shop_id"], unique=True)
    db["curriculum_progress"].create(
        {"id": int, "uuid": str, "shop_id": int, "step": str, "done_on": str, "created_at": str, "updated_at": str},
        pk="id", not_null={"uuid", "shop_id", "step", "created_at", "updated_at"},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["curriculum_progress"].create_index(["uuid"], unique=True)
    db["curriculum_progress"].create_index(["shop_id", "step"], unique=True)
    db["messages"].create_index(["shop_id", "status", "sent_at"])


def _m006_optout_phone(db: Database) -> None:
    db["shops"].add_column("optout_phone", str, not_null_default="")


def _m007_channel_kit(db: Database) -> None:
    db["shops"].add_column("search_id", str, not_null_default="")  # 검색용 아이디, printed under the poster's QR
    common = {"id": int, "uuid": str, "shop_id": int}
    stamps = {"created_at": str, "updated_at": str}
    # the channel kit's texts by code: channel_name, intro, hours, address, closed_days, welcome, chat.<question>
    db["channel_texts"].create(
        {**common, "code": str, "text": str, **stamps}, pk="id",
        not_null={"uuid", "shop_id", "code", "text", "created_at", "updated_at"}, defaults={"text": ""},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["channel_texts"].create_index(["uuid"], unique=True)
    db["channel_texts"].create_index(["shop_id", "code"], unique=True)
    db["coupons"].create(
        {**common, "title": str, "benefit": str, "starts_on": str, "ends_on": str, "how_to_use": str, "notes": str,
         "used": int, **stamps, "deleted_at": str}, pk="id",
        not_null={"uuid", "shop_id", "title", "benefit", "starts_on", "ends_on", "how_to_use", "notes", "used",
                  "created_at", "updated_at"},
        defaults={"benefit": "", "how_to_use": "", "notes": "", "used": 0},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["coupons"].create_index(["uuid"], unique=True)
    db["coupons"].create_index(["shop_id", "ends_on"])
    db["posts"].create(
        {**common, "day": str, "title": str, "body": str, **stamps, "deleted_at": str}, pk="id",
        not_null={"uuid", "shop_id", "day", "title", "body", "created_at", "updated_at"}, defaults={"body": ""},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["posts"].create_index(["uuid"], unique=True)
    db["posts"].create_index(["shop_id", "day"])


def _m008_pictures(db: Database) -> None:
    # 내 그림: pictures made for messages and flyers; the image itself is a file in the data folder's pictures/
    db["pictures"].create(
        {"id": int, "uuid": str, "shop_id": int, "kind": str, "draft": str, "file": str, "bytes": int,
         "created_at": str, "updated_at": str, "deleted_at": str}, pk="id",
        not_null={"uuid", "shop_id", "kind", "draft", "file", "bytes", "created_at", "updated_at"},
        defaults={"draft": "{}", "bytes": 0},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["pictures"].create_index(["uuid"], unique=True)
    db["pictures"].create_index(["shop_id", "created_at"])


def _m009_versions(db: Database) -> None:
    """Field versions for the merge (storage/versioning.py): a `versions` column on every travelling table, each
    existing row's fields at the version of its row time; shops are no longer unique by name (identity is the
    uuid: two laptops may each have a shop of one name); triggers that version every later edit."""
    import json

    from danggol_desktop.domain.hlc import LEGACY_DEVICE, Version, legacy_version
    from danggol_desktop.domain.tables import TRAVELLING
    from danggol_desktop.storage.versioning import trigger_statements

    conn = db.conn
    present = [table for table in TRAVELLING if db[table.name].exists()]  # a later migration makes its own tables
    for table in present:
        db[table.name].add_column("versions", str, not_null_default="{}")
        rows = conn.execute(f"SELECT id, updated_at FROM {table.name}").fetchall()
        updates = []
        for row_id, updated_at in rows:
            try:
                version = legacy_version(updated_at)
            except (TypeError, ValueError):  # a row time the app never writes: before every real edit
                version = Version(0, 0, LEGACY_DEVICE)
            updates.append((json.dumps({"*": version.text()}), row_id))
        conn.executemany(f"UPDATE {table.name} SET versions = ? WHERE id = ?", updates)
    conn.execute("DROP INDEX idx_shops_market_id_name")
    db["shops"].create_index(["market_id", "name"])
    for table in present:  # the groups of the columns there are now; a later migration adds its own
        for statement in trigger_statements(table, set(db[table.name].columns_dict)):
            conn.execute(statement)


def _m010_shop_location(db: Database) -> None:
    """위치: where a shop is in its market ("1번 골목 3호"), for the market directory; versioned as its own group."""
    from danggol_desktop.domain.tables import BY_NAME
    from danggol_desktop.storage.versioning import trigger_statements

    db["shops"].add_column("location", str, not_null_default="")
    for statement in trigger_statements(BY_NAME["shops"], {"location"}, new_row=False):
        db.conn.execute(statement)


def _m011_market_events(db: Database) -> None:
    """Market-wide events (issue 29) and the shops taking part, versioned like every travelling table; and each
    shop's (or market channel's) message credit, the free message money the programme gave it."""
    from danggol_desktop.domain.tables import BY_NAME
    from danggol_desktop.storage.versioning import trigger_statements

    stamps = {"created_at": str, "updated_at": str, "deleted_at": str, "versions": str}
    db["market_events"].create(
        {"id": int, "uuid": str, "market_id": int, "name": str, "benefit": str, "starts_on": str, "ends_on": str,
         **stamps}, pk="id",
        not_null={"uuid", "market_id", "name", "benefit", "starts_on", "ends_on", "created_at", "updated_at",
                  "versions"},
        defaults={"versions": "{}"}, foreign_keys=[("market_id", "markets", "id")],
    )
    db["market_events"].create_index(["uuid"], unique=True)
    db["market_events"].create_index(["market_id", "starts_on"])
    db["market_event_shops"].create(
        {"id": int, "uuid": str, "event_id": int, "shop_id": int, **stamps}, pk="id",
        not_null={"uuid", "event_id", "shop_id", "created_at", "updated_at", "versions"},
        defaults={"versions": "{}"},
        foreign_keys=[("event_id", "market_events", "id"), ("shop_id", "shops", "id")],
    )
    db["market_event_shops"].create_index(["uuid"], unique=True)
    db["market_event_shops"].create_index(["event_id", "shop_id"], unique=True)
    for name in ("market_events", "market_event_shops"):
        for statement in trigger_statements(BY_NAME[name], set(db[name].columns_dict)):
            db.conn.execute(statement)
    db["shops"].add_column("message_credit", int)
    for statement in trigger_statements(BY_NAME["shops"], {"message_credit"}, new_row=False):
        db.conn.execute(statement)


MIGRATIONS: list[Callable[[Database], None]] = [
    _m001_markets_shops_settings,
    _m002_friend_counts,
    _m003_posters,
    _m004_messages,
    _m005_tutor,
    _m006_optout_phone,
    _m007_channel_kit,
    _m008_pictures,
    _m009_versions,
    _m010_shop_location,
    _m011_market_events,
]
