"""Shop categories (업종), read from a data file so tutors can extend them without code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Category:
    code: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.code


def load_categories(path: Path) -> list[Category]:
    """Categories in the order of the file; each entry needs a code and a name per language."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [Category(code=entry["code"], names=dict(entry["names"])) for entry in data["categories"]]
