"""Poster outputs — image, PDF, PNG, printer — each checked by reading its QR codes back before it is offered."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE, Layout, PosterCatalog
from danggol_desktop.poster.qr import QrMatrix, decode_all, make_matrix
from danggol_desktop.poster.renderer import PosterContent, RenderReport, paint_poster
from danggol_desktop.storage.files import FileNotWritable, check_target, place_file, private_temp

PNG_DPI = 300
CHECK_DPI = 150  # enough for zxing to read every code, quick to make
PDF_RESOLUTION = 1200


class PosterNotReadable(DanggolError):
    """A QR code in the output did not read back as exactly the channel link: nothing is offered."""

    code = "poster_not_readable"


class PosterNotReady(DanggolError):
    """The poster's words use characters the font lacks, do not fit, or leave too little room for the QR."""

    def __init__(self, report: RenderReport) -> None:
        code = ("poster_unsupported" if report.unsupported else "poster_too_long" if report.too_long
                else "poster_qr_too_small")
        super().__init__(code, detail=f"{sorted(report.too_long)} {sorted(report.unsupported)} {report.qr_too_small}")
        self.report = report


@dataclass(frozen=True)
class Poster:
    """Everything needed to paint one poster: the layout, the words, the QR matrix."""

    layout: Layout
    content: PosterContent
    matrix: QrMatrix

    @classmethod
    def make(cls, layout: Layout, content: PosterContent) -> Poster:
        return cls(layout, content, make_matrix(content.link, with_logo=content.logo_png is not None))

    @property
    def codes_per_page(self) -> int:
        return len(self.layout.panels)


def shop_poster(catalog: PosterCatalog, layout_code: str, link: str, shop_name: str, headline: str, offer: str,
                logo_png: bytes | None = None, search_id: str = "") -> Poster:
    """One shop's poster as the screen and `danggol poster` both make it: the catalog's Korean caption and scan hint,
    the search-ID line when the channel has one, the headline and offer with their spaces tidied."""
    content = PosterContent(
        link=link, shop_name=shop_name, headline=" ".join(headline.split()),
        caption=catalog.caption[POSTER_LANGUAGE], scan_hint=catalog.scan_hint[POSTER_LANGUAGE],
        offer=" ".join(offer.split()), logo_png=logo_png,
        search_line=catalog.search_line(search_id, POSTER_LANGUAGE),
    )
    return Poster.make(catalog.layout(layout_code), content)


def page_size(layout: Layout) -> QPageSize:
    w, h = layout.page_mm
    return QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def render_image(poster: Poster, dpi: int) -> tuple[QImage, RenderReport]:
    w_mm, h_mm = poster.layout.page_mm
    image = QImage(round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    report = paint_poster(painter, QRectF(image.rect()), poster.layout, poster.content, poster.matrix)
    painter.end()
    return image, report


def _to_pil(image: QImage) -> Image.Image:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return Image.frombuffer("L", (grey.width(), grey.height()), bytes(grey.constBits()), "raw", "L",
                            grey.bytesPerLine(), 1)


def reads_back(image: QImage, link: str, expected: int) -> bool:
    """True when zxing-cpp finds exactly `expected` QR codes in the picture and every one says `link`."""
    found = decode_all(_to_pil(image))
    return len(found) == expected and all(text == link for text in found)


def reads_back_each(image: QImage, links: list[str]) -> bool:
    """True when zxing-cpp finds exactly these QR codes in the picture, each once (a page of different shops)."""
    return sorted(decode_all(_to_pil(image))) == sorted(links)


def check(poster: Poster) -> RenderReport:
    """Paint at CHECK_DPI and read it back; raises PosterNotReady or PosterNotReadable, else returns the report."""
    image, report = render_image(poster, CHECK_DPI)
    if not report.ok:
        raise PosterNotReady(report)
    if not reads_back(image, poster.content.link, poster.codes_per_page):
        raise PosterNotReadable(detail=poster.content.link)
    return report


def export_png(poster: Poster, path: Path, dpi: int = PNG_DPI, overwrite: bool = True) -> RenderReport:
    """A PNG at `dpi`, read back from the saved file before it takes its name."""
    path = Path(path)
    check_target(path, overwrite)
    image, report = render_image(poster, dpi)
    if not report.ok:
        raise PosterNotReady(report)
    with private_temp(".png") as tmp:
        if not image.save(str(tmp)):  # PNG, from the temporary name
            raise FileNotWritable(detail=str(path))
        saved = QImage(str(tmp))
        if not reads_back(saved, poster.content.link, poster.codes_per_page):
            raise PosterNotReadable(detail=str(path))
        place_file(tmp, path, overwrite)
    return report


def write_pdf(posters: list[Poster], path: Path, title: str) -> list[RenderReport]:
    """One page per poster (vector QR, embedded font, real text), written straight to `path`."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("단골 Desktop")
    reports = []
    painter: QPainter | None = None
    for poster in posters:
        writer.setPageLayout(QPageLayout(page_size(poster.layout), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        if painter is None:
            painter = QPainter(writer)
        else:
            writer.newPage()
        rect = QRectF(0, 0, writer.width(), writer.height())
        reports.append(paint_poster(painter, rect, poster.layout, poster.content, poster.matrix))
    if painter is not None:
        painter.end()
    return reports


def a4_writer(path: Path, title: str) -> QPdfWriter:
    """A portrait A4 PDF at 300 dpi with no margins, titled and signed: the sheets of tags and the event's pieces."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("단골 Desktop")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    return writer


def rendered_pages(path: Path, dpi: int, pages: int) -> Iterator[QImage] | None:
    """Each page of a written PDF rasterised by QtPdf at `dpi` on white paper (the page's own size), one at a time;
    None when the file does not open or has not `pages` pages. The read-back of every printed piece."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() != pages:
        document.close()
        return None

    def each() -> Iterator[QImage]:
        try:
            for page in range(pages):
                points = document.pagePointSize(page)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = document.render(page, size)
                flat = QImage(image.size(), QImage.Format.Format_RGB32)
                flat.fill(0xFFFFFFFF)
                painter = QPainter(flat)
                painter.drawImage(0, 0, image)
                painter.end()
                yield flat
        finally:
            document.close()

    return each()


def pdf_pages_read_back(path: Path, posters: list[Poster]) -> bool:
    """Rasterise every page of the written PDF (QtPdf) and read its QR codes back."""
    images = rendered_pages(path, CHECK_DPI, len(posters))
    return images is not None and all(reads_back(image, poster.content.link, poster.codes_per_page)
                                      for image, poster in zip(images, posters, strict=True))


def export_pdf(posters: list[Poster], path: Path, title: str, overwrite: bool = True) -> list[RenderReport]:
    """Write, read back every page, and only then give the file its name; nothing half-written is left."""
    path = Path(path)
    check_target(path, overwrite)
    for poster in posters:
        _, report = render_image(poster, 36)  # words and QR size are known before anything is written
        if not report.ok:
            raise PosterNotReady(report)
    with private_temp(".pdf") as tmp:
        reports = write_pdf(posters, tmp, title)
        if tmp.stat().st_size == 0:
            raise FileNotWritable(detail=str(path))
        if not pdf_pages_read_back(tmp, posters):
            raise PosterNotReadable(detail=str(path))
        place_file(tmp, path, overwrite)
    return reports
