"""Counting characters the way a person sees them: a Hangul syllable, an emoji (even one built from several code
points), a letter with its accents — each is one."""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
_EXTENDERS = {"\ufe0e", "\ufe0f", "\u20e3"}  # variation selectors, keycap


def _extends(ch: str) -> bool:
    code = ord(ch)
    return (
        unicodedata.combining(ch) != 0
        or ch in _EXTENDERS
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # tag characters (flags of regions)
        or unicodedata.category(ch) in ("Mn", "Me")
    )


def _jamo_kind(ch: str) -> str:
    code = ord(ch)
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97F:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    return ""


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def graphemes(text: str) -> list[str]:
    """Split into user-perceived characters (a close, dependency-free take on Unicode's extended graphemes)."""
    clusters: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        start = i
        ch = text[i]
        i += 1
        if ch == "\r" and i < n and text[i] == "\n":
            i += 1
        elif _is_regional(ch) and i < n and _is_regional(text[i]):
            i += 1  # a flag is a pair of regional indicators
        else:
            kind = _jamo_kind(ch)
            while kind and i < n and _jamo_kind(text[i]) in {"L": ("L", "V"), "V": ("V", "T"), "T": ("T",)}[kind]:
                kind = _jamo_kind(text[i])
                i += 1
        while i < n:
            nxt = text[i]
            if _extends(nxt):
                i += 1
            elif nxt == ZWJ and i + 1 < n:
                i += 2  # a joined emoji sequence such as a family
            elif nxt == ZWJ:
                i += 1
            else:
                break
        clusters.append(text[start:i])
    return clusters


def count_characters(text: str) -> int:
    return len(graphemes(text))


def count_line_breaks(text: str) -> int:
    return text.replace("\r\n", "\n").count("\n")
