"""The one poster renderer: paints a layout onto any QPainter (screen preview, printer, PDF, PNG).

Coordinates inside are tenths of a millimetre, so text sizes can be whole font pixels and the same code serves a
300-dpi image and a 1200-dpi PDF. Nothing is clipped silently: text that does not fit at its smallest size, a QR that
would be too small, or characters the font cannot draw are reported back in the RenderReport.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QPen, QRawFont

from danggol_desktop.domain.poster_layouts import Layout, Panel
from danggol_desktop.look import FONT_FAMILY  # the bundled font, named once
from danggol_desktop.poster.qr import QUIET_ZONE_MODULES, QrMatrix

UNIT = 10.0  # painter units per millimetre
INK = QColor("#000000")
PAPER = QColor("#FFFFFF")
BAND = QColor("#FEE500")  # KakaoTalk yellow behind the caption; black on it is 17:1
LOGO_SHARE = 0.22  # of the QR width; with level H the code still reads with its centre covered
WRAP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class PosterContent:
    link: str
    shop_name: str
    headline: str
    caption: str
    scan_hint: str
    offer: str = ""
    logo_png: bytes | None = None
    search_line: str = ""  # "카카오톡에서 @아이디 검색", for a camera that cannot read the QR


@dataclass
class RenderReport:
    too_long: set[str] = field(default_factory=set)  # "headline", "name", "offer"
    unsupported: set[str] = field(default_factory=set)  # characters the bundled font has no glyph for
    qr_mm: float = 0.0  # printed size of the QR symbol (without its quiet zone)
    qr_too_small: bool = False

    @property
    def ok(self) -> bool:
        return not (self.too_long or self.unsupported or self.qr_too_small)


def font_mm(size_mm: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(size_mm * UNIT)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def unsupported_characters(texts: list[str]) -> set[str]:
    """Characters of `texts` the bundled font cannot draw (emoji, rare symbols): refused, not printed as boxes."""
    raws = [QRawFont.fromFont(font_mm(5, bold), QFontDatabase.WritingSystem.Korean) for bold in (False, True)]
    missing = set()
    for ch in "".join(texts):
        if ch.isspace():
            continue
        if not all(raw.supportsCharacter(ord(ch)) for raw in raws):
            missing.add(ch)
    return missing


@dataclass
class TextBlock:
    text: str
    font: QFont
    height: float
    fits: bool


def balanced_lines(text: str, lines: int, fits: Callable[[str], bool], measure: Callable[[str], float]) -> str:
    """`text` broken between words (Korean 어절) into `lines` lines of the most even length — '카톡 친구 추가하면 /
    덤 드려요!' rather than '카톡 친구 추가하면 덤 / 드려요!' — each line fitting; the text as it was when none does."""
    words = text.split()
    if lines < 2 or len(words) < lines or len(words) > 24:
        return text
    best, best_width = text, float("inf")
    for cuts in combinations(range(1, len(words)), lines - 1):
        bounds = (0, *cuts, len(words))
        parts = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if not all(fits(part) for part in parts):
            continue
        widest = max(measure(part) for part in parts)
        if widest < best_width:
            best, best_width = "\n".join(parts), widest
    return best


def fit_block(text: str, width: float, sizes: tuple[float, float], max_lines: int, bold: bool) -> TextBlock:
    """The largest size from sizes[0] down to sizes[1] at which `text` fits `width` in `max_lines` lines, its lines
    broken evenly between words."""
    largest, smallest = sizes
    step = max((largest - smallest) / 16, 0.1)
    size = largest
    while True:
        font = font_mm(size, bold)
        fm = QFontMetricsF(font)
        box = fm.boundingRect(QRectF(0, 0, width, 1e7), WRAP, text)
        lines = round(box.height() / fm.lineSpacing()) if text else 0
        if box.width() <= width + 0.5 and lines <= max_lines:
            def measure(part: str, metrics: QFontMetricsF = fm) -> float:
                return metrics.horizontalAdvance(part)

            even = balanced_lines(text, lines, lambda part: measure(part) <= width + 0.5, measure)
            return TextBlock(even, font, box.height(), True)
        if size <= smallest:
            return TextBlock(text, font, box.height(), False)
        size = max(smallest, size - step)


def _size_steps(sizes: tuple[float, float]) -> list[float]:
    largest, smallest = sizes
    step = (largest - smallest) / 16
    return [largest - n * step for n in range(16)] + [smallest]


def fit_name(text: str, width: float, sizes: tuple[float, float], max_lines: int, room: float) -> TextBlock:
    """A shop's name at the largest size whose lines fit `width` and whose height fits `room` (units): broken between
    words at any size before it is broken inside a word, which a long name without spaces needs
    ('아주아주긴이름의전통시장대표반찬가게본점' in three lines); never clipped. `fits` is False when even the smallest
    size does not do."""
    for size in _size_steps(sizes):
        by_words = fit_block(text, width, (size, size), max_lines, bold=True)
        if by_words.fits and by_words.height <= room:
            return by_words
    block = by_words
    for size in _size_steps(sizes):
        font = font_mm(size, bold=True)
        metrics = QFontMetricsF(font)
        lines = [""]
        for ch in text:
            if lines[-1] and metrics.horizontalAdvance(lines[-1] + ch) > width:
                lines.append("" if ch == " " else ch)
            else:
                lines[-1] += ch
        height = len(lines) * metrics.lineSpacing()
        block = TextBlock("\n".join(line.strip() for line in lines), font, height,
                          len(lines) <= max_lines and height <= room)
        if block.fits:
            return block
    return block


def draw_block(painter: QPainter, block: TextBlock, x: float, y: float, width: float) -> float:
    if block.text:
        painter.setFont(block.font)
        painter.setPen(INK)
        painter.drawText(QRectF(x, y, width, block.height + 2), WRAP, block.text)
    return block.height


def _qr_module(layout: Layout, matrix: QrMatrix, room_mm: float) -> float | None:
    """Module size in mm: the layout's QR size, shrunk to the room there is, never below its minimums."""
    wanted = max(layout.qr_mm, matrix.size * layout.min_module_mm)
    total_modules = matrix.size + 2 * QUIET_ZONE_MODULES
    fits = min(wanted, room_mm * matrix.size / total_modules)
    if fits < layout.min_qr_mm or fits / matrix.size < layout.min_module_mm:
        return None
    return fits / matrix.size


def draw_qr(painter: QPainter, matrix: QrMatrix, x: float, y: float, module: float, logo: QImage | None) -> None:
    """QR symbol with its top-left corner at (x, y) in units; dark modules as rectangles (vector in a PDF)."""
    painter.save()
    # crisp module edges: anti-aliased edges left hairline seams between rows at some sizes in the 300-dpi PNG, and
    # zbar (unlike zxing) then missed the code
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(INK)
    for row, col, length in matrix.dark_runs():
        # a hair of overlap keeps anti-aliasing seams out of the code
        painter.drawRect(QRectF(x + col * module, y + row * module, length * module + 0.05, module + 0.05))
    painter.restore()
    if logo is not None and not logo.isNull():
        side = matrix.size * module * LOGO_SHARE
        cx, cy = x + matrix.size * module / 2, y + matrix.size * module / 2
        painter.setBrush(PAPER)
        pad = module
        painter.drawRoundedRect(
            QRectF(cx - side / 2 - pad, cy - side / 2 - pad, side + 2 * pad, side + 2 * pad), pad, pad
        )
        scaled = min(side / logo.width(), side / logo.height())
        w, h = logo.width() * scaled, logo.height() * scaled
        painter.drawImage(QRectF(cx - w / 2, cy - h / 2, w, h), logo)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _band(painter: QPainter | None, content: PosterContent, layout: Layout, x: float, y: float, width: float) -> float:
    """The yellow call to action under the QR ('scan and add us'); returns its height (no painter: only measures)."""
    caption = fit_block(
        content.caption,
        width - 2 * layout.caption_mm * UNIT * 0.4,
        (layout.caption_mm, layout.caption_mm * 0.6),
        2,
        bold=True,
    )
    pad = layout.caption_mm * UNIT * 0.25
    band_h = caption.height + 2 * pad
    if painter is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAND)
        painter.drawRoundedRect(QRectF(x, y, width, band_h), pad * 1.5, pad * 1.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw_block(painter, caption, x, y + pad, width)
    return band_h + pad


def _small_print(
    painter: QPainter | None, content: PosterContent, layout: Layout, x: float, y: float, width: float
) -> float:
    """How to scan, the channel's search ID for a camera that cannot read the QR, and the link in small print for
    those who type it; returns the height used."""
    small = fit_block(content.scan_hint, width, (layout.caption_mm * 0.62, layout.caption_mm * 0.45), 2, bold=False)
    search = fit_block(content.search_line, width, (layout.caption_mm * 0.62, layout.caption_mm * 0.45), 1, bold=True)
    link = fit_block(
        content.link.removeprefix("https://"), width, (layout.caption_mm * 0.5, layout.caption_mm * 0.35), 1, bold=False
    )
    blocks = (small, search, link)
    if painter is None:
        return sum(block.height for block in blocks if block.text)
    used = 0.0
    for block in blocks:
        used += draw_block(painter, block, x, y + used, width)
    return used


def _paint_poster_panel(
    painter,
    panel: Panel,
    layout: Layout,
    content: PosterContent,
    matrix: QrMatrix,
    logo: QImage | None,
    report: RenderReport,
) -> None:
    """Top to bottom: title, shop name, QR, the call to action and right under it what a friend gets, small print."""
    m = layout.margin_mm * UNIT
    w, h = panel.w * UNIT - 2 * m, panel.h * UNIT - 2 * m
    headline = fit_block(content.headline, w, layout.headline_mm, 2, bold=True)
    name = fit_block(content.shop_name, w, layout.name_mm, 1, bold=True)
    offer = fit_block(content.offer, w, layout.offer_mm, 2, bold=True)
    gap = layout.caption_mm * UNIT * 0.6
    band_h = _band(None, content, layout, 0, 0, w * 0.8)
    small_h = _small_print(None, content, layout, 0, 0, w)
    offer_h = offer.height + gap * 0.5 if offer.text else 0.0  # no empty line's gap: the space is shared instead
    gaps = 3
    room = (h - headline.height - name.height - band_h - offer_h - small_h - gaps * gap) / UNIT
    module = _qr_module(layout, matrix, min(room, w / UNIT))
    _report_fit(report, headline, name, offer)
    if module is None:
        report.qr_too_small = True
        module = layout.min_module_mm
    block = (matrix.size + 2 * QUIET_ZONE_MODULES) * module * UNIT
    report.qr_mm = matrix.size * module
    used = headline.height + name.height + band_h + offer_h + small_h + block + gaps * gap
    y = m + max((h - used) / 2, 0)
    y += draw_block(painter, headline, m, y, w) + gap
    y += draw_block(painter, name, m, y, w) + gap
    quiet = QUIET_ZONE_MODULES * module * UNIT
    draw_qr(painter, matrix, m + (w - block) / 2 + quiet, y + quiet, module * UNIT, logo)
    y += block
    y += _band(painter, content, layout, m + w * 0.1, y, w * 0.8)
    if offer.text:
        y += draw_block(painter, offer, m, y, w) + gap * 0.5
    y += gap
    _small_print(painter, content, layout, m, y, w)


def _paint_side_panel(
    painter,
    panel: Panel,
    layout: Layout,
    content: PosterContent,
    matrix: QrMatrix,
    logo: QImage | None,
    report: RenderReport,
    with_caption_under_qr: bool,
) -> None:
    """QR on the left, words on the right: the folded stand's faces and the stickers."""
    m = layout.margin_mm * UNIT
    h = panel.h * UNIT - 2 * m
    module = _qr_module(layout, matrix, (h - (layout.caption_mm * UNIT * 3.4 if with_caption_under_qr else 0)) / UNIT)
    if module is None:
        report.qr_too_small = True
        module = layout.min_module_mm
    report.qr_mm = matrix.size * module
    block = (matrix.size + 2 * QUIET_ZONE_MODULES) * module * UNIT
    quiet = QUIET_ZONE_MODULES * module * UNIT
    qr_top = m if with_caption_under_qr else (panel.h * UNIT - block) / 2
    draw_qr(painter, matrix, m + quiet if with_caption_under_qr else quiet, qr_top + quiet, module * UNIT, logo)
    left = (m + block if with_caption_under_qr else block) + m * 0.5
    width = panel.w * UNIT - left - m
    if with_caption_under_qr:
        band_h = _band(painter, content, layout, m, qr_top + block, block)
        _small_print(painter, content, layout, m, qr_top + block + band_h, block)
        blocks = [
            fit_block(content.headline, width, layout.headline_mm, 3, bold=True),
            fit_block(content.shop_name, width, layout.name_mm, 2, bold=True),
            fit_block(content.offer, width, layout.offer_mm, 2, bold=True),
        ]
        names: tuple[str, ...] = ("headline", "name", "offer")
    else:
        blocks = [
            fit_block(content.shop_name, width, layout.name_mm, 1, bold=True),
            fit_block(content.headline, width, layout.headline_mm, 2, bold=False),
            fit_block(content.caption, width, (layout.caption_mm, layout.caption_mm * 0.85), 2, bold=True),
            fit_block(content.offer, width, layout.offer_mm, 2, bold=False),
        ]
        names = ("name", "headline", "caption", "offer")
    gap = layout.margin_mm * UNIT * (0.8 if with_caption_under_qr else 0.3)
    total = sum(b.height for b in blocks) + gap * (len([b for b in blocks if b.text]) - 1)
    for field_name, b in zip(names, blocks, strict=True):
        if not b.fits:
            report.too_long.add("name" if field_name == "caption" else field_name)
    if total > h:
        report.too_long.add("headline")
    y = m + max((h - total) / 2, 0)
    for b in blocks:
        if b.text:
            y += draw_block(painter, b, left, y, width) + gap


def _report_fit(report: RenderReport, headline: TextBlock, name: TextBlock, offer: TextBlock) -> None:
    for field_name, block in (("headline", headline), ("name", name), ("offer", offer)):
        if not block.fits:
            report.too_long.add(field_name)


def paint_poster(
    painter: QPainter, target: QRectF, layout: Layout, content: PosterContent, matrix: QrMatrix
) -> RenderReport:
    """Paint the whole page of `layout` into `target` (device coordinates, the page's aspect ratio)."""
    report = RenderReport(unsupported=unsupported_characters([content.headline, content.shop_name, content.offer]))
    logo = QImage.fromData(content.logo_png) if content.logo_png else None
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.fillRect(target, PAPER)
    painter.translate(target.topLeft())
    painter.scale(target.width() / (layout.page_mm[0] * UNIT), target.height() / (layout.page_mm[1] * UNIT))
    for panel in layout.panels:
        painter.save()
        painter.translate(panel.x * UNIT, panel.y * UNIT)
        if panel.rotate == 180:
            painter.translate(panel.w * UNIT, panel.h * UNIT)
            painter.rotate(180)
        if layout.style == "poster":
            _paint_poster_panel(painter, panel, layout, content, matrix, logo, report)
        else:
            _paint_side_panel(
                painter, panel, layout, content, matrix, logo, report, with_caption_under_qr=layout.style == "tent"
            )
        painter.restore()
    if layout.fold_y_mm is not None:
        y = layout.fold_y_mm * UNIT
        painter.setPen(QPen(INK, 3, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(0, y), QPointF(layout.page_mm[0] * UNIT, y))
    painter.restore()
    return report
