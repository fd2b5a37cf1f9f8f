"""Sheets of price tags on A4: each tag the item, its price, its unit, its origin line (원산지) and the channel's QR
with its search ID; dashed lines to cut along. Every page is read back (every QR) before the file takes its name."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPen

from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.price_tags import PriceItem, TagSize, price_text
from danggol_desktop.poster.qr import QUIET_ZONE_MODULES, make_matrix
from danggol_desktop.poster.renderer import INK, UNIT, draw_block, draw_qr, fit_block, unsupported_characters
from danggol_desktop.storage.files import FileNotWritable, check_target, place_file, private_temp

A4_MM = (210.0, 297.0)
CHECK_DPI = 200


class TagsNotReadable(DanggolError):
    code = "tags_not_readable"


@dataclass(frozen=True)
class TagSheet:
    size: TagSize
    items: tuple[PriceItem, ...]
    link: str
    search_line: str  # "카카오톡에서 @아이디 검색", or empty
    shop_name: str
    origin_label: str  # "원산지"

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.items) / self.size.per_sheet))


def _paint_upright_tag(painter: QPainter, sheet: TagSheet, item: PriceItem) -> bool:
    """A tag taller than wide (the large size, stood in a crate): the words stacked and large, the QR under them,
    the origin line at the foot — beside the QR, the words left the lower half of the tag empty."""
    w, h = sheet.size.width_mm * UNIT, sheet.size.height_mm * UNIT
    m = w * 0.07
    width = w - 2 * m
    scale = sheet.size.width_mm
    name = fit_block(item.name, width, (scale * 0.16, scale * 0.07), 2, bold=True)
    price = fit_block(price_text(item.price), width, (scale * 0.2, scale * 0.1), 1, bold=True)
    unit = fit_block(item.unit, width, (scale * 0.1, scale * 0.06), 1, bold=False)
    origin = fit_block(f"{sheet.origin_label}: {item.origin}" if item.origin else "", width,
                       (scale * 0.11, scale * 0.07), 1, bold=True)
    search = fit_block(sheet.search_line, width, (scale * 0.05, scale * 0.035), 2, bold=False)
    y = m
    for block in (name, price, unit):
        y += draw_block(painter, block, m, y, width)
    origin_top = h - m - origin.height - m * 0.3
    room = origin_top - m * 0.5 - search.height - (y + m * 0.5)
    matrix = make_matrix(sheet.link)
    qr_side = min(w * 0.5, room)
    module = qr_side / (matrix.size + 2 * QUIET_ZONE_MODULES)
    quiet = QUIET_ZONE_MODULES * module
    qr_x, qr_y = (w - qr_side) / 2, y + m * 0.5 + max(0.0, (room - qr_side) / 2)
    draw_qr(painter, matrix, qr_x + quiet, qr_y + quiet, module, None)
    draw_block(painter, search, m, qr_y + qr_side, width)
    if origin.text:
        painter.setPen(QPen(INK, 4))
        painter.drawRect(QRectF(m * 0.6, origin_top - m * 0.2, w - 1.2 * m, origin.height + m * 0.5))
        draw_block(painter, origin, m, origin_top, width)
    return all(b.fits for b in (name, price, unit, origin, search)) and qr_side >= 20 * UNIT


def _paint_tag(painter: QPainter, sheet: TagSheet, item: PriceItem) -> bool:
    """One tag in tenths of a millimetre from its top-left corner; False when a word does not fit."""
    if sheet.size.height_mm > sheet.size.width_mm * 1.2:
        return _paint_upright_tag(painter, sheet, item)
    w, h = sheet.size.width_mm * UNIT, sheet.size.height_mm * UNIT
    m = min(w, h) * 0.07
    matrix = make_matrix(sheet.link)
    qr_side = min(h * 0.5, w * 0.34)  # symbol and quiet zone
    module = qr_side / (matrix.size + 2 * QUIET_ZONE_MODULES)
    left_w = w - 2 * m - qr_side - m * 0.5
    scale = min(sheet.size.height_mm, sheet.size.width_mm * 0.75)  # an upright (large) tag sized by its width
    name = fit_block(item.name, left_w, (scale * 0.16, scale * 0.07), 2, bold=True)
    price = fit_block(price_text(item.price), left_w, (scale * 0.22, scale * 0.1), 1, bold=True)
    unit = fit_block(item.unit, left_w, (scale * 0.11, scale * 0.06), 1, bold=False)
    origin = fit_block(f"{sheet.origin_label}: {item.origin}" if item.origin else "", w - 2 * m,
                       (scale * 0.12, scale * 0.07), 1, bold=True)
    search = fit_block(sheet.search_line, qr_side, (scale * 0.055, scale * 0.035), 2, bold=False)
    y = m
    y += draw_block(painter, name, m, y, left_w)
    y += draw_block(painter, price, m, y, left_w)
    draw_block(painter, unit, m, y, left_w)
    quiet = QUIET_ZONE_MODULES * module
    qr_x = w - m - qr_side
    draw_qr(painter, matrix, qr_x + quiet, m + quiet, module, None)
    draw_block(painter, search, qr_x, m + qr_side, qr_side)
    if origin.text:  # the origin line across the bottom, boxed, as the labelling rules ask it to be seen
        top = h - m - origin.height - m * 0.3
        painter.setPen(QPen(INK, 4))
        painter.drawRect(QRectF(m * 0.6, top - m * 0.2, w - 1.2 * m, origin.height + m * 0.5))
        draw_block(painter, origin, m, top, w - 2 * m)
    blocks_fit = all(b.fits for b in (name, price, unit, origin, search))
    return blocks_fit and y + unit.height <= h - m - origin.height - m * 0.5 and m + qr_side + search.height <= h


def paint_page(painter: QPainter, sheet: TagSheet, page: int, px_per_mm: float) -> bool:
    """Page `page` of the sheet; False when a tag's words do not fit."""
    size = sheet.size
    grid_w, grid_h = size.cols * size.width_mm, size.rows * size.height_mm
    x0, y0 = (A4_MM[0] - grid_w) / 2, (A4_MM[1] - grid_h) / 2
    items = sheet.items[page * size.per_sheet:(page + 1) * size.per_sheet]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(px_per_mm / UNIT, px_per_mm / UNIT)
    fits = True
    for n, item in enumerate(items):
        row, col = divmod(n, size.cols)
        painter.save()
        painter.translate((x0 + col * size.width_mm) * UNIT, (y0 + row * size.height_mm) * UNIT)
        fits = _paint_tag(painter, sheet, item) and fits
        painter.restore()
    painter.setPen(QPen(INK, 2, Qt.PenStyle.DashLine))  # where to cut
    for c in range(size.cols + 1):
        x = (x0 + c * size.width_mm) * UNIT
        painter.drawLine(QPointF(x, y0 * UNIT), QPointF(x, (y0 + grid_h) * UNIT))
    for r in range(size.rows + 1):
        y = (y0 + r * size.height_mm) * UNIT
        painter.drawLine(QPointF(x0 * UNIT, y), QPointF((x0 + grid_w) * UNIT, y))
    painter.restore()
    return fits


def check_sheet(sheet: TagSheet) -> None:
    """Words the font cannot draw or that do not fit a tag are refused before anything is written."""
    texts = [item.name for item in sheet.items] + [item.unit for item in sheet.items] + [sheet.shop_name]
    missing = unsupported_characters(texts)
    if missing:
        raise InvalidInput("poster_unsupported", "item", detail="".join(sorted(missing)))
    image = QImage(QSize(210, 297), QImage.Format.Format_RGB32)
    for page in range(sheet.pages):
        painter = QPainter(image)
        fits = paint_page(painter, sheet, page, 1.0)
        painter.end()
        if not fits:
            raise InvalidInput("tag_too_long", "item")


def _reads_back(path: Path, sheet: TagSheet) -> bool:
    from danggol_desktop.poster.output import reads_back, rendered_pages

    images = rendered_pages(path, CHECK_DPI, sheet.pages)
    per = sheet.size.per_sheet
    return images is not None and all(reads_back(image, sheet.link, len(sheet.items[n * per:(n + 1) * per]))
                                      for n, image in enumerate(images))


def export_tags(sheet: TagSheet, path: Path, title: str, overwrite: bool = True) -> int:
    """Write the sheets to a private temporary, read every QR back, then give the file its name; returns pages."""
    path = Path(path)
    check_target(path, overwrite)
    check_sheet(sheet)
    with private_temp(".pdf") as tmp:
        from danggol_desktop.poster.output import a4_writer

        writer = a4_writer(tmp, title)
        painter = QPainter(writer)
        for page in range(sheet.pages):
            if page:
                writer.newPage()
            paint_page(painter, sheet, page, 300 / 25.4)
        painter.end()
        if tmp.stat().st_size == 0:
            raise FileNotWritable(detail=str(path))
        if not _reads_back(tmp, sheet):
            raise TagsNotReadable(detail=str(path))
        place_file(tmp, path, overwrite)
    return sheet.pages


