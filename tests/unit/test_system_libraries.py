"""The bundle's check of the system libraries before Qt (issue 30, 'a bundle that says what it needs'). The frozen
build itself is run on a bare Debian root by packaging/linux/minimal_root_smoke.sh (make package)."""

from __future__ import annotations

import json
import os
import stat

from danggol_desktop import system_libraries as sl
from danggol_desktop.app_log import log_path


def _bundle(tmp_path, needs):
    folder = tmp_path / "_internal"
    folder.mkdir()
    grouped = needs if all(isinstance(v, dict) for v in needs.values()) else {"core": needs}
    (folder / sl.NEEDS_FILE).write_text(json.dumps(grouped), encoding="utf-8")
    return folder


def test_the_loader_folders_come_from_ld_so_conf_and_its_includes(tmp_path):
    root = tmp_path / "root"
    (root / "etc" / "ld.so.conf.d").mkdir(parents=True)
    (root / "etc" / "ld.so.conf").write_text("# the loader's folders\ninclude /etc/ld.so.conf.d/*.conf\n/opt/x\n")
    (root / "etc" / "ld.so.conf.d" / "x86_64-linux-gnu.conf").write_text(
        "# Multiarch support\n/usr/local/lib/x86_64-linux-gnu\n/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n")
    (root / "etc" / "ld.so.conf.d" / "loop.conf").write_text("include /etc/ld.so.conf\n")  # never loops
    dirs = sl.library_dirs({"LD_LIBRARY_PATH": "/first:"}, root=root)
    assert dirs[0].as_posix() == "/first"
    assert root / "lib" / "x86_64-linux-gnu" in dirs and root / "opt" / "x" in dirs
    assert dirs[-4:] == [root / "lib", root / "usr" / "lib", root / "lib64", root / "usr" / "lib64"]


def test_only_the_packages_of_libraries_nowhere_found_are_named(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "libxcb.so.1").write_bytes(b"")
    needs = {"libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libxcb.so.1": "libxcb1",
             "libpulse.so.0": "libpulse0", "libpulsecommon-16.1.so": "libpulse0"}
    assert sl.missing_packages(needs, [tmp_path / "nowhere", lib]) == ["libegl1", "libgl1", "libpulse0"]
    assert sl.install_line(["libegl1", "libgl1"]) == "sudo apt-get install libegl1 libgl1"


def test_a_bare_system_gets_the_install_line_in_both_languages_the_log_and_exit_4(tmp_path, capsys):
    bundle = _bundle(tmp_path, {"libGL.so.1": "libgl1", "libEGL.so.1": "libegl1"})
    data = tmp_path / "data"
    env = {"LD_LIBRARY_PATH": str(tmp_path / "empty"), "PATH": ""}
    code = sl.check_bundle(["--data-dir", str(data), "--smoke-test"], bundle, env, root=tmp_path / "bare")
    assert code == 4
    said = capsys.readouterr().err
    assert "sudo apt-get install libegl1 libgl1" in said
    assert "프로그램 부품" in said and "system libraries" in said
    assert "Traceback" not in said
    assert "sudo apt-get install libegl1 libgl1" in log_path(data).read_text(encoding="utf-8")


def test_with_a_screen_a_small_window_says_it_too(tmp_path, capsys):
    bundle = _bundle(tmp_path, {"libGL.so.1": "libgl1"})
    tools = tmp_path / "bin"
    tools.mkdir()
    said = tmp_path / "said.txt"
    zenity = tools / "zenity"
    zenity.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{said}'\n")
    zenity.chmod(zenity.stat().st_mode | stat.S_IEXEC)
    env = {"LD_LIBRARY_PATH": str(tmp_path / "empty"), "DISPLAY": ":9", "PATH": str(tools)}
    old_path = os.environ.get("PATH", "")
    os.environ["PATH"] = str(tools)  # shutil.which reads the process's PATH
    try:
        assert sl.check_bundle(["--data-dir", str(tmp_path / "data")], bundle, env, root=tmp_path / "bare") == 4
    finally:
        os.environ["PATH"] = old_path
    shown = said.read_text(encoding="utf-8")
    assert "--error" in shown and "sudo apt-get install libgl1" in shown
    capsys.readouterr()


def test_nothing_is_said_when_everything_is_there_or_the_bundle_says_nothing(tmp_path, capsys):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "libGL.so.1").write_bytes(b"")
    bundle = _bundle(tmp_path, {"libGL.so.1": "libgl1"})
    assert sl.check_bundle([], bundle, {"LD_LIBRARY_PATH": str(lib)}, root=tmp_path / "bare") is None
    (bundle / sl.NEEDS_FILE).write_text("{not json", encoding="utf-8")
    # a damaged list never stops the app
    assert sl.check_bundle([], bundle, {"LD_LIBRARY_PATH": ""}, root=tmp_path / "bare") is None
    assert capsys.readouterr().err == ""


def test_a_data_folder_that_cannot_be_written_still_gets_the_words(tmp_path, capsys):
    bundle = _bundle(tmp_path, {"libGL.so.1": "libgl1"})
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert sl.check_bundle(["--data-dir", str(blocked / "data")], bundle, {"LD_LIBRARY_PATH": ""},
                           root=tmp_path / "bare") == 4
    assert "sudo apt-get install libgl1" in capsys.readouterr().err


NEEDS = {"core": {"libGL.so.1": "libgl1", "libEGL.so.1": "libegl1"}, "x11": {"libxcb.so.1": "libxcb1"},
         "wayland": {"libwayland-client.so.0": "libwayland-client0"}, "printing": {"libcups.so.2": "libcups2"},
         "voice": {"libpulse.so.0": "libpulse0"}}


def _with(tmp_path, *sonames):
    lib = tmp_path / "lib"
    lib.mkdir(exist_ok=True)
    for soname in sonames:
        (lib / soname).write_bytes(b"")
    return {"LD_LIBRARY_PATH": str(lib)}


def test_the_screen_decides_which_platform_libraries_are_needed(tmp_path, capsys):
    bundle = _bundle(tmp_path, NEEDS)
    env = _with(tmp_path, "libGL.so.1", "libEGL.so.1")
    data = ["--data-dir", str(tmp_path / "data")]
    root = tmp_path / "bare"
    assert sl.check_bundle(data, bundle, dict(env), root=root) is None  # no screen: a command, offscreen
    assert sl.check_bundle(data, bundle, dict(env, DISPLAY=":0", PATH=""), root=root) == 4
    assert "sudo apt-get install libxcb1\n" in capsys.readouterr().err
    assert sl.check_bundle(data, bundle, dict(env, WAYLAND_DISPLAY="wayland-0", PATH=""), root=root) == 4
    assert "sudo apt-get install libwayland-client0\n" in capsys.readouterr().err
    assert sl.check_bundle(data, bundle, dict(env, DISPLAY=":0", QT_QPA_PLATFORM="offscreen"), root=root) is None
    env = _with(tmp_path, "libwayland-client.so.0")
    # both screens there and Wayland's libraries complete: Qt can use it, nothing to say
    assert sl.check_bundle(data, bundle, dict(env, DISPLAY=":0", WAYLAND_DISPLAY="wayland-0"), root=root) is None


def test_no_printer_or_voice_library_never_stops_the_start_and_is_logged(tmp_path, capsys):
    bundle = _bundle(tmp_path, NEEDS)
    env = _with(tmp_path, "libGL.so.1", "libEGL.so.1", "libxcb.so.1")
    data = tmp_path / "data"
    assert sl.check_bundle(["--data-dir", str(data)], bundle, dict(env, DISPLAY=":0"), root=tmp_path / "bare") is None
    assert capsys.readouterr().err == ""
    assert "sudo apt-get install libcups2 libpulse0" in log_path(data).read_text(encoding="utf-8")


def test_the_readme_names_the_packages_the_minimal_root_installs():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    packages = (root / "packaging" / "linux" / "runtime-packages").read_text(encoding="utf-8").split()
    readme = (root / "README.md").read_text(encoding="utf-8")
    line = "sudo apt-get install " + " ".join(packages)
    assert readme.count(line) == 2  # Korean and English
    for needed in ("libgl1", "libegl1", "libxcb1", "libcups2", "libpulse0"):
        assert needed in packages
