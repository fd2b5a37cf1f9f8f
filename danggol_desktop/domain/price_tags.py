"""Price tags with the origin line (원산지 표시): an item as '배추:3000:국산:1포기', checked against the origin words
and the shop kinds whose goods must show an origin (assets/data/price_tags.json, with the law it follows). No Qt."""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from danggol_desktop.domain.errors import InvalidValue


@dataclass(frozen=True)
class TagSize:
    code: str
    width_mm: float
    height_mm: float
    cols: int
    rows: int
    names: dict[str, str]

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows


@dataclass(frozen=True)
class PriceItem:
    name: str
    price: int
    origin: str
    unit: str = ""


@dataclass(frozen=True)
class TagRules:
    sizes: tuple[TagSize, ...]
    origin_required: frozenset[str]
    origins: tuple[str, ...]  # every origin word a tag takes, domestic first
    domestic: tuple[str, ...]  # 국산, 국내산: for meat the kind is asked as well
    price_max: int
    name_max: int
    unit_max: int

    def size(self, code: str) -> TagSize:
        for size in self.sizes:
            if size.code == code:
                return size
        raise InvalidValue("tag_size_unknown", "size", (", ".join(s.code for s in self.sizes),))

    def check_origin(self, item_name: str, origin: str, category: str) -> str:
        """The origin as the tag prints it; refused when it is empty for a kind of shop whose goods need one, or not
        a word the tag knows (with the nearest one, when there is one)."""
        origin = " ".join(unicodedata.normalize("NFC", origin).split())
        if not origin:
            if category in self.origin_required:
                raise InvalidValue("tag_origin_missing", "origin", (item_name,))
            return ""
        known = {word.replace(" ", ""): word for word in self.origins}
        squeezed = origin.replace(" ", "")
        if squeezed not in known:  # compared letter by letter (자모): 국삭 is one stroke from 국산, not from 태국
            jamo = {unicodedata.normalize("NFD", word): word for word in known}
            near = difflib.get_close_matches(unicodedata.normalize("NFD", squeezed), list(jamo), n=1, cutoff=0.6)
            if near:
                raise InvalidValue("tag_origin_misspelt", "origin", (item_name, origin, known[jamo[near[0]]]))
            raise InvalidValue("tag_origin_unknown", "origin", (item_name, origin))
        if category == "meat" and known[squeezed] in self.domestic:
            raise InvalidValue("tag_meat_kind", "origin", (item_name,))
        return known[squeezed]

    def parse_item(self, text: str, category: str) -> PriceItem:
        """'이름:가격:원산지:단위' (the unit may be left out); the price in won, digits and commas only."""
        parts = [p.strip() for p in unicodedata.normalize("NFC", text or "").split(":")]
        if len(parts) not in (3, 4) or not parts[0]:
            raise InvalidValue("tag_item_form", "item", ((text or "")[:40],))
        name, price_text, origin = parts[0], parts[1].replace(",", ""), parts[2]
        unit = parts[3] if len(parts) == 4 else ""
        name = " ".join(name.split())
        if len(name) > self.name_max:
            raise InvalidValue("tag_name_too_long", "item", (name[:20], str(self.name_max)))
        if len(unit) > self.unit_max:
            raise InvalidValue("tag_unit_too_long", "item", (unit[:20], str(self.unit_max)))
        if not price_text.isascii() or not price_text.isdigit() or not 0 < int(price_text) <= self.price_max:
            raise InvalidValue("tag_price", "item", (name, f"{self.price_max:,}"))
        return PriceItem(name, int(price_text), self.check_origin(name, origin, category), unit)


def price_text(price: int) -> str:
    return f"{price:,}원"


def load_tag_rules(path: Path) -> TagRules:
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return TagRules(
        sizes=tuple(TagSize(s["code"], float(s["mm"][0]), float(s["mm"][1]), int(s["grid"][0]), int(s["grid"][1]),
                            dict(s["names"])) for s in data["sizes"]),
        origin_required=frozenset(data["origin_required"]),
        origins=tuple(data["domestic"] + data["meat_domestic"] + data["countries"]),
        domestic=tuple(data["domestic"]),
        price_max=int(data["price_max"]), name_max=int(data["name_max"]), unit_max=int(data["unit_max"]),
    )
