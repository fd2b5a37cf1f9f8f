"""The message budget (issue 29, part 5): the free message credit a shop or market channel received from the
programme, and what its sends have cost — each send priced from the friend count of its day (the rates and VAT of
assets/data/kakao_messages.json, through message_text.estimate_cost)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.message_text import MessageRules, estimate_cost

CREDIT_MAX = 100_000_000  # the 2023 programme gave a market 3,000,000 won; a hundred million is a typing slip


def parse_credit(text: str | None) -> int | None:
    """`3000000`, `3,000,000`, `3,000,000원`, `300만`, `300만 원`; empty for none. Raises InvalidInput credit_not_number
    or credit_too_large."""
    s = unicodedata.normalize("NFKC", text or "").replace(" ", "").strip()
    s = re.sub(r"원$", "", s)
    if not s:
        return None
    ten_thousands = s.endswith("만")
    if ten_thousands:
        s = s[:-1]
    if re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        s = s.replace(",", "")
    if not (s.isascii() and s.isdigit()):
        raise InvalidInput("credit_not_number", "credit")
    value = int(s) * (10_000 if ten_thousands else 1)
    if value == 0:
        return None
    if value > CREDIT_MAX:
        raise InvalidInput("credit_too_large", "credit")
    return value


@dataclass(frozen=True)
class Send:
    day: date
    audience: str  # "all" or "targeted", as the wizard's draft says; a send recorded from the phone is "all"


@dataclass(frozen=True)
class Budget:
    credit: int
    used: int  # won, what the sends so far cost (an estimate from the friend counts)
    sends: int

    @property
    def left(self) -> int:
        return self.credit - self.used


def friends_on(day: date, counts: list[tuple[date, int]]) -> int:
    """The friend count a send on `day` went to: the latest on or before it, else the first after (a send before
    the first count), else none."""
    days = [d for d, _count in counts]
    index = bisect_right(days, day)
    if index:
        return counts[index - 1][1]
    return counts[0][1] if counts else 0


def used_credit(sends: list[Send], counts: list[tuple[date, int]], rules: MessageRules) -> int:
    """What the sends cost, each priced for the friends it went to, VAT included."""
    ordered = sorted(counts)
    return sum(estimate_cost(friends_on(send.day, ordered), send.audience, rules).total for send in sends)


def budget(credit: int | None, sends: list[Send], counts: list[tuple[date, int]], rules: MessageRules) -> Budget | None:
    return Budget(credit, used_credit(sends, counts, rules), len(sends)) if credit else None
