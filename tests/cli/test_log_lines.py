"""The log a tutor reads: one plain line for each import (what was added and updated), refused file, backup,
restore and migration — and no phone number or message text anywhere in it, even when commands fail."""

from __future__ import annotations

import sqlite3

from danggol_desktop.app_log import log_path
from danggol_desktop.domain.clock import KOREA
from tests.cli.test_cli import seed_market
from tests.cli_runner import run
from tests.clock import make_clock
from tests.old_schema import back_to_schema_6

PHONE = "010-9876-5432"
SECRET_TEXT = "단골손님께만비밀할인"


def log_text(data_dir):
    path = log_path(data_dir)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_imports_refusals_and_backups_are_one_line_each(data_dir, tmp_path):
    seed_market(data_dir)
    assert run(data_dir, "export", "--out", tmp_path / "m.danggol").returncode == 0
    other = tmp_path / "laptop"
    assert run(other, "import", tmp_path / "m.danggol").returncode == 0
    lines = log_text(other).splitlines()
    assert any("import: added" in line and "shops=2" in line and "friend_counts=3" in line for line in lines), lines
    assert any(" backup: danggol-" in line and "daily" in line for line in lines), lines
    assert run(other, "import", tmp_path / "m.danggol").returncode == 0
    assert "import: nothing new" in log_text(other)
    (tmp_path / "bad.danggol").write_bytes(b"not a zip")
    assert run(other, "import", tmp_path / "bad.danggol").returncode != 0
    assert "import refused: bad.danggol: bundle_not_ours" in log_text(other)


def test_a_migration_is_one_line(data_dir):
    from danggol_desktop.storage.database import SCHEMA_VERSION, open_database

    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장").returncode == 0
    conn = sqlite3.connect(data_dir / "danggol.sqlite")
    back_to_schema_6(conn)  # as an old file has it
    conn.close()
    open_database(data_dir / "danggol.sqlite", data_dir / "backups", clock=make_clock()).conn.close()
    line = [x for x in log_text(data_dir).splitlines() if "migration:" in x]
    assert len(line) == 1 and f"from schema 6 to {SCHEMA_VERSION}" in line[0] and "-migration.sqlite" in line[0]


def test_failing_commands_leave_no_phone_number_or_message_text_in_the_log(data_dir):
    hostile = [
        ("shops", "add", "--name", "해남채소", "--market", "신영시장", "--phone", PHONE + "x"),
        ("messages", "record-sent", "--shop", "없는가게", "--text", SECRET_TEXT + " " + PHONE),
        ("posts", "record", "--shop", "없는가게", "--title", SECRET_TEXT),
        ("friends", "record", "--shop", "없는가게", "--count", "-3", "--note", PHONE),
        ("shops", "edit-nothing", "--phone", PHONE),
    ]
    for args in hostile:
        assert run(data_dir, *args).returncode != 0
    text = log_text(data_dir)
    assert PHONE not in text and PHONE.replace("-", "") not in text and SECRET_TEXT not in text


def test_the_log_uses_the_markets_clock_for_the_lines_it_writes(data_dir):
    """The log's own time stamps are the computer's (logging's), but what the app writes in them is by its clock."""
    clock = make_clock()
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장", clock=clock).returncode == 0
    backups = list((data_dir / "backups").glob("danggol-*-daily.sqlite"))
    assert [p.name[8:16] for p in backups] == [clock.now().astimezone(KOREA).strftime("%Y%m%d")]
