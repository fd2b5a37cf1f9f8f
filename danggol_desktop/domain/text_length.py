"""Counting characters the way a person sees them: a Hangul syllable (precomposed or typed as separate jamo), an emoji
(even one built from several code points — a family, a flag, a skin tone), a letter with its accents — each is one.
Unicode's extended grapheme clusters (UAX #29) through the `regex` module's \\X, the rule phones count by."""

from __future__ import annotations

import regex

_GRAPHEME = regex.compile(r"\X")


def graphemes(text: str) -> list[str]:
    """Split into user-perceived characters (Unicode extended grapheme clusters)."""
    return list(_GRAPHEME.findall(text))


def count_characters(text: str) -> int:
    return len(graphemes(text))


def count_line_breaks(text: str) -> int:
    return text.replace("\r\n", "\n").count("\n")
