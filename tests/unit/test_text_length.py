import pytest
from hypothesis import given
from hypothesis import strategies as st

from danggol_desktop.domain.text_length import count_characters, count_line_breaks, graphemes


@pytest.mark.parametrize("text, expected", [
    ("", 0), ("배추 특가", 5), ("3,000원", 6), ("😊", 1), ("👍🏽", 1), ("👨‍👩‍👧", 1), ("🇰🇷", 1), ("🇰🇷🇯🇵", 2),
    ("❤️", 1), ("e\u0301", 1), ("\u1112\u1161\u11ab", 1), ("한\u1112\u1161\u11ab글", 3), ("a\r\nb", 3),
    ("1️⃣", 1), ("가\u200d", 1), ("\u1100\u1161\u11a8", 1),  # 각 typed as three jamo
    ("\u1100\u1161\u11a8\u1100\u1161", 2), ("🏳️‍🌈", 1), ("🧑🏻‍🌾", 1), ("👩‍❤️‍💋‍👨", 1),
])
def test_characters_as_people_see_them(text, expected):
    assert count_characters(text) == expected


def test_line_breaks():
    assert count_line_breaks("a\nb\r\nc") == 2 and count_line_breaks("한 줄") == 0


@given(st.text(max_size=200))
def test_never_more_clusters_than_code_points_and_nothing_lost(text):
    clusters = graphemes(text)
    assert "".join(clusters) == text
    assert len(clusters) <= len(text)
    assert (len(clusters) == 0) == (text == "")
