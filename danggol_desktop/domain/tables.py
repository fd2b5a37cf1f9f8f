"""The one table registry: every table of the database described once — its columns and what each holds, its natural
key, its links to other tables, whether and how it travels in a `.danggol` file, how a record from another computer
is merged, and the check typed input uses. The bundle format, the transfer keys and the import gate are derived
from it; tests/unit/test_tables.py holds the migrations' result and `storage/fresh_schema.py` to it, and fails when
a table lacks any part."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from danggol_desktop.domain import record_checks as checks

# What a column holds; the import gate's hostile-record test walks these.
ID, UUID, LINK, TEXT, CODE, DAY, INSTANT, NUMBER = "id", "uuid", "link", "text", "code", "day", "instant", "number"
VERSIONS = "versions"  # the JSON map of each field group's version (domain/hlc.py)
# Per field group, the edit with the later version wins; archives and deletes are versioned fields like any other, so
# a later edit elsewhere never undoes them and an absence never deletes.
FIELD_LATEST = "field_latest_wins"
LOCAL_ONLY = "local_only"  # never leaves this computer
# Columns every travelling table has that are not edited fields: the row number, identity, links, stamps, versions.
_STRUCTURE = (ID, UUID, LINK, VERSIONS)


@dataclass(frozen=True)
class Column:
    name: str
    sql: str  # TEXT or INTEGER, as SQLite stores it
    holds: str  # one of ID, UUID, LINK, TEXT, CODE, DAY, INSTANT, NUMBER, VERSIONS
    nullable: bool = False
    ahead: bool = False  # a day that is planned ahead (a coupon's last day), not one that has happened


@dataclass(frozen=True)
class Link:
    """A local row number that travels as the uuid of the row it points at."""

    column: str  # e.g. shop_id
    table: str  # e.g. shops
    file_field: str  # e.g. shop_uuid


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    links: tuple[Link, ...] = ()
    # the same thing made on two computers with different uuids is found by these (local columns); () for none
    natural_key: tuple[str, ...] = ()
    # the same thing made on two computers, when it is not a set of columns: an SQL condition over the local row with
    # the incoming record's fields as named parameters, and when it applies (messages: one send told to two tutors)
    same_when: str = ""
    same_applies: Callable[[dict[str, Any]], bool] | None = None
    merge: str = FIELD_LATEST
    # the edited fields, in groups that change together (a coupon's first and last day); each group has one version,
    # named by its first column. Every other column is set when the record is made and never changes (`fixed`).
    groups: tuple[tuple[str, ...], ...] = ()
    fixed: tuple[str, ...] = ()
    stays_home_because: str = ""  # set for a table that never travels, with the reason
    check: Callable[..., None] | None = None  # record_checks' check of one record from a file
    # fields an earlier file format did not have, with the value they take when such a file is read
    added_fields: dict[str, Any] = field(default_factory=dict)

    @property
    def travels(self) -> bool:
        return not self.stays_home_because

    def group_of(self) -> dict[str, str]:
        """column → the name of its group's version."""
        return {column: group[0] for group in self.groups for column in group}

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def file_fields(self) -> dict[str, tuple[type, ...]]:
        """The record's fields in a `.danggol` file with the JSON types each may take: every column but the local
        row number, links named by the uuid they point at."""
        by_column = {link.column: link.file_field for link in self.links}
        fields: dict[str, tuple[type, ...]] = {}
        for column in self.columns:
            if column.holds == ID:
                continue
            kind: tuple[type, ...] = (int,) if column.sql == "INTEGER" and column.holds != LINK else (str,)
            fields[by_column.get(column.name, column.name)] = kind + ((type(None),) if column.nullable else ())
        return fields


def _c(name: str, holds: str, nullable: bool = False, sql: str = "TEXT") -> Column:
    return Column(name, sql, holds, nullable)


def _row_id() -> Column:
    return Column("id", "INTEGER", ID)


def _link(name: str) -> Column:
    return Column(name, "INTEGER", LINK)


def _stamps(*extra: str) -> tuple[Column, ...]:
    return (_c("created_at", INSTANT), _c("updated_at", INSTANT), *(_c(name, INSTANT, nullable=True) for name in extra))


def _versions() -> Column:
    return Column("versions", "TEXT", VERSIONS)


def _sent_once(record: dict[str, Any]) -> bool:
    return record.get("status") == "sent" and record.get("deleted_at") is None


_SHOP = Link("shop_id", "shops", "shop_uuid")

TABLES: tuple[Table, ...] = (
    # A market is the programme's place and has no rename: the same name made on two laptops is one market (the
    # smaller uuid is kept on both); everything else is matched by uuid alone.
    Table("markets", (_row_id(), _c("uuid", UUID), _c("name", TEXT), *_stamps(), _versions()),
          natural_key=("name",), check=checks.check_market, groups=(("name",),)),
    Table("shops", (_row_id(), _c("uuid", UUID), _link("market_id"), _c("name", TEXT), _c("category", CODE),
                    _c("phone", TEXT), _c("channel_url", TEXT), _c("archived_at", INSTANT, nullable=True),
                    _c("created_at", INSTANT), _c("updated_at", INSTANT),
                    Column("friend_goal", "INTEGER", NUMBER, nullable=True), _c("optout_phone", TEXT),
                    _c("search_id", TEXT), _versions(), _c("location", TEXT),
                    Column("message_credit", "INTEGER", NUMBER, nullable=True)),
          links=(Link("market_id", "markets", "market_uuid"),), check=checks.check_shop,
          added_fields={"optout_phone": "", "search_id": "", "location": "", "message_credit": None},
          groups=(("name",), ("category",), ("phone",), ("channel_url", "search_id"), ("archived_at",),
                  ("friend_goal",), ("optout_phone",), ("location",), ("message_credit",))),
    Table("settings", (Column("key", "TEXT", CODE), _c("value", TEXT)),
          merge=LOCAL_ONLY,
          stays_home_because="this computer's text size, language, window, chosen shop and device id"),
    Table("friend_counts", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("day", DAY),
                            Column("count", "INTEGER", NUMBER), _c("note", TEXT), *_stamps("deleted_at"), _versions()),
          links=(_SHOP,), natural_key=("shop_id", "day"), check=checks.check_friend_count,
          groups=(("count", "note"), ("deleted_at",)), fixed=("day",)),
    Table("posters", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("layout", CODE), _c("headline", TEXT),
                      _c("offer", TEXT), _c("channel_url", TEXT), _c("output", CODE), _c("path", TEXT), *_stamps(),
                      _versions()),
          links=(_SHOP,), check=checks.check_poster,
          fixed=("layout", "headline", "offer", "channel_url", "output", "path")),
    # A send told to both tutors is one send: the same shop, text and day of sending (as sent_days reads it).
    Table("messages", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("kind", CODE), _c("draft", TEXT),
                       _c("body", TEXT), _c("status", CODE), _c("created_at", INSTANT), _c("updated_at", INSTANT),
                       _c("sent_at", INSTANT, nullable=True), _c("deleted_at", INSTANT, nullable=True), _versions()),
          links=(_SHOP,), check=checks.check_message,
          same_when="status = 'sent' AND deleted_at IS NULL AND shop_id = :shop_id AND body = :body "
                    "AND substr(sent_at, 1, 10) = substr(:sent_at, 1, 10)",
          same_applies=_sent_once,
          groups=(("kind", "draft", "body", "status", "sent_at"), ("deleted_at",))),
    Table("practice_sessions", (_row_id(), _c("uuid", UUID), _c("day", DAY), _c("topic", TEXT), _c("note", TEXT),
                                *_stamps("closed_at"), _versions()),
          check=checks.check_practice_session, groups=(("day",), ("topic",), ("note",), ("closed_at",))),
    Table("practice_attendance", (_row_id(), _c("uuid", UUID), _link("session_id"), _link("shop_id"), *_stamps(),
                                  _versions()),
          links=(Link("session_id", "practice_sessions", "session_uuid"), _SHOP),
          natural_key=("session_id", "shop_id"), check=checks.check_practice_attendance),
    Table("curriculum_progress", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("step", CODE),
                                  _c("done_on", DAY, nullable=True), *_stamps(), _versions()),
          links=(_SHOP,), natural_key=("shop_id", "step"), check=checks.check_curriculum_progress,
          groups=(("done_on",),), fixed=("step",)),
    Table("channel_texts", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("code", CODE), _c("text", TEXT),
                            *_stamps(), _versions()),
          links=(_SHOP,), natural_key=("shop_id", "code"), check=checks.check_channel_text,
          groups=(("text",),), fixed=("code",)),
    Table("coupons", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("title", TEXT), _c("benefit", TEXT),
                      Column("starts_on", "TEXT", DAY, ahead=True),
                      Column("ends_on", "TEXT", DAY, ahead=True), _c("how_to_use", TEXT), _c("notes", TEXT),
                      Column("used", "INTEGER", NUMBER), *_stamps("deleted_at"), _versions()),
          links=(_SHOP,), check=checks.check_coupon,
          groups=(("title",), ("benefit",), ("starts_on", "ends_on"), ("how_to_use",), ("notes",), ("used",),
                  ("deleted_at",))),
    Table("posts", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("day", DAY), _c("title", TEXT), _c("body", TEXT),
                    *_stamps("deleted_at"), _versions()),
          links=(_SHOP,), check=checks.check_post,
          groups=(("day",), ("title",), ("body",), ("deleted_at",))),
    # A market-wide event (issue 29): its days and benefit edited as a whole; the shops taking part, one row each
    # (a shop taken out keeps its row, marked deleted, so that the removal travels).
    Table("market_events", (_row_id(), _c("uuid", UUID), _link("market_id"), _c("name", TEXT), _c("benefit", TEXT),
                            Column("starts_on", "TEXT", DAY, ahead=True), Column("ends_on", "TEXT", DAY, ahead=True),
                            *_stamps("deleted_at"), _versions()),
          links=(Link("market_id", "markets", "market_uuid"),), check=checks.check_market_event,
          groups=(("name",), ("benefit",), ("starts_on", "ends_on"), ("deleted_at",))),
    Table("market_event_shops", (_row_id(), _c("uuid", UUID), _link("event_id"), _link("shop_id"),
                                 *_stamps("deleted_at"), _versions()),
          links=(Link("event_id", "market_events", "event_uuid"), _SHOP), natural_key=("event_id", "shop_id"),
          check=checks.check_market_event_shop, groups=(("deleted_at",),)),
    Table("pictures", (_row_id(), _c("uuid", UUID), _link("shop_id"), _c("kind", CODE), _c("draft", TEXT),
                       _c("file", TEXT), Column("bytes", "INTEGER", NUMBER), *_stamps("deleted_at")),
          links=(_SHOP,), merge=LOCAL_ONLY,
          stays_home_because="내 그림 points at image files in this computer's data folder; the files do not travel"),
)
BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}
# The tables a .danggol file carries, in the order of import (a link's target before the records pointing at it).
TRAVELLING: tuple[Table, ...] = tuple(t for t in TABLES if t.travels)
MERGE_POLICIES = (FIELD_LATEST, LOCAL_ONLY)
_HOLDS = (ID, UUID, LINK, TEXT, CODE, DAY, INSTANT, NUMBER, VERSIONS)
_STAMPS = ("created_at", "updated_at")


def registry_problems(tables: tuple[Table, ...] = TABLES) -> list[str]:
    """What a table of the registry lacks, in words (empty when every table is whole): a travelling table needs a
    uuid, its stamps, a record check and links to tables imported before it; every table a merge policy."""
    problems: list[str] = []
    seen: set[str] = set()
    for table in tables:
        names = [c.name for c in table.columns]
        if len(set(names)) != len(names):
            problems.append(f"{table.name}: a column is listed twice")
        if table.merge not in MERGE_POLICIES:
            problems.append(f"{table.name}: merge policy {table.merge!r} is not known")
        for column in table.columns:
            if column.holds not in _HOLDS or column.sql not in ("TEXT", "INTEGER"):
                problems.append(f"{table.name}.{column.name}: {column.sql} holding {column.holds!r}?")
        problems += [f"{table.name}: natural key {key!r} is not a column"
                     for key in table.natural_key if key not in names]
        for link in table.links:
            if link.column not in names or table.column(link.column).holds != LINK:
                problems.append(f"{table.name}: link column {link.column!r} is not a link column")
            if table.travels and link.table not in seen:
                problems.append(f"{table.name}: links to {link.table!r}, which is not imported before it")
        if table.travels:
            for needed in ("uuid", "created_at", "updated_at"):
                if needed not in names:
                    problems.append(f"{table.name}: travels without {needed!r}")
            if table.check is None:
                problems.append(f"{table.name}: travels without a record check")
            if table.merge == LOCAL_ONLY:
                problems.append(f"{table.name}: travels but its merge policy keeps it local")
            if "versions" not in names:
                problems.append(f"{table.name}: travels without versions")
            grouped = [c for group in table.groups for c in group]
            if len(set(grouped) | set(table.fixed)) != len(grouped) + len(table.fixed):
                problems.append(f"{table.name}: a column is in two field groups, or both grouped and fixed")
            for column in table.columns:
                if column.holds in _STRUCTURE or column.name in _STAMPS:
                    continue
                if column.name not in grouped and column.name not in table.fixed:
                    problems.append(f"{table.name}.{column.name}: neither in a field group nor fixed")
            problems += [f"{table.name}: field group column {c!r} is not a column"
                         for c in grouped + list(table.fixed) if c not in names]
            if bool(table.same_when) != (table.same_applies is not None):
                problems.append(f"{table.name}: same_when and same_applies go together")
        seen.add(table.name)
    return problems
