"""The channel kit (채널 꾸미기): what a merchant pastes or uploads in the KakaoTalk Channel admin — the channel's
name and search ID, a one-line introduction, the welcome message, coupons, chat answers and posts — suggested from
the shop's details and checked against Kakao's limits (assets/data/channel_kit.json, each with its source)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.message_text import fill
from danggol_desktop.domain.shop import CONTROL_CHARACTERS
from danggol_desktop.domain.text_length import graphemes

# Kakao's channel name takes Hangul, English letters and digits (see the data file's source); a space between words
# and the few marks shop signs use (· & ' - .) are let through, anything else is named back to the merchant.
_NAME_OK = re.compile(r"[0-9A-Za-z\uac00-\ud7a3\u3131-\u318e \u00b7&'\-.]")
_SEARCH_ID_OK = re.compile(r"[0-9a-z\uac00-\ud7a3_\-]+")
LINE_MAX = 100  # opening hours, address, closed days, a coupon's benefit: one line each
COUPON_HORIZON = timedelta(days=366)  # a coupon is made for the coming weeks; one ending in 2099 is a typing slip
PROFILE_TEXT_CODES = ("channel_name", "intro", "hours", "address", "closed_days")


@dataclass(frozen=True)
class KitLimits:
    channel_name_max: int
    search_id_max: int
    intro_max: int
    welcome_max: int
    welcome_night_from: str
    welcome_night_until: str
    chat_menu_max: int
    chat_answer_max: int
    coupon_title_max: int
    post_title_max: int
    post_body_max: int
    profile_px: int
    coupon_px: int
    picture_max_bytes: int


@dataclass(frozen=True)
class KitFacts:
    """What the suggestions are filled with; empty strings leave their lines out."""

    shop: str
    market: str
    items: str = ""  # the category's usual goods, e.g. "배추·무·대파"
    phone: str = ""
    hours: str = ""
    address: str = ""
    closed_days: str = ""


@dataclass(frozen=True)
class ChatAnswer:
    code: str
    button: str  # the chat-room menu button's name
    text: str  # the answer the button sends


@dataclass(frozen=True)
class PostTemplate:
    code: str
    name: str


@dataclass(frozen=True)
class ChannelKit:
    limits: KitLimits
    data: dict[str, Any]

    def _by_language(self, entry: Any, language: str) -> Any:
        return entry.get(language) or entry["ko"]

    def intros(self, facts: KitFacts, language: str) -> list[str]:
        """One-line introductions (소개글) for the profile, the ones whose fields are known."""
        found = []
        for line in self._by_language(self.data["intros"], language):
            text = fill([line], _values(facts))
            if text and text not in found:
                found.append(text)
        return found

    def welcome_drafts(self, facts: KitFacts, language: str, coupon: str = "") -> list[str]:
        """Welcome messages (웰컴 메시지) naming the friend coupon when there is one."""
        values = _values(facts)
        values["coupon"] = coupon
        values["coupon_line"] = fill([self._by_language(self.data["coupon_line"], language)], values)
        return [fill(lines, values) for lines in self._by_language(self.data["welcome"], language)]

    def chat_answers(self, facts: KitFacts, language: str) -> list[ChatAnswer]:
        """Ready answers for the chat-room menu, at most Kakao's number of buttons."""
        values = _values(facts)
        answers = [ChatAnswer(entry["code"], self._by_language(entry["button"], language),
                              fill(self._by_language(entry["answer"], language), values))
                   for entry in self.data["chat"]]
        return answers[: self.limits.chat_menu_max]

    def text_codes(self) -> frozenset[str]:
        """Every code a channel text is stored under: the profile's, the welcome message, chat.<question>."""
        return frozenset((*PROFILE_TEXT_CODES, "welcome", *(f"chat.{entry['code']}" for entry in self.data["chat"])))

    def post_templates(self, language: str) -> list[PostTemplate]:
        return [PostTemplate(entry["code"], self._by_language(entry["names"], language))
                for entry in self.data["posts"]]

    def post_draft(self, code: str, facts: KitFacts, language: str, occasion: str = "") -> tuple[str, str]:
        """(title, text) of a post for the channel home."""
        entry = next((e for e in self.data["posts"] if e["code"] == code), self.data["posts"][0])
        values = _values(facts)
        values["occasion"] = occasion
        title = self._by_language(entry["title"], language)
        return fill(title if isinstance(title, list) else [title], values), fill(
            self._by_language(entry["body"], language), values)

    def colour(self, category: str) -> str:
        """The pictures' background for a shop category (the 'other' colour for an unknown one)."""
        colours = self.data["colours"]
        return str(colours.get(category) or colours["other"])

    def coupon_titles(self, language: str) -> list[str]:
        return list(self._by_language(self.data["coupon_titles"], language))

    def coupon_how(self, language: str) -> str:
        return str(self._by_language(self.data["coupon_how"], language))

    def coupon_notes(self, language: str) -> str:
        return str(self._by_language(self.data["coupon_notes"], language))


def _values(facts: KitFacts) -> dict[str, str]:
    return {"shop": facts.shop, "market": facts.market, "items": facts.items, "phone": facts.phone,
            "hours": facts.hours, "address": facts.address, "closed_days": facts.closed_days}


def load_kit(path: Path) -> ChannelKit:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return ChannelKit(KitLimits(**data["limits"]), data)


def items_line(items: list[str], language: str) -> str:
    """The first goods of a category as one phrase: `배추·무·대파` / `Napa cabbage, Radish` (English names are longer:
    two of them keep the suggestions within Kakao's limits)."""
    count = 3 if language == "ko" else 2
    return ("·" if language == "ko" else ", ").join(items[:count])


def tidy(text: str | None) -> str:
    """A typed line: Unicode composed, control characters out, spaces tidied. Never cut: over-long text is shown
    to the merchant with its excess marked, not shortened behind their back."""
    s = unicodedata.normalize("NFC", text or "")
    s = CONTROL_CHARACTERS.sub("", s.replace("\r\n", "\n").replace("\n", " "))
    return re.sub(r"\s+", " ", s).strip()


def tidy_block(text: str | None) -> str:
    """Text of several lines: like `tidy` for each line, line breaks kept, no empty lines at either end."""
    s = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n")
    lines = [re.sub(r"[ \t]+", " ", CONTROL_CHARACTERS.sub("", line)).strip() for line in s.split("\n")]
    return "\n".join(lines).strip("\n")


def excess_start(text: str, limit: int) -> int:
    """Where the part over `limit` user-perceived characters starts, as a Python string index; -1 when it fits."""
    clusters = graphemes(text)
    if len(clusters) <= limit:
        return -1
    return sum(len(c) for c in clusters[:limit])


def check_length(text: str, limit: int, field: str, code: str = "too_long") -> None:
    if excess_start(text, limit) >= 0:
        raise InvalidInput(code, field, detail=f"{len(graphemes(text))} > {limit}")


def has_words(text: str) -> bool:
    """True when the text has a letter or a digit (not only emoji, marks and spaces)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def clean_title(text: str | None, limit: int, field: str = "title") -> str:
    """A title (coupon, post): not empty, not only emoji or marks, at most `limit` characters.

    Raises InvalidInput `title_empty`, `title_no_words` or `title_too_long`."""
    s = tidy(text)
    if not s:
        raise InvalidInput("title_empty", field)
    if not has_words(s):
        raise InvalidInput("title_no_words", field)
    check_length(s, limit, field, "title_too_long")
    return s


def check_channel_name(text: str | None, limits: KitLimits) -> str:
    """The channel's name as Kakao takes it. Raises InvalidInput `channel_name_empty`, `channel_name_too_long`, or
    `channel_name_symbols` (its detail names the characters that cannot be used)."""
    s = tidy(text)
    if not s:
        raise InvalidInput("channel_name_empty", "channel_name")
    bad = "".join(dict.fromkeys(ch for ch in s if not _NAME_OK.fullmatch(ch)))
    if bad:
        raise InvalidInput("channel_name_symbols", "channel_name", detail=bad)
    check_length(s, limits.channel_name_max, "channel_name", "channel_name_too_long")
    return s


def clean_search_id(text: str | None, limits: KitLimits) -> str:
    """The channel's search ID (검색용 아이디) without its @; empty stays empty. Upper-case letters are lowered (Kakao
    takes lower case only). Raises InvalidInput `search_id_spaces`, `search_id_characters` or `search_id_too_long`."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    s = s[1:] if s.startswith("@") else s
    if not s:
        return ""
    if re.search(r"\s", s):
        raise InvalidInput("search_id_spaces", "search_id")
    s = s.lower()
    if not _SEARCH_ID_OK.fullmatch(s):
        raise InvalidInput("search_id_characters", "search_id", detail=s)
    check_length(s, limits.search_id_max, "search_id", "search_id_too_long")
    return s


def check_coupon_days(starts: date, ends: date, today: date) -> None:
    """A coupon starts today or later and ends on or after its start. Raises InvalidInput `coupon_starts_past`,
    `coupon_ends_past`, `coupon_days_order` or `coupon_too_far` (more than a year ahead: a typing slip)."""
    if starts < today:
        raise InvalidInput("coupon_starts_past", "starts_on")
    if ends < today:
        raise InvalidInput("coupon_ends_past", "ends_on")
    if ends < starts:
        raise InvalidInput("coupon_days_order", "ends_on")
    if ends > today + COUPON_HORIZON:
        raise InvalidInput("coupon_too_far", "ends_on")
