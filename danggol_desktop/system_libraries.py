"""The Linux bundle's first step, before Qt is loaded: are the system libraries it needs there? On a bare system Qt
would stop the start with "ImportError: libGL.so.1"; instead the user (or whoever helps) reads which packages to
install, in Korean and English, with the one `apt-get install` line — on the terminal, in a small window that needs no
Qt when there is a screen, and in the log. Exit code 4.

What the bundle needs is written at build time (packaging/linux/system_libraries.py: `system_libraries.json` beside
the bundle's libraries, soname → Debian package). The libraries are looked for the way the system's loader looks:
LD_LIBRARY_PATH, the folders of /etc/ld.so.conf (and its includes), then the standard ones. Nothing is loaded.
Standard library only.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

NEEDS_FILE = "system_libraries.json"
EXIT_MISSING_LIBRARIES = 4
_STANDARD_DIRS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64")


def library_dirs(environ: dict[str, str] | None = None, root: Path = Path("/")) -> list[Path]:
    """Where the loader looks, in its order (multiarch folders come from ld.so.conf.d on Debian)."""
    chosen = os.environ.get("LD_LIBRARY_PATH", "") if environ is None else environ.get("LD_LIBRARY_PATH", "")
    dirs = [Path(d) for d in chosen.split(":") if d]
    dirs += _conf_dirs(root / "etc" / "ld.so.conf", root, set())
    dirs += [root / d.lstrip("/") for d in _STANDARD_DIRS]
    return list(dict.fromkeys(dirs))


def _conf_dirs(conf: Path, root: Path, seen: set[Path]) -> list[Path]:
    if conf in seen:
        return []
    seen.add(conf)
    try:
        lines = conf.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found: list[Path] = []
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("include"):
            pattern = line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else ""
            if not pattern.startswith("/"):
                pattern = str(conf.parent / pattern)
            elif root != Path("/"):
                pattern = str(root / pattern.lstrip("/"))
            for included in sorted(glob.glob(pattern)):
                found += _conf_dirs(Path(included), root, seen)
        else:
            found.append(root / line.lstrip("/") if root != Path("/") else Path(line))
    return found


def missing_packages(needs: dict[str, str], dirs: list[Path]) -> list[str]:
    """The packages of the libraries in `needs` (soname → package) that no folder of `dirs` holds, sorted."""
    return sorted({package for soname, package in needs.items()
                   if not any((folder / soname).exists() for folder in dirs)})


def install_line(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def explanation(packages: list[str]) -> str:
    line = install_line(packages)
    return ("단골 Desktop을 열려면 이 컴퓨터에 프로그램 부품이 몇 가지 더 있어야 해요.\n"
            "도와주시는 분께 아래 한 줄을 터미널에서 실행해 달라고 부탁해 주세요. 그다음 다시 열면 돼요.\n\n"
            f"    {line}\n\n"
            "Danggol Desktop needs a few more system libraries on this computer.\n"
            "Please ask whoever helps you to run this line in a terminal, then open the app again:\n\n"
            f"    {line}\n")


def needs_of(bundle_dir: Path) -> dict[str, dict[str, str]] | None:
    """What the bundle at `bundle_dir` (PyInstaller's _internal) takes from the system, by what it is for ('core',
    'x11', 'wayland', 'printing', 'voice'): soname → package. None when the file is missing or damaged."""
    try:
        data = json.loads((bundle_dir / NEEDS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return None
    return {str(group): {str(k): str(v) for k, v in libraries.items()} for group, libraries in data.items()}


def screen_groups(environ: dict[str, str], dirs: list[Path], needs: dict[str, dict[str, str]]) -> list[str]:
    """The groups this start needs besides 'core': the kind of screen Qt will use. No screen (a command, offscreen):
    none. X11 and Wayland both there: Qt falls back from one to the other, so either one complete is enough."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if chosen in ("offscreen", "minimal", "vnc"):
        return []
    if chosen.startswith("xcb"):
        return ["x11"]
    if chosen.startswith("wayland"):
        return ["wayland"]
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if x11 and wayland:
        complete = [g for g in ("wayland", "x11") if not missing_packages(needs.get(g, {}), dirs)]
        return complete[:1] or ["x11"]
    return ["x11"] if x11 else ["wayland"] if wayland else []


def check_bundle(argv: list[str], bundle_dir: Path, environ: dict[str, str] | None = None,
                 root: Path = Path("/")) -> int | None:
    """None when every library this start needs is there (a missing printing or voice library is only logged: the
    app then offers no printer or no voice); else says what to install (terminal, a small window when there is a
    screen, the log) and returns the exit code 4."""
    environ = dict(os.environ) if environ is None else environ
    needs = needs_of(bundle_dir)
    if not needs:
        return None
    dirs = library_dirs(environ, root)
    required: dict[str, str] = {}
    for group in ["core", *screen_groups(environ, dirs, needs)]:
        required.update(needs.get(group, {}))
    packages = missing_packages(required, dirs)
    optional = missing_packages({**needs.get("printing", {}), **needs.get("voice", {})}, dirs)
    if not packages:
        if optional:
            _log(argv, environ, f"printing or the voice is not offered; to have them: {install_line(optional)}")
        return None
    text = explanation(packages)
    print(text, file=sys.stderr)
    _log(argv, environ, f"start stopped: system libraries missing; to install: {install_line(packages + optional)}")
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        _show(text)
    return EXIT_MISSING_LIBRARIES


def _log(argv: list[str], environ: dict[str, str], line: str) -> None:
    from danggol_desktop import paths
    from danggol_desktop.app_log import log_event

    chosen = None
    for index, word in enumerate(argv):
        if word == "--data-dir" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif word.startswith("--data-dir="):
            chosen = word.split("=", 1)[1]
    try:
        folder = paths.data_dir(chosen or environ.get(paths.ENV_VAR))
        log_event(folder, line)
    except Exception:  # noqa: BLE001 - nowhere to log: the words are on the terminal and in the window
        return


def _show(text: str) -> None:
    """A window that needs no Qt: the desktop's own dialog tool, whichever is there (GNOME's zenity, KDE's kdialog,
    X's xmessage). None there: the terminal's words stand."""
    for tool, args in (("zenity", ["--error", "--no-markup", "--width=640", "--title=단골 Desktop", "--text", text]),
                       ("kdialog", ["--title", "단골 Desktop", "--error", text]),
                       ("xmessage", ["-center", text])):
        found = shutil.which(tool)
        if found:
            try:
                subprocess.run([found, *args], timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return
