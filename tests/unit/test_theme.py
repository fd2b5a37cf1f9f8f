import pytest

from danggol_desktop.look import (
    BASE_POINT_SIZE,
    HIGH_CONTRAST,
    MIN_TARGET_PX,
    NORMAL,
    SCALE_STEPS,
    TEXT_PAIRS,
    Look,
    contrast_ratio,
)


@pytest.mark.parametrize("colours", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_every_text_pair_reaches_7_to_1(colours, pair):
    fg, bg = pair
    assert contrast_ratio(getattr(colours, fg), getattr(colours, bg)) >= 7.0


def test_contrast_formula_matches_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_sizes():
    assert BASE_POINT_SIZE >= 18 and MIN_TARGET_PX >= 48
    assert SCALE_STEPS == (100, 125, 150, 200)
    assert Look(100).point_size() == 18 and Look(200).point_size() == 36
    assert Look(200).min_target_px == 2 * Look(100).min_target_px
    assert Look(999).scale == 100
    assert all(Look(s).point_size(role) >= Look(s).point_size() for s in SCALE_STEPS
               for role in ("title", "heading", "tile", "big"))


def test_the_kakao_preview_colours_are_readable():
    from danggol_desktop.look import KAKAO_BUBBLE, KAKAO_CHAT, KAKAO_TEXT

    assert contrast_ratio(KAKAO_TEXT, KAKAO_BUBBLE) >= 7 and contrast_ratio(KAKAO_TEXT, KAKAO_CHAT) >= 7
