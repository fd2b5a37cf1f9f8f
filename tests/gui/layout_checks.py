"""What an older user meets on a screen: clipped text, small targets, English in the Korean UI."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from danggol_desktop.ui.widgets.tile import TileButton

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Words that stay Latin in the Korean UI: product names, and each language's own name in the language switch.
ALLOWED_LATIN = {"QR", "PDF", "PNG", "CSV", "USB", "SMS", "Kakao", "KakaoTalk", "pf", "kakao", "com", "https", "http",
                 "www", "English"}


def visible_widgets(top: QWidget) -> list[QWidget]:
    return [w for w in [top, *top.findChildren(QWidget)] if w.isVisible() and w.width() > 0]


def shown_texts(top: QWidget) -> list[str]:
    texts = []
    for w in visible_widgets(top):
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QLineEdit) and not w.text():
            texts.append(w.placeholderText())
    return [t for t in texts if t.strip()]


def clipped_texts(top: QWidget) -> list[str]:
    found = []
    for w in visible_widgets(top):
        if isinstance(w, QLabel) and w.text():
            fm = QFontMetrics(w.font())
            room = w.contentsRect()
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 2:
                    found.append(f"label cut vertically: {w.text()[:40]!r}")
            elif fm.horizontalAdvance(w.text()) > room.width() + 1:
                found.append(f"label cut: {w.text()[:40]!r} needs {fm.horizontalAdvance(w.text())} has {room.width()}")
        elif isinstance(w, QAbstractButton) and w.text() and not isinstance(w, TileButton):
            need = QFontMetrics(w.font()).horizontalAdvance(w.text().replace("&", ""))
            if need > w.contentsRect().width() - 8:
                found.append(f"button cut: {w.text()!r} needs {need} has {w.contentsRect().width()}")
    return found


def small_targets(top: QWidget, minimum: int) -> list[str]:
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} is {w.width()}x{w.height()}"
        for w in visible_widgets(top)
        if isinstance(w, (QAbstractButton, QLineEdit)) and min(w.width(), w.height()) < minimum
    ]


def unnamed_controls(top: QWidget) -> list[str]:
    return [type(w).__name__ for w in visible_widgets(top)
            if isinstance(w, (QAbstractButton, QLineEdit)) and not (w.accessibleName() or getattr(w, "text", str)())]


def latin_leaks(texts: list[str], allowed_extra: set[str] = frozenset()) -> list[str]:
    allowed = ALLOWED_LATIN | set(allowed_extra)
    return [t for t in texts if any(word not in allowed for word in LATIN_WORD.findall(t))]


def hangul_leaks(texts: list[str], allowed: set[str]) -> list[str]:
    return [t for t in texts if HANGUL.search(t) and t not in allowed]


def overlapping_controls(top: QWidget) -> list[str]:
    """Pairs of visible buttons and fields that cover each other (a tap could hit the wrong one)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractScrollArea

    def shown_box(widget: QWidget) -> QRect:
        """The part on screen: clipped by every scrolling area it sits in."""
        box = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        parent = widget.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
                box = box.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        return box

    controls = [w for w in visible_widgets(top) if isinstance(w, (QAbstractButton, QLineEdit))
                and w.window() is top.window()]
    boxes = [(w, shown_box(w)) for w in controls]
    boxes = [(w, box) for w, box in boxes if not box.isEmpty()]
    found = []
    for index, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[index + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if box_a.intersects(box_b):
                found.append(f"{getattr(a, 'text', str)()!r} overlaps {getattr(b, 'text', str)()!r}")
    return found


def wider_than_view(top: QWidget) -> list[str]:
    """Scrolling parts whose content is wider than they are: with no sideways scroll bar, its right side is cut."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    found = []
    for area in top.findChildren(QScrollArea):
        body = area.widget()
        if (area.isVisible() and body is not None
                and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and body.minimumSizeHint().width() > area.viewport().width() + 1):
            found.append(f"{type(area.window()).__name__}: content {body.minimumSizeHint().width()} px wide in "
                         f"{area.viewport().width()} px")
    return found
