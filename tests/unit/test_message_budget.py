"""The message budget (issue 29, part 5): the credit as people write it, and each send priced for the friends it
went to, with Kakao's rates and VAT from the data file."""

from __future__ import annotations

from datetime import date

import pytest

from danggol_desktop import resources
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.message_budget import Send, budget, friends_on, parse_credit, used_credit
from danggol_desktop.domain.message_text import load_rules

RULES = load_rules(resources.asset("data", "kakao_messages.json"))


@pytest.mark.parametrize("typed, won", [
    ("3000000", 3_000_000), ("3,000,000", 3_000_000), ("3,000,000원", 3_000_000), ("300만", 3_000_000),
    ("300만 원", 3_000_000), ("３００만", 3_000_000), ("", None), ("  ", None), ("0", None),
])
def test_a_credit_is_read_as_people_write_it(typed, won):
    assert parse_credit(typed) == won


@pytest.mark.parametrize("typed, code", [
    ("삼백만", "credit_not_number"), ("3.5", "credit_not_number"), ("-300", "credit_not_number"),
    ("1,00,000", "credit_not_number"), ("100000001", "credit_too_large"), ("1" + "0" * 30, "credit_too_large"),
    ("=1+1", "credit_not_number"),
])
def test_a_credit_that_cannot_be_right_is_refused(typed, code):
    with pytest.raises(InvalidInput) as refused:
        parse_credit(typed)
    assert refused.value.code == code


def test_a_send_goes_to_the_friends_of_its_day():
    counts = [(date(2026, 11, 1), 100), (date(2026, 11, 10), 300)]
    assert friends_on(date(2026, 10, 30), counts) == 100  # before the first count: the first one
    assert friends_on(date(2026, 11, 9), counts) == 100
    assert friends_on(date(2026, 11, 10), counts) == 300
    assert friends_on(date(2026, 12, 1), []) == 0


def test_each_send_is_priced_with_the_rate_of_its_audience_and_vat():
    counts = [(date(2026, 11, 10), 300), (date(2026, 11, 1), 100)]  # in any order
    sends = [Send(date(2026, 11, 5), "all"), Send(date(2026, 11, 12), "targeted")]
    # 100 × 15 = 1,500 + 150 VAT; 300 × 20 = 6,000 + 600 VAT
    assert used_credit(sends, counts, RULES) == 1_650 + 6_600
    spent = budget(3_000_000, sends, counts, RULES)
    assert spent is not None and (spent.used, spent.left, spent.sends) == (8_250, 2_991_750, 2)
    assert budget(None, sends, counts, RULES) is None


def test_the_2023_programmes_market_credit_lasts_as_long_as_the_figures_say():
    """3,000,000 won for a market channel of 1,000 friends: 181 sends to everyone (16,500 won each)."""
    counts = [(date(2026, 1, 1), 1000)]
    per_send = used_credit([Send(date(2026, 1, 2), "all")], counts, RULES)
    assert per_send == 16_500 and 3_000_000 // per_send == 181
