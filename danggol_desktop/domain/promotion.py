"""A promotion message while it is being written: its kind, the fields that kind needs, and their checks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from danggol_desktop.domain.errors import InvalidInput

MAX_PRICE = 100_000_000
FIELD_MAX = 60  # characters in one short field (item, gift, hours …)
TEXT_MAX = 300  # the free "anything else" field


@dataclass(frozen=True)
class Kind:
    code: str
    fields: tuple[str, ...]  # in the order they are asked
    required: tuple[str, ...]
    market: bool = False  # a market channel's kind (the merchants' association's), not a shop's
    card: bool = True  # offered on step 1 of the message wizard


# Field codes: item, regular_price, sale_price, start, end, quantity, gift, hours, occasion, title, place, text.
KINDS: tuple[Kind, ...] = (
    Kind("discount", ("item", "regular_price", "sale_price", "start", "end", "quantity", "text"),
         ("item", "sale_price", "start", "end")),
    Kind("new_item", ("item", "regular_price", "text"), ("item",)),
    Kind("event", ("gift", "item", "start", "end", "text"), ("gift", "start", "end")),
    Kind("closed", ("start", "end", "text"), ("start", "end")),
    Kind("hours", ("hours", "start", "text"), ("hours", "start")),
    Kind("greeting", ("occasion", "text"), ("occasion",)),
    # The market channel's own (issue 29): what the 2023 programme's associations sent.
    Kind("night_market", ("start", "end", "hours", "item", "text"), ("start", "end", "hours"), market=True),
    Kind("group_buy", ("item", "regular_price", "sale_price", "quantity", "start", "end", "text"),
         ("item", "sale_price", "start", "end"), market=True),
    Kind("onnuri", ("gift", "item", "start", "end", "text"), ("gift", "start", "end"), market=True),
    Kind("festival", ("title", "gift", "start", "end", "hours", "text"), ("title", "start", "end"), market=True),
    Kind("holiday_shopping", ("occasion", "item", "start", "end", "text"), ("occasion", "start", "end"),
         market=True),
    Kind("market_notice", ("title", "start", "end", "text"), ("title", "start", "end"), market=True),
    Kind("new_shop", ("title", "item", "place", "text"), ("title", "item"), market=True),
    # made by `danggol event` from a market-wide event (its name, benefit, days and who takes part), not a card
    Kind("market_event", ("title", "gift", "start", "end", "text"), ("title", "gift", "start", "end"), market=True,
         card=False),
)
KIND_CODES = tuple(k.code for k in KINDS)
# Step 1's cards: a shop's kinds, or the market channel's with the holiday greeting, which both send.
SHOP_KIND_CODES = tuple(k.code for k in KINDS if not k.market and k.card)
MARKET_KIND_CODES = tuple(k.code for k in KINDS if k.market and k.card) + ("greeting",)


def kind_codes_for(market_channel: bool) -> tuple[str, ...]:
    return MARKET_KIND_CODES if market_channel else SHOP_KIND_CODES
DATE_FIELDS = ("start", "end")
PRICE_FIELDS = ("regular_price", "sale_price")


def kind(code: str) -> Kind:
    for candidate in KINDS:
        if candidate.code == code:
            return candidate
    raise InvalidInput("kind_unknown", "kind")


@dataclass
class PromotionDraft:
    """Everything the wizard has gathered; stored as JSON so a closed wizard can resume where it stopped."""

    kind: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # raw text as typed; dates as YYYY-MM-DD
    template: int = 0
    body: str = ""
    message_type: str = "basic_text"
    audience: str = "all"  # all friends, or a targeted group
    step: int = 0
    picture: str = ""  # a picture from 내 그림 (its file's name) shown above the text; "" for none

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PromotionDraft:
        """Tolerant of drafts saved by another version: unknown keys are dropped, odd values reset."""
        draft = cls()
        if isinstance(data, dict):
            if data.get("kind") in KIND_CODES:
                draft.kind = data["kind"]
            if isinstance(data.get("fields"), dict):
                draft.fields = {str(k): str(v) for k, v in data["fields"].items() if isinstance(v, (str, int))}
            for name, kind_of in (("template", int), ("body", str), ("message_type", str), ("audience", str),
                                  ("step", int), ("picture", str)):
                if isinstance(data.get(name), kind_of):
                    setattr(draft, name, data[name])
        return draft


def parse_price(text: str | None) -> int:
    """`3000`, `3,000`, `3,000원`, full-width digits. Raises InvalidInput price_empty, price_not_number,
    price_zero, price_decimal or price_too_large."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    s = re.sub(r"\s*원$", "", s)
    if not s:
        raise InvalidInput("price_empty", "price")
    if re.fullmatch(r"\d+\.\d+", s):
        raise InvalidInput("price_decimal", "price")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        s = s.replace(",", "")
    if not (s.isascii() and s.isdigit()):
        raise InvalidInput("price_not_number", "price")
    value = int(s)
    if value == 0:
        raise InvalidInput("price_zero", "price")
    if value > MAX_PRICE:
        raise InvalidInput("price_too_large", "price")
    return value


def format_price(won: int, language: str = "ko") -> str:
    return f"{won:,}원" if language == "ko" else f"{won:,} won"


def clean_text(text: str | None, limit: int) -> str:
    """One field's text: control characters removed, spaces tidied, cut to `limit` characters."""
    s = unicodedata.normalize("NFC", text or "")
    s = "".join(ch for ch in s if unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\n\u200d")
    s = re.sub(r"[ \t]+", " ", s).strip()
    return s[:limit]


def check_fields(draft: PromotionDraft, today: date) -> dict[str, str]:
    """Field → error code for every field that cannot be right; an empty dict means the fields are ready."""
    spec = kind(draft.kind)
    errors: dict[str, str] = {}
    values = draft.fields
    for name in spec.fields:
        raw = (values.get(name) or "").strip()
        if not raw:
            if name in spec.required:
                errors[name] = "field_required"
            continue
        if name in PRICE_FIELDS:
            try:
                parse_price(raw)
            except InvalidInput as exc:
                errors[name] = exc.code
        elif name in DATE_FIELDS:
            try:
                date.fromisoformat(raw)
            except ValueError:
                errors[name] = "date_invalid"
        elif name == "quantity":
            digits = unicodedata.normalize("NFKC", raw)
            if not re.fullmatch(r"\d{1,6}", digits) or int(digits) == 0:
                errors[name] = "quantity_invalid"
    both = {"regular_price", "sale_price"}
    both_typed = (both <= set(spec.fields) and not both & errors.keys()
                  and all((values.get(n) or "").strip() for n in both))
    if both_typed and parse_price(values["sale_price"]) >= parse_price(values["regular_price"]):
        errors["sale_price"] = "sale_not_below_regular"
    start, end = _date(values.get("start")), _date(values.get("end"))
    if "end" in spec.fields and end is not None and "end" not in errors:
        if start is not None and end < start:
            errors["end"] = "end_before_start"
        elif end < today:
            errors["end"] = "end_in_past"
    return errors


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
