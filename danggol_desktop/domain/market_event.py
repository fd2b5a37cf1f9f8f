"""A market-wide event (issue 29, part 4): a name, its days, the benefit, and the shops taking part; and the words
its pieces share — the market's message, the channel post, the poster, the stamp-tour card and the window signs."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from danggol_desktop.domain.errors import InvalidInput, InvalidValue
from danggol_desktop.domain.shop import CONTROL_CHARACTERS

EVENT_NAME_MAX = 30  # it is the poster's headline and the stamp card's title
BENEFIT_MAX = 60  # one line on the poster and every window sign
EVENT_DAYS_MAX = 62  # a market event runs days or weeks; a longer one is a slip of the year or month
EVENT_HORIZON = timedelta(days=366)  # made for the coming weeks; an event in 2099 is a typing slip
SHOPS_MAX = 300  # every shop of the biggest market of the 2023 programme, with room
STAMPS_PER_CARD = (4, 5)  # columns × rows of stamp boxes on one A4 card: room for a 15 mm rubber stamp
NAMES_IN_MESSAGE = 200  # characters of shop names the message lists; more and it counts them instead


@dataclass(frozen=True)
class MarketEvent:
    market: str
    name: str
    starts_on: date
    ends_on: date
    benefit: str
    shops: tuple[str, ...]  # the shops taking part, by name, in the order given

    @property
    def stamp_cards(self) -> int:
        """Pages of the stamp-tour card: 20 boxes to a card, never a box too small to stamp."""
        cols, rows = STAMPS_PER_CARD
        return max(1, math.ceil(len(self.shops) / (cols * rows)))


def _line(text: str | None, field: str, limit: int) -> str:
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()
    if not s:
        raise InvalidInput("event_field_empty", field)
    if CONTROL_CHARACTERS.search(s):
        raise InvalidInput("name_bad_characters", field)
    if len(s) > limit:
        raise InvalidValue("event_field_too_long", field, (s[:12] + "…", str(limit)))
    return s


def _day(text: str | date, field: str) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(unicodedata.normalize("NFKC", text or "").strip())
    except ValueError:
        raise InvalidInput("date_invalid", field) from None


def make_event(market: str, name: str, starts_on: str | date, ends_on: str | date, benefit: str,
               shops: list[str], known_shops: list[str], today: date) -> MarketEvent:
    """Every part checked before anything is made: the name and benefit, days that can be (not over, not backwards,
    not years ahead), and shops that are the market's own — a misspelt one is named, with the market's names."""
    name = _line(name, "name", EVENT_NAME_MAX)
    benefit = _line(benefit, "benefit", BENEFIT_MAX)
    start, end = _day(starts_on, "from"), _day(ends_on, "to")
    if end < start:
        raise InvalidInput("end_before_start", "to")
    if end < today:
        raise InvalidInput("end_in_past", "to")
    if start > today + EVENT_HORIZON:
        raise InvalidInput("event_too_far", "from")
    if (end - start).days + 1 > EVENT_DAYS_MAX:
        raise InvalidValue("event_too_long", "to", (str(EVENT_DAYS_MAX),))
    chosen: list[str] = []
    for raw in shops:
        shop = re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw or "")).strip()
        if not shop:
            continue
        if shop not in known_shops:
            squashed = {k.replace(" ", ""): k for k in known_shops}
            meant = squashed.get(shop.replace(" ", ""))
            if meant:
                raise InvalidValue("event_shop_meant", "shop", (shop, meant))
            raise InvalidValue("event_shop_unknown", "shop", (shop, market))
        if shop not in chosen:
            chosen.append(shop)
    if not chosen:
        raise InvalidInput("event_no_shops", "shop")
    if len(chosen) > SHOPS_MAX:
        raise InvalidValue("event_too_many_shops", "shop", (str(SHOPS_MAX),))
    return MarketEvent(market, name, start, end, benefit, tuple(chosen))


def shops_line(event: MarketEvent, language: str) -> str:
    """The message's line of who takes part: the names when they are few enough to read, else how many."""
    names = ", ".join(event.shops)
    if len(names) <= NAMES_IN_MESSAGE:
        return f"참여 가게: {names}" if language == "ko" else f"Shops taking part: {names}"
    count = len(event.shops)
    return (f"참여 가게 {count}곳 — 가게 앞 '행사 참여 가게' 안내문을 찾아 주세요." if language == "ko"
            else f"{count} shops take part — look for the 'taking part' sign at the shop.")


@dataclass(frozen=True)
class RecordedEvent:
    """An event as the database keeps it: the shops taking part by row number."""

    id: int
    market: str
    name: str
    starts_on: date
    ends_on: date
    benefit: str
    shop_ids: tuple[int, ...]


# The printed pieces speak to the market's customers (domain.poster_layouts.POSTER_LANGUAGE), in these words.
PIECE_WORDS: dict[str, dict[str, str]] = {
    "ko": {
        "stamp_title": "스탬프 투어",
        "stamp_how": "참여 가게에서 도장을 받아 오세요",
        "benefit": "혜택: {benefit}",
        "taking_part": "행사 참여 가게",
        "shops_count": "참여 가게 {count}곳",
        "page": "{page}/{pages}쪽",
        "scan": "휴대폰 카메라로 찍고 {market} 채널을 친구 추가하세요",
    },
    "en": {
        "stamp_title": "Stamp tour",
        "stamp_how": "Collect a stamp at each shop taking part",
        "benefit": "Benefit: {benefit}",
        "taking_part": "Taking part in the event",
        "shops_count": "{count} shops taking part",
        "page": "page {page} of {pages}",
        "scan": "Point your phone camera here to add {market}'s channel as a friend",
    },
}


@dataclass(frozen=True)
class EventPrint:
    event: MarketEvent
    period: str  # the days as people read them: "12월 19일(토)~21일(월)"
    link: str  # the market channel's address: every page's QR
    scan_line: str
    search_line: str  # "카카오톡에서 @아이디 검색", or empty
    words: dict[str, str]
    locations: dict[str, str]  # shop → its place in the market (위치), when known


@dataclass(frozen=True)
class PieceFiles:
    poster: Path
    stamps: Path
    signs: Path
