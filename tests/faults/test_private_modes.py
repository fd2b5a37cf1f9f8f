"""Private by default (issue 25, finding 6): a fresh data folder, its database, backups and log are the user's
alone; exports and posters still follow the umask."""

from __future__ import annotations

import os
import stat

import pytest

from tests.cli_runner import run

pytestmark = [pytest.mark.usefixtures("qapp"),
              pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows AppData is per-user")]


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_fresh_data_folder_is_readable_by_the_user_only(tmp_path):
    data_dir = tmp_path / "data"
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--phone", "01012345678"
               ).returncode == 0
    assert run(data_dir, "friends", "record", "--shop", "없는가게", "--count", "3").returncode != 0  # a log line
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "danggol.sqlite") == 0o600
    for side in ("danggol.sqlite-wal", "danggol.sqlite-shm"):
        if (data_dir / side).exists():
            assert mode(data_dir / side) == 0o600, side
    assert mode(data_dir / "backups") == 0o700
    copies = list((data_dir / "backups").glob("*.sqlite"))
    assert copies and all(mode(copy) == 0o600 for copy in copies)
    assert mode(data_dir / "logs") == 0o700 and mode(data_dir / "logs" / "danggol.log") == 0o600


def test_exports_follow_the_umask(tmp_path):
    data_dir = tmp_path / "data"
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장",
               "--channel", "_Seed").returncode == 0
    old = os.umask(0o022)
    try:
        assert run(data_dir, "export", "--out", tmp_path / "m.danggol").returncode == 0
    finally:
        os.umask(old)
    assert mode(tmp_path / "m.danggol") == 0o644
