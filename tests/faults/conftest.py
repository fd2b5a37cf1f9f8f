"""Faults a shop PC really meets, made real where this machine allows it (a small tmpfs, a read-only remount),
and simulated the same way SQLite reports them otherwise."""

from __future__ import annotations

import os
import subprocess
import uuid

import pytest

from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.shop_repo import ShopRepo
from tests.clock import make_clock


def _mount(target, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A data folder on a 1 MB tmpfs (None when this machine cannot mount one)."""
    target = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    target.mkdir()
    if not _mount(target, "size=1m"):
        yield None
        return
    yield target
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


def remount_read_only(target) -> bool:
    return subprocess.run(["mount", "-o", "remount,ro", str(target)], capture_output=True).returncode == 0


def seed(folder, shops=("해남채소",)):
    db = open_database(folder / "danggol.sqlite", folder / "backups", clock=make_clock())
    repo = ShopRepo(db)
    for name in shops:
        repo.add(ShopDetails(name, "신영시장", channel_url="https://pf.kakao.com/_Seed/friend"))
    return db


def fill_disk(folder) -> None:
    """Fill the rest of the disk with one file."""
    try:
        with open(folder / "filler.bin", "wb", buffering=0) as fh:
            while True:
                fh.write(b"\0" * 4096)
    except OSError:
        pass
