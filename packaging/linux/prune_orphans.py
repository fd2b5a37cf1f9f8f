"""Remove shared libraries nothing in the bundle links to.

PyInstaller collects the dependencies of every binary it analyses, also of the Qt plugins the spec then drops (the
GTK theme bridge brings GIO, GObject, mount and SELinux libraries; the eglfs platform its device integration): those
stay behind, loaded by nobody. Starting from what Python and Qt load — the executable, libpython, every extension
module and every Qt plugin — this follows DT_NEEDED entries (readelf) and removes each library not reached, with the
links pointing to it. check_libraries.sh and the smoke tests run afterwards on what is left.

Usage: python prune_orphans.py BUNDLE_DIR   (prints what it removed and the total)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def is_root(path: Path, bundle: Path) -> bool:
    name = path.name
    return (".cpython-" in name or name.endswith(".abi3.so") or "/plugins/" in path.as_posix()
            or name.startswith("libpython") or path.parent == bundle)


def main() -> None:
    bundle = Path(sys.argv[1]).resolve()
    elves = {p.resolve() for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)}
    by_name: dict[str, Path] = {}
    for path in bundle.rglob("*"):
        if path.is_file():
            by_name.setdefault(path.name, path.resolve())
    reached: set[Path] = set()
    todo = [p for p in elves if is_root(p, bundle)]
    while todo:
        path = todo.pop()
        if path in reached:
            continue
        reached.add(path)
        todo += [by_name[name] for name in needed(path) if name in by_name]
    orphans = sorted(elves - reached)
    for link in [p for p in bundle.rglob("*") if p.is_symlink() and p.resolve() in orphans]:
        link.unlink()
    total = 0
    for path in orphans:
        size = path.stat().st_size
        total += size
        print(f"  {size / 1048576:5.2f} MB  {path.relative_to(bundle)}")
        path.unlink()
    print(f"removed {len(orphans)} libraries nothing links to: {total / 1048576:.1f} MB")


if __name__ == "__main__":
    main()
