"""The schema the migrations build, written out, so that a brand-new data file is made in one transaction
and without loading sqlite-utils (45 ms of the very first start). Existing files still go through the migrations;
tests/unit/test_database.py fails when this and the migrations disagree (and prints the new text for here).
The statements are SQLite's own text of the schema (sqlite_master), kept exactly, hence the layout."""

VERSION = 8

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE "markets" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "name" TEXT NOT NULL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
    """CREATE UNIQUE INDEX "idx_markets_uuid"
    ON "markets" ("uuid")""",
    """CREATE UNIQUE INDEX "idx_markets_name"
    ON "markets" ("name")""",
    """CREATE TABLE "shops" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "market_id" INTEGER NOT NULL REFERENCES "markets"("id"),
   "name" TEXT NOT NULL,
   "category" TEXT NOT NULL DEFAULT '',
   "phone" TEXT NOT NULL DEFAULT '',
   "channel_url" TEXT NOT NULL DEFAULT '',
   "archived_at" TEXT,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
, "friend_goal" INTEGER, "optout_phone" TEXT NOT NULL DEFAULT '', "search_id" TEXT NOT NULL DEFAULT '')""",
    """CREATE UNIQUE INDEX "idx_shops_uuid"
    ON "shops" ("uuid")""",
    """CREATE UNIQUE INDEX "idx_shops_market_id_name"
    ON "shops" ("market_id", "name")""",
    """CREATE TABLE "settings" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT NOT NULL
)""",
    """CREATE TABLE "friend_counts" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "day" TEXT NOT NULL,
   "count" INTEGER NOT NULL,
   "note" TEXT NOT NULL DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_friend_counts_uuid"
    ON "friend_counts" ("uuid")""",
    """CREATE UNIQUE INDEX "idx_friend_counts_shop_id_day"
    ON "friend_counts" ("shop_id", "day")""",
    """CREATE TABLE "posters" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "layout" TEXT NOT NULL,
   "headline" TEXT NOT NULL,
   "offer" TEXT NOT NULL DEFAULT '',
   "channel_url" TEXT NOT NULL,
   "output" TEXT NOT NULL,
   "path" TEXT NOT NULL DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
    """CREATE UNIQUE INDEX "idx_posters_uuid"
    ON "posters" ("uuid")""",
    """CREATE INDEX "idx_posters_shop_id_created_at"
    ON "posters" ("shop_id", "created_at")""",
    """CREATE TABLE "messages" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "kind" TEXT NOT NULL DEFAULT '',
   "draft" TEXT NOT NULL DEFAULT '{}',
   "body" TEXT NOT NULL DEFAULT '',
   "status" TEXT NOT NULL DEFAULT 'draft',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "sent_at" TEXT,
   "deleted_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_messages_uuid"
    ON "messages" ("uuid")""",
    """CREATE INDEX "idx_messages_shop_id_status_updated_at"
    ON "messages" ("shop_id", "status", "updated_at")""",
    """CREATE TABLE "practice_sessions" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "day" TEXT NOT NULL,
   "topic" TEXT NOT NULL,
   "note" TEXT NOT NULL DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "closed_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_practice_sessions_uuid"
    ON "practice_sessions" ("uuid")""",
    """CREATE TABLE "practice_attendance" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "session_id" INTEGER NOT NULL REFERENCES "practice_sessions"("id"),
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
    """CREATE UNIQUE INDEX "idx_practice_attendance_uuid"
    ON "practice_attendance" ("uuid")""",
    """CREATE UNIQUE INDEX "idx_practice_attendance_session_id_shop_id"
    ON "practice_attendance" ("session_id", "shop_id")""",
    """CREATE TABLE "curriculum_progress" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "step" TEXT NOT NULL,
   "done_on" TEXT,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
    """CREATE UNIQUE INDEX "idx_curriculum_progress_uuid"
    ON "curriculum_progress" ("uuid")""",
    """CREATE UNIQUE INDEX "idx_curriculum_progress_shop_id_step"
    ON "curriculum_progress" ("shop_id", "step")""",
    """CREATE INDEX "idx_messages_shop_id_status_sent_at"
    ON "messages" ("shop_id", "status", "sent_at")""",
    """CREATE TABLE "channel_texts" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "code" TEXT NOT NULL,
   "text" TEXT NOT NULL DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
    """CREATE UNIQUE INDEX "idx_channel_texts_uuid"
    ON "channel_texts" ("uuid")""",
    """CREATE UNIQUE INDEX "idx_channel_texts_shop_id_code"
    ON "channel_texts" ("shop_id", "code")""",
    """CREATE TABLE "coupons" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "title" TEXT NOT NULL,
   "benefit" TEXT NOT NULL DEFAULT '',
   "starts_on" TEXT NOT NULL,
   "ends_on" TEXT NOT NULL,
   "how_to_use" TEXT NOT NULL DEFAULT '',
   "notes" TEXT NOT NULL DEFAULT '',
   "used" INTEGER NOT NULL DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_coupons_uuid"
    ON "coupons" ("uuid")""",
    """CREATE INDEX "idx_coupons_shop_id_ends_on"
    ON "coupons" ("shop_id", "ends_on")""",
    """CREATE TABLE "posts" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "day" TEXT NOT NULL,
   "title" TEXT NOT NULL,
   "body" TEXT NOT NULL DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_posts_uuid"
    ON "posts" ("uuid")""",
    """CREATE INDEX "idx_posts_shop_id_day"
    ON "posts" ("shop_id", "day")""",
    """CREATE TABLE "pictures" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "kind" TEXT NOT NULL,
   "draft" TEXT NOT NULL DEFAULT '{}',
   "file" TEXT NOT NULL,
   "bytes" INTEGER NOT NULL DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_pictures_uuid"
    ON "pictures" ("uuid")""",
    """CREATE INDEX "idx_pictures_shop_id_created_at"
    ON "pictures" ("shop_id", "created_at")""",
)
