"""A KakaoTalk chat room about a phone's width with one message from the shop's channel: an optional picture above
the words, as KakaoTalk shows it. The message wizard's preview and the channel kit's welcome message use it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from danggol_desktop.ui.widgets.page import styled_label

PHONE_WIDTH = 360  # px at 100%: about a phone's width
PICTURE_MAX_PX = 320  # a picture stays phone-sized at 200% text, so the words stay near


class KakaoBubble(QWidget):
    """`max_width` caps the phone's width at large text (the words then wrap more) where the screen needs it."""

    def __init__(self, name: str, px: Callable[[float], int], max_width: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "kakao_chat")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        width = px(PHONE_WIDTH)
        self.setFixedWidth(min(width, max_width) if max_width else width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(px(14), px(14), px(14), px(14))
        self.name = styled_label(name, "kakao_name")
        self.picture = QLabel()  # a picture from 내 그림 comes above the words
        self.picture.setAccessibleName(QCoreApplication.translate("KakaoBubble", "The message's picture"))
        self.picture.hide()
        self.bubble = styled_label("", "kakao_bubble")
        self.bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name)
        layout.addWidget(self.picture)
        layout.addWidget(self.bubble)
        layout.addStretch(1)

    def set_picture(self, path: Path | None) -> None:
        image = QImage(str(path)) if path is not None else QImage()
        if image.isNull():
            self.picture.clear()
            self.picture.hide()
            return
        width = min(self._inner_width(), PICTURE_MAX_PX)
        self.picture.setPixmap(QPixmap.fromImage(image).scaledToWidth(width,
                                                                      Qt.TransformationMode.SmoothTransformation))
        self.picture.show()

    def set_text(self, text: str) -> None:
        self.bubble.setText(text)
        self.setAccessibleDescription(text)
        self._fit()

    def _inner_width(self) -> int:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        return self.width() - (margins.left() + margins.right() if margins is not None else 0)

    def _fit(self) -> None:
        """The phone's width is fixed, so the height the wrapped message needs is known: ask for all of it (the
        bubble itself too: a box layout hands out height by size hints, not by wrapped height)."""
        if not shiboken6.isValid(self):
            return
        layout = self.layout()
        if layout is not None:
            self.bubble.setMinimumHeight(max(0, self.bubble.heightForWidth(self._inner_width())))
            layout.invalidate()
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))

    def showEvent(self, event) -> None:  # noqa: N802 - the text size may have changed since set_text
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)  # once the bubble has its own style (padding, font) for this size

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._fit)
