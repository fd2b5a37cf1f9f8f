"""One painter per picture for the screen's preview, the image file and the flyer's PDF: the photo (or the shop
kind's colour), the headline large on a band dark enough to read over any photo, a price badge with the old price
crossed out, the shop's name — every text auto-fitted, never below the kind's minimum size, and reported when it does
not fit rather than shrunk away."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from danggol_desktop.pictures.kit_pictures import PictureReport, fit_text, ink_for
from danggol_desktop.poster.qr import QrMatrix
from danggol_desktop.poster.renderer import draw_qr

# over a photo the headline band is the template's colour at this opacity: white text on it reads at 4.5:1 or better
# whatever the photo (tested against a white photo)
BAND_ALPHA = 225
BADGE = QColor("#FEE500")
INK = QColor("#1A1A1A")
WHITE = QColor("#FFFFFF")


@dataclass(frozen=True)
class PictureWords:
    headline: str
    price: str = ""  # already formatted: "3,000원"
    old_price: str = ""
    shop: str = ""
    tag: str = ""  # the template's corner word ("특가", "새 상품" …)


@dataclass(frozen=True)
class TemplateLook:
    """What makes one template look unlike another even with no price: its colour (the headline band over a photo,
    a stripe under the headline without one) and its corner tag."""

    band: str = "#000000"


def paint_picture(painter: QPainter, size: tuple[int, int], photo: QImage | None, words: PictureWords, colour: str,
                  min_share: float, look: TemplateLook | None = None) -> PictureReport:
    """Paint a message, coupon or profile picture of `size` pixels. `photo` is already cropped to the frame."""
    look = look or TemplateLook()
    accent = QColor(look.band)
    width, height = size
    report = PictureReport()
    short = min(width, height)
    smallest = short * min_share
    canvas = QRectF(0, 0, width, height)
    if photo is not None and not photo.isNull():
        painter.drawImage(canvas, photo)
        band_colour, ink = QColor(accent.red(), accent.green(), accent.blue(), BAND_ALPHA), WHITE
    else:
        background = QColor(colour)
        painter.fillRect(canvas, background)
        band_colour, ink = QColor(0, 0, 0, 0), ink_for(background)
    pad = short * 0.04
    # the headline: a band across the top, a quarter of the height (more room for it without a photo)
    band_h = height * (0.28 if photo is not None else 0.42)
    band = QRectF(0, 0, width, band_h)
    painter.fillRect(band, band_colour)
    if photo is None or photo.isNull():  # on the kind's colour: the template's colour as a stripe under the headline
        painter.fillRect(QRectF(0, band_h - short * 0.03, width, short * 0.03), accent)
    fit_text(painter, report, "headline", band.adjusted(pad, pad, -pad, -pad), words.headline, short * 0.13,
             smallest, ink=ink)
    if words.tag:
        _tag(painter, report, QRectF(pad, band_h + pad * 0.6, short * 0.34, max(short * 0.1, smallest * 1.5)),
             words.tag, accent, smallest)
    # the shop's name: a thinner band at the foot, on the left (the badge takes the right)
    if words.shop:
        foot_h = max(height * 0.11, smallest * 1.6)
        foot = QRectF(0, height - foot_h, width, foot_h)
        painter.fillRect(foot, band_colour)
        shop_box = QRectF(pad, foot.top(), width * (0.55 if words.price else 1) - 2 * pad, foot_h)
        fit_text(painter, report, "shop", shop_box, words.shop, short * 0.07, smallest, ink=ink)
    if words.price:
        _price_badge(painter, report, size, words, smallest)
    return report


def _tag(painter: QPainter, report: PictureReport, box: QRectF, text: str, fill: QColor, smallest: float) -> None:
    painter.save()
    painter.setPen(QPen(WHITE, max(2.0, box.height() * 0.06)))
    painter.setBrush(fill)
    painter.drawRoundedRect(box, box.height() * 0.3, box.height() * 0.3)
    painter.restore()
    inner = box.adjusted(box.height() * 0.2, box.height() * 0.1, -box.height() * 0.2, -box.height() * 0.1)
    fit_text(painter, report, "tag", inner, text, box.height() * 0.62, smallest, ink=WHITE)


def _price_badge(painter: QPainter, report: PictureReport, size: tuple[int, int], words: PictureWords,
                 smallest: float) -> None:
    width, height = size
    short = min(width, height)
    badge_w = min(width * 0.44, short * 0.62)
    badge_h = short * (0.34 if words.old_price else 0.24)
    margin = short * 0.035
    badge = QRectF(width - badge_w - margin, height - badge_h - margin, badge_w, badge_h)
    painter.save()
    painter.setPen(QPen(INK, short * 0.008))
    painter.setBrush(BADGE)
    painter.drawRoundedRect(badge, short * 0.04, short * 0.04)
    painter.restore()
    inner = badge.adjusted(short * 0.025, short * 0.015, -short * 0.025, -short * 0.015)
    if words.old_price:
        old_box = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.34)
        fit_text(painter, report, "old_price", old_box, words.old_price, short * 0.06, smallest, bold=False, ink=INK)
        drawn = report.text_boxes.get("old_price")
        if drawn is not None:  # crossed out
            painter.save()
            painter.setPen(QPen(QColor("#C62828"), max(2.0, short * 0.008)))
            middle = drawn.center().y()
            painter.drawLine(QPointF(drawn.left(), middle), QPointF(drawn.right(), middle))
            painter.restore()
        price_box = QRectF(inner.left(), old_box.bottom(), inner.width(), inner.height() - old_box.height())
    else:
        price_box = inner
    fit_text(painter, report, "price", price_box, words.price, short * 0.12, smallest, ink=INK)


@dataclass(frozen=True)
class FlyerItem:
    name: str
    price: str  # formatted, or ""
    photo: QImage | None


@dataclass(frozen=True)
class FlyerWords:
    headline: str
    shop: str
    hours: str
    call: str  # "카메라로 찍고 친구 추가하세요"


def paint_flyer(painter: QPainter, size: tuple[int, int], items: list[FlyerItem], words: FlyerWords,
                matrix: QrMatrix | None, colour: str, min_share: float) -> PictureReport:
    """An A4 flyer in `size` units (1240 x 1754 for the picture; the PDF paints the same units onto the page):
    title band, 2–6 products in a grid (photo, name, price), and at the foot the channel's QR with the hours."""
    width, height = size
    report = PictureReport()
    smallest = width * min_share * 0.6  # a printed A4 is read from closer than a phone thumbnail
    painter.fillRect(QRectF(0, 0, width, height), WHITE)
    pad = width * 0.04
    head = QRectF(0, 0, width, height * 0.14)
    background = QColor(colour)
    painter.fillRect(head, background)
    fit_text(painter, report, "headline", QRectF(pad, pad * 0.5, width - 2 * pad, head.height() * 0.62),
             words.headline, width * 0.075, smallest, ink=ink_for(background))
    fit_text(painter, report, "shop", QRectF(pad, head.height() * 0.62, width - 2 * pad, head.height() * 0.34),
             words.shop, width * 0.045, smallest, ink=ink_for(background))
    columns = 2 if len(items) <= 4 else 3
    rows = (len(items) + columns - 1) // columns
    grid_top, grid_bottom = head.bottom() + pad, height * 0.76
    cell_w = (width - pad * (columns + 1)) / columns
    cell_h = (grid_bottom - grid_top - pad * (rows - 1)) / max(rows, 1)
    for index, item in enumerate(items):
        col, row = index % columns, index // columns
        cell = QRectF(pad + col * (cell_w + pad), grid_top + row * (cell_h + pad), cell_w, cell_h)
        _flyer_item(painter, report, index, cell, item, background, smallest)
    foot = QRectF(pad, grid_bottom + pad, width - 2 * pad, height - grid_bottom - 2 * pad)
    if matrix is not None:
        quiet = 4
        module = min(foot.height(), foot.width() * 0.34) / (matrix.size + 2 * quiet)
        side = module * (matrix.size + 2 * quiet)
        painter.fillRect(QRectF(foot.left(), foot.top(), side, side), WHITE)
        draw_qr(painter, matrix, foot.left() + quiet * module, foot.top() + quiet * module, module, None)
        text_left = foot.left() + side + pad
    else:
        text_left = foot.left()
    text = QRectF(text_left, foot.top(), foot.right() - text_left, foot.height())
    fit_text(painter, report, "call", QRectF(text.left(), text.top(), text.width(), text.height() * 0.5),
             words.call, width * 0.045, smallest, ink=INK)
    fit_text(painter, report, "hours", QRectF(text.left(), text.top() + text.height() * 0.5, text.width(),
                                             text.height() * 0.5), words.hours, width * 0.035, smallest,
             bold=False, ink=INK)
    return report


def _flyer_item(painter: QPainter, report: PictureReport, index: int, cell: QRectF, item: FlyerItem,
                background: QColor, smallest: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#777777"), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(cell, 18, 18)
    painter.restore()
    photo_box = QRectF(cell.left() + 12, cell.top() + 12, cell.width() - 24, cell.height() * 0.64)
    if item.photo is not None and not item.photo.isNull():
        painter.drawImage(photo_box, item.photo, _cover(item.photo, photo_box))
    else:
        painter.fillRect(photo_box, background.lighter(185))
    text_top = photo_box.bottom() + 6
    rest = cell.bottom() - text_top - 8
    fit_text(painter, report, f"name{index}", QRectF(cell.left() + 12, text_top, cell.width() - 24, rest * 0.5),
             item.name, cell.width() * 0.12, smallest, ink=INK)
    if item.price:
        fit_text(painter, report, f"price{index}", QRectF(cell.left() + 12, text_top + rest * 0.5, cell.width() - 24,
                                                         rest * 0.5), item.price, cell.width() * 0.13, smallest,
                 ink=QColor("#B71C1C"))


def _cover(image: QImage, box: QRectF) -> QRectF:
    """The middle part of `image` with the box's proportions: the photo fills the box without being squeezed."""
    ratio = box.width() / box.height()
    width, height = image.width(), image.height()
    if width / height > ratio:
        used = height * ratio
        return QRectF((width - used) / 2, 0, used, height)
    used = width / ratio
    return QRectF(0, (height - used) / 2, width, used)
