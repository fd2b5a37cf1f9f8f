import pytest
from hypothesis import given
from hypothesis import strategies as st

from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import InvalidChannelLink

LINK = "https://pf.kakao.com/_AbCdE/friend"


@pytest.mark.parametrize(
    "raw",
    [
        "https://pf.kakao.com/_AbCdE",
        "http://pf.kakao.com/_AbCdE",
        "pf.kakao.com/_AbCdE/friend",
        "https://pf.kakao.com/_AbCdE/chat",
        "https://pf.kakao.com/_AbCdE/",
        "https://www.pf.kakao.com/_AbCdE",
        "HTTPS://PF.KAKAO.COM/_AbCdE",
        "https://pf.kakao.com/_AbCdE?utm_source=qr#top",
        "  https://pf.kakao.com/_AbCdE  ",
        '"https://pf.kakao.com/_AbCdE"',
        "‘pf.kakao.com/_AbCdE’",
        "ｐｆ．ｋａｋａｏ．ｃｏｍ／＿ＡｂＣｄＥ",
        "_AbCdE",
        " _AbCdE ",
        "https://pf.kakao.com:443/_AbCdE",
        "pf.kakao.com/_AbCdE/posts/123",
        "https://pf.kakao.com/ _AbCdE",
    ],
)
def test_accepted_forms_become_the_add_friend_link(raw):
    assert normalize_channel_link(raw) == LINK


@pytest.mark.parametrize(
    "raw, code",
    [
        ("", "empty"),
        ("   ", "empty"),
        (None, "empty"),
        ("@해남채소", "search_id"),
        ("https://pf.kakao.com/@해남채소", "search_id"),
        ("javascript:alert(1)", "unsafe_scheme"),
        ("data:text/html,hi", "unsafe_scheme"),
        ("file:///etc/passwd", "unsafe_scheme"),
        ("https://example.com/_AbCdE", "other_host"),
        ("pf.kakao.com.evil.example/_AbCdE", "other_host"),
        ("https://pf-kakao.com/_AbCdE", "other_host"),
        ("https://pf.kakao.com@evil.example/_AbCdE", "other_host"),
        ("https://evil.example/?u=pf.kakao.com/_AbCdE", "other_host"),
        ("https://pf.kakao.com:8080/_AbCdE", "other_host"),
        ("https://pf.kakao.com/", "missing_id"),
        ("https://pf.kakao.com/AbCdE", "bad_id"),
        ("https://pf.kakao.com/_Ab<script>", "bad_id"),
        ("_해남채소", "bad_id"),
        ("ㅔㄹ.ㅏ마매.채ㅡ/_AbCdE", "channel_hangul"),  # pf.kakao.com/_AbCdE typed in Hangul mode
        ("ㅗㅅ쵸ㄴ://ㅔㄹ.ㅏ마매.채ㅡ", "channel_hangul"),
        ("해남채소", "other_host"),
    ],
)
def test_refused_forms_carry_a_code(raw, code):
    with pytest.raises(InvalidChannelLink) as caught:
        normalize_channel_link(raw)
    assert caught.value.code == code


@given(st.text(max_size=80))
def test_any_input_gives_the_exact_link_or_our_own_error(text):
    try:
        result = normalize_channel_link(text)
    except InvalidChannelLink:
        return
    assert result.startswith("https://pf.kakao.com/_") and result.endswith("/friend")
    channel_id = result[len("https://pf.kakao.com/"):-len("/friend")]
    assert channel_id[1:].isascii() and channel_id[1:].isalnum()


@given(st.from_regex(r"_[A-Za-z0-9]{1,20}", fullmatch=True), st.sampled_from(["", "/friend", "/chat", "/", "?a=1"]))
def test_every_real_id_round_trips(channel_id, tail):
    assert normalize_channel_link(f"pf.kakao.com/{channel_id}{tail}") == f"https://pf.kakao.com/{channel_id}/friend"
