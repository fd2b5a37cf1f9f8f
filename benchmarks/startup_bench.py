"""Start-up and memory figures (issue: ship it to a shop PC).

1. Whole-process time from launch to the home screen painted (`danggol --smoke-test`, wall clock of the process)
   against a bare PySide6 window started the same way: median of several runs each, and their ratio — for a shop
   that is set up (target 1.5x) and for the very first start, the setup wizard on a new data folder (target 2.0x).
   Warm disk cache (a second start); with --cold, the page cache is dropped before every run (root only), as after
   switching the PC on.
2. Peak memory (RSS) of the app after visiting every screen, against the bare window.

3. With --frozen: the same two comparisons for what a shop PC runs — the bundle `make package` built (dist/danggol)
   against the bare window frozen by the same PyInstaller (built once into build/bench-bare/). Run from a checkout
   (the venv), every module import pays PySide's check of the module's source text for `from __feature__`
   (inspect.getsource on ~50 modules, ~9 ms here); a frozen build has no source files to read.

usage: python benchmarks/startup_bench.py [--runs N] [--cold] [--frozen]   Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("bare")
window.resize(1280, 720)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
if len(sys.argv) > 1:
    import resource
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

VISIT_ALL = """
import resource, sys
from datetime import date, timedelta
from PySide6.QtWidgets import QApplication
from danggol_desktop import paths, resources
from danggol_desktop.domain.clock import system_clock
from danggol_desktop.app import build_services, open_or_recover
from danggol_desktop.resources import load_fonts
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.settings_repo import SettingsRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.ui.appearance import Appearance
from danggol_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
load_fonts()
db = open_or_recover(paths.data_dir(sys.argv[1]), system_clock())
look = Appearance(app, resources.translations_dir())
settings = SettingsRepo(db)
look.apply(settings.load())
services = build_services(Workspace(db, db.path.parent), look)
window = MainWindow(services)
window.resize(1366, 768)
window.show()
shop = ShopRepo(db).list()[0]
for back in range(0, 400, 2):
    FriendCountRepo(db).record(shop.id, services.today() - timedelta(days=back), 500 - back)
def settle():
    for _ in range(3):
        app.processEvents()
for open_screen in (window.open_settings, window.open_shop_details, window.open_friends, window.open_friend_history,
                    window.open_poster, window.open_message_box):
    open_screen()
    settle()
poster = None
window.open_poster()
page = window.stack.currentWidget()
page.go_next(); page.go_next(); page.go_next(); settle()
window.open_message()
wizard = window.stack.currentWidget()
wizard.kind_step.choose("greeting"); wizard.fields_step.fields["occasion"].set_text("동지")
wizard.go_next(); wizard.go_next(); wizard.go_next(); settle()
window.show_home(); settle()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


DROP_CACHES = Path("/proc/sys/vm/drop_caches")
ROOT = Path(__file__).resolve().parent.parent
FROZEN_APP = ROOT / "dist" / "danggol" / "danggol"
BARE_BUILD = ROOT / "build" / "bench-bare"


def frozen_bare_window() -> Path:
    """The bare window as a PyInstaller one-folder bundle, built once (about a minute) and kept for later runs."""
    script = BARE_BUILD / "bare_window.py"
    binary = BARE_BUILD / "dist" / "bare_window" / "bare_window"
    if binary.exists() and script.exists() and script.read_text() == BARE:
        return binary
    BARE_BUILD.mkdir(parents=True, exist_ok=True)
    script.write_text(BARE)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--onedir",
                    "--distpath", str(BARE_BUILD / "dist"), "--workpath", str(BARE_BUILD / "work"),
                    "--specpath", str(BARE_BUILD), str(script)], check=True)
    return binary


def timed(cmd: list[str], env: dict, cold: bool = False) -> float:
    if cold:
        os.sync()
        DROP_CACHES.write_text("3\n")
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def compare(label: str, app_cmd, bare_cmd: list[str], env: dict, runs: int, cold: bool, target: float) -> None:
    """Alternate app and bare-window runs; print the medians and their ratio. `app_cmd` is called per run."""
    if not cold:
        timed(app_cmd(), env)  # warm the disk cache for both, as a second start on a shop PC would be
        timed(bare_cmd, env)
    app_times, bare_times = [], []
    for _ in range(runs):
        app_times.append(timed(app_cmd(), env, cold))
        bare_times.append(timed(bare_cmd, env, cold))
    app_ms, bare_ms = statistics.median(app_times) * 1000, statistics.median(bare_times) * 1000
    cache = "cold" if cold else "warm"
    print(f"{label}, {cache} disk cache, to first paint, whole process, median of {runs}: app {app_ms:.0f} ms, "
          f"bare PySide6 window {bare_ms:.0f} ms, ratio {app_ms / bare_ms:.2f} (target {target})")


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
    cold = "--cold" in sys.argv
    if cold and not os.access(DROP_CACHES, os.W_OK):
        sys.exit("--cold needs root (it writes /proc/sys/vm/drop_caches)")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # A shop PC runs compiled modules (the frozen bundle carries them, pip writes them at install): a shell with
    # PYTHONDONTWRITEBYTECODE would have the app compile ~50 of its modules on every start and the bare window none.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if "--frozen" in sys.argv:
        frozen(env, runs, cold)
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run([sys.executable, "-m", "danggol_desktop", "--data-dir", str(data), "shops", "add", "--name",
                        "해남채소", "--market", "신영시장", "--channel", "_AbCdE"], env=env, check=True,
                       capture_output=True)
        bare_cmd = [sys.executable, "-c", BARE]
        compare("set-up shop", lambda: [sys.executable, "-m", "danggol_desktop", "--data-dir", str(data),
                                        "--smoke-test"], bare_cmd, env, runs, cold, 1.5)
        fresh = iter(range(10 * runs))
        compare("first start (setup wizard, new data folder)",
                lambda: [sys.executable, "-m", "danggol_desktop", "--data-dir", str(Path(tmp) / f"new{next(fresh)}"),
                         "--smoke-test"], bare_cmd, env, runs, cold, 2.0)
        if cold:
            return
        app_kb = int(subprocess.run([sys.executable, "-c", VISIT_ALL, str(data)], env=env, check=True,
                                    capture_output=True, text=True).stdout.split()[-1])
        bare_kb = int(subprocess.run([sys.executable, "-c", BARE, "rss"], env=env, check=True, capture_output=True,
                                     text=True).stdout.split()[-1])
        print(f"peak memory (RSS): app after visiting every screen {app_kb / 1024:.0f} MB, bare window "
              f"{bare_kb / 1024:.0f} MB (target under 150 MB)")


def frozen(env: dict, runs: int, cold: bool) -> None:
    if not FROZEN_APP.exists():
        sys.exit(f"{FROZEN_APP} is missing: run 'make package' first")
    bare_cmd = [str(frozen_bare_window())]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run([str(FROZEN_APP), "--data-dir", str(data), "shops", "add", "--name", "해남채소", "--market",
                        "신영시장", "--channel", "_AbCdE"], env=env, check=True, capture_output=True)
        compare("frozen bundle, set-up shop", lambda: [str(FROZEN_APP), "--data-dir", str(data), "--smoke-test"],
                bare_cmd, env, runs, cold, 1.5)
        fresh = iter(range(10 * runs))
        compare("frozen bundle, first start (setup wizard, new data folder)",
                lambda: [str(FROZEN_APP), "--data-dir", str(Path(tmp) / f"new{next(fresh)}"), "--smoke-test"],
                bare_cmd, env, runs, cold, 2.0)


if __name__ == "__main__":
    main()
