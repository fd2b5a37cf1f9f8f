"""Banners at real size for a print shop (PDF with bleed, crop marks, TrimBox and BleedBox) or tiled on A4 sheets for
a home printer; the QR is read back from a render at the pixels a phone's camera has at the reading distance before
anything takes the file's name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from danggol_desktop.domain.banner_sizes import QUIET_ZONE_MODULES, BannerCatalog, BannerSize, tiles
from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.poster.qr import QrMatrix, make_matrix
from danggol_desktop.poster.renderer import (
    BAND,
    INK,
    PAPER,
    UNIT,
    draw_block,
    draw_qr,
    fit_block,
    unsupported_characters,
)
from danggol_desktop.storage.files import FileNotWritable, check_target, place_file, private_temp

PDF_DPI = 72  # vector throughout: the resolution only sets the device's unit
MM_PER_PT = 25.4 / 72


class BannerNotReadable(DanggolError):
    """The QR did not read back from the render a phone would see at the reading distance: nothing is written."""

    code = "banner_not_readable"


@dataclass(frozen=True)
class BannerContent:
    link: str
    headline: str
    market: str  # "신영시장 상인회", the banner's signature
    scan_line: str
    search_line: str = ""


@dataclass
class Banner:
    size: BannerSize
    content: BannerContent
    distance_m: float
    qr_mm: float
    matrix: QrMatrix = field(init=False)

    def __post_init__(self) -> None:
        self.matrix = make_matrix(self.content.link)


def make_banner(catalog: BannerCatalog, size: BannerSize, content: BannerContent, distance_m: float | None) -> Banner:
    """The banner with its QR sized for the distance (the size's own when None); refuses a distance the banner cannot
    hold, and words that do not fit or that the font cannot draw."""
    distance = distance_m if distance_m is not None else size.distance_m
    modules = make_matrix(content.link).size
    qr = catalog.check_distance(size, distance, modules)
    banner = Banner(size, content, distance, qr)
    texts = [content.headline, content.market]
    if unsupported_characters(texts):
        raise InvalidInput("poster_unsupported", "headline", detail="".join(sorted(unsupported_characters(texts))))
    image = QImage(64, 64, QImage.Format.Format_RGB32)  # a painter to measure with; nothing is kept
    painter = QPainter(image)
    too_long = _layout(None, banner)
    painter.end()
    if too_long:
        raise InvalidInput("banner_text_too_long", "headline", detail=",".join(too_long))
    return banner


def _layout(painter: QPainter | None, banner: Banner) -> list[str]:
    """Paint (or only measure, without a painter) the banner in tenths of a millimetre, the trim's top-left at
    (0, 0); the yellow reaches into the bleed. Returns the words that did not fit."""
    size, content = banner.size, banner.content
    w, h, m = size.width_mm * UNIT, size.height_mm * UNIT, size.margin_mm * UNIT
    module = banner.qr_mm / banner.matrix.size * UNIT
    block = (banner.matrix.size + 2 * QUIET_ZONE_MODULES) * module
    quiet = QUIET_ZONE_MODULES * module
    bleed = 50 * UNIT  # beyond any bleed: the painter's clip (the page) cuts it
    if size.upright:
        text_w = w - 2 * m
        scale = size.width_mm
        headline = fit_block(content.headline, text_w, (scale / 7, scale / 18), 2, bold=True)
        market = fit_block(content.market, text_w, (scale / 11, scale / 22), 1, bold=True)
        scan = fit_block(content.scan_line, text_w, (scale / 20, scale / 34), 2, bold=False)
        search = fit_block(content.search_line, text_w, (scale / 14, scale / 28), 1, bold=True)
        band_h = headline.height + 2 * m
        used = band_h + block + scan.height + search.height + market.height
        gap = max((h - m - used) / 5, 0)
        if painter is not None:
            painter.fillRect(QRectF(-bleed, -bleed, w + 2 * bleed, band_h + bleed), BAND)
            draw_block(painter, headline, m, m, text_w)
            y = band_h + gap
            draw_qr(painter, banner.matrix, (w - block) / 2 + quiet, y + quiet, module, None)
            y += block + gap * 0.3
            y += draw_block(painter, scan, m, y, text_w) + gap * 0.5
            y += draw_block(painter, search, m, y, text_w) + gap
            draw_block(painter, market, m, h - m - market.height, text_w)
        fits = used <= h - m
    else:
        left = m + block + m
        text_w = w - left - m
        scale = size.height_mm
        headline = fit_block(content.headline, text_w, (scale / 3.2, scale / 9), 1, bold=True)
        market = fit_block(content.market, text_w, (scale / 7, scale / 14), 1, bold=True)
        search = fit_block(content.search_line, text_w, (scale / 8, scale / 16), 1, bold=True)
        scan = fit_block(content.scan_line, block, (scale / 22, scale / 40), 2, bold=False)
        used = headline.height + market.height + search.height
        gap = max((h - 2 * m - used) / 4, 0)
        if painter is not None:
            painter.fillRect(QRectF(left - m / 2, -bleed, w - left + m / 2 + bleed, h + 2 * bleed), BAND)
            qr_top = (h - block - scan.height) / 2
            draw_qr(painter, banner.matrix, m + quiet, qr_top + quiet, module, None)
            draw_block(painter, scan, m, qr_top + block - quiet * 0.6, block)
            y = m + gap
            y += draw_block(painter, headline, left, y, text_w) + gap
            y += draw_block(painter, search, left, y, text_w) + gap
            draw_block(painter, market, left, y, text_w)
        fits = used <= h - 2 * m and block + scan.height - quiet * 0.6 <= h
    too_long = [name for name, b in (("headline", headline), ("market", market), ("search", search), ("scan", scan))
                if not b.fits]
    return too_long + ([] if fits else ["layout"])


def paint_banner(painter: QPainter, banner: Banner, px_per_unit: float, origin: QPointF) -> None:
    """The banner with its trim's top-left at `origin` (device pixels), `px_per_unit` device pixels a tenth-mm."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(origin)
    painter.scale(px_per_unit, px_per_unit)
    _layout(painter, banner)
    painter.restore()


def render_at_distance(catalog: BannerCatalog, banner: Banner, distance_m: float | None = None) -> QImage:
    """The banner as a phone's camera frame holds it at the distance: its pixels per millimetre, smoothed."""
    per_mm = catalog.phone_px_per_mm(distance_m if distance_m is not None else banner.distance_m)
    image = QImage(max(1, round(banner.size.width_mm * per_mm)), max(1, round(banner.size.height_mm * per_mm)),
                   QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    paint_banner(painter, banner, per_mm / UNIT, QPointF(0, 0))
    painter.end()
    return image


def reads_at_distance(catalog: BannerCatalog, banner: Banner, distance_m: float | None = None) -> bool:
    from danggol_desktop.poster.output import reads_back

    return reads_back(render_at_distance(catalog, banner, distance_m), banner.content.link, 1)


def _page(width_mm: float, height_mm: float) -> QPageLayout:
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def _crop_marks(painter: QPainter, x0: float, y0: float, w: float, h: float, bleed: float, reach: float) -> None:
    """Hairlines on the trim's lines, outside the bleed, at the four corners (device units)."""
    painter.setPen(QPen(INK, 0.25 / MM_PER_PT))
    start, end = bleed + reach * 0.2, bleed + reach
    for x in (x0, x0 + w):
        for y, way in ((y0, -1), (y0 + h, 1)):
            painter.drawLine(QPointF(x, y + way * start), QPointF(x, y + way * end))
    for y in (y0, y0 + h):
        for x, way in ((x0, -1), (x0 + w, 1)):
            painter.drawLine(QPointF(x + way * start, y), QPointF(x + way * end, y))


def write_print_pdf(catalog: BannerCatalog, banner: Banner, path: Path, title: str) -> None:
    """One page: the trim at real size, the bleed round it, crop marks outside; TrimBox and BleedBox say which."""
    size, bleed, marks = banner.size, catalog.bleed_mm, catalog.marks_mm
    edge = bleed + marks
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("단골 Desktop")
    writer.setPageLayout(_page(size.width_mm + 2 * edge, size.height_mm + 2 * edge))
    per_mm = PDF_DPI / 25.4
    painter = QPainter(writer)
    painter.save()
    painter.setClipRect(QRectF(marks * per_mm, marks * per_mm, (size.width_mm + 2 * bleed) * per_mm,
                               (size.height_mm + 2 * bleed) * per_mm))
    paint_banner(painter, banner, per_mm / UNIT, QPointF(edge * per_mm, edge * per_mm))
    painter.restore()
    _crop_marks(painter, edge * per_mm, edge * per_mm, size.width_mm * per_mm, size.height_mm * per_mm,
                bleed * per_mm, marks * per_mm)
    painter.end()
    points = [v / MM_PER_PT for v in (size.width_mm, size.height_mm, bleed, marks)]
    w, h, b, k = points
    _set_page_boxes(path, trim=(k + b, k + b, k + b + w, k + b + h), bleed=(k, k, k + 2 * b + w, k + 2 * b + h))


def write_tiled_pdf(catalog: BannerCatalog, banner: Banner, path: Path, title: str, sheet_label: str) -> int:
    """The banner at real size on A4 sheets: each shows its part, its place ('2줄 3칸'), and dashed glue strips
    where the next sheet goes over it. Returns the number of sheets."""
    (rows, cols), parts = tiles(catalog, banner.size)
    sheet_w, sheet_h = catalog.sheet_mm
    margin, overlap = catalog.sheet_margin_mm, catalog.overlap_mm
    per_mm = PDF_DPI / 25.4
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("단골 Desktop")
    writer.setPageLayout(_page(sheet_w, sheet_h))
    painter = QPainter(writer)
    window_w, window_h = sheet_w - 2 * margin, sheet_h - 2 * margin
    for n, part in enumerate(parts):
        if n:
            writer.newPage()
        painter.save()
        visible_w = min(window_w, banner.size.width_mm - part.x_mm)
        visible_h = min(window_h, banner.size.height_mm - part.y_mm)
        painter.setClipRect(QRectF(margin * per_mm, margin * per_mm, visible_w * per_mm, visible_h * per_mm))
        paint_banner(painter, banner, per_mm / UNIT,
                     QPointF((margin - part.x_mm) * per_mm, (margin - part.y_mm) * per_mm))
        painter.restore()
        painter.setPen(QPen(INK, 0.4 / MM_PER_PT, Qt.PenStyle.DashLine))
        if part.glue_right:
            x = (margin + window_w - overlap) * per_mm
            painter.drawLine(QPointF(x, margin * per_mm), QPointF(x, (margin + visible_h) * per_mm))
        if part.glue_bottom:
            y = (margin + window_h - overlap) * per_mm
            painter.drawLine(QPointF(margin * per_mm, y), QPointF((margin + visible_w) * per_mm, y))
        painter.setPen(INK)
        font = painter.font()
        font.setPixelSize(round(3.2 * per_mm))
        painter.setFont(font)
        label = (sheet_label.replace("%1", str(part.row + 1)).replace("%2", str(part.col + 1))
                 .replace("%3", str(rows)).replace("%4", str(cols)))
        painter.drawText(QRectF(margin * per_mm, (sheet_h - margin + 1.5) * per_mm, window_w * per_mm, 5 * per_mm),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
    painter.end()
    return len(parts)


def export_banner(catalog: BannerCatalog, banner: Banner, path: Path, title: str, tiled: bool = False,
                  sheet_label: str = "%1-%2", overwrite: bool = True) -> int:
    """Read the QR back at the reading distance, write to a private temporary, check the file, then give it its
    name; nothing half-written is left. Returns the number of pages."""
    path = Path(path)
    check_target(path, overwrite)
    if not reads_at_distance(catalog, banner):
        raise BannerNotReadable(detail=f"{banner.content.link} at {banner.distance_m} m")
    with private_temp(".pdf") as tmp:
        if tiled:
            pages = write_tiled_pdf(catalog, banner, tmp, title, sheet_label)
        else:
            write_print_pdf(catalog, banner, tmp, title)
            pages = 1
        if tmp.stat().st_size == 0:
            raise FileNotWritable(detail=str(path))
        place_file(tmp, path, overwrite)
    return pages


_QT_TRIM_BOX = re.compile(rb"/TrimBox \[[^\]]*\]\n")


def _set_page_boxes(path: Path, trim: tuple[float, ...], bleed: tuple[float, ...]) -> None:
    """Put our /TrimBox and a /BleedBox in place of the /TrimBox QPdfWriter gives every page (the whole page) in the
    PDF it wrote (a classic xref table), moving the table's offsets by the bytes each change adds before them."""
    data = Path(path).read_bytes()
    boxes = (f"/TrimBox [{' '.join(f'{v:.3f}' for v in trim)}]\n"
             f"/BleedBox [{' '.join(f'{v:.3f}' for v in bleed)}]\n").encode()
    xref_at = data.rindex(b"\nxref\n") + 1
    spans = [(m.start(), m.end()) for m in _QT_TRIM_BOX.finditer(data, 0, xref_at)]
    if not spans:
        raise FileNotWritable(detail="no TrimBox in the PDF")
    out = bytearray()
    last = 0
    for start, end in spans:
        out += data[last:start] + boxes
        last = end
    out += data[last:xref_at]
    body_end = len(out)

    def moved(offset: int) -> int:
        return offset + sum(len(boxes) - (end - start) for start, end in spans if end <= offset)

    rebuilt = []
    for line in data[xref_at:].split(b"\n"):
        entry = re.fullmatch(rb"(\d{10}) (\d{5}) n ?", line)
        rebuilt.append(b"%010d %s n " % (moved(int(entry.group(1))), entry.group(2)) if entry else line)
    tail = re.sub(rb"startxref\n\d+", b"startxref\n%d" % body_end, b"\n".join(rebuilt))
    Path(path).write_bytes(bytes(out) + tail)
