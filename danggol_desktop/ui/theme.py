"""The one owner of sizes and colours: base font, text-size steps, both colour themes, minimum target size."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from danggol_desktop.domain.preferences import TEXT_SCALES

FONT_FAMILY = "NanumBarunGothic"
BASE_POINT_SIZE = 18  # at 100%; DESIGN.md asks for 18 pt or more
MIN_TARGET_PX = 48  # at 100%; WCAG 2.5.5 says 44, we ask for 48
SCALE_STEPS = TEXT_SCALES
# Text roles and their size relative to the body text. Nothing is smaller than the body.
ROLE_FACTORS = {"body": 1.0, "title": 1.6, "heading": 1.25, "tile": 1.35, "big": 2.0}


@dataclass(frozen=True)
class Colours:
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


class Theme:
    """Sizes and colours for one text scale and colour scheme; `apply` restyles the whole app at once."""

    def __init__(self, scale: int = 100, high_contrast: bool = False) -> None:
        self.scale = scale if scale in SCALE_STEPS else 100
        self.high_contrast = high_contrast
        self.colours = HIGH_CONTRAST if high_contrast else NORMAL

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
        f.setPointSizeF(self.point_size(role))
        f.setBold(bold)
        return f

    def palette(self) -> QPalette:
        c = self.colours
        p = QPalette()
        roles = {
            QPalette.ColorRole.Window: c.window,
            QPalette.ColorRole.WindowText: c.text,
            QPalette.ColorRole.Base: c.surface,
            QPalette.ColorRole.AlternateBase: c.window,
            QPalette.ColorRole.Text: c.text,
            QPalette.ColorRole.Button: c.surface,
            QPalette.ColorRole.ButtonText: c.text,
            QPalette.ColorRole.BrightText: c.error,
            QPalette.ColorRole.Highlight: c.selected,
            QPalette.ColorRole.HighlightedText: c.on_selected,
            QPalette.ColorRole.PlaceholderText: c.muted,
            QPalette.ColorRole.ToolTipBase: c.banner,
            QPalette.ColorRole.ToolTipText: c.on_banner,
            QPalette.ColorRole.Link: c.primary if not self.high_contrast else c.focus,
        }
        for role, colour in roles.items():
            p.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.on_disabled))
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(c.disabled))
        return p

    def stylesheet(self) -> str:
        c = self.colours
        pt = self.point_size
        px = self.px
        target = self.min_target_px
        return f"""
QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {pt()}pt; color: {c.text}; }}
QMainWindow, QDialog, QWizard, QWizardPage, QScrollArea, QScrollArea > QWidget > QWidget, QStackedWidget {{
    background: {c.window}; }}
QLabel[role="title"] {{ font-size: {pt("title")}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {pt("heading")}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="error"] {{ color: {c.error}; font-weight: bold; }}
QPushButton[role="more"] {{ background: {c.banner}; color: {c.on_banner}; font-weight: bold;
    border: {px(3)}px solid {c.border}; padding: 0px {px(24)}px; min-height: {max(48, px(30))}px; }}
QPushButton[role="day"] {{ min-width: {target}px; min-height: {max(48, px(34))}px; padding: {px(1)}px; }}
QPushButton[role="day"][today="true"] {{ border: {px(4)}px solid {c.focus}; }}
QFrame[role="card"] {{ background: {c.surface}; border: {px(2)}px solid {c.border}; border-radius: {px(10)}px;
    padding: {px(8)}px; }}
QLabel[role="banner"] {{ background: {c.banner}; color: {c.on_banner}; padding: {px(10)}px {px(16)}px;
    border: {px(2)}px solid {c.border}; border-radius: {px(8)}px; }}
QPushButton {{ min-height: {target}px; padding: {px(3)}px {px(20)}px;
    background: {c.surface}; color: {c.text}; border: {px(2)}px solid {c.border}; border-radius: {px(10)}px; }}
QPushButton:hover {{ border-width: {px(3)}px; }}
QPushButton:focus {{ border: {px(4)}px solid {c.focus}; }}
QPushButton:checked {{ background: {c.selected}; color: {c.on_selected}; font-weight: bold; }}
QPushButton:disabled {{ background: {c.disabled}; color: {c.on_disabled}; border-style: dashed; }}
QPushButton[role="primary"] {{ background: {c.primary}; color: {c.on_primary}; font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border: {px(4)}px solid {c.focus}; }}
QPushButton[role="tile"] {{ padding: {px(6)}px; border-width: {px(3)}px; border-radius: {px(16)}px; }}
QPushButton[role="tile"]:focus {{ border: {px(5)}px solid {c.focus}; }}
QPushButton[role="pad"] {{ font-size: {pt("heading")}pt; font-weight: bold; min-height: {target}px;
                          padding: {px(3)}px {px(6)}px; }}
QLineEdit[role="big"] {{ font-size: {pt("big")}pt; font-weight: bold; }}
QLabel[role="big"] {{ font-size: {pt("big")}pt; font-weight: bold; }}
QLabel[role="celebration"] {{ font-size: {pt("title")}pt; font-weight: bold; background: {c.banner};
    color: {c.on_banner}; padding: {px(14)}px; border: {px(3)}px solid {c.border}; border-radius: {px(12)}px; }}
QWidget[role="kakao_chat"] {{ background: {KAKAO_CHAT}; border-radius: {px(16)}px; }}
QLabel[role="kakao_name"] {{ color: {KAKAO_TEXT}; font-weight: bold; }}
QLabel[role="kakao_bubble"] {{ background: {KAKAO_BUBBLE}; color: {KAKAO_TEXT}; padding: {px(12)}px;
    border-radius: {px(14)}px; }}
QLabel[role="on_selected"] {{ color: {c.on_selected}; font-weight: bold; }}
QLabel[role="tile_title"] {{ font-size: {pt("tile")}pt; font-weight: bold; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {{ min-height: {target}px;
    padding: {px(4)}px {px(12)}px; background: {c.surface}; color: {c.text};
    border: {px(2)}px solid {c.border}; border-radius: {px(8)}px;
    selection-background-color: {c.selected}; selection-color: {c.on_selected};
    placeholder-text-color: {c.muted}; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: {px(4)}px solid {c.focus}; }}
QLineEdit[invalid="true"] {{ border: {px(4)}px solid {c.error}; }}
QComboBox QAbstractItemView {{ background: {c.surface}; color: {c.text}; min-height: {target}px; }}
QCheckBox, QRadioButton {{ min-height: {target}px; spacing: {px(12)}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {px(30)}px; height: {px(30)}px; }}
QTableView, QListView {{ background: {c.surface}; color: {c.text}; gridline-color: {c.border};
    alternate-background-color: {c.window}; border: {px(2)}px solid {c.border};
    selection-background-color: {c.selected}; selection-color: {c.on_selected}; }}
QTableView::item, QListView::item {{ padding: {px(8)}px {px(12)}px; min-height: {px(40)}px; }}
QTableView::indicator, QListView::indicator {{ width: {px(28)}px; height: {px(28)}px; }}
QHeaderView::section {{ background: {c.window}; color: {c.text}; font-weight: bold; padding: {px(6)}px {px(12)}px;
    border: {px(1)}px solid {c.border}; }}
QDateEdit::drop-down, QComboBox::drop-down {{ width: {px(40)}px; }}
QScrollBar:vertical {{ width: {px(32)}px; background: {c.window}; border: {px(1)}px solid {c.border};
    border-radius: {px(6)}px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {c.border}; min-height: {target}px; border-radius: {px(5)}px;
    margin: {px(2)}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QToolTip {{ background: {c.banner}; color: {c.on_banner}; border: 1px solid {c.border}; }}
"""

    def apply(self, app: QApplication) -> None:
        app.setFont(self.font())
        app.setPalette(self.palette())
        app.setStyleSheet(self.stylesheet())


def colour_names() -> list[str]:
    return [f.name for f in fields(Colours)]
