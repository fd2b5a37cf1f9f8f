"""Poster layouts and ready phrases, read from a data file; geometry in millimetres, no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

POSTER_LANGUAGE = "ko"  # posters speak to the market's customers, whatever language the app is in

@dataclass(frozen=True)
class Panel:
    x: float
    y: float
    w: float
    h: float
    rotate: int = 0  # 180 for the upside-down face of a folded stand


@dataclass(frozen=True)
class Layout:
    code: str
    names: dict[str, str]
    hints: dict[str, str]
    page_mm: tuple[float, float]
    panels: tuple[Panel, ...]
    style: str
    margin_mm: float
    qr_mm: float
    min_qr_mm: float
    min_module_mm: float
    headline_mm: tuple[float, float]  # text height: largest, smallest before "too long"
    name_mm: tuple[float, float]
    offer_mm: tuple[float, float]
    caption_mm: float
    fold_y_mm: float | None = None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def hint(self, language: str) -> str:
        return self.hints.get(language) or self.hints.get("en", "")


@dataclass(frozen=True)
class PosterCatalog:
    layouts: tuple[Layout, ...]
    headlines: dict[str, list[str]]
    offers: dict[str, list[str]]
    caption: dict[str, str]
    scan_hint: dict[str, str]
    search_hint: dict[str, str] = field(default_factory=dict)

    def search_line(self, search_id: str, language: str) -> str:
        """'카카오톡에서 @아이디 검색' for a shop whose search ID is known; empty otherwise."""
        words = self.search_hint.get(language) or self.search_hint.get("en", "")
        return words.replace("{id}", search_id) if search_id and words else ""

    def layout(self, code: str) -> Layout:
        for layout in self.layouts:
            if layout.code == code:
                return layout
        raise KeyError(code)

    @property
    def codes(self) -> list[str]:
        return [layout.code for layout in self.layouts]


def _panels(entry: dict[str, Any]) -> tuple[Panel, ...]:
    if "grid" in entry:
        g = entry["grid"]
        return tuple(
            Panel(g["left"] + col * (g["w"] + g["gap_x"]), g["top"] + row * (g["h"] + g["gap_y"]), g["w"], g["h"])
            for row in range(g["rows"])
            for col in range(g["cols"])
        )
    return tuple(Panel(p["x"], p["y"], p["w"], p["h"], p.get("rotate", 0)) for p in entry["panels"])


def load_catalog(path: Path) -> PosterCatalog:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    layouts = tuple(
        Layout(
            code=e["code"], names=e["names"], hints=e.get("hint", {}), page_mm=tuple(e["page_mm"]),
            panels=_panels(e), style=e["style"], margin_mm=e["margin_mm"], qr_mm=e["qr_mm"],
            min_qr_mm=e["min_qr_mm"], min_module_mm=e["min_module_mm"], headline_mm=tuple(e["headline_mm"]),
            name_mm=tuple(e["name_mm"]), offer_mm=tuple(e["offer_mm"]), caption_mm=e["caption_mm"],
            fold_y_mm=e.get("fold_y_mm"),
        )
        for e in data["layouts"]
    )
    return PosterCatalog(layouts, data["headlines"], data["offers"], data["caption"], data["scan_hint"],
                         data.get("search_hint", {}))
