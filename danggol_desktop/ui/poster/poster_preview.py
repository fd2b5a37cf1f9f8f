"""The live poster preview: the same renderer as the printer, painted into a picture the size of the widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from danggol_desktop.poster.output import Poster
from danggol_desktop.poster.renderer import RenderReport, paint_poster


class PosterPreview(QWidget):
    def __init__(self, appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._appearance = appearance
        self._poster: Poster | None = None
        self._image: QImage | None = None
        self.report: RenderReport | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("PosterPreview", "Poster preview"))

    def set_poster(self, poster: Poster | None) -> RenderReport | None:
        self._poster = poster
        self._image = None
        self.report = self._render() if poster is not None else None
        self.update()
        return self.report

    def _page_rect(self) -> QRectF:
        if self._poster is None:
            return QRectF()
        w_mm, h_mm = self._poster.layout.page_mm
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        scale = min(area.width() / w_mm, area.height() / h_mm)
        w, h = w_mm * scale, h_mm * scale
        return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)

    def _render(self) -> RenderReport | None:
        if self._poster is None:
            return None
        page = self._page_rect()
        if page.width() < 10 or page.height() < 10:
            page = QRectF(0, 0, 210, 297)
        ratio = self.devicePixelRatioF()
        image = QImage(max(1, round(page.width() * ratio)), max(1, round(page.height() * ratio)),
                       QImage.Format.Format_RGB32)
        painter = QPainter(image)
        report = paint_poster(painter, QRectF(image.rect()), self._poster.layout, self._poster.content,
                              self._poster.matrix)
        painter.end()
        image.setDevicePixelRatio(ratio)
        self._image = image
        return report

    def resizeEvent(self, event) -> None:  # noqa: N802
        if self._poster is not None:
            self.report = self._render()
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._appearance.theme.px(220), self._appearance.theme.px(300))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._appearance.theme.px(420), self._appearance.theme.px(560))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        colours = self._appearance.theme.colours
        painter.fillRect(self.rect(), QColor(colours.window))
        if self._image is not None:
            page = self._page_rect()
            painter.drawImage(page, self._image)
            painter.setPen(QPen(QColor(colours.border), 2))
            painter.drawRect(page)
        else:
            painter.setPen(QColor(colours.text))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             QCoreApplication.translate("PosterPreview", "The poster will appear here."))
        painter.end()
