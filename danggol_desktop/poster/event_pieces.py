"""A market event's printed pieces on A4 (issue 29, part 4): the poster, the stamp-tour card (one box per shop taking
part) and a window sign "행사 참여 가게" for every shop — each page with the market channel's QR, read back before
the file takes its name. Painted in tenths of a millimetre, as the other printed pieces are."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.market_event import STAMPS_PER_CARD, EventPrint, PieceFiles
from danggol_desktop.poster.qr import QUIET_ZONE_MODULES, make_matrix
from danggol_desktop.poster.renderer import (
    BAND,
    INK,
    PAPER,
    UNIT,
    TextBlock,
    draw_block,
    draw_qr,
    fit_block,
    fit_name,
    unsupported_characters,
)
from danggol_desktop.storage.files import FileNotWritable, check_target, place_file, private_temp

A4_MM = (210.0, 297.0)
MARGIN_MM = 15.0
STAMP_RING = QColor("#8A8A8A")  # where the stamp goes: seen, not competing with the names
CHECK_DPI = 150  # every page has one QR of 40 mm or more: 150 dpi reads it with room to spare


class EventPieceNotReadable(DanggolError):
    code = "event_piece_not_readable"


def _qr(painter: QPainter, link: str, x: float, y: float, side: float) -> None:
    """The QR with its quiet zone in a square of `side` units at (x, y)."""
    matrix = make_matrix(link)
    module = side / (matrix.size + 2 * QUIET_ZONE_MODULES)
    quiet = QUIET_ZONE_MODULES * module
    draw_qr(painter, matrix, x + quiet, y + quiet, module, None)


def _band(painter: QPainter, block: TextBlock, x: float, y: float, width: float, pad: float) -> float:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BAND)
    painter.drawRoundedRect(QRectF(x, y, width, block.height + 2 * pad), pad, pad)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw_block(painter, block, x + pad, y + pad, width - 2 * pad)
    return block.height + 2 * pad


def _qr_footer(painter: QPainter, piece: EventPrint, qr_mm: float) -> tuple[bool, float]:
    """The market channel's QR at the foot of the page, its words beside it; (fits, top of the footer)."""
    w, h, m = A4_MM[0] * UNIT, A4_MM[1] * UNIT, MARGIN_MM * UNIT
    side = qr_mm * UNIT
    top = h - m - side
    _qr(painter, piece.link, m, top, side)
    text_w = w - 2 * m - side - 4 * UNIT
    scan = fit_block(piece.scan_line, text_w, (9, 5), 3, bold=True)
    search = fit_block(piece.search_line, text_w, (8, 5), 2, bold=False)
    y = top + max(0.0, (side - scan.height - search.height) / 2)
    y += draw_block(painter, scan, m + side + 4 * UNIT, y, text_w)
    draw_block(painter, search, m + side + 4 * UNIT, y, text_w)
    return scan.fits and search.fits, top


def paint_poster(painter: QPainter, piece: EventPrint) -> bool:
    """The event's A4 poster: market, name, days, the benefit on yellow, who takes part, and the QR."""
    event, words = piece.event, piece.words
    w, m = A4_MM[0] * UNIT, MARGIN_MM * UNIT
    width = w - 2 * m
    fits, footer_top = _qr_footer(painter, piece, 60)
    blocks = [
        fit_block(event.market, width, (12, 8), 1, bold=False),
        fit_block(event.name, width, (28, 14), 2, bold=True),
        fit_block(piece.period, width, (14, 9), 1, bold=True),
    ]
    benefit = fit_block(event.benefit, width - 12 * UNIT, (16, 9), 2, bold=True)
    count = fit_block(words["shops_count"].replace("{count}", str(len(event.shops))), width, (9, 6), 1, bold=True)
    names = fit_block(" · ".join(event.shops), width, (7, 4.5), 6, bold=False)
    y = m
    for block in blocks:
        y += draw_block(painter, block, m, y, width) + 3 * UNIT
    y += _band(painter, benefit, m, y, width, 6 * UNIT) + 6 * UNIT
    y += draw_block(painter, count, m, y, width) + 2 * UNIT
    if names.fits:  # the names while they are few enough to read at this size; else the count says it
        y += draw_block(painter, names, m, y, width)
    return fits and all(b.fits for b in (*blocks, benefit, count)) and y <= footer_top - 4 * UNIT


def paint_stamp_card(painter: QPainter, piece: EventPrint, page: int) -> bool:
    """Page `page` of the stamp-tour card: a box per shop taking part, its name and place, room for a stamp."""
    event, words = piece.event, piece.words
    w, m = A4_MM[0] * UNIT, MARGIN_MM * UNIT
    width = w - 2 * m
    fits, footer_top = _qr_footer(painter, piece, 40)
    title = fit_block(f"{event.name} {words['stamp_title']}", width, (16, 9), 2, bold=True)
    how = fit_block(f"{words['stamp_how']} · {piece.period}", width, (7, 4.5), 2, bold=False)
    benefit = fit_block(words["benefit"].replace("{benefit}", event.benefit), width, (7, 4.5), 2, bold=True)
    pages = event.stamp_cards
    number = fit_block(words["page"].replace("{page}", str(page + 1)).replace("{pages}", str(pages))
                       if pages > 1 else "", width, (5, 4), 1, bold=False)
    y = m
    for block in (title, how, benefit):
        y += draw_block(painter, block, m, y, width) + 1.5 * UNIT
    most_cols, most_rows = STAMPS_PER_CARD
    per_card = most_cols * most_rows
    shops = event.shops[page * per_card:(page + 1) * per_card]
    cols = 2 if len(shops) <= 4 else 3 if len(shops) <= 9 else most_cols  # few shops, big boxes
    rows = -(-len(shops) // cols)
    bottom = footer_top - 4 * UNIT - number.height
    draw_block(painter, number, m, bottom, width)
    box_w = width / cols
    box_h = min((bottom - y - 2 * UNIT) / rows, box_w * 0.8)
    for n, shop in enumerate(shops):
        row, col = divmod(n, cols)
        x0, y0 = m + col * box_w, y + row * box_h
        painter.setPen(QPen(INK, 4))
        painter.drawRoundedRect(QRectF(x0 + UNIT, y0 + UNIT, box_w - 2 * UNIT, box_h - 2 * UNIT), 2 * UNIT, 2 * UNIT)
        name = fit_name(shop, box_w - 4 * UNIT, (5, 2.5), 3, box_h * 0.4)
        place = fit_block(piece.locations.get(shop, ""), box_w - 4 * UNIT, (3.5, 2.5), 1, bold=False)
        ny = y0 + 2 * UNIT
        ny += draw_block(painter, name, x0 + 2 * UNIT, ny, box_w - 4 * UNIT)
        ny += draw_block(painter, place, x0 + 2 * UNIT, ny, box_w - 4 * UNIT)
        room = y0 + box_h - 3 * UNIT - ny  # the stamp's circle in what is left
        diameter = min(room, box_w - 8 * UNIT)
        painter.setPen(QPen(STAMP_RING, 3, Qt.PenStyle.DashLine))
        painter.drawEllipse(QRectF(x0 + (box_w - diameter) / 2, ny + (room - diameter) / 2, diameter, diameter))
        fits = fits and name.fits and place.fits and diameter >= 15 * UNIT
    return fits and all(b.fits for b in (title, how, benefit)) and box_h >= 30 * UNIT


def paint_sign(painter: QPainter, piece: EventPrint, shop: str) -> bool:
    """A shop's window sign: "행사 참여 가게" on yellow, the shop, the event, its days and benefit, the QR."""
    event, words = piece.event, piece.words
    w, m = A4_MM[0] * UNIT, MARGIN_MM * UNIT
    width = w - 2 * m
    fits, footer_top = _qr_footer(painter, piece, 55)
    heading = fit_block(words["taking_part"], width - 12 * UNIT, (22, 12), 1, bold=True)
    blocks = [
        fit_name(shop, width, (30, 8), 3, 100 * UNIT),
        fit_block(f"{event.market} {piece.locations.get(shop, '')}".strip(), width, (10, 6), 1, bold=False),
        fit_block(event.name, width, (14, 8), 2, bold=True),
        fit_block(piece.period, width, (11, 7), 1, bold=False),
        fit_block(words["benefit"].replace("{benefit}", event.benefit), width, (11, 6), 2, bold=True),
    ]
    y = m + _band(painter, heading, m, m, width, 6 * UNIT) + 8 * UNIT
    for block in blocks:
        y += draw_block(painter, block, m, y, width) + 5 * UNIT
    return fits and heading.fits and all(b.fits for b in blocks) and y <= footer_top


def check_texts(piece: EventPrint) -> None:
    """Characters the font cannot draw, and words that do not fit, are refused before any file is written."""
    event = piece.event
    missing = unsupported_characters([event.name, event.benefit, event.market, *event.shops,
                                      *piece.locations.values()])
    if missing:
        raise InvalidInput("poster_unsupported", "name", detail="".join(sorted(missing)))
    image = QImage(QSize(210, 297), QImage.Format.Format_RGB32)
    pages = piece_pages(piece)
    checks = [("name", paint) for paint in pages["poster"]] + [("shop", paint) for paint in pages["stamps"]]
    checks += [("shop", paint) for paint in pages["signs"]]
    for field, paint in checks:
        image.fill(PAPER)
        painter = QPainter(image)
        painter.scale(1 / UNIT, 1 / UNIT)
        fits = paint(painter)
        painter.end()
        if not fits:
            raise InvalidInput("event_text_too_long", field)


def piece_pages(piece: EventPrint) -> dict[str, list[Callable[[QPainter], bool]]]:
    """Each piece's pages, as painters of one page."""
    return {
        "poster": [partial(paint_poster, piece=piece)],
        "stamps": [partial(paint_stamp_card, piece=piece, page=n) for n in range(piece.event.stamp_cards)],
        "signs": [partial(paint_sign, piece=piece, shop=shop) for shop in piece.event.shops],
    }


def _write(path: Path, title: str, pages: list[Callable[[QPainter], bool]]) -> None:
    from danggol_desktop.poster.output import a4_writer

    writer = a4_writer(path, title)
    painter = QPainter(writer)
    for n, paint in enumerate(pages):
        if n:
            writer.newPage()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(300 / 25.4 / UNIT, 300 / 25.4 / UNIT)
        paint(painter)
        painter.restore()
    painter.end()


def _reads_back(path: Path, pages: int, link: str) -> bool:
    """Every page rendered at CHECK_DPI shows exactly one QR, the market channel's."""
    from danggol_desktop.poster.output import reads_back, rendered_pages

    images = rendered_pages(path, CHECK_DPI, pages)
    return images is not None and all(reads_back(image, link, 1) for image in images)


def export_pieces(piece: EventPrint, files: PieceFiles, texts: dict[Path, str],
                  overwrite: bool = False) -> dict[Path, int]:
    """The three PDFs and the text files (the message, the post), each PDF written privately and read back; none
    takes its name until all are ready, and a file placed before a later one fails (a full disk) is taken away
    again, so a refusal leaves no half of the set. Returns each PDF with its page count."""
    for path in (files.poster, files.stamps, files.signs, *texts):
        check_target(path, overwrite)
    check_texts(piece)
    event = piece.event
    by_piece = piece_pages(piece)
    sets = [(files.poster, event.name, by_piece["poster"]),
            (files.stamps, f"{event.name} — {piece.words['stamp_title']}", by_piece["stamps"]),
            (files.signs, f"{event.name} — {piece.words['taking_part']}", by_piece["signs"])]
    with private_temp(".pdf") as t1, private_temp(".pdf") as t2, private_temp(".pdf") as t3:
        ready: list[tuple[Path, Path]] = []
        for tmp, (path, title, pages) in zip((t1, t2, t3), sets, strict=True):
            _write(tmp, title, pages)
            if tmp.stat().st_size == 0:
                raise FileNotWritable(detail=str(path))
            if not _reads_back(tmp, len(pages), piece.link):
                raise EventPieceNotReadable(detail=str(path))
            ready.append((tmp, path))
        for path, text in texts.items():
            tmp = t1.with_name(f"{t1.stem}-{len(ready)}.txt")
            tmp.write_text(text, encoding="utf-8")
            ready.append((tmp, path))
        placed: list[Path] = []
        try:
            for tmp, path in ready:
                existed = path.exists()
                place_file(tmp, path, overwrite)
                if not existed:
                    placed.append(path)
        except BaseException:
            for path in placed:
                path.unlink(missing_ok=True)
            raise
        finally:
            for tmp, _path in ready[3:]:
                tmp.unlink(missing_ok=True)
    return {path: len(pages) for path, _title, pages in sets}
