"""Sizes and colours shared by widgets and painters (charts, report pages): base font, text-size steps, both colour
schemes, minimum target size. QtGui only, so painters below `ui/` use it; `ui.theme` turns it into a style sheet."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QFont

from danggol_desktop.domain.preferences import TEXT_SCALES

FONT_FAMILY = "NanumBarunGothic"
BASE_POINT_SIZE = 18  # at 100%; DESIGN.md asks for 18 pt or more
MIN_TARGET_PX = 48  # at 100%; WCAG 2.5.5 says 44, we ask for 48
SCALE_STEPS = TEXT_SCALES
# Text roles and their size relative to the body text. Nothing is smaller than the body.
ROLE_FACTORS = {"body": 1.0, "title": 1.6, "heading": 1.25, "tile": 1.35, "big": 2.0}


class Colours(NamedTuple):
    window: str  # page background
    text: str  # body text on window and surface
    muted: str  # hints and captions, still 7:1
    surface: str  # inputs, tiles, secondary buttons
    border: str
    primary: str  # the one main action of a screen
    on_primary: str
    focus: str  # keyboard focus ring
    error: str  # error text on window and surface
    selected: str  # chosen option (checked buttons)
    on_selected: str
    banner: str  # notices across the top
    on_banner: str
    disabled: str
    on_disabled: str


NORMAL = Colours(
    window="#FAF7F0",
    text="#1A1A1A",
    muted="#3B3B3B",
    surface="#FFFFFF",
    border="#4A4A4A",
    primary="#0B3A75",
    on_primary="#FFFFFF",
    focus="#B34700",
    error="#8A1111",
    selected="#0B3A75",
    on_selected="#FFFFFF",
    banner="#FFF1B8",
    on_banner="#1A1A1A",
    disabled="#E2E2E2",
    on_disabled="#333333",
)

HIGH_CONTRAST = Colours(
    window="#000000",
    text="#FFFFFF",
    muted="#F0F0F0",
    surface="#000000",
    border="#FFFFFF",
    primary="#FFE600",
    on_primary="#000000",
    focus="#00E5FF",
    error="#FFB3B3",
    selected="#FFE600",
    on_selected="#000000",
    banner="#FFE600",
    on_banner="#000000",
    disabled="#2A2A2A",
    on_disabled="#E0E0E0",
)

# KakaoTalk's own look for the message preview (the same in both themes, as on the customer's phone).
KAKAO_CHAT = "#B2C7D9"
KAKAO_BUBBLE = "#FFFFFF"
KAKAO_TEXT = "#111111"

# (foreground, background) pairs that carry text; each must reach 7:1 (WCAG 2.2 AAA).
TEXT_PAIRS = [
    ("text", "window"),
    ("text", "surface"),
    ("muted", "window"),
    ("muted", "surface"),
    ("error", "window"),
    ("error", "surface"),
    ("on_primary", "primary"),
    ("on_selected", "selected"),
    ("on_banner", "banner"),
    ("on_disabled", "disabled"),
]


def relative_luminance(hex_colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


class Look:
    """Sizes and colours for one text scale and colour scheme."""

    def __init__(self, scale: int = 100, high_contrast: bool = False, pixel_fonts: bool = False) -> None:
        self.scale = scale if scale in SCALE_STEPS else 100
        self.high_contrast = high_contrast
        self.colours = HIGH_CONTRAST if high_contrast else NORMAL
        # fonts sized in the painter's own units rather than points: for drawings replayed on another device (the
        # report's chart in a 600 dpi PDF), where a point would be six times as many device dots as on screen
        self.pixel_fonts = pixel_fonts

    def point_size(self, role: str = "body") -> float:
        return round(BASE_POINT_SIZE * self.scale / 100 * ROLE_FACTORS[role], 1)

    def px(self, value: float) -> int:
        """A length given at 100% (padding, borders, targets), grown with the text."""
        return max(1, round(value * self.scale / 100))

    @property
    def min_target_px(self) -> int:
        return self.px(MIN_TARGET_PX)

    def font(self, role: str = "body", bold: bool = False) -> QFont:
        f = QFont(FONT_FAMILY)
        if self.pixel_fonts:
            f.setPixelSize(round(self.point_size(role) * 96 / 72))
        else:
            f.setPointSizeF(self.point_size(role))
        f.setBold(bold)
        return f
