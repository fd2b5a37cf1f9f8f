"""Shared fixtures. Qt runs offscreen; every test gets its own data, cache and runtime folders."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_runtime = tempfile.mkdtemp(prefix="danggol-test-runtime-")
os.chmod(_runtime, 0o700)
os.environ["XDG_RUNTIME_DIR"] = _runtime

import pytest  # noqa: E402

from danggol_desktop import resources  # noqa: E402
from danggol_desktop.domain.categories import load_categories  # noqa: E402
from danggol_desktop.domain.shop import ShopDetails  # noqa: E402
from danggol_desktop.storage.database import open_database  # noqa: E402
from danggol_desktop.storage.friend_count_repo import FriendCountRepo  # noqa: E402
from danggol_desktop.storage.settings_repo import SettingsRepo  # noqa: E402
from danggol_desktop.storage.shop_repo import ShopRepo  # noqa: E402
from tests.clock import make_clock  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """No test touches the real home: data, cache and config all point into tmp_path."""
    data = tmp_path / "data"
    monkeypatch.setenv("DANGGOL_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return data


@pytest.fixture
def data_dir(isolated_dirs):
    return isolated_dirs


@pytest.fixture
def clock():
    """The one clock of a test: 2026-11-26 10:30 in Korea, whatever day the machine thinks it is."""
    return make_clock()


@pytest.fixture
def db(data_dir, clock):
    database = open_database(data_dir / "danggol.sqlite", data_dir / "backups", clock=clock)
    yield database
    database.conn.close()


@pytest.fixture
def shops(db):
    return ShopRepo(db)


@pytest.fixture
def settings_repo(db):
    return SettingsRepo(db)


@pytest.fixture
def friend_counts(db):
    return FriendCountRepo(db)


@pytest.fixture
def categories():
    return load_categories(resources.asset("data", "categories.json"))


@pytest.fixture
def shop(shops):
    return shops.add(ShopDetails("해남채소", "신영시장", "vegetables", "010-1234-5678", "https://pf.kakao.com/_AbCdE/friend"))
