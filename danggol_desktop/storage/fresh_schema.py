"""The schema the migrations build, written out, so that a brand-new data file is made in one transaction
and without loading sqlite-utils (45 ms of the very first start). Existing files still go through the migrations;
tests/unit/test_database.py fails when this and the migrations disagree (and prints the new text for here).
The statements are SQLite's own text of the schema (sqlite_master), kept exactly, hence the layout."""

VERSION = 11

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE "markets" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "name" TEXT NOT NULL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "friend_goal" INTEGER, "optout_phone" TEXT NOT NULL DEFAULT '', "search_id" TEXT NOT NULL DEFAULT '', "versions" TEXT NOT NULL DEFAULT '{}', "location" TEXT NOT NULL DEFAULT '', "message_credit" INTEGER)""",
    """CREATE UNIQUE INDEX "idx_shops_uuid"
    ON "shops" ("uuid")""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
    """CREATE UNIQUE INDEX "idx_practice_sessions_uuid"
    ON "practice_sessions" ("uuid")""",
    """CREATE TABLE "practice_attendance" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "session_id" INTEGER NOT NULL REFERENCES "practice_sessions"("id"),
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
, "versions" TEXT NOT NULL DEFAULT '{}')""",
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
    """CREATE INDEX "idx_shops_market_id_name"
    ON "shops" ("market_id", "name")""",
    """CREATE TRIGGER "markets_versions_new" AFTER INSERT ON "markets" WHEN danggol_merging() = 0
BEGIN UPDATE "markets" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "markets_versions_name" AFTER UPDATE OF "name" ON "markets"
WHEN danggol_merging() = 0 AND (OLD."name" IS NOT NEW."name")
BEGIN UPDATE "markets" SET "versions" = json_set("versions", '$.name', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_new" AFTER INSERT ON "shops" WHEN danggol_merging() = 0
BEGIN UPDATE "shops" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_name" AFTER UPDATE OF "name" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."name" IS NOT NEW."name")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.name', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_category" AFTER UPDATE OF "category" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."category" IS NOT NEW."category")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.category', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_phone" AFTER UPDATE OF "phone" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."phone" IS NOT NEW."phone")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.phone', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_channel_url" AFTER UPDATE OF "channel_url", "search_id" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."channel_url" IS NOT NEW."channel_url" OR OLD."search_id" IS NOT NEW."search_id")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.channel_url', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_archived_at" AFTER UPDATE OF "archived_at" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."archived_at" IS NOT NEW."archived_at")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.archived_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_friend_goal" AFTER UPDATE OF "friend_goal" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."friend_goal" IS NOT NEW."friend_goal")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.friend_goal', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_optout_phone" AFTER UPDATE OF "optout_phone" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."optout_phone" IS NOT NEW."optout_phone")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.optout_phone', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "friend_counts_versions_new" AFTER INSERT ON "friend_counts" WHEN danggol_merging() = 0
BEGIN UPDATE "friend_counts" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "friend_counts_versions_count" AFTER UPDATE OF "count", "note" ON "friend_counts"
WHEN danggol_merging() = 0 AND (OLD."count" IS NOT NEW."count" OR OLD."note" IS NOT NEW."note")
BEGIN UPDATE "friend_counts" SET "versions" = json_set("versions", '$.count', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "friend_counts_versions_deleted_at" AFTER UPDATE OF "deleted_at" ON "friend_counts"
WHEN danggol_merging() = 0 AND (OLD."deleted_at" IS NOT NEW."deleted_at")
BEGIN UPDATE "friend_counts" SET "versions" = json_set("versions", '$.deleted_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "posters_versions_new" AFTER INSERT ON "posters" WHEN danggol_merging() = 0
BEGIN UPDATE "posters" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "messages_versions_new" AFTER INSERT ON "messages" WHEN danggol_merging() = 0
BEGIN UPDATE "messages" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "messages_versions_kind" AFTER UPDATE OF "kind", "draft", "body", "status", "sent_at" ON "messages"
WHEN danggol_merging() = 0 AND (OLD."kind" IS NOT NEW."kind" OR OLD."draft" IS NOT NEW."draft" OR OLD."body" IS NOT NEW."body" OR OLD."status" IS NOT NEW."status" OR OLD."sent_at" IS NOT NEW."sent_at")
BEGIN UPDATE "messages" SET "versions" = json_set("versions", '$.kind', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "messages_versions_deleted_at" AFTER UPDATE OF "deleted_at" ON "messages"
WHEN danggol_merging() = 0 AND (OLD."deleted_at" IS NOT NEW."deleted_at")
BEGIN UPDATE "messages" SET "versions" = json_set("versions", '$.deleted_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "practice_sessions_versions_new" AFTER INSERT ON "practice_sessions" WHEN danggol_merging() = 0
BEGIN UPDATE "practice_sessions" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "practice_sessions_versions_day" AFTER UPDATE OF "day" ON "practice_sessions"
WHEN danggol_merging() = 0 AND (OLD."day" IS NOT NEW."day")
BEGIN UPDATE "practice_sessions" SET "versions" = json_set("versions", '$.day', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "practice_sessions_versions_topic" AFTER UPDATE OF "topic" ON "practice_sessions"
WHEN danggol_merging() = 0 AND (OLD."topic" IS NOT NEW."topic")
BEGIN UPDATE "practice_sessions" SET "versions" = json_set("versions", '$.topic', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "practice_sessions_versions_note" AFTER UPDATE OF "note" ON "practice_sessions"
WHEN danggol_merging() = 0 AND (OLD."note" IS NOT NEW."note")
BEGIN UPDATE "practice_sessions" SET "versions" = json_set("versions", '$.note', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "practice_sessions_versions_closed_at" AFTER UPDATE OF "closed_at" ON "practice_sessions"
WHEN danggol_merging() = 0 AND (OLD."closed_at" IS NOT NEW."closed_at")
BEGIN UPDATE "practice_sessions" SET "versions" = json_set("versions", '$.closed_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "practice_attendance_versions_new" AFTER INSERT ON "practice_attendance" WHEN danggol_merging() = 0
BEGIN UPDATE "practice_attendance" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "curriculum_progress_versions_new" AFTER INSERT ON "curriculum_progress" WHEN danggol_merging() = 0
BEGIN UPDATE "curriculum_progress" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "curriculum_progress_versions_done_on" AFTER UPDATE OF "done_on" ON "curriculum_progress"
WHEN danggol_merging() = 0 AND (OLD."done_on" IS NOT NEW."done_on")
BEGIN UPDATE "curriculum_progress" SET "versions" = json_set("versions", '$.done_on', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "channel_texts_versions_new" AFTER INSERT ON "channel_texts" WHEN danggol_merging() = 0
BEGIN UPDATE "channel_texts" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "channel_texts_versions_text" AFTER UPDATE OF "text" ON "channel_texts"
WHEN danggol_merging() = 0 AND (OLD."text" IS NOT NEW."text")
BEGIN UPDATE "channel_texts" SET "versions" = json_set("versions", '$.text', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_new" AFTER INSERT ON "coupons" WHEN danggol_merging() = 0
BEGIN UPDATE "coupons" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_title" AFTER UPDATE OF "title" ON "coupons"
WHEN danggol_merging() = 0 AND (OLD."title" IS NOT NEW."title")
BEGIN UPDATE "coupons" SET "versions" = json_set("versions", '$.title', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_benefit" AFTER UPDATE OF "benefit" ON "coupons"
WHEN danggol_merging() = 0 AND (OLD."benefit" IS NOT NEW."benefit")
BEGIN UPDATE "coupons" SET "versions" = json_set("versions", '$.benefit', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_starts_on" AFTER UPDATE OF "starts_on", "ends_on" ON "coupons"
WHEN danggol_merging() = 0 AND (OLD."starts_on" IS NOT NEW."starts_on" OR OLD."ends_on" IS NOT NEW."ends_on")
BEGIN UPDATE "coupons" SET "versions" = json_set("versions", '$.starts_on', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_how_to_use" AFTER UPDATE OF "how_to_use" ON "coupons"
WHEN danggol_merging() = 0 AND (OLD."how_to_use" IS NOT NEW."how_to_use")
BEGIN UPDATE "coupons" SET "versions" = json_set("versions", '$.how_to_use', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_notes" AFTER UPDATE OF "notes" ON "coupons"
WHEN danggol_merging() = 0 AND (OLD."notes" IS NOT NEW."notes")
BEGIN UPDATE "coupons" SET "versions" = json_set("versions", '$.notes', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_used" AFTER UPDATE OF "used" ON "coupons"
WHEN danggol_merging() = 0 AND (OLD."used" IS NOT NEW."used")
BEGIN UPDATE "coupons" SET "versions" = json_set("versions", '$.used', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "coupons_versions_deleted_at" AFTER UPDATE OF "deleted_at" ON "coupons"
WHEN danggol_merging() = 0 AND (OLD."deleted_at" IS NOT NEW."deleted_at")
BEGIN UPDATE "coupons" SET "versions" = json_set("versions", '$.deleted_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "posts_versions_new" AFTER INSERT ON "posts" WHEN danggol_merging() = 0
BEGIN UPDATE "posts" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "posts_versions_day" AFTER UPDATE OF "day" ON "posts"
WHEN danggol_merging() = 0 AND (OLD."day" IS NOT NEW."day")
BEGIN UPDATE "posts" SET "versions" = json_set("versions", '$.day', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "posts_versions_title" AFTER UPDATE OF "title" ON "posts"
WHEN danggol_merging() = 0 AND (OLD."title" IS NOT NEW."title")
BEGIN UPDATE "posts" SET "versions" = json_set("versions", '$.title', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "posts_versions_body" AFTER UPDATE OF "body" ON "posts"
WHEN danggol_merging() = 0 AND (OLD."body" IS NOT NEW."body")
BEGIN UPDATE "posts" SET "versions" = json_set("versions", '$.body', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "posts_versions_deleted_at" AFTER UPDATE OF "deleted_at" ON "posts"
WHEN danggol_merging() = 0 AND (OLD."deleted_at" IS NOT NEW."deleted_at")
BEGIN UPDATE "posts" SET "versions" = json_set("versions", '$.deleted_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_location" AFTER UPDATE OF "location" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."location" IS NOT NEW."location")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.location', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TABLE "market_events" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "market_id" INTEGER NOT NULL REFERENCES "markets"("id"),
   "name" TEXT NOT NULL,
   "benefit" TEXT NOT NULL,
   "starts_on" TEXT NOT NULL,
   "ends_on" TEXT NOT NULL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT,
   "versions" TEXT NOT NULL DEFAULT '{}'
)""",
    """CREATE UNIQUE INDEX "idx_market_events_uuid"
    ON "market_events" ("uuid")""",
    """CREATE INDEX "idx_market_events_market_id_starts_on"
    ON "market_events" ("market_id", "starts_on")""",
    """CREATE TABLE "market_event_shops" (
   "id" INTEGER PRIMARY KEY,
   "uuid" TEXT NOT NULL,
   "event_id" INTEGER NOT NULL REFERENCES "market_events"("id"),
   "shop_id" INTEGER NOT NULL REFERENCES "shops"("id"),
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT,
   "versions" TEXT NOT NULL DEFAULT '{}'
)""",
    """CREATE UNIQUE INDEX "idx_market_event_shops_uuid"
    ON "market_event_shops" ("uuid")""",
    """CREATE UNIQUE INDEX "idx_market_event_shops_event_id_shop_id"
    ON "market_event_shops" ("event_id", "shop_id")""",
    """CREATE TRIGGER "market_events_versions_new" AFTER INSERT ON "market_events" WHEN danggol_merging() = 0
BEGIN UPDATE "market_events" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "market_events_versions_name" AFTER UPDATE OF "name" ON "market_events"
WHEN danggol_merging() = 0 AND (OLD."name" IS NOT NEW."name")
BEGIN UPDATE "market_events" SET "versions" = json_set("versions", '$.name', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "market_events_versions_benefit" AFTER UPDATE OF "benefit" ON "market_events"
WHEN danggol_merging() = 0 AND (OLD."benefit" IS NOT NEW."benefit")
BEGIN UPDATE "market_events" SET "versions" = json_set("versions", '$.benefit', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "market_events_versions_starts_on" AFTER UPDATE OF "starts_on", "ends_on" ON "market_events"
WHEN danggol_merging() = 0 AND (OLD."starts_on" IS NOT NEW."starts_on" OR OLD."ends_on" IS NOT NEW."ends_on")
BEGIN UPDATE "market_events" SET "versions" = json_set("versions", '$.starts_on', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "market_events_versions_deleted_at" AFTER UPDATE OF "deleted_at" ON "market_events"
WHEN danggol_merging() = 0 AND (OLD."deleted_at" IS NOT NEW."deleted_at")
BEGIN UPDATE "market_events" SET "versions" = json_set("versions", '$.deleted_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "market_event_shops_versions_new" AFTER INSERT ON "market_event_shops" WHEN danggol_merging() = 0
BEGIN UPDATE "market_event_shops" SET "versions" = json_object('*', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "market_event_shops_versions_deleted_at" AFTER UPDATE OF "deleted_at" ON "market_event_shops"
WHEN danggol_merging() = 0 AND (OLD."deleted_at" IS NOT NEW."deleted_at")
BEGIN UPDATE "market_event_shops" SET "versions" = json_set("versions", '$.deleted_at', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
    """CREATE TRIGGER "shops_versions_message_credit" AFTER UPDATE OF "message_credit" ON "shops"
WHEN danggol_merging() = 0 AND (OLD."message_credit" IS NOT NEW."message_credit")
BEGIN UPDATE "shops" SET "versions" = json_set("versions", '$.message_credit', danggol_hlc()) WHERE "id" = NEW."id"; INSERT OR IGNORE INTO "settings" ("key", "value") VALUES ('device_id', danggol_device()); INSERT OR REPLACE INTO "settings" ("key", "value") VALUES ('hlc_last', danggol_hlc_last()); END""",
)
