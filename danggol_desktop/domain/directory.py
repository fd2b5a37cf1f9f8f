"""The market directory (시장 안내판): every shop with a channel, grouped by lane or by kind, laid out in cards on
pages of a chosen paper. Pure layout in millimetres; poster/directory.py paints it and reads every QR back."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from danggol_desktop.domain.errors import InvalidInput

PAPERS_MM: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "a3": (297.0, 420.0), "a2": (420.0, 594.0)}
# one card size on every paper (about 9.5 × 4.8 cm: the QR 4 cm, read from about 40 cm by the 10:1 rule of
# assets/data/banners.json); a bigger paper holds more cards, never smaller ones
COLUMNS = {"a4": 2, "a3": 3, "a2": 4}
MARGIN_MM = 10.0
GAP_MM = 4.0
CARD_HEIGHT_MM = 48.0
TITLE_MM = 22.0  # the title and the line under it, at the top of every page
GROUP_MM = 11.0  # a lane's or kind's heading
FOOTER_MM = 8.0
PICTURE_CARDS = 4  # a post picture (720×720) holds two rows of two
BY_CHOICES = ("lane", "kind")


@dataclass(frozen=True)
class DirectoryShop:
    name: str
    kind: str  # the kind's name in the directory's language
    location: str  # 위치 as typed, e.g. "1번 골목 3호"; may be empty
    link: str
    search_id: str


@dataclass(frozen=True)
class Placed:
    """A heading (shop None) or a card, with its rectangle on the page in millimetres."""

    x: float
    y: float
    width: float
    height: float
    heading: str = ""
    shop: DirectoryShop | None = None


@dataclass(frozen=True)
class DirectoryPage:
    items: tuple[Placed, ...]

    @property
    def shops(self) -> tuple[DirectoryShop, ...]:
        return tuple(item.shop for item in self.items if item.shop is not None)


def card_width(page_width_mm: float, columns: int) -> float:
    """A card's width when `columns` cards share a page (or picture) of this width between the margins."""
    return (page_width_mm - 2 * MARGIN_MM - (columns - 1) * GAP_MM) / columns


def natural_key(text: str) -> tuple[tuple[int, object], ...]:
    """'2번 골목' before '10번 골목': numbers compared as numbers, the rest as text."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold())
                 for part in re.split(r"(\d+)", text) if part)


# the last word of a place when it is the shop's own number in its lane: '3호', '12', '3번', '7칸', '101번지'
_HOUSE = re.compile(r"^(?:제)?\d+(?:-\d+)?(?:호|번|번지|칸|호점)?$")


def lane_of(location: str) -> str:
    """The lane (골목, 동, 열, 층 …) of a place: the place without the shop's own number at its end.
    '1번 골목 3호' → '1번 골목', 'A동 12호' → 'A동', '청과동' → '청과동', '' → ''."""
    words = location.split()
    if len(words) > 1 and _HOUSE.match(words[-1]):
        words = words[:-1]
    return " ".join(words)


def group_shops(shops: list[DirectoryShop], by: str, unplaced: str) -> list[tuple[str, list[DirectoryShop]]]:
    """Groups in reading order: lanes (or kinds) in natural order, shops in each by place and then name; shops with
    no place written (by lane) come last under `unplaced`."""
    if by not in BY_CHOICES:
        raise InvalidInput("directory_by", "by", detail=by)
    groups: dict[str, list[DirectoryShop]] = {}
    for shop in shops:
        key = lane_of(shop.location) if by == "lane" else shop.kind
        groups.setdefault(key or unplaced, []).append(shop)
    order = sorted(groups, key=lambda g: (g == unplaced, natural_key(g)))
    return [(g, sorted(groups[g], key=lambda s: (natural_key(s.location), natural_key(s.name)))) for g in order]


def lay_out(groups: list[tuple[str, list[DirectoryShop]]], paper: str,
            continued: Callable[[str], str]) -> list[DirectoryPage]:
    """Cards in rows under their group's heading, page after page; a group that runs over a page starts the next one
    with its heading again (`continued(name)`: '1번 골목 (이어서)'). A heading never ends a page alone."""
    if paper not in PAPERS_MM:
        raise InvalidInput("directory_paper", "paper", detail=paper)
    width, height = PAPERS_MM[paper]
    cols = COLUMNS[paper]
    card_w = card_width(width, cols)
    top, bottom = MARGIN_MM + TITLE_MM, height - MARGIN_MM - FOOTER_MM
    pages: list[DirectoryPage] = []
    items: list[Placed] = []
    y = top

    def new_page() -> None:
        nonlocal items, y
        if items:
            pages.append(DirectoryPage(tuple(items)))
        items, y = [], top

    for name, shops in groups:
        rows = [shops[i:i + cols] for i in range(0, len(shops), cols)]
        for n, row in enumerate(rows):
            heading_needed = n == 0 or y == top
            need = CARD_HEIGHT_MM + (GROUP_MM if heading_needed else 0)
            if y + need > bottom and y > top:
                new_page()
                heading_needed = True
            if heading_needed:
                items.append(Placed(MARGIN_MM, y, width - 2 * MARGIN_MM, GROUP_MM,
                                    heading=name if n == 0 else continued(name)))
                y += GROUP_MM
            for c, shop in enumerate(row):
                items.append(Placed(MARGIN_MM + c * (card_w + GAP_MM), y, card_w, CARD_HEIGHT_MM, shop=shop))
            y += CARD_HEIGHT_MM + GAP_MM
        y += GAP_MM / 2
    new_page()
    return pages


def picture_sets(groups: list[tuple[str, list[DirectoryShop]]]) -> list[tuple[str, tuple[DirectoryShop, ...]]]:
    """The post pictures: up to four shops each, a group's shops together (its name on each of its pictures) and
    shared out evenly (five shops make pictures of three and two, not four and one)."""
    sets: list[tuple[str, tuple[DirectoryShop, ...]]] = []
    for name, shops in groups:
        count = -(-len(shops) // PICTURE_CARDS)
        start = 0
        for n in range(count):
            size = len(shops) // count + (1 if n < len(shops) % count else 0)
            sets.append((name, tuple(shops[start:start + size])))
            start += size
    return sets
