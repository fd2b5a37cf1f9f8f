"""From a draft to sentences: ready drafts filled from templates, the checks a merchant should see before sending,
the text-message (SMS) version the law asks for, and what sending will cost."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from danggol_desktop.domain.dates import format_day, format_period
from danggol_desktop.domain.promotion import PRICE_FIELDS, PromotionDraft, clean_text, format_price, parse_price
from danggol_desktop.domain.text_length import count_characters, count_line_breaks

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class MessageType:
    code: str
    names: dict[str, str]
    max_chars: int
    max_line_breaks: int


@dataclass(frozen=True)
class MessageRules:
    types: tuple[MessageType, ...]
    all_friends_won: int
    targeted_won: int
    vat_rate: float
    warn_from: int
    warn_until: int
    law_from: int
    law_until: int

    def type(self, code: str) -> MessageType:
        for candidate in self.types:
            if candidate.code == code:
                return candidate
        return self.types[0]


def load_rules(path: Path) -> MessageRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    types = tuple(MessageType(t["code"], t["names"], t["max_chars"], t["max_line_breaks"]) for t in data["types"])
    rates, quiet = data["rates"], data["quiet_hours"]
    return MessageRules(types, rates["all_friends_won"], rates["targeted_won"], rates["vat_rate"], quiet["warn_from"],
                        quiet["warn_until"], quiet["law_from"], quiet["law_until"])


def load_templates(path: Path) -> dict[str, dict[str, list[list[str]]]]:
    templates: dict[str, dict[str, list[list[str]]]] = json.loads(Path(path).read_text(encoding="utf-8"))["templates"]
    return templates


@dataclass(frozen=True)
class ShopFacts:
    name: str
    market: str
    phone: str = ""
    optout_phone: str = ""  # the free 080 number a text-message ad must give (정보통신망법 제50조)


def field_values(
    draft: PromotionDraft, shop: ShopFacts, language: str, occasion_names: dict[str, str]
) -> dict[str, str]:
    """Every placeholder's text for this draft: prices as `3,000원`, dates as `12월 3일(수)`, empty when unknown."""
    raw = {k: clean_text(v, 300) for k, v in draft.fields.items()}
    values = {"shop": shop.name, "market": shop.market, "phone": shop.phone}
    for name in ("item", "gift", "hours", "text", "quantity", "title", "place"):
        values[name] = raw.get(name, "")
    for name in PRICE_FIELDS:
        try:
            values[name] = format_price(parse_price(raw.get(name)), language) if raw.get(name) else ""
        except ValueError:
            values[name] = ""
        except Exception:  # noqa: BLE001 - an unreadable price simply leaves its line out
            values[name] = ""
    start, end = _day(raw.get("start")), _day(raw.get("end"))
    values["start"] = format_day(start, language) if start else ""
    values["end"] = format_day(end, language) if end else ""
    values["period"] = format_period(start, end, language) if start and end and start <= end else ""
    occasion = raw.get("occasion", "")
    values["occasion"] = occasion_names.get(occasion, occasion)
    return values


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


_PARTICLES = re.compile(r"(\S)(을\(를\)|이\(가\)|은\(는\)|과\(와\)|\(으\)로|\(이\)에요)")
_PARTICLE_FORMS = {
    "을(를)": ("을", "를"),
    "이(가)": ("이", "가"),
    "은(는)": ("은", "는"),
    "과(와)": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)에요": ("이에요", "예요"),
}
_DIGIT_HAS_FINAL = set("013678")  # 영 일 삼 육 칠 팔 end in a consonant; 이 사 오 구 do not


def _ends_in_consonant(ch: str) -> tuple[bool, bool]:
    """(has a final consonant, that consonant is ㄹ) for the last character of a word."""
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        final = code % 28
        return final != 0, final == 8
    if ch.isdigit():
        return ch in _DIGIT_HAS_FINAL, ch in "178"
    return False, False


def attach_particles(text: str) -> str:
    """`배추을(를)` → `배추를`, `해남채소(이)에요` → `해남채소예요`: Korean particles that fit the word before them."""

    def choose(match: re.Match[str]) -> str:
        last, written = str(match.group(1)), str(match.group(2))
        consonant, rieul = _ends_in_consonant(last)
        with_final, without = _PARTICLE_FORMS[written]
        if written == "(으)로" and rieul:
            return last + without
        return last + (with_final if consonant else without)

    return _PARTICLES.sub(choose, text)


def fill(lines: list[str], values: dict[str, str]) -> str:
    """Join the template's lines, leaving out every line that names an empty field (a line given as a list of
    alternatives takes the first whose fields are all filled); then fix the particles."""
    kept = []
    for line in lines:
        for candidate in line if isinstance(line, list) else [line]:
            if all(values.get(name) for name in _PLACEHOLDER.findall(candidate)):
                kept.append(attach_particles(_PLACEHOLDER.sub(lambda m: values[m.group(1)], candidate)))
                break
    return "\n".join(kept)


def ready_drafts(
    draft: PromotionDraft,
    shop: ShopFacts,
    templates: dict[str, Any],
    language: str,
    occasion_names: dict[str, str] | None = None,
) -> list[str]:
    """The 2–3 ready sentences for this draft's kind, filled in."""
    values = field_values(draft, shop, language, occasion_names or {})
    lines_by_language = templates[draft.kind]
    chosen = lines_by_language.get(language) or lines_by_language["ko"]
    drafts = [fill(lines, values) for lines in chosen]
    if shop.market and shop.name.startswith(shop.market):  # the association, '신영시장 상인회': its name says the
        # market already — '신영시장 신영시장 상인회예요' where a shop's template names both
        drafts = [text.replace(f"{shop.market} {shop.name}", shop.name) for text in drafts]
    return drafts


# An internet address in a message's text: Kakao does not allow links in a channel message's text (they go on its
# buttons), so it is pointed out with what to do instead.
LINK = re.compile(r"(https?://|www\.|pf\.kakao\.com|open\.kakao\.com|[a-z0-9-]+\.(com|kr|net|co\.kr|me|ly)(/|\b))",
                  re.IGNORECASE | re.ASCII)


@dataclass(frozen=True)
class Check:
    code: str
    severity: str  # "block": cannot go on; "warn": think twice; "info": good to know
    value: int = 0
    limit: int = 0


def check_message(body: str, rules: MessageRules, message_type: str, now: datetime) -> list[Check]:
    """Plain checks on the text and the moment of sending."""
    found = []
    kind = rules.type(message_type)
    chars = count_characters(body)
    breaks = count_line_breaks(body)
    if not body.strip():
        found.append(Check("body_empty", "block"))
    if chars > kind.max_chars:
        found.append(Check("too_long", "block", chars, kind.max_chars))
    if breaks > kind.max_line_breaks:
        found.append(Check("too_many_lines", "block", breaks, kind.max_line_breaks))
    if LINK.search(body):
        found.append(Check("link_in_text", "warn"))
    hour = now.hour
    if hour >= rules.law_from or hour < rules.law_until:
        found.append(Check("night_law", "warn", hour))
    elif hour >= rules.warn_from or hour < rules.warn_until:
        found.append(Check("night_early", "warn", hour))
    found.append(Check("kakao_adds_label", "info"))
    return found


def _sms_bytes(ch: str) -> int:
    """A character's size in CP949, the Korean carriers' code page; 0 for one no text message can carry."""
    try:
        return len(ch.encode("cp949"))
    except UnicodeEncodeError:
        return 0


def _sendable(text: str) -> str:
    kept = "".join(ch for ch in text if _sms_bytes(ch))
    return "\n".join(re.sub(r" {2,}", " ", line).rstrip() for line in kept.split("\n"))


SMS_BYTES = 90  # one short text message (SMS), counted in the carriers' Korean encoding
LMS_BYTES = 2000  # one long text message (LMS), dearer than an SMS


def sms_version(body: str, shop: ShopFacts, language: str = "ko") -> str:
    """The text for a phone text message, as the law asks of an ad (정보통신망법 제50조): it starts with `(광고)` and
    the sender, gives the sender's number once, and ends with a free 080 number to refuse further ads. Characters
    no text message carries (emoji) are left out of it; the KakaoTalk message keeps them."""
    lines = [f"(광고){shop.name}", _sendable(body).strip()]
    if shop.phone and shop.phone not in body:
        lines.append(f"{shop.name} {shop.phone}")
    if shop.optout_phone:
        lines.append(f"무료수신거부 {shop.optout_phone}" if language == "ko" else f"Free opt-out {shop.optout_phone}")
    return "\n".join(lines)


@dataclass(frozen=True)
class SmsCheck:
    size: int  # bytes in the carriers' encoding (a Hangul syllable is 2, a digit 1)
    kind: str  # "sms", "lms" or "too_long"
    unsendable: tuple[str, ...]  # characters no text message can carry (emoji and the like), each once
    optout_missing: bool  # no free 080 number yet: the ad may not be sent as a text message

    @property
    def ready(self) -> bool:
        return not self.unsendable and not self.optout_missing and self.kind != "too_long"


def check_sms(text: str, shop: ShopFacts) -> SmsCheck:
    """SMS or LMS by size in CP949 (the Korean carriers' code page: every Hangul syllable, 2 bytes), what cannot
    be sent, and whether the law's opt-out number is there."""
    size, unsendable = 0, []
    for ch in text.replace("\r\n", "\n"):
        size += _sms_bytes(ch)
        if not _sms_bytes(ch) and ch not in unsendable:
            unsendable.append(ch)
    kind = "sms" if size <= SMS_BYTES else "lms" if size <= LMS_BYTES else "too_long"
    return SmsCheck(size, kind, tuple(unsendable), not shop.optout_phone)


@dataclass(frozen=True)
class Cost:
    friends: int
    per_friend: int
    subtotal: int
    vat: int
    total: int


def estimate_cost(friends: int, audience: str, rules: MessageRules) -> Cost:
    """friends × rate, plus VAT (rounded up to the won)."""
    per = rules.targeted_won if audience == "targeted" else rules.all_friends_won
    subtotal = max(friends, 0) * per
    vat = math.ceil(subtotal * rules.vat_rate)
    return Cost(max(friends, 0), per, subtotal, vat, subtotal + vat)
