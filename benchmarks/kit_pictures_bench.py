"""Channel kit figures: render + save time of the profile (640x640) and coupon (720x720) pictures, their file sizes,
and the clicks a first-time merchant makes through each card (counted from the cards themselves).

usage: python benchmarks/kit_pictures_bench.py [RUNS]   Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from danggol_desktop.domain.clock import system_clock
from danggol_desktop.pictures.kit_pictures import paint_coupon, paint_profile, render, save_png  # noqa: E402
from danggol_desktop.resources import load_fonts  # noqa: E402


def timed(runs: int, make, folder: Path) -> tuple[float, float, int]:
    render_ms, save_ms, size = [], [], 0
    for index in range(runs):
        start = time.perf_counter()
        image, _report = make()
        middle = time.perf_counter()
        size = save_png(image, folder / f"p{index}.png")
        end = time.perf_counter()
        render_ms.append((middle - start) * 1000)
        save_ms.append((end - middle) * 1000)
    return statistics.median(render_ms), statistics.median(save_ms), size


def card_clicks() -> dict[str, tuple[int, int]]:
    """(screens, presses of the footer's main button to the tick) per card, on a fresh shop."""

    from danggol_desktop.domain.categories import load_categories
    from danggol_desktop.domain.shop import ShopDetails
    from danggol_desktop.resources import asset
    from danggol_desktop.storage.database import open_database
    from danggol_desktop.storage.shop_repo import ShopRepo
    from danggol_desktop.tasks.channel_kit_tasks import channel_kit
    from danggol_desktop.tasks.workspace import Workspace
    from danggol_desktop.ui.channel_kit.channel_card import ChannelCardPage
    from danggol_desktop.ui.channel_kit.coupon_card import CouponCardPage
    from danggol_desktop.ui.channel_kit.kit_context import KitContext
    from danggol_desktop.ui.channel_kit.profile_card import ProfileCardPage
    from danggol_desktop.ui.channel_kit.text_cards import ChatCardPage, PostCardPage, WelcomeCardPage

    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "danggol.sqlite", clock=system_clock())
    shop = ShopRepo(db).add(ShopDetails("해남채소", "신영시장", "vegetables", "010-1234-5678",
                                        "https://pf.kakao.com/_AbCdE/friend"))
    ws = Workspace(db, folder)
    found = {}
    for page_class in (ChannelCardPage, ProfileCardPage, WelcomeCardPage, CouponCardPage, ChatCardPage,
                       PostCardPage):
        context = KitContext(shop, ws, channel_kit(), load_categories(asset("data", "categories.json")), "ko",
                             db.clock.today, lambda v: int(v))
        page = page_class(context)
        presses = 0
        while page.finish is None or not page.finish.done:
            page.go_next()  # what 다음 / 다 했어요 does; every default is accepted as a first-timer would
            presses += 1
            if presses > 20:
                break
        found[page_class.__name__] = (page.steps.count(), presses)
    return found


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    app = QApplication(["bench"])  # noqa: F841
    load_fonts()
    folder = Path(tempfile.mkdtemp())
    profile = timed(runs, lambda: render((640, 640), lambda p: paint_profile(p, 640, "해남채소", "#2E7D32")), folder)
    coupon = timed(runs, lambda: render((720, 720), lambda p: paint_coupon(
        p, 720, "친구 추가 감사 10% 할인", "10% 할인", "11월 27일(금)~12월 27일(일)", "해남채소", "#2E7D32")), folder)
    for name, (render_ms, save_ms, size) in (("profile 640x640", profile), ("coupon 720x720", coupon)):
        print(f"{name}: render {render_ms:.1f} ms, PNG encode + atomic save {save_ms:.1f} ms (median of {runs}), "
              f"{size / 1024:.0f} KB")
    for card, (screens, presses) in card_clicks().items():
        print(f"{card}: {screens} screens, {presses} presses of 다음/다 했어요 with every default accepted")


if __name__ == "__main__":
    main()
