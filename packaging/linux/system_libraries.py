"""Writes what the bundle takes from the system: every shared library that a file of the bundle names as NEEDED
(`readelf -d`) and the bundle does not carry, with the Debian package that provides it (`ldd` to find the file,
`dpkg -S` for its package, on the build machine). What those libraries need in turn comes with their packages.
The base system's libraries (libc6, libgcc-s1, libstdc++6, zlib1g: on every Debian, even a minimal one) are left
out.

The frozen launcher reads the file before Qt is loaded and names the packages still to install
(danggol_desktop/system_libraries.py).

usage: python3 packaging/linux/system_libraries.py dist/danggol
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

FILE_NAME = "system_libraries.json"  # as danggol_desktop.system_libraries.NEEDS_FILE


def _elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def _needed(path: Path) -> list[str]:
    done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    return [line.rsplit("[", 1)[1].rstrip("]") for line in done.stdout.splitlines() if "(NEEDED)" in line]


BASE = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}


# What a library is needed for, by the bundle's files that need it: the platform plugins (and what only they use) are
# needed only on their kind of screen; the print plugin and Qt Multimedia (loaded by 읽어 주기's voice) only for their
# feature, which the app does without (no printer offered, no voice). Everything else is needed to start at all.
GROUPS = (
    ("x11", re.compile(r"platforms/libqxcb|libQt6XcbQpa|xcbglintegrations/|/libX11\.so|/libX11-xcb|/libxcb-|"
                       r"/libxkbcommon-x11")),
    ("wayland", re.compile(r"platforms/libqwayland|libQt6Wayland|/wayland-")),
    ("printing", re.compile(r"/printsupport/")),
    ("voice", re.compile(r"libQt6Multimedia|/multimedia/|/texttospeech/")),
)


def group_of(needer: str) -> str:
    return next((name for name, pattern in GROUPS if pattern.search(needer)), "core")


def linked(bundle: Path) -> dict[str, tuple[Path, set[str]]]:
    """{soname: (the system file it resolves to, the groups of the files needing it)} for what the bundle's ELF files
    need from outside the bundle."""
    carried = {p.name for p in bundle.rglob("*") if p.is_file()}
    search = ":".join(sorted({str(p.parent) for p in bundle.rglob("*.so*")}))
    found: dict[str, tuple[Path, set[str]]] = {}
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and _elf(p)):
        needed = set(_needed(path))
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                              env=dict(os.environ, LD_LIBRARY_PATH=search))
        for line in done.stdout.splitlines():
            name, arrow, rest = line.strip().partition(" => ")
            if not arrow or name in carried or name not in needed:
                continue
            target = rest.split(" (", 1)[0].strip()
            if target.startswith("/") and not target.startswith(str(bundle.resolve())):
                found.setdefault(name, (Path(target), set()))[1].add(group_of("/" + str(path.relative_to(bundle))))
            elif target == "not found":
                raise SystemExit(f"{path}: {name} is not found on the build machine (make package installs it)")
    return found


def package_of(path: Path) -> str:
    real = path.resolve()
    for candidate in (path, real, Path("/usr") / real.relative_to("/") if not str(real).startswith("/usr/") else real):
        done = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"no Debian package holds {path}")


def priority(package: str) -> str:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Priority}", package], capture_output=True, text=True)
    return done.stdout.strip()


def main() -> None:
    bundle = Path(sys.argv[1])
    internal = bundle / "_internal"
    needs: dict[str, dict[str, str]] = {}
    for soname, (path, groups) in sorted(linked(bundle).items()):
        package = package_of(path)
        if package in BASE or priority(package) == "required":
            continue
        group = "core" if "core" in groups or len(groups) > 1 else next(iter(groups))
        needs.setdefault(group, {})[soname] = package
    (internal / FILE_NAME).write_text(json.dumps(needs, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for group, libraries in sorted(needs.items()):
        print(f"the bundle takes from the system for {group}: "
              + ", ".join(f"{soname} ({package})" for soname, package in libraries.items()))


if __name__ == "__main__":
    main()
