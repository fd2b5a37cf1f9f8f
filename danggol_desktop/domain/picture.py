"""The picture maker's plain parts: the kinds of picture and their limits (assets/data/picture_kinds.json), the
draft a merchant fills step by step, the crop frame's arithmetic, and the checks on prices and words."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from danggol_desktop.domain.channel_kit import clean_title, tidy
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.promotion import parse_price

MAX_ZOOM = 4.0
HEADLINE_MAX = 30
NAME_MAX = 20  # a flyer product's name


@dataclass(frozen=True)
class PictureKind:
    code: str
    names: dict[str, str]
    size: tuple[int, int]
    max_bytes: int
    min_photo_width: int

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    @property
    def ratio(self) -> float:
        return self.size[0] / self.size[1]


@dataclass(frozen=True)
class PictureTemplate:
    code: str
    names: dict[str, str]
    headline: dict[str, str]
    price: bool  # shows a price badge
    band: str = "#000000"  # the headline band's colour over a photo: each template its own look, price or not
    tag: dict[str, str] = field(default_factory=dict)  # the word on the corner tag ("특가", "새 상품" …)

    def tag_text(self, language: str) -> str:
        return self.tag.get(language) or self.tag.get("en", "")

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


@dataclass(frozen=True)
class PictureCatalog:
    kinds: tuple[PictureKind, ...]
    templates: tuple[PictureTemplate, ...]
    min_text_share: float  # no text smaller than this share of the picture's shorter side

    def kind(self, code: str) -> PictureKind:
        for kind in self.kinds:
            if kind.code == code:
                return kind
        raise InvalidInput("picture_kind_unknown", "kind", detail=code)

    def template(self, code: str) -> PictureTemplate:
        for template in self.templates:
            if template.code == code:
                return template
        return self.templates[0]


def load_catalog(path: Path) -> PictureCatalog:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    kinds = tuple(PictureKind(k["code"], dict(k["names"]), (int(k["size"][0]), int(k["size"][1])), int(k["max_bytes"]),
                              int(k["min_photo_width"])) for k in data["kinds"])
    templates = tuple(PictureTemplate(t["code"], dict(t["names"]), dict(t["headline"]), bool(t["price"]),
                                      str(t.get("band", "#000000")), dict(t.get("tag", {})))
                      for t in data["templates"])
    return PictureCatalog(kinds, templates, float(data["min_text_share"]))


@dataclass
class Product:
    """One product on a flyer."""

    name: str = ""
    price: str = ""
    photo: str = ""  # the photo file as chosen; "" for none


@dataclass
class PictureDraft:
    """What the picture maker's steps fill in. The crop is kept as a zoom (1 = the whole photo fits the frame's
    short side) and the centre of the frame as a share of the photo's width and height."""

    kind: str = "square"
    photo: str = ""
    zoom: float = 1.0
    center_x: float = 0.5
    center_y: float = 0.5
    auto_fix: bool = False
    template: str = "special"
    headline: str = ""
    price: str = ""
    old_price: str = ""
    products: list[Product] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PictureDraft:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["products"] = [Product(**{k: str(v) for k, v in p.items() if k in ("name", "price", "photo")})
                              for p in data.get("products", []) if isinstance(p, dict)]
        return cls(**values)


def crop_box(photo_size: tuple[int, int], ratio: float, zoom: float, center: tuple[float, float]
             ) -> tuple[tuple[float, float, float, float], tuple[float, float]]:
    """The part of the photo the frame shows, as (left, top, width, height) in photo pixels, and the centre it was
    moved to (kept inside the photo: the frame never shows anything beyond the photo's edge). At zoom 1 the largest
    frame of the kind's ratio that fits the photo; zoom 2 shows half as much."""
    width, height = photo_size
    zoom = min(max(zoom, 1.0), MAX_ZOOM)
    frame_w = min(width, height * ratio) / zoom
    frame_h = frame_w / ratio
    cx = min(max(center[0] * width, frame_w / 2), width - frame_w / 2)
    cy = min(max(center[1] * height, frame_h / 2), height - frame_h / 2)
    return (cx - frame_w / 2, cy - frame_h / 2, frame_w, frame_h), (cx / width, cy / height)


def clean_headline(text: str | None) -> str:
    """The big words on the picture: not empty, not only emoji, at most HEADLINE_MAX characters."""
    return clean_title(text, HEADLINE_MAX, "headline")


def check_prices(price: str | None, old_price: str | None) -> tuple[int | None, int | None]:
    """The price badge's prices as numbers (the message wizard's price rules); both may be left empty, an old price
    needs a price, and it must be higher (it is shown crossed out)."""
    new = parse_price(price) if tidy(price) else None
    old = None
    if tidy(old_price):
        try:
            old = parse_price(old_price)
        except InvalidInput as exc:
            raise InvalidInput(exc.code, "old_price") from None
        if new is None:
            raise InvalidInput("price_empty", "price")
        if old <= new:
            raise InvalidInput("sale_not_below_regular", "price")
    return new, old


def clean_products(products: list[Product]) -> list[Product]:
    """A flyer's products: 2 to 6, each with a name; prices by the usual rules."""
    kept = [p for p in products if tidy(p.name) or tidy(p.price) or p.photo]
    if len(kept) < 2:
        raise InvalidInput("flyer_too_few", "products")
    if len(kept) > 6:
        raise InvalidInput("flyer_too_many", "products")
    clean = []
    for index, product in enumerate(kept):
        name = tidy(product.name)
        if not name:
            raise InvalidInput("flyer_name_empty", f"products.{index}")
        if len(name) > NAME_MAX:
            raise InvalidInput("title_too_long", f"products.{index}")
        price = ""
        if tidy(product.price):
            price = str(parse_price(product.price))
        clean.append(Product(name, price, product.photo))
    return clean
