"""The programme's curriculum steps (assets/data/curriculum.json): codes and their names in the UI language, for
the tutor's grid and the market report alike."""

from __future__ import annotations

import json
from pathlib import Path


def load_steps(path: Path, language: str) -> list[tuple[str, str]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [(step["code"], step["names"].get(language) or step["names"]["en"]) for step in data["steps"]]
