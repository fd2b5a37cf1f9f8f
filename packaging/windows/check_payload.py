"""Is what reaches a shop PC the bundle that was tested, file for file and byte for byte (SHA-256)?

  check_payload.py manifest MANIFEST BUNDLE WIN_BUNDLE   the installer, by Inno Setup's own manifest; WIN_BUNDLE is
                                                         the bundle folder as the compiler saw it (Z:\\...)
  check_payload.py installed FOLDER BUNDLE               a folder the installer filled (its uninstaller aside)

Exits non-zero, naming up to ten differing files, when they differ or the build prefix's icuuc.dll got in.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

UNINSTALLER = {"unins000.exe", "unins000.dat"}


def tree(root: Path, skip: set[str] = frozenset()) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file() and p.name not in skip}


def manifest(path: Path, win_bundle: str) -> dict[str, str]:
    rows = csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter="\t")
    prefix = win_bundle.rstrip("\\") + "\\"
    return {r["SourceFilename"].removeprefix(prefix).replace("\\", "/"): r["SHA256Sum"] for r in rows}


def main() -> None:
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "manifest":
        carried, bundle, what = manifest(Path(args[0]), args[2]), tree(Path(args[1])), "the installer"
    else:
        carried, bundle, what = tree(Path(args[0]), UNINSTALLER), tree(Path(args[1])), "the installed folder"
    if carried != bundle:
        differing = sorted(name for name in set(carried) | set(bundle) if carried.get(name) != bundle.get(name))
        sys.exit(f"{what} is not the bundle: {differing[:10]}")
    if any("icuuc" in name.lower() for name in carried):
        sys.exit(f"the build prefix's icuuc.dll stand-in is in {what}")
    print(f"{what} holds the bundle's {len(bundle)} files, byte for byte")


if __name__ == "__main__":
    main()
