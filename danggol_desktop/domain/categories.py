"""Shop categories (업종), read from a data file so tutors can extend them without code."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Category:
    code: str
    names: dict[str, str]
    items: dict[str, list[str]] = field(default_factory=dict)  # suggestions for the message wizard
    poster_offer: dict[str, str] = field(default_factory=dict)  # the poster's line under the QR: what friends get

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.code


def load_categories(path: Path) -> list[Category]:
    """Categories in the order of the file; each entry needs a code and a name per language."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [Category(code=entry["code"], names=dict(entry["names"]), items=dict(entry.get("items", {})),
                     poster_offer=dict(entry.get("poster_offer", {})))
            for entry in data["categories"]]


def suggested_items(categories: list[Category], code: str, language: str) -> list[str]:
    """What a shop of this category usually announces, for one-tap filling."""
    for category in categories:
        if category.code == code:
            return list(category.items.get(language, []))
    return []


def poster_offer(categories: list[Category], code: str, language: str) -> str:
    """What a customer gets as the shop's friend, for the poster's line beside the QR: news of the shop's own goods
    (never a discount the merchant did not choose); the 'other' category's line for an unknown or empty code."""
    by_code = {category.code: category for category in categories}
    for candidate in (code, "other"):
        category = by_code.get(candidate)
        if category is not None and category.poster_offer.get(language):
            return category.poster_offer[language]
    return ""
