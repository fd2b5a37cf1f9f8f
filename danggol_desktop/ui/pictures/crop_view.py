"""Cropping without skill: the frame stays put at the picture's shape and the photo moves under it — drag it with the
mouse or a finger, or press the arrow keys; zoom with the big buttons or the slider. No handles to grab."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from danggol_desktop.domain.picture import MAX_ZOOM, crop_box

KEY_STEP = 0.04  # an arrow key moves the frame by 4% of the photo


class CropView(QWidget):
    """Shows the part of `photo` the picture will use, at the picture's ratio. `moved` is emitted with the new
    (zoom, centre x, centre y) after every move."""

    moved = Signal(float, float, float)

    def __init__(self, width: int, ratio: float, parent: QWidget | None = None, max_height: int = 0) -> None:
        super().__init__(parent)
        self._width = width
        self._max_height = max_height  # a tall frame on a short screen would push 다음 away
        self.ratio = ratio
        self.photo: QImage | None = None
        self.zoom = 1.0
        self.center = (0.5, 0.5)
        self._drag_from: QPointF | None = None
        self._drag_center = self.center
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self._width
        if self._max_height and width / self.ratio > self._max_height:
            width = round(self._max_height * self.ratio)
        return QSize(width, round(width / self.ratio))

    def set_photo(self, photo: QImage | None, zoom: float, center: tuple[float, float]) -> None:
        self.photo = photo
        self.set_crop(zoom, center, announce=False)

    def set_crop(self, zoom: float, center: tuple[float, float], announce: bool = True) -> None:
        self.zoom = min(max(zoom, 1.0), MAX_ZOOM)
        if self.photo is not None and not self.photo.isNull():
            _box, self.center = crop_box((self.photo.width(), self.photo.height()), self.ratio, self.zoom, center)
        else:
            self.center = center
        self.update()
        if announce:
            self.moved.emit(self.zoom, self.center[0], self.center[1])

    def source_rect(self) -> QRectF:
        assert self.photo is not None
        (left, top, width, height), _c = crop_box((self.photo.width(), self.photo.height()), self.ratio, self.zoom,
                                                  self.center)
        return QRectF(left, top, width, height)

    def paintEvent(self, _event) -> None:  # noqa: N802 - drawn from the photo kept in memory: fast while dragging
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(0, 0, self.width(), self.height())
        if self.photo is None or self.photo.isNull():
            painter.fillRect(target, QColor("#DDDDDD"))
        else:
            painter.drawImage(target, self.photo, self.source_rect())
        pen = QPen(QColor("#D32F2F") if self.hasFocus() else QColor("#333333"), 4)
        painter.setPen(pen)
        painter.drawRect(target.adjusted(2, 2, -2, -2))
        painter.end()

    # -- moving by hand ----------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()
            self._drag_center = self.center
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is None or self.photo is None or self.photo.isNull():
            return
        delta = event.position() - self._drag_from
        source = self.source_rect()
        # dragging the photo right shows more of its left: the frame's centre moves the other way
        dx = -delta.x() * source.width() / max(1, self.width()) / self.photo.width()
        dy = -delta.y() * source.height() / max(1, self.height()) / self.photo.height()
        self.set_crop(self.zoom, (self._drag_center[0] + dx, self._drag_center[1] + dy))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag_from = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        moves = {Qt.Key.Key_Left: (KEY_STEP, 0), Qt.Key.Key_Right: (-KEY_STEP, 0), Qt.Key.Key_Up: (0, KEY_STEP),
                 Qt.Key.Key_Down: (0, -KEY_STEP)}
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]  # an arrow moves the photo that way, like dragging it
            self.set_crop(self.zoom, (self.center[0] + dx / self.zoom, self.center[1] + dy / self.zoom))
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_crop(self.zoom + 0.25, self.center)
            event.accept()
            return
        if key == Qt.Key.Key_Minus:
            self.set_crop(self.zoom - 0.25, self.center)
            event.accept()
            return
        super().keyPressEvent(event)
