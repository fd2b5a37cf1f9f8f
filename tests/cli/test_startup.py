"""Start-up loads only what the first screen needs; posters, messages, charts and the calendar load when used."""

import os
import subprocess
import sys

LATE = (
    "danggol_desktop.poster", "danggol_desktop.ui.poster", "danggol_desktop.ui.message_wizard",
    "danggol_desktop.ui.friends", "danggol_desktop.ui.settings", "danggol_desktop.domain.occasions",
    "danggol_desktop.domain.message_text", "danggol_desktop.ui.setup", "qrcode", "PIL", "zxingcpp", "holidays",
    "PySide6.QtPrintSupport", "PySide6.QtPdf", "sqlite_utils",
    # the command line's parser, the backup copies, the shop kinds and their JSON, ids for new rows
    "danggol_desktop.cli_parser", "danggol_desktop.storage.backup", "danggol_desktop.domain.categories", "json", "uuid",
    # value objects on the start-up path are NamedTuples: the dataclasses module and its generated code cost ~4 ms
    "dataclasses",
    # the channel kit and the picture maker, with the widgets only they use
    "danggol_desktop.ui.channel_kit", "danggol_desktop.ui.pictures", "danggol_desktop.pictures",
    "danggol_desktop.tasks.channel_kit_tasks", "danggol_desktop.storage.channel_kit_repo",
    "danggol_desktop.domain.channel_kit", "danggol_desktop.ui.widgets.kakao_bubble",
    "danggol_desktop.ui.widgets.limited_edit",
)

PROBE = """
import sys
from danggol_desktop.cli import main
code = main(["--data-dir", sys.argv[1], "--smoke-test"])
print("MODULES " + " ".join(sorted(sys.modules)))
sys.exit(code)
"""


def test_start_up_leaves_the_heavy_parts_for_later(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    add = [sys.executable, "-m", "danggol_desktop", "--data-dir", str(data), "shops", "add", "--name", "가",
           "--market", "나"]
    assert subprocess.run(add, env=env, capture_output=True, timeout=60).returncode == 0
    out = subprocess.run([sys.executable, "-c", PROBE, str(data)], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    modules = next(line for line in out.stdout.splitlines() if line.startswith("MODULES ")).split()[1:]
    assert "danggol_desktop.ui.home_page" in modules  # the probe did see the app start
    loaded_early = [m for m in modules if m.startswith(LATE)]
    assert loaded_early == []


RUN_A_WHILE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
original = QApplication.exec
def run_briefly(*_args):
    QTimer.singleShot(2500, QApplication.quit)
    return original()
QApplication.exec = run_briefly
from danggol_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_days_backup_is_made_after_the_first_screen_not_before(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    add = [sys.executable, "-m", "danggol_desktop", "--data-dir", str(data), "shops", "add", "--name", "가",
           "--market", "나"]
    assert subprocess.run(add, env=env, capture_output=True, timeout=60).returncode == 0
    assert len(list((data / "backups").glob("*daily*"))) == 1  # a write from the command line makes the day's copy
    for copy in (data / "backups").iterdir():
        copy.unlink()
    smoke = [sys.executable, "-m", "danggol_desktop", "--data-dir", str(data), "--smoke-test"]
    assert subprocess.run(smoke, env=env, capture_output=True, timeout=60).returncode == 0
    assert not list((data / "backups").glob("*daily*"))  # a quick start-up does not pay for a copy
    out = subprocess.run([sys.executable, "-c", RUN_A_WHILE, str(data)], env=env, capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert len(list((data / "backups").glob("*daily*"))) == 1


def test_the_smoke_test_can_keep_a_picture_of_the_first_screen(tmp_path):
    """The Windows build's smoke test keeps the first screen as Windows drew it (DANGGOL_SMOKE_SHOT)."""
    from PIL import Image, ImageStat

    shot = tmp_path / "first.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DANGGOL_SMOKE_SHOT=str(shot))
    smoke = [sys.executable, "-m", "danggol_desktop", "--data-dir", str(tmp_path / "data"), "--smoke-test"]
    assert subprocess.run(smoke, env=env, capture_output=True, timeout=60).returncode == 0
    picture = Image.open(shot)
    assert picture.width >= 600 and picture.height >= 500  # the setup window, whole
    assert ImageStat.Stat(picture.convert("L").crop((0, 0, 600, 140))).stddev[0] > 10  # its question is drawn


ICON_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
original = QApplication.exec
seen = []
def run_briefly(*_args):
    seen.append(QApplication.windowIcon().isNull())
    QTimer.singleShot(1000, QApplication.quit)
    code = original()
    seen.append(QApplication.windowIcon().isNull())
    print("ICON", *seen)
    return code
QApplication.exec = run_briefly
from danggol_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_taskbar_icon_comes_once_the_first_screen_is_up(tmp_path):
    """The window icon is not loaded before the first paint, and is there a moment after."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", ICON_PROBE, str(tmp_path / "data")], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "ICON True False" in out.stdout
