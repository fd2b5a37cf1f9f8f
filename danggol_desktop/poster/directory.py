"""The market directory painted: a board PDF (A4, A3 or A2 pages of shop cards under their lane's or kind's heading)
and a set of square post pictures for the market channel. Every QR of every page and picture is read back before a
file takes its name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from danggol_desktop.domain.directory import (
    CARD_HEIGHT_MM,
    COLUMNS,
    GAP_MM,
    MARGIN_MM,
    PAPERS_MM,
    DirectoryPage,
    DirectoryShop,
    Placed,
    card_width,
)
from danggol_desktop.domain.errors import DanggolError, InvalidInput, InvalidValue
from danggol_desktop.poster.qr import QUIET_ZONE_MODULES, make_matrix
from danggol_desktop.poster.renderer import (
    INK,
    PAPER,
    UNIT,
    draw_block,
    draw_qr,
    fit_block,
    fit_name,
    font_mm,
    unsupported_characters,
)
from danggol_desktop.storage.files import FileNotWritable, check_target, place_file, private_temp

CHECK_DPI = 150
PICTURE_PX = 720  # the picture maker's square message picture
PICTURE_MM = 200.0  # the picture is painted as a 200 mm square (3.6 px a millimetre)
HEADING_FILL = QColor("#E8E8E8")  # black on it is 16:1
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "a3": QPageSize.PageSizeId.A3, "a2": QPageSize.PageSizeId.A2}


class DirectoryNotReadable(DanggolError):
    code = "directory_not_readable"


@dataclass(frozen=True)
class DirectoryWords:
    """The board's words, in the market's customers' language (Korean)."""

    title: str  # '신영시장 가게 안내'
    subtitle: str  # 'QR을 찍으면 가게의 카카오톡 채널 친구가 돼요'
    page: str  # '%1 / %2'
    market_link: str = ""  # the market channel's (상인회) add-friend link: its QR at the top right of every page


def _card(painter: QPainter, shop: DirectoryShop, width: float, height: float) -> bool:
    """One shop's card in units from its top-left corner: the QR on the left, the words beside it. False when the
    words do not fit."""
    w, h = width * UNIT, height * UNIT
    pad = 3 * UNIT
    painter.setPen(QPen(INK, 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(0, 0, w, h), 2 * UNIT, 2 * UNIT)
    matrix = make_matrix(shop.link)
    side = h - 2 * pad  # the symbol and its quiet zone
    module = side / (matrix.size + 2 * QUIET_ZONE_MODULES)
    draw_qr(painter, matrix, pad + QUIET_ZONE_MODULES * module, pad + QUIET_ZONE_MODULES * module, module, None)
    x = pad + side + pad / 2
    text_w = w - x - pad
    others = [fit_block(shop.location, text_w, (5, 3.5), 2, bold=False),
              fit_block(shop.kind, text_w, (4.5, 3.5), 1, bold=False),
              fit_block(f"@{shop.search_id}" if shop.search_id else "", text_w, (4.5, 3), 1, bold=False)]
    # the name takes what the other lines leave (a gap of a millimetre after each)
    room = h - 2 * pad - sum(b.height + UNIT for b in others if b.text)
    blocks = [fit_name(shop.name, text_w, (7, 4), 3, room), *others]
    total = sum(b.height for b in blocks if b.text) + UNIT * (len([b for b in blocks if b.text]) - 1)
    y = max(pad, (h - total) / 2)
    for block in blocks:
        if block.text:
            y += draw_block(painter, block, x, y, text_w) + UNIT
    return all(b.fits for b in blocks) and total <= h - 2 * pad


def _heading(painter: QPainter, item: Placed) -> None:
    rect = QRectF(item.x * UNIT, item.y * UNIT, item.width * UNIT, (item.height - 2) * UNIT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(HEADING_FILL)
    painter.drawRect(rect)
    painter.setPen(INK)
    painter.setFont(font_mm(6.5, bold=True))
    painter.drawText(rect.adjusted(3 * UNIT, 0, -3 * UNIT, 0),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, item.heading)


MARKET_QR_MM = 22.0  # the market channel's QR with its quiet zone, beside the title


def _title(painter: QPainter, words: DirectoryWords, width_mm: float, top_mm: float, market_qr: bool = False) -> None:
    x, w = MARGIN_MM * UNIT, (width_mm - 2 * MARGIN_MM) * UNIT
    if market_qr and words.market_link:
        matrix = make_matrix(words.market_link)
        module = MARKET_QR_MM * UNIT / (matrix.size + 2 * QUIET_ZONE_MODULES)
        left = (width_mm - MARGIN_MM - MARKET_QR_MM) * UNIT
        draw_qr(painter, matrix, left + QUIET_ZONE_MODULES * module, (top_mm - 3) * UNIT + QUIET_ZONE_MODULES * module,
                module, None)
        w -= (MARKET_QR_MM + 2) * UNIT
    title = fit_block(words.title, w, (12, 7), 1, bold=True)
    y = top_mm * UNIT
    y += draw_block(painter, title, x, y, w)
    draw_block(painter, fit_block(words.subtitle, w, (5, 3.5), 1, bold=False), x, y, w)


def paint_page(painter: QPainter, page: DirectoryPage, paper: str, words: DirectoryWords, number: int, pages: int,
               px_per_mm: float) -> bool:
    """One page of the board; False when a shop's words do not fit its card."""
    width, height = PAPERS_MM[paper]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(px_per_mm / UNIT, px_per_mm / UNIT)
    _title(painter, words, width, MARGIN_MM, market_qr=True)
    fits = True
    for item in page.items:
        if item.shop is None:
            _heading(painter, item)
            continue
        painter.save()
        painter.translate(item.x * UNIT, item.y * UNIT)
        fits = _card(painter, item.shop, item.width, item.height) and fits
        painter.restore()
    footer = fit_block(words.page.replace("%1", str(number)).replace("%2", str(pages)), width * UNIT,
                       (4, 4), 1, bold=False)
    draw_block(painter, footer, 0, (height - MARGIN_MM - 5) * UNIT, width * UNIT)
    painter.restore()
    return fits


def paint_picture(heading: str, shops: tuple[DirectoryShop, ...], words: DirectoryWords) -> tuple[QImage, bool]:
    """A square post picture: the market's title, the group's name and up to four cards."""
    image = QImage(QSize(PICTURE_PX, PICTURE_PX), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(PICTURE_PX / PICTURE_MM / UNIT, PICTURE_PX / PICTURE_MM / UNIT)
    _title(painter, words, PICTURE_MM, 8)
    card_w = card_width(PICTURE_MM, 2)
    rows = (len(shops) + 1) // 2
    block_h = 11 + rows * (CARD_HEIGHT_MM + GAP_MM)
    top = 40 + (PICTURE_MM - 40 - MARGIN_MM - block_h) / 2
    _heading(painter, Placed(MARGIN_MM, top, PICTURE_MM - 2 * MARGIN_MM, 11, heading=heading))
    fits = True
    for n, shop in enumerate(shops):
        row, col = divmod(n, 2)
        painter.save()
        painter.translate((MARGIN_MM + col * (card_w + GAP_MM)) * UNIT, (top + 11 + row * (CARD_HEIGHT_MM + GAP_MM))
                          * UNIT)
        fits = _card(painter, shop, card_w, CARD_HEIGHT_MM) and fits
        painter.restore()
    painter.end()
    return image, fits


def check_texts(shops: list[DirectoryShop], words: DirectoryWords) -> None:
    """Characters the font cannot draw are refused before anything is painted; so is a name too long for a card."""
    missing = unsupported_characters([s.name for s in shops] + [s.location for s in shops] + [words.title])
    if missing:
        raise InvalidInput("poster_unsupported", "shop", detail="".join(sorted(missing)))
    # measured on the narrowest card any paper or picture has (88 mm: A3 and the pictures; A4 93, A2 97), so that
    # what passes here fits wherever it is painted
    narrowest = min([card_width(PAPERS_MM[paper][0], columns) for paper, columns in COLUMNS.items()]
                    + [card_width(PICTURE_MM, 2)])
    image = QImage(QSize(100, 60), QImage.Format.Format_RGB32)
    for shop in shops:
        painter = QPainter(image)
        painter.scale(1 / UNIT, 1 / UNIT)
        fits = _card(painter, shop, narrowest, CARD_HEIGHT_MM)
        painter.end()
        if not fits:
            raise InvalidValue("directory_name_too_long", "shop", values=(shop.name,))


def _reads_back(path: Path, pages: list[DirectoryPage], market_link: str) -> bool:
    from danggol_desktop.poster.output import reads_back_each, rendered_pages

    images = rendered_pages(path, CHECK_DPI, len(pages))
    return images is not None and all(
        reads_back_each(image, [shop.link for shop in page.shops] + ([market_link] if market_link else []))
        for image, page in zip(images, pages, strict=True))


def export_board(pages: list[DirectoryPage], paper: str, words: DirectoryWords, path: Path,
                 overwrite: bool = False) -> int:
    """The board as a PDF at the paper's real size, every QR read back first; returns the number of pages."""
    path = Path(path)
    check_target(path, overwrite)
    with private_temp(".pdf") as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(words.title)
        writer.setCreator("단골 Desktop")
        width, height = PAPERS_MM[paper]
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter)
                                         if paper not in PAGE_SIZES else QPageSize(PAGE_SIZES[paper]),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        for n, page in enumerate(pages):
            if n:
                writer.newPage()
            paint_page(painter, page, paper, words, n + 1, len(pages), 300 / 25.4)
        painter.end()
        if tmp.stat().st_size == 0:
            raise FileNotWritable(detail=str(path))
        if not _reads_back(tmp, pages, words.market_link):
            raise DirectoryNotReadable(detail=str(path))
        place_file(tmp, path, overwrite)
    return len(pages)


def picture_targets(folder: Path, stem: str, count: int, overwrite: bool) -> list[Path]:
    """The pictures' names, each checked (OutputExists for one already there unless `overwrite`)."""
    targets = [Path(folder) / f"{stem} {n}.png" for n in range(1, count + 1)]
    for target in targets:
        check_target(target, overwrite)
    return targets


def picture_images(sets: list[tuple[str, tuple[DirectoryShop, ...]]], words: DirectoryWords) -> list[QImage]:
    """The post pictures painted and every QR read back (DirectoryNotReadable), before any file is written."""
    from danggol_desktop.poster.output import reads_back_each

    images = []
    for heading, shops in sets:
        image, _ = paint_picture(heading, shops, words)
        if not reads_back_each(image, [shop.link for shop in shops]):
            raise DirectoryNotReadable(detail=heading)
        images.append(image)
    return images


def write_pictures(images: list[QImage], targets: list[Path], overwrite: bool = False) -> list[Path]:
    """Each picture as a PNG through a private temporary, then given its name."""
    for image, target in zip(images, targets, strict=True):
        with private_temp(".png") as tmp:
            if not image.save(str(tmp)):  # PNG, from the temporary's name
                raise FileNotWritable(detail=str(target))
            place_file(tmp, target, overwrite)
    return targets


@dataclass(frozen=True)
class DirectoryMade:
    shops: int
    pages: int
    pictures: tuple[Path, ...]


def export_directory(shops: list[DirectoryShop], market: str, by: str, paper: str, path: Path,
                     folder: Path | None = None, overwrite: bool = False, market_link: str = "") -> DirectoryMade:
    """The market's directory board as a PDF (and, with `folder`, its post pictures), in the words of the market's
    customers (Korean, as posters); with `market_link` the market channel's QR on every page. Every name and target
    is checked before anything is written."""
    from danggol_desktop.domain.directory import group_shops, lay_out, picture_sets

    subtitle = "QR을 찍으면 가게의 카카오톡 채널 친구가 돼요" + (" · 오른쪽 위는 시장 채널" if market_link else "")
    words = DirectoryWords(f"{market} 가게 안내", subtitle, "%1 / %2", market_link)
    check_texts(shops, words)
    groups = group_shops(shops, by, "자리를 아직 안 적은 가게" if by == "lane" else "기타")
    pages = lay_out(groups, paper, lambda name: f"{name} (이어서)")
    # the pictures' names checked, the pictures painted and read back before the board is written: a refusal leaves
    # the folder and the board as they were
    targets = picture_targets(folder, f"{market} 안내", len(picture_sets(groups)), overwrite) if folder else []
    images = picture_images(picture_sets(groups), words) if folder else []
    count = export_board(pages, paper, words, path, overwrite=overwrite)
    return DirectoryMade(len(shops), count, tuple(write_pictures(images, targets, overwrite)))
