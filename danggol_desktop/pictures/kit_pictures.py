"""The channel kit's pictures: a square profile picture (the shop's name large on its category's colour, or its
logo centred) and a square coupon picture (title, benefit, dates, shop). One painter per picture serves the screen's
preview and the PNG file; each returns where its text went, so tests can check that nothing left the picture."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from danggol_desktop.look import FONT_FAMILY  # the bundled font, named once
from danggol_desktop.storage.files import write_atomically

INK_DARK, INK_LIGHT = QColor("#1A1A1A"), QColor("#FFFFFF")
MIN_TEXT_SHARE = 0.045  # no line smaller than 4.5% of the picture's side: still readable as a phone thumbnail


@dataclass
class PictureReport:
    """Where each text went (in picture pixels) and which did not fit at the smallest size allowed."""

    text_boxes: dict[str, QRectF] = field(default_factory=dict)
    too_long: set[str] = field(default_factory=set)


def _font(px: float, bold: bool = True) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def ink_for(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background (WCAG relative luminance)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) + 0.0722 * channel(
        background.blueF())
    return INK_DARK if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else INK_LIGHT


def _fits(text: str, size: float, bold: bool, box: QRectF, flags: int) -> bool:
    needed = QFontMetricsF(_font(size, bold)).boundingRect(QRectF(0, 0, box.width(), 1e6), flags, text)
    return needed.height() <= box.height() and needed.width() <= box.width() + 0.5


def fit_text(painter: QPainter, report: PictureReport, key: str, box: QRectF, text: str, largest: float,
             smallest: float, bold: bool = True, ink: QColor = INK_DARK) -> None:
    """Draw `text` in `box` at the largest size from `largest` down to `smallest` at which its wrapped lines fit;
    when even `smallest` does not fit, it is drawn at `smallest`, clipped to the box, and `key` is reported."""
    if not text:
        return
    centre = int(Qt.AlignmentFlag.AlignCenter)
    flags = centre | int(Qt.TextFlag.TextWordWrap)
    size = largest
    while True:
        fits = _fits(text, size, bold, box, flags)
        if not fits and size <= smallest * 1.0001:
            # a long name without spaces (20 Hangul syllables) may break between syllables rather than not fit
            anywhere = centre | int(Qt.TextFlag.TextWrapAnywhere)
            if _fits(text, size, bold, box, anywhere):
                flags, fits = anywhere, True
        if fits or size <= smallest * 1.0001:
            break
        size = max(smallest, size * 0.92)
    if not fits:
        report.too_long.add(key)
    painter.save()
    painter.setFont(_font(size, bold))
    painter.setPen(ink)
    painter.setClipRect(box)
    drawn = painter.boundingRect(box, flags, text)
    painter.drawText(box, flags, text)
    painter.restore()
    report.text_boxes[key] = drawn.intersected(box) if not fits else drawn


def paint_profile(painter: QPainter, side: int, name: str, colour: str, logo: QImage | None = None) -> PictureReport:
    """The profile picture: the shop's name large and centred on `colour`, or the logo centred on white. Kakao shows
    it in a circle, so everything stays inside the inscribed circle's square."""
    report = PictureReport()
    background = QColor(colour) if logo is None else QColor("#FFFFFF")
    painter.fillRect(QRectF(0, 0, side, side), background)
    safe = side * 0.70710678 * 0.92  # the square inside Kakao's round crop, with a little air
    box = QRectF((side - safe) / 2, (side - safe) / 2, safe, safe)
    if logo is not None and not logo.isNull():
        scaled = logo.scaled(int(safe), int(safe), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(QRectF(box.center().x() - scaled.width() / 2, box.center().y() - scaled.height() / 2,
                                 scaled.width(), scaled.height()), scaled)
        return report
    fit_text(painter, report, "name", box, name, side * 0.22, side * MIN_TEXT_SHARE * 2, ink=ink_for(background))
    return report


def paint_coupon(painter: QPainter, side: int, title: str, benefit: str, period: str, shop: str,
                 colour: str) -> PictureReport:
    """The coupon picture: a coloured ticket with the benefit largest, the title above, the days and the shop below."""
    report = PictureReport()
    back = QColor(colour)
    painter.fillRect(QRectF(0, 0, side, side), back)
    margin = side * 0.06
    ticket = QRectF(margin, margin, side - 2 * margin, side - 2 * margin)
    painter.setPen(QPen(ink_for(back), side * 0.008, Qt.PenStyle.DashLine))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(ticket, side * 0.04, side * 0.04)
    inner = ticket.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05)
    h = inner.height()
    small = side * MIN_TEXT_SHARE
    words: tuple[tuple[str, str, float, float, float], ...]
    if benefit:
        words = (("title", title, 0.00, 0.24, side * 0.085), ("benefit", benefit, 0.26, 0.36, side * 0.16))
    else:  # the title says it all ("친구 추가 감사 10% 할인"): it takes the big place
        words = (("title", title, 0.04, 0.56, side * 0.13),)
    rows = (*words, ("period", period, 0.66, 0.16, side * 0.06), ("shop", shop, 0.84, 0.16, side * 0.06))
    for key, text, top, share, largest in rows:
        box = QRectF(inner.left(), inner.top() + top * h, inner.width(), share * h)
        fit_text(painter, report, key, box, text, largest, small, bold=key != "period")
    return report


def render(size: tuple[int, int], paint: Callable[[QPainter], PictureReport]) -> tuple[QImage, PictureReport]:
    """An opaque image of `size` pixels painted by `paint(painter)`: every picture of the kit and the picture maker."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    report = paint(painter)
    painter.end()
    return image, report


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; the binding takes str
    buffer.close()
    return bytes(data.data())


def save_png(image: QImage, path: Path, overwrite: bool = True) -> int:
    """Write the picture (nothing half-written if the place cannot be written); returns its size in bytes."""
    data = png_bytes(image)
    write_atomically(Path(path), data, overwrite=overwrite)
    return len(data)


def logo_image(png: bytes) -> QImage:
    """A checked logo (pictures.logo.load_logo's PNG bytes) as a QImage."""
    image = QImage()
    image.loadFromData(io.BytesIO(png).getvalue(), "PNG")
    return image
