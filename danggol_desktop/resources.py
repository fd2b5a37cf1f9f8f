"""Finds assets/ and translations/ from a checkout, an installed wheel and a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def _roots() -> list[Path]:
    package = Path(__file__).resolve().parent
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots += [package, package.parent]  # installed wheel keeps them inside the package; a checkout beside it
    return roots


def _find(name: str) -> Path:
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ not found near {Path(__file__).resolve().parent}")


def assets_dir() -> Path:
    return _find("assets")


def translations_dir() -> Path:
    return _find("translations")


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


FONT_FILES = ("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf", "NotoColorEmoji.ttf")


def font_paths() -> list[Path]:
    return [asset("fonts", name) for name in FONT_FILES]


def load_fonts() -> list[str]:
    """Register the bundled Hangul fonts so no machine shows empty boxes; returns the families added.
    Needs a QGuiApplication; QtGui is imported here so the Qt-free layers can use this module."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for font_file in font_paths():
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
