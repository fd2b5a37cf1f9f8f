"""Commands that draw nothing start without Qt (issue 30, 'faster commands'): they load no PySide6 module, still speak
the language chosen in the app, and read the same sentences Qt would. A command line loads only its own command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from danggol_desktop import resources, words
from danggol_desktop.cli_parser import named_command
from danggol_desktop.commands import MODULES, all_commands, command_named
from danggol_desktop.domain.clock import KOREA
from tests.cli_runner import run
from tests.clock import make_clock

# Every command that draws nothing, as a tutor types it, in an order that works on a new data folder
QUIET_COMMANDS = [
    ["shops", "add", "--name", "해남채소", "--market", "신영시장", "--new-market", "--channel", "pf.kakao.com/_AbCdE"],
    ["friends", "record", "--shop", "해남채소", "--count", "12"],
    ["friends", "list", "--shop", "해남채소"],
    ["friends", "list", "--shop", "해남채소", "--format", "csv"],
    ["messages", "record-sent", "--shop", "해남채소", "--text", "배추 들어왔어요"],
    ["messages", "list", "--shop", "해남채소"],
    ["posts", "record", "--shop", "해남채소"],
    ["posts", "list", "--shop", "해남채소"],
    ["shops", "list"],
    ["shops", "edit", "--shop", "해남채소", "--phone", "010-1234-5678"],
    ["market", "channel", "--market", "신영시장", "--channel", "pf.kakao.com/_XyZab"],
    ["occasions"],
    ["export", "--out", "{tmp}/all.danggol"],
    ["import", "{tmp}/all.danggol", "--dry-run"],
    ["import-csv", "--template", "{tmp}/week.csv"],
    ["friends", "record", "--shop", "없는가게", "--count", "1"],  # refused, in words
]

PROBE = """
import json, sys
from danggol_desktop.cli import main
codes = []
for line in sys.stdin.read().splitlines():
    try:
        codes.append(main(json.loads(line)))
    except SystemExit as exc:  # argparse's refusal
        codes.append(exc.code)
print("CODES " + json.dumps(codes))
print("QT " + json.dumps(sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))))
"""


def _probe(tmp_path: Path, commands: list[list[str]]) -> subprocess.CompletedProcess[str]:
    data = tmp_path / "data"
    lines = "\n".join(json.dumps(["--data-dir", str(data), *(word.replace("{tmp}", str(tmp_path)) for word in c)])
                      for c in commands)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run([sys.executable, "-c", PROBE], input=lines, env=env, capture_output=True, text=True,
                          timeout=120)


def _tail(out: str, lead: str) -> list:
    return json.loads(next(line for line in out.splitlines() if line.startswith(lead + " "))[len(lead) + 1:])


def test_commands_that_draw_nothing_load_no_qt_and_still_speak_korean(tmp_path):
    done = _probe(tmp_path, QUIET_COMMANDS)
    assert _tail(done.stdout, "CODES") == [0] * (len(QUIET_COMMANDS) - 1) + [2], done.stderr
    assert _tail(done.stdout, "QT") == []
    assert "2026" in done.stdout or "20" in done.stdout  # the counts and days were printed
    assert "그런 이름의 가게를 찾지 못했어요." in done.stderr  # the refusal, translated without Qt
    assert "파일을 만들었어요" in done.stdout  # the template's sentence too
    assert "Traceback" not in done.stderr


def test_a_command_speaks_english_without_qt_when_the_app_is_set_to_english(tmp_path):
    data = tmp_path / "data"
    assert run(data, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--new-market").returncode == 0
    import sqlite3

    with sqlite3.connect(data / "danggol.sqlite") as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'en')")
    done = _probe(tmp_path, [["friends", "record", "--shop", "없는가게", "--count", "1"], ["frends", "list"]])
    assert _tail(done.stdout, "CODES") == [2, 2]
    assert _tail(done.stdout, "QT") == []
    assert "No shop with that name was found." in done.stderr
    assert "The command was not understood" in done.stderr
    assert "가게" not in done.stderr


def _ts_messages(language: str):
    root = ET.parse(resources.translations_dir() / f"danggol_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.findtext("comment")


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_qm_reader_gives_every_sentence_qt_gives(qapp, language):
    from PySide6.QtCore import QTranslator

    path = resources.translations_dir() / f"danggol_{language}.qm"
    translator = QTranslator()
    assert translator.load(str(path))
    table = words.read_qm(path)
    assert table, "nothing read"
    seen = 0
    for context, source, comment in _ts_messages(language):
        qt = translator.translate(context, source, comment) or source
        mine = table.get((context, source, comment or "")) or table.get((context, source, "")) or source
        assert mine == qt, (context, source)
        seen += 1
    assert seen > 900


def test_a_missing_or_damaged_qm_file_gives_the_source_words(tmp_path):
    good = (resources.translations_dir() / "danggol_ko.qm").read_bytes()
    damaged = tmp_path / "damaged.qm"
    damaged.write_bytes(good[:len(good) // 3])
    assert words.read_qm(tmp_path / "missing.qm") == {}
    assert isinstance(words.read_qm(damaged), dict)  # cut short: whatever was whole, never an exception
    other = tmp_path / "other.qm"
    other.write_bytes(b"PK\x03\x04 not a translation")
    assert words.read_qm(other) == {}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="worked out without Qt on Linux only")
@pytest.mark.parametrize("xdg", [None, "/srv/shared data", "relative/place"])
def test_the_default_data_folder_is_the_one_qt_names(monkeypatch, qapp, xdg):
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from danggol_desktop import APP_NAME, ORG_NAME, paths

    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    mine = paths.data_dir(None)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    qt = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    assert mine == qt


@pytest.mark.parametrize("argv, named", [
    (["friends", "list", "--shop", "가"], "friends"),
    (["--data-dir", "friends", "shops", "list"], "shops"),
    (["--data-dir=/x", "--smoke-test", "poster", "--shop", "가"], "poster"),
    (["--help", "friends"], None),
    (["--version"], None),
    ([], None),
])
def test_the_command_a_line_names(argv, named):
    assert named_command(argv) == named


def test_each_command_alone_is_the_one_the_whole_list_holds():
    assert [c.name for c in all_commands()] == list(MODULES)
    for command in all_commands():
        assert command_named(command.name) is command
    assert command_named("frends") is None


def test_help_still_lists_every_command_and_a_wrong_name_is_refused_with_them(tmp_path):
    out = run(tmp_path / "data", "--help")
    assert out.returncode == 0
    for name in MODULES:
        assert name in out.stdout
    wrong = run(tmp_path / "data", "frends", "list")
    assert wrong.returncode == 2 and "price-tags" in wrong.stderr


def test_the_banner_help_names_every_size_of_the_data():
    from danggol_desktop.commands.market_command import SIZE_CODES

    data = json.loads(resources.asset("data", "banners.json").read_text(encoding="utf-8"))
    assert SIZE_CODES.split(", ") == [size["code"] for size in data["sizes"]]


def test_a_send_told_afterwards_is_no_sign_of_a_late_clock(tmp_path):
    """`messages record-sent` keeps noon of the day with no zone; read as UTC it was 'after now' every morning, and
    the tutor's own export said this computer's date may be late."""
    morning = make_clock(datetime(2026, 11, 26, 9, 0, tzinfo=KOREA))
    data = tmp_path / "data"
    assert run(data, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--new-market", "--channel",
               "_AbCdE", clock=morning).returncode == 0
    assert run(data, "messages", "record-sent", "--shop", "해남채소", clock=morning).returncode == 0
    assert run(data, "export", "--out", tmp_path / "a.danggol", clock=morning).returncode == 0
    other = tmp_path / "other"
    dry = run(other, "import", tmp_path / "a.danggol", "--dry-run", clock=make_clock(
        datetime(2026, 11, 26, 9, 5, tzinfo=KOREA)))
    assert dry.returncode == 0 and "note" not in dry.stdout, dry.stdout
    tomorrow = run(other, "import", tmp_path / "a.danggol", "--dry-run", clock=make_clock(
        datetime(2026, 11, 25, 9, 5, tzinfo=KOREA)))  # a PC a day behind: now it is said
    assert tomorrow.returncode == 0 and "note" in tomorrow.stdout


def test_the_probe_sees_qt_when_a_command_paints(tmp_path):
    """The probe can fail: a command that draws does load Qt."""
    done = _probe(tmp_path, [QUIET_COMMANDS[0], ["poster", "--shop", "해남채소", "--out", "{tmp}/p.pdf"]])
    assert _tail(done.stdout, "CODES") == [0, 0], done.stderr
    assert "PySide6.QtGui" in _tail(done.stdout, "QT")
