"""The app's style: the shared look (`danggol_desktop.look`) as a Qt palette and style sheet; `apply` restyles the
whole app at once."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from danggol_desktop.look import BASE_POINT_SIZE, FONT_FAMILY, KAKAO_BUBBLE, KAKAO_CHAT, KAKAO_TEXT, Look

# Gaps grow half as fast as the text: at 200% text a 12 px gap is 18 px. Big text needs room around it, but on a
# laptop screen at 200% every pixel of height decides whether the main button is still in view.
GAP_GROWTH = 0.25


def gap(value: float) -> int:
    """A margin or spacing given at 100% text size, grown with the text size in use (the application's font)."""
    factor = QApplication.font().pointSizeF() / BASE_POINT_SIZE
    return max(0, round(value * (1 + (factor - 1) * GAP_GROWTH)))


class Theme(Look):
    """A look for one text scale and colour scheme, able to style the application."""

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

        def grow(width: int) -> int:  # a thicker border (hover, focus) than the usual 2: the padding gives it back,
            return px(width) - px(2)  # so that a control never changes size, and nothing moves, when pointed at

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
QPushButton[role="day"]:hover, QPushButton[role="day"]:focus {{ padding: {px(1)}px; }}
QFrame[role="card"] {{ background: {c.surface}; border: {px(2)}px solid {c.border}; border-radius: {px(10)}px;
    padding: {px(8)}px; }}
QLabel[role="banner"] {{ background: {c.banner}; color: {c.on_banner}; padding: 0px {px(10)}px;
    border: {px(2)}px solid {c.border}; border-radius: {px(8)}px; }}
QPushButton {{ min-height: {target}px; padding: {px(3)}px {px(20)}px;
    background: {c.surface}; color: {c.text}; border: {px(2)}px solid {c.border}; border-radius: {px(10)}px; }}
QPushButton:hover {{ border-width: {px(3)}px; padding: {px(3) - grow(3)}px {px(20) - grow(3)}px; }}
QPushButton:focus {{ border: {px(4)}px solid {c.focus}; padding: {px(3) - grow(4)}px {px(20) - grow(4)}px; }}
QPushButton[role="more"]:hover {{ padding: 0px {px(24)}px; }}
QPushButton[role="more"]:focus {{ border: {px(3)}px solid {c.focus}; padding: 0px {px(24)}px; }}
QPushButton:checked {{ background: {c.selected}; color: {c.on_selected}; font-weight: bold; }}
QPushButton:disabled {{ background: {c.disabled}; color: {c.on_disabled}; border-style: dashed; }}
QPushButton[role="primary"] {{ background: {c.primary}; color: {c.on_primary}; font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border: {px(4)}px solid {c.focus}; }}
QPushButton[role="tile"] {{ padding: {px(6)}px; border-width: {px(3)}px; border-radius: {px(16)}px; }}
QPushButton[role="tile"]:hover {{ padding: {px(6)}px; }}
QPushButton[role="tile"]:focus {{ border: {px(5)}px solid {c.focus}; padding: {px(6) - px(5) + px(3)}px; }}
QPushButton[role="pad"] {{ font-size: {pt("heading")}pt; font-weight: bold; min-height: {target}px;
                          padding: {px(3)}px {px(6)}px; }}
QPushButton[role="pad"]:hover {{ padding: {px(3) - grow(3)}px {px(6) - grow(3)}px; }}
QPushButton[role="pad"]:focus {{ padding: {px(3) - grow(4)}px {px(6) - grow(4)}px; }}
QSlider {{ min-height: {target}px; }}
QSlider::groove:horizontal {{ height: {px(10)}px; background: {c.border}; border-radius: {px(5)}px; }}
QSlider::handle:horizontal {{ width: {max(48, px(32))}px; margin: -{px(16)}px 0; background: {c.primary};
    border: {px(2)}px solid {c.surface}; border-radius: {px(10)}px; }}
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
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: {px(4)}px solid {c.focus};
    padding: {px(4) - grow(4)}px {px(12) - grow(4)}px; }}
QLineEdit[invalid="true"] {{ border: {px(4)}px solid {c.error}; padding: {px(4) - grow(4)}px {px(12) - grow(4)}px; }}
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

