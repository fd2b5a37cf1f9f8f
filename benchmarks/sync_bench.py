"""Field-level sync at a market's scale: a 70-shop market with a year of daily counts (25,550) exported and brought
into an empty laptop, the same file again (nothing new), an exchange both ways after edits on each, and what the
version triggers cost each local edit. Prints figures; asserts nothing about time.

    .venv/bin/python benchmarks/sync_bench.py
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from danggol_desktop.domain.bundle import read_bundle
from danggol_desktop.domain.clock import ticking_clock
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.storage.transfer_repo import TransferRepo

SHOPS, DAYS = 70, 365
START = datetime(2026, 1, 1, tzinfo=timezone.utc)


def laptop(folder: Path, name: str, start: datetime = START):
    return open_database(folder / f"{name}.sqlite", clock=ticking_clock(start, timedelta(milliseconds=1)))


def fill(db) -> float:
    shops = [ShopRepo(db).add(ShopDetails(f"가게{n:02d}", "신영시장", phone="010-1234-5678")) for n in range(SHOPS)]
    counts = FriendCountRepo(db)
    started = time.perf_counter()
    with db.atomic():
        for day in range(DAYS):
            for n, shop in enumerate(shops):
                counts.record(shop.id, date(2025, 12, 1) + timedelta(days=day), n + day)
    return (time.perf_counter() - started) / (SHOPS * DAYS)


def timed(what: str, action) -> object:
    started = time.perf_counter()
    result = action()
    print(f"{what}: {time.perf_counter() - started:.2f} s")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a = laptop(folder, "a")
        per_count = fill(a)
        print(f"recording a count with its version (trigger): {per_count * 1e6:.0f} µs each, {SHOPS * DAYS:,} counts")
        timed("export of the market", lambda: TransferRepo(a).export(folder / "m.danggol"))
        print(f"file: {(folder / 'm.danggol').stat().st_size / 1e6:.1f} MB")
        b = laptop(folder, "b", START + timedelta(hours=1))
        bundle = read_bundle(folder / "m.danggol")
        plan = timed("import into an empty laptop", lambda: TransferRepo(b).apply(bundle))
        print(f"  added {sum(plan.added.values()):,}")
        again = timed("the same file again", lambda: TransferRepo(b).apply(bundle))
        print(f"  changes {again.changes}, only versions {again.quiet}")
        for n, shop in enumerate(ShopRepo(a).list()[:20]):
            ShopRepo(a).edit(shop.id, {"phone": f"010-2222-{n:04d}"})
        for shop in ShopRepo(b).list()[20:40]:
            FriendCountRepo(b).record(shop.id, date(2026, 11, 30), 999)
        TransferRepo(a).export(folder / "a.danggol")
        TransferRepo(b).export(folder / "b.danggol")
        from_a, from_b = read_bundle(folder / "a.danggol"), read_bundle(folder / "b.danggol")
        timed("exchange both ways after 40 edits",
              lambda: (TransferRepo(b).apply(from_a), TransferRepo(a).apply(from_b)))


if __name__ == "__main__":
    main()
