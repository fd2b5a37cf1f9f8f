"""From a picture draft to what is shown, saved and printed: one path for the screen, the command line and the
flyer's PDF. Photos are opened once (PhotoCache) and worked at a reduced size; texts are checked before painting;
the flyer's QR is read back before a PDF or image is offered, as the posters do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.picture import (
    PictureCatalog,
    PictureDraft,
    PictureKind,
    check_prices,
    clean_headline,
    clean_products,
    crop_box,
)
from danggol_desktop.domain.promotion import format_price
from danggol_desktop.pictures.kit_pictures import PictureReport, render
from danggol_desktop.pictures.photo import Encoded, Photo, auto_fix, crop_to, encode, open_photo
from danggol_desktop.pictures.picture_renderer import (
    FlyerItem,
    FlyerWords,
    PictureWords,
    TemplateLook,
    paint_flyer,
    paint_picture,
)
from danggol_desktop.poster.output import PosterNotReadable
from danggol_desktop.poster.qr import QrMatrix, decode_all, make_matrix
from danggol_desktop.storage.files import check_target, place_file, private_temp, write_atomically


class PictureNotReady(DanggolError):
    """Some words do not fit at the smallest size the kind allows (they are never shrunk below it)."""

    code = "picture_words_too_long"

    def __init__(self, report: PictureReport) -> None:
        super().__init__(detail=", ".join(sorted(report.too_long)))
        self.report = report


def qimage_from_pil(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def pil_from_qimage(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


class PhotoCache:
    """Each photo file opened (checked, decoded small, turned upright) once while a picture is being made."""

    def __init__(self) -> None:
        self._photos: dict[str, Photo] = {}

    def get(self, path: str) -> Photo:
        if path not in self._photos:
            self._photos[path] = open_photo(Path(path))
        return self._photos[path]


def framed_photo(photo: Photo, kind_size: tuple[int, int], zoom: float, center: tuple[float, float],
                 fix: bool) -> QImage:
    box, _centre = crop_box(photo.image.size, kind_size[0] / kind_size[1], zoom, center)
    cropped = crop_to(photo.image, box, kind_size)
    return qimage_from_pil(auto_fix(cropped) if fix else cropped)


@dataclass
class Made:
    image: QImage
    report: PictureReport
    kind: PictureKind


def make_picture(draft: PictureDraft, catalog: PictureCatalog, photos: PhotoCache, shop: str, colour: str,
                 language: str) -> Made:
    """The picture as drawn. Raises InvalidInput for words or prices that cannot be right, and PictureNotReady when
    words do not fit."""
    kind = catalog.kind(draft.kind)
    headline = clean_headline(draft.headline)
    template = catalog.template(draft.template)
    price, old = check_prices(draft.price, draft.old_price) if template.price else (None, None)
    words = PictureWords(headline, format_price(price, language) if price else "",
                         format_price(old, language) if old else "", shop, template.tag_text(language))
    photo = framed_photo(photos.get(draft.photo), kind.size, draft.zoom, (draft.center_x, draft.center_y),
                         draft.auto_fix) if draft.photo else None
    look = TemplateLook(template.band)
    image, report = render(kind.size, lambda p: paint_picture(p, kind.size, photo, words, colour,
                                                              catalog.min_text_share, look))
    return Made(image, report, kind)


@dataclass
class FlyerParts:
    items: list[FlyerItem]
    words: FlyerWords
    matrix: QrMatrix | None
    colour: str
    min_share: float

    def paint(self, painter: QPainter, size: tuple[int, int]) -> PictureReport:
        return paint_flyer(painter, size, self.items, self.words, self.matrix, self.colour, self.min_share)


def flyer_parts(draft: PictureDraft, catalog: PictureCatalog, photos: PhotoCache, shop: str, hours: str, link: str,
                call: str, colour: str, language: str) -> FlyerParts:
    """What the flyer shows, checked: 2–6 products with names and prices, the headline, the channel's QR."""
    headline = clean_headline(draft.headline)
    items = []
    for product in clean_products(draft.products):
        photo = photos.get(product.photo) if product.photo else None
        image = framed_photo(photo, (600, 460), 1.0, (0.5, 0.5), draft.auto_fix) if photo is not None else None
        price = format_price(int(product.price), language) if product.price else ""
        items.append(FlyerItem(product.name, price, image))
    matrix = make_matrix(link) if link else None
    return FlyerParts(items, FlyerWords(headline, shop, hours, call if link else ""), matrix, colour,
                      catalog.min_text_share)


def make_flyer(parts: FlyerParts, catalog: PictureCatalog) -> Made:
    kind = catalog.kind("flyer")
    image, report = render(kind.size, lambda p: parts.paint(p, kind.size))
    return Made(image, report, kind)


def ready(made: Made) -> Made:
    if made.report.too_long:
        raise PictureNotReady(made.report)
    return made


def encode_picture(made: Made, prefer_png: bool = False, dpi: int | None = None) -> Encoded:
    return encode(pil_from_qimage(ready(made).image), made.kind.max_bytes, prefer_png, dpi)


def save_picture(made: Made, path: Path, overwrite: bool = True) -> Encoded:
    """The image file (JPEG or PNG by the name's ending), whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".jpg", ".jpeg", ".png"):
        raise InvalidInput("picture_output_type", "out")
    check_target(path, overwrite)
    # a flyer is A4 at 150 dpi: tagged so, a print shop reads it as A4 (untagged it read as 17 x 24 inches at 72 dpi)
    encoded = encode_picture(made, prefer_png=suffix == ".png",
                             dpi=round(made.kind.size[0] / (210 / 25.4)) if made.kind.code == "flyer" else None)
    if suffix == ".png" and encoded.format != "PNG":
        raise InvalidInput("picture_png_too_big", "out")
    write_atomically(path, encoded.data, overwrite=overwrite)
    return encoded


def check_flyer_qr(made: Made, link: str) -> None:
    if link and link not in decode_all(pil_from_qimage(made.image)):
        raise PosterNotReadable(detail="flyer QR")  # the flyer carries the poster's QR and its check


def save_flyer_pdf(parts: FlyerParts, catalog: PictureCatalog, link: str, path: Path, overwrite: bool = True) -> None:
    """An A4 PDF of the flyer painted by the same painter as the image (text and QR as vectors); the image's QR is read
    back first, as the posters' are."""
    made = ready(make_flyer(parts, catalog))
    check_flyer_qr(made, link)
    path = Path(path)
    check_target(path, overwrite)
    with private_temp(".pdf") as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setCreator("단골 Desktop")
        writer.setTitle(" · ".join(filter(None, (parts.words.shop, parts.words.headline))))  # was empty
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        size = made.kind.size
        painter.scale(writer.width() / size[0], writer.height() / size[1])
        parts.paint(painter, size)
        painter.end()
        del writer  # flushes the file
        place_file(tmp, path, overwrite)
