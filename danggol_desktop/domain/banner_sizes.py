"""Banners (현수막, X배너) at their real sizes: the sizes and rules from assets/data/banners.json, the QR's size for
its reading distance, the print shop's limits, and the A4 tiles for printing at home. Millimetres; no Qt."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from danggol_desktop.domain.errors import InvalidValue

QUIET_ZONE_MODULES = 4  # as poster.qr: the white border a reader needs around the symbol
MARGIN_SHARE = 0.05  # of the short side, kept clear round the edge (eyelets, the X-stand's clips)


@dataclass(frozen=True)
class BannerSize:
    code: str
    width_mm: float
    height_mm: float
    distance_m: float
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.code

    @property
    def upright(self) -> bool:
        return self.height_mm >= self.width_mm

    @property
    def margin_mm(self) -> float:
        return min(self.width_mm, self.height_mm) * MARGIN_SHARE


@dataclass(frozen=True)
class BannerCatalog:
    sizes: tuple[BannerSize, ...]
    distance_per_qr: float
    fov_degrees: float
    frame_px: int
    min_side_mm: float
    max_short_mm: float
    max_long_mm: float
    bleed_mm: float
    marks_mm: float
    sheet_mm: tuple[float, float]
    sheet_margin_mm: float
    overlap_mm: float
    words: dict[str, dict[str, str]]

    def size(self, text: str) -> BannerSize:
        """A size by its code, or a print shop's own size as 'WIDTHxHEIGHT' in millimetres (its reading distance the
        farthest its QR allows). Raises InvalidValue `banner_size_unknown` or `banner_size_unprintable`."""
        text = (text or "").strip().lower()
        for size in self.sizes:
            if size.code == text:
                return size
        match = re.fullmatch(r"(\d{2,5})\s*[x×*]\s*(\d{2,5})", text)
        if not match:
            raise InvalidValue("banner_size_unknown", "size", (", ".join(s.code for s in self.sizes),))
        width, height = float(match.group(1)), float(match.group(2))
        short, long = sorted((width, height))
        if short < self.min_side_mm or short > self.max_short_mm or long > self.max_long_mm:
            raise InvalidValue("banner_size_unprintable", "size", (
                f"{self.min_side_mm:.0f}", f"{self.max_short_mm:.0f}", f"{self.max_long_mm:.0f}"))
        size = BannerSize(f"{width:.0f}x{height:.0f}", width, height, 0.0,
                          {"ko": f"{width / 10:g}×{height / 10:g}cm", "en": f"{width / 10:g}×{height / 10:g} cm"})
        return BannerSize(size.code, width, height, math.floor(self.farthest_m(size, 29) * 2) / 2, size.names)

    def qr_mm(self, distance_m: float) -> float:
        """The QR symbol's width for a reading distance: a tenth of it (the 10:1 rule)."""
        return distance_m * 1000 / self.distance_per_qr

    def room_mm(self, size: BannerSize, modules: int) -> float:
        """The widest QR symbol (of `modules` per side) this banner holds with its quiet zone inside the margins:
        across an upright banner, the height of a wide one."""
        room = (size.width_mm if size.upright else size.height_mm) - 2 * size.margin_mm
        return room * modules / (modules + 2 * QUIET_ZONE_MODULES)

    def farthest_m(self, size: BannerSize, modules: int) -> float:
        return self.room_mm(size, modules) * self.distance_per_qr / 1000

    def check_distance(self, size: BannerSize, distance_m: float, modules: int) -> float:
        """The QR width for `distance_m` on `size`; refused (InvalidValue `banner_too_far`) with the farthest distance
        this size reads at and the smallest catalogue size that reads at the distance asked."""
        if not 0.3 <= distance_m <= 50:
            raise InvalidValue("banner_distance", "distance", ("0.3", "50"))
        wanted = self.qr_mm(distance_m)
        if wanted <= self.room_mm(size, modules) + 0.01:
            return wanted
        bigger = [s for s in self.sizes if self.room_mm(s, modules) >= wanted]
        nearest = min(bigger, key=lambda s: s.width_mm * s.height_mm).code if bigger else "-"
        raise InvalidValue("banner_too_far", "distance", (
            f"{distance_m:g}", f"{math.floor(self.farthest_m(size, modules) * 10) / 10:g}", nearest))

    def phone_px_per_mm(self, distance_m: float) -> float:
        """Pixels per millimetre of banner in a phone camera's frame at `distance_m`."""
        view_mm = 2 * distance_m * 1000 * math.tan(math.radians(self.fov_degrees / 2))
        return self.frame_px / view_mm

    def word(self, key: str, language: str) -> str:
        words = self.words.get(key, {})
        return words.get(language) or words.get("en", "")


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    x_mm: float  # the banner's part this sheet shows: its top-left corner on the banner
    y_mm: float
    glue_right: bool  # the next sheet across is glued over this one's right edge
    glue_bottom: bool


def tiles(catalog: BannerCatalog, size: BannerSize) -> tuple[tuple[int, int], list[Tile]]:
    """The A4 sheets that make up the banner at real size: (rows, columns) and each sheet's window, overlapping by
    the catalogue's overlap where the glue goes."""
    sheet_w, sheet_h = (s - 2 * catalog.sheet_margin_mm for s in catalog.sheet_mm)
    step_x, step_y = sheet_w - catalog.overlap_mm, sheet_h - catalog.overlap_mm
    cols = max(1, math.ceil((size.width_mm - catalog.overlap_mm) / step_x))
    rows = max(1, math.ceil((size.height_mm - catalog.overlap_mm) / step_y))
    return (rows, cols), [Tile(r, c, c * step_x, r * step_y, c < cols - 1, r < rows - 1)
                          for r in range(rows) for c in range(cols)]


def load_banner_catalog(path: Path) -> BannerCatalog:
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    limits, view, tile = data["print_limits"], data["phone_view"], data["tiles"]
    return BannerCatalog(
        sizes=tuple(BannerSize(s["code"], float(s["mm"][0]), float(s["mm"][1]), float(s["distance_m"]),
                               dict(s["names"])) for s in data["sizes"]),
        distance_per_qr=float(data["qr_rule"]["distance_per_qr_width"]),
        fov_degrees=float(view["horizontal_fov_degrees"]), frame_px=int(view["frame_width_px"]),
        min_side_mm=float(limits["min_side_mm"]), max_short_mm=float(limits["max_short_side_mm"]),
        max_long_mm=float(limits["max_long_side_mm"]), bleed_mm=float(data["bleed_mm"]),
        marks_mm=float(data["marks_mm"]), sheet_mm=(float(tile["sheet_mm"][0]), float(tile["sheet_mm"][1])),
        sheet_margin_mm=float(tile["margin_mm"]), overlap_mm=float(tile["overlap_mm"]),
        words={key: dict(data[key]) for key in ("headline", "scan_line", "search_line")},
    )
