"""Make the app's colour-emoji font: Noto Color Emoji cut down to the emoji merchants use (faces, hearts, hands, food,
fish and meat, gifts) plus every emoji in the message templates and the emoji buttons — 593 KB instead of 10.5 MB.
Emoji outside the set still travel in messages; only the app's own screen shows them as a box.

usage: python packaging/fonts/subset_emoji.py FULL_NotoColorEmoji.ttf assets/fonts/NotoColorEmoji.ttf
(the full font: the Debian package fonts-noto-color-emoji, /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf,
or the file in git history before 2026-11-27; needs `pip install fonttools`)."""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
RANGES = [
    (0x1F600, 0x1F64F),  # faces and gestures
    (0x1F345, 0x1F37F),  # fruit, vegetables, dishes
    (0x1F950, 0x1F96F),  # more food
    (0x1F493, 0x1F49F),  # hearts
    (0x2764, 0x2764),  # ❤
    (0x1F44A, 0x1F450),  # hands
    (0x1F381, 0x1F389),  # gift, party
    (0x1F404, 0x1F414), (0x1F41F, 0x1F421),  # farm animals, fish
    (0x1F525, 0x1F525), (0x2B50, 0x2B50), (0x2728, 0x2728), (0x1F4E2, 0x1F4E3),  # fire, star, sparkles, megaphone
]
JOINERS = {0xFE0F, 0x200D}


def wanted(cmap: dict[int, str]) -> set[int]:
    from danggol_desktop.ui.message_wizard.sentence_step import EMOJI

    used = {ord(ch) for ch in "".join(EMOJI)}
    templates = (ROOT / "assets" / "data" / "message_templates.json").read_text(encoding="utf-8")
    used |= {ord(ch) for ch in templates if ord(ch) in cmap and ord(ch) > 0x2000}
    return {c for a, b in RANGES for c in range(a, b + 1) if c in cmap} | {c for c in used if c in cmap} | JOINERS


def main(source: str, target: str) -> None:
    font = TTFont(source)
    unicodes = wanted(font.getBestCmap())
    options = subset.Options()
    options.layout_features = ["*"]
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=unicodes)
    cutter.subset(font)
    font.save(target)
    print(f"{target}: {len(unicodes)} code points, {Path(target).stat().st_size // 1024} KB")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main(sys.argv[1], sys.argv[2])
