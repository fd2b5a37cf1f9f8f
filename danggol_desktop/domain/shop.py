"""Shop details as a merchant types them: names, category, phone, channel address — checked and tidied."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import InvalidInput

NAME_MAX = 40
LOCATION_MAX = 30  # 위치: "1번 골목 3호", "A동 12호", "2층 청과 코너"
# invisible and control characters a typed name or line must not carry (bidi overrides, zero-width, BOM)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class ShopDetails:
    """What the setup wizard and the settings page collect; storage adds ids and times."""

    name: str
    market: str
    category: str = ""
    phone: str = ""
    channel_url: str = ""
    optout_phone: str = ""  # the free 080 number customers call to refuse text-message ads
    location: str = ""  # 위치: where the shop is in the market ("1번 골목 3호"), for the market directory


def association_name(market: str) -> str:
    """The merchants' association of a market, as the app names its shop (the market channel): '신영시장 상인회'."""
    return f"{market} 상인회"


def clean_name(text: str | None, field: str) -> str:
    """A shop or market name: spaces tidied, control characters and "/" refused, 1–40 characters."""
    s = unicodedata.normalize("NFC", text or "")
    s = re.sub(r"\s+", " ", s).strip()
    if not s:
        raise InvalidInput("name_empty", field)
    if CONTROL_CHARACTERS.search(s):
        raise InvalidInput("name_bad_characters", field)
    if "/" in s:  # the command line names a shop as MARKET/NAME
        raise InvalidInput("name_slash", field)
    if len(s) > NAME_MAX:
        raise InvalidInput("name_too_long", field)
    return s


def clean_location(text: str | None) -> str:
    """Where the shop is in the market, as people there say it ("1번 골목 3호"): spaces tidied, control characters
    refused, up to 30 characters; empty stays empty."""
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()
    if CONTROL_CHARACTERS.search(s):
        raise InvalidInput("location_bad_characters", "location")
    if len(s) > LOCATION_MAX:
        raise InvalidInput("location_too_long", "location")
    return s


def normalize_phone(text: str | None) -> str:
    """A Korean phone number written the usual way (`010-1234-5678`, `02-123-4567`, `1588-1234`); empty stays empty.

    Raises InvalidInput `phone_not_digits` for letters, `phone_invalid` for digits that make no number.
    """
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        return ""
    if re.search(r"[^0-9+\-.() ]", s):
        raise InvalidInput("phone_not_digits", "phone")
    digits = re.sub(r"\D", "", s)
    if s.startswith("+"):
        if not digits.startswith("82"):
            raise InvalidInput("phone_invalid", "phone")
        digits = "0" + digits[2:].lstrip("0")
    if re.fullmatch(r"1[5-9]\d{6}", digits):  # nationwide numbers such as 1588-1234
        return f"{digits[:4]}-{digits[4:]}"
    if digits.startswith("02") and 9 <= len(digits) <= 10:
        return f"02-{digits[2:-4]}-{digits[-4:]}"
    if re.fullmatch(r"0[1-9]\d{8,9}", digits) and not digits.startswith("02"):
        return f"{digits[:3]}-{digits[3:-4]}-{digits[-4:]}"
    raise InvalidInput("phone_invalid", "phone")


def normalize_optout(text: str | None) -> str:
    """The free 080 number a text-message ad must give for refusing more (정보통신망법 제50조): `080-123-4567`.
    Empty stays empty (then no text-message ad can be sent). Raises InvalidInput `optout_invalid` otherwise."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        return ""
    digits = re.sub(r"[\s\-.()]", "", s)
    if not re.fullmatch(r"080\d{7}", digits):
        raise InvalidInput("optout_invalid", "optout_phone")
    return f"080-{digits[3:6]}-{digits[6:]}"


def clean_shop_details(details: ShopDetails, known_categories: set[str] | None = None) -> ShopDetails:
    """Check and tidy every field; raises InvalidInput (with `field`) for the first one that cannot be right."""
    category = (details.category or "").strip()
    if category and known_categories is not None and category not in known_categories:
        raise InvalidInput("category_unknown", "category")
    channel = (details.channel_url or "").strip()
    return replace(
        details,
        name=clean_name(details.name, "name"),
        market=clean_name(details.market, "market"),
        category=category,
        phone=normalize_phone(details.phone),
        channel_url=normalize_channel_link(channel) if channel else "",
        optout_phone=normalize_optout(details.optout_phone),
        location=clean_location(details.location),
    )


@dataclass
class ShopDraft:
    """The setup wizard's state while it is being filled in, one field per page."""

    name: str = ""
    market: str = ""
    category: str = ""
    phone: str = ""
    channel_url: str = ""
    association: bool = False  # the market's channel, run by the merchants' association (상인회), not a shop's

    def to_details(self) -> ShopDetails:
        if self.association:  # the association is kept as the market's association shop: '신영시장 상인회'
            from danggol_desktop.domain.shop_record import ASSOCIATION

            return ShopDetails(association_name(self.market), self.market, ASSOCIATION, self.phone, self.channel_url)
        return ShopDetails(self.name, self.market, self.category, self.phone, self.channel_url)


def _squashed(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def check_market(name: str, existing: list[str], may_be_new: bool) -> None:
    """A market is one of those there are, or — when `may_be_new` — a new one that is not an existing one typed
    differently ('신영 시장' for 신영시장: a second market made silently) and looks like a name (a phone number typed
    in the wrong box made a market named '010-3129-7614'). InvalidInput market_near_duplicate (detail: the market
    meant), market_not_a_name or market_unknown (detail: the markets there are)."""
    if name in existing:
        return
    near = next((m for m in existing if _squashed(m) == _squashed(name)), None)
    if near is not None:
        raise InvalidInput("market_near_duplicate", "market", detail=near)
    if re.fullmatch(r"[\d\s\-+().]+", name):
        raise InvalidInput("market_not_a_name", "market")
    if not may_be_new and existing:
        raise InvalidInput("market_unknown", "market", detail=", ".join(existing[:10]))
