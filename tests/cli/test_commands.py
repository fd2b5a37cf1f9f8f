"""The subcommands as a package: every group registers itself, and the day's backup copy follows each command's own
`writes` flag (the hidden list it replaces could leave a new writing command out)."""

from __future__ import annotations

import pytest

from danggol_desktop.commands import all_commands
from tests.cli_runner import run


def daily_copies(data_dir):
    return list((data_dir / "backups").glob("danggol-*-daily.sqlite"))


def test_every_group_registers_a_parser_a_handler_and_says_whether_it_writes():
    names = [command.name for command in all_commands()]
    assert names == ["shops", "friends", "report", "messages", "posts", "import-csv", "export", "import", "occasions",
                     "picture", "poster", "market", "banner", "directory", "price-tags", "event"]
    assert [c.name for c in all_commands() if c.paints] == ["report", "picture", "poster", "banner", "directory",
                                                            "price-tags", "event"]


@pytest.mark.parametrize("args, writes", [
    (("shops", "list"), False),
    (("friends", "list", "--shop", "해남채소"), False),
    (("messages", "list", "--shop", "해남채소"), False),
    (("occasions",), False),
    (("friends", "record", "--shop", "해남채소", "--count", "12"), True),
    (("messages", "record-sent", "--shop", "해남채소"), True),
    (("posts", "record", "--shop", "해남채소", "--title", "배추 들어왔어요"), True),
    (("shops", "add", "--name", "바다수산", "--market", "신영시장"), True),
    (("market", "channel", "--market", "신영시장", "--channel", "_Market"), True),
])
def test_the_days_backup_follows_the_commands_own_flag(tmp_path, args, writes):
    data_dir = tmp_path / "data"
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장",
               "--channel", "_Seed").returncode == 0
    for copy in daily_copies(data_dir):
        copy.unlink()
    out = run(data_dir, *args)
    assert out.returncode == 0, out.stderr
    assert bool(daily_copies(data_dir)) is writes
