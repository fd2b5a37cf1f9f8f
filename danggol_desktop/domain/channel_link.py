"""KakaoTalk Channel addresses: whatever a merchant pastes becomes the add-friend link, or a coded refusal."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from danggol_desktop.domain.errors import InvalidChannelLink

CHANNEL_HOSTS = ("pf.kakao.com", "www.pf.kakao.com")
# Channel ids are an underscore and Latin letters/digits (e.g. `_xkxaxkxj`); case matters.
_ID = re.compile(r"_[A-Za-z0-9]{1,32}")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_HOST_PORT = re.compile(r"^[^/:]+:\d+(/|$)")
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
JAMO = re.compile("[\u1100-\u11ff\u3130-\u318f]")  # single consonants and vowels, as Hangul mode types letters
_QUOTES = "\"'`“”‘’「」『』<>《》"


def typed_in_hangul_mode(text: str) -> bool:
    """An address typed with the keyboard in Hangul mode: `ㅔㄹ.ㅏ마매.채ㅡ/_…` for `pf.kakao.com/_…` — single jamo,
    or Hangul with the dots of an address — never a Korean word or a search ID like @해남채소."""
    if JAMO.search(text):
        return True
    return bool(HANGUL.search(text)) and "." in text and "pf.kakao.com" not in text.lower()


def friend_link(channel_id: str) -> str:
    """The add-friend link for a checked channel id."""
    return f"https://pf.kakao.com/{channel_id}/friend"


def normalize_channel_link(text: str | None) -> str:
    """Turn a pasted or typed channel address into `https://pf.kakao.com/_<id>/friend`.

    Raises InvalidChannelLink with one of the codes: empty, search_id, channel_hangul, unsafe_scheme, other_host,
    missing_id, bad_id.
    """
    if text is None:
        raise InvalidChannelLink("empty", "channel")
    s = unicodedata.normalize("NFKC", str(text))
    s = re.sub(r"\s+", "", s).strip(_QUOTES)
    if not s:
        raise InvalidChannelLink("empty", "channel")
    if s.startswith("@"):
        raise InvalidChannelLink("search_id", "channel")
    if typed_in_hangul_mode(s):
        raise InvalidChannelLink("channel_hangul", "channel")
    if s.startswith("_"):
        return friend_link(_checked_id(s.split("/")[0]))
    scheme = _SCHEME.match(s)
    if scheme and scheme.group(1).lower() not in ("http", "https") and not _HOST_PORT.match(s):
        raise InvalidChannelLink("unsafe_scheme", "channel", scheme.group(1).lower())
    if not scheme or _HOST_PORT.match(s):
        s = "https://" + s.lstrip("/")
    try:
        parts = urlsplit(s)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError as exc:
        raise InvalidChannelLink("other_host", "channel", str(exc)) from None
    if parts.username is not None or parts.password is not None or host not in CHANNEL_HOSTS:
        raise InvalidChannelLink("other_host", "channel", host)
    if port not in (None, 80, 443):
        raise InvalidChannelLink("other_host", "channel", f"port {port}")
    segments = [p for p in parts.path.split("/") if p]
    if not segments:
        raise InvalidChannelLink("missing_id", "channel")
    if segments[0].startswith("@"):
        raise InvalidChannelLink("search_id", "channel")
    return friend_link(_checked_id(segments[0]))


def _checked_id(candidate: str) -> str:
    if not _ID.fullmatch(candidate):
        raise InvalidChannelLink("bad_id", "channel", candidate[:40])
    return candidate
