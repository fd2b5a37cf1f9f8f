"""Renders the app's screens to PNG, offscreen, with a throw-away database.

usage: python docs/make_screenshots.py OUTDIR [--all]
Without --all: the README's pictures (home, first-run wizard, settings; Korean, 100%).
With --all: every screen at 100% and 200%, in the normal and high-contrast theme, Korean and English.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from danggol_desktop import resources  # noqa: E402
from danggol_desktop.app import build_services  # noqa: E402
from danggol_desktop.domain.categories import load_categories  # noqa: E402
from danggol_desktop.domain.clock import system_clock
from danggol_desktop.domain.preferences import Preferences  # noqa: E402
from danggol_desktop.domain.shop import ShopDetails  # noqa: E402
from danggol_desktop.resources import load_fonts  # noqa: E402
from danggol_desktop.storage.database import open_database  # noqa: E402
from danggol_desktop.storage.friend_count_repo import FriendCountRepo  # noqa: E402
from danggol_desktop.storage.settings_repo import SettingsRepo  # noqa: E402
from danggol_desktop.storage.shop_repo import ShopRepo  # noqa: E402
from danggol_desktop.tasks.workspace import Workspace  # noqa: E402
from danggol_desktop.ui.appearance import Appearance  # noqa: E402
from danggol_desktop.ui.main_window import MainWindow  # noqa: E402
from danggol_desktop.ui.setup.setup_wizard import SetupWizard  # noqa: E402

SIZE = (1366, 768)  # the merchants' typical old PC screen


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def shoot(widget, path: Path, app: QApplication) -> None:
    widget.resize(*SIZE)
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def render(outdir: Path, prefs: Preferences, suffix: str, app: QApplication, appearance: Appearance) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "danggol.sqlite", clock=system_clock())
        shops, settings = ShopRepo(db), SettingsRepo(db)
        categories = load_categories(resources.asset("data", "categories.json"))
        settings.save(prefs)
        appearance.apply(prefs)
        wizard = SetupWizard(Workspace(db, db.path.parent), categories, prefs.language)
        shoot(wizard, outdir / f"setup-1{suffix}.png", app)
        wizard.go_next()
        wizard.name_page.field.set_text("해남채소")
        wizard.go_next()
        wizard.market_page.field.set_text("신영시장")
        wizard.go_next()
        shoot(wizard, outdir / f"setup-3{suffix}.png", app)
        wizard.close()
        wizard.deleteLater()
        shops.add(ShopDetails("해남채소", "신영시장", "vegetables", "010-1234-5678", "https://pf.kakao.com/_AbCdE/friend"))
        window = MainWindow(build_services(Workspace(db, db.path.parent), appearance))
        shoot(window, outdir / f"home{suffix}.png", app)
        window.open_settings()
        shoot(window, outdir / f"settings{suffix}.png", app)
        counts = FriendCountRepo(db)
        shop = shops.list()[0]
        today = db.clock.today()
        for back in range(60, 0, -3):
            counts.record(shop.id, today - timedelta(days=back), 48 - back * 2 // 3 + (back % 7))
        window.open_job("friends")
        shoot(window, outdir / f"friends{suffix}.png", app)
        window.open_friend_history()
        shoot(window, outdir / f"friend-history{suffix}.png", app)
        window.open_job("poster")
        page = window.stack.currentWidget()
        shoot(window, outdir / f"poster-1{suffix}.png", app)
        page.go_next()
        shoot(window, outdir / f"poster-2{suffix}.png", app)
        page.go_next()
        shoot(window, outdir / f"poster-3{suffix}.png", app)
        page.go_next()
        shoot(window, outdir / f"poster-4{suffix}.png", app)
        window.open_job("message")
        wizard = window.stack.currentWidget()
        shoot(window, outdir / f"message-1{suffix}.png", app)
        wizard.kind_step.choose("discount")
        fields = wizard.fields_step.fields
        fields["item"].set_text("배추")
        fields["regular_price"].set_text("5000")
        fields["sale_price"].set_text("3000")
        shoot(window, outdir / f"message-2{suffix}.png", app)
        wizard.go_next()
        shoot(window, outdir / f"message-3{suffix}.png", app)
        wizard.go_next()
        shoot(window, outdir / f"message-4{suffix}.png", app)
        wizard.go_next()
        shoot(window, outdir / f"message-5{suffix}.png", app)
        wizard.finish("sent")
        window.open_message_box()
        shoot(window, outdir / f"message-box{suffix}.png", app)
        photo = Path(tmp) / "배추.jpg"
        _market_photo(photo)
        window.open_picture_maker()
        maker = window.stack.currentWidget()
        shoot(window, outdir / f"picture-1{suffix}.png", app)
        maker.go_next()
        maker.photo_step.use(photo)
        maker.go_next()
        maker.crop_step.view.set_crop(1.3, (0.5, 0.45))
        shoot(window, outdir / f"picture-crop{suffix}.png", app)
        maker.go_next()
        maker.words_step.price.set_text("3000")
        maker.words_step.old_price.set_text("5000")
        maker.go_next()
        shoot(window, outdir / f"picture-save{suffix}.png", app)
        maker.go_next()
        shoot(window, outdir / f"my-pictures{suffix}.png", app)
        window.open_job("channel_kit")
        shoot(window, outdir / f"kit{suffix}.png", app)
        for card, steps in (("channel", (0, 5)), ("profile", (1, 3)), ("coupon", (3,)), ("welcome", (1,))):
            window.open_kit_card(card)
            page = window.stack.currentWidget()
            for step in steps:
                page.start(step)
                shoot(window, outdir / f"kit-{card}-{step + 1}{suffix}.png", app)
        window.open_job("tutor")
        shoot(window, outdir / f"tutor{suffix}.png", app)
        for section in ("shops", "practice", "curriculum", "report", "transfer"):
            window.open_tutor_section(section)
            shoot(window, outdir / f"tutor-{section}{suffix}.png", app)
        window.close()
        window.deleteLater()
        settle(app)
        db.conn.close()


def _market_photo(path: Path) -> None:
    """A stand-in for a phone photo of the stall: cabbages on a table (drawn, so the repository holds no photo)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1600, 1200), (196, 160, 110))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 760, 1600, 1200), fill=(120, 80, 50))
    for index, (x, y) in enumerate(((330, 620), (700, 560), (1080, 640), (520, 860), (900, 880), (1260, 860))):
        radius = 230 - index * 8
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(150, 200, 110), outline=(70, 120, 50),
                     width=14)
        draw.ellipse((x - radius // 2, y - radius // 2, x + radius // 2, y + radius // 2), fill=(230, 240, 190))
    image.save(path, quality=90)


def main() -> None:
    outdir = Path(sys.argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    load_fonts()
    appearance = Appearance(app, resources.translations_dir())
    variants = [(Preferences(), "-ko")]
    if "--all" in sys.argv:
        variants += [
            (Preferences(text_scale=200), "-ko-200"),
            (Preferences(high_contrast=True), "-ko-contrast"),
            (Preferences(language="en"), "-en"),
            (Preferences(language="en", text_scale=200, high_contrast=True), "-en-200-contrast"),
        ]
    for prefs, suffix in variants:
        render(outdir, prefs, suffix, app, appearance)


if __name__ == "__main__":
    main()
