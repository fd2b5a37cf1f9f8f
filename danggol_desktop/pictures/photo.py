"""The one photo opener, and a Kakao-ready file out (Pillow). In — for every photo or logo the app takes (the picture
maker, the flyer's products, the poster's logo, the channel profile): checked before it is decoded (size, pixels,
kind), read at a reduced size where the format allows (a 12–50 MP camera JPEG decodes at 1/2–1/8 scale), turned
upright by its EXIF orientation, any mode made plain RGB, and nothing of the file kept but its pixels (no location,
no camera data). Out: JPEG or PNG without any metadata, JPEG quality chosen by search to stay within the kind's byte
limit."""

from __future__ import annotations

import io
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from danggol_desktop.domain.errors import InvalidInput

MAX_FILE_BYTES = {"photo": 80 * 1024 * 1024, "logo": 20 * 1024 * 1024}  # what the file is for: a logo is small
MAX_PIXELS = 60_000_000  # a 50 MP phone photo opens; a "decompression bomb" far beyond it is refused undecoded
# Only JPEG decodes at a reduced scale (draft); a PNG or WebP decodes whole: a 1 MB PNG of 59 MP took 830 MB and
# 7.6 s. 24 MP (a big screenshot or scan) stays near 300 MB at the peak.
MAX_FULL_DECODE_PIXELS = 24_000_000
WORK_PX = 2400  # the long side the photo is worked at: twice the largest picture, so cropping in stays sharp
_HEIF_BRANDS = (b"ftypheic", b"ftypheix", b"ftyphevc", b"ftypmif1", b"ftypmsf1", b"ftypavif")


@dataclass
class Photo:
    image: Image.Image  # RGB, upright, at most WORK_PX on its long side
    original_size: tuple[int, int]  # upright, before any reduction
    animated: bool = False  # an animated GIF: its first frame is used

    def is_small_for(self, min_width: int) -> bool:
        """Narrower than the kind's minimum: it will look blurry (allowed, said)."""
        return self.original_size[0] < min_width


def open_photo(path: Path, kind: str = "photo", keep_px: int = WORK_PX, need_px: int = WORK_PX // 2) -> Photo:
    """`path` upright, plain RGB, at most `keep_px` on its long side; a JPEG is decoded at the smallest scale that
    keeps both sides at least `need_px`. `kind` ("photo" or "logo") names the refusals: InvalidInput
    `<kind>_missing`, `_too_big_file`, `_heic`, `_not_image`, `_too_many_pixels` or `_damaged`."""
    path = Path(path)
    try:
        # one descriptor, checked to be a regular file before anything is read (a pipe or a device would hang or
        # never end); non-blocking, so opening a pipe returns at once to be refused
        fh = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)), "rb")
    except OSError:
        raise InvalidInput(f"{kind}_missing", kind) from None
    with fh:
        return _open_photo(fh, kind, keep_px, need_px)


def _open_photo(fh: BinaryIO, kind: str, keep_px: int, need_px: int) -> Photo:
    try:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(f"{kind}_missing", kind)
        size = info.st_size
        head = fh.read(32)
        fh.seek(0)
    except OSError:
        raise InvalidInput(f"{kind}_missing", kind) from None
    if size > MAX_FILE_BYTES[kind]:
        raise InvalidInput(f"{kind}_too_big_file", kind)
    if any(brand in head[:16] for brand in _HEIF_BRANDS):
        raise InvalidInput(f"{kind}_heic", kind)
    try:
        with Image.open(fh) as image:
            pixels = image.width * image.height
            if pixels > MAX_PIXELS or (image.format != "JPEG" and pixels > MAX_FULL_DECODE_PIXELS):
                raise InvalidInput(f"{kind}_too_many_pixels", kind)
            animated = getattr(image, "n_frames", 1) > 1
            if animated:
                image.seek(0)
            orientation = image.getexif().get(0x0112, 1)
            turned = orientation in (5, 6, 7, 8)
            original = (image.height, image.width) if turned else (image.width, image.height)
            # JPEG: decoded straight at 1/2, 1/4 or 1/8 scale, keeping both sides at least half the working size
            # (the largest picture's). Asking for the working size itself kept a 12 MP photo at full scale: draft
            # only halves while both sides stay at or above what is asked (4000x3000 -> 2000x1500 now).
            image.draft("RGB", (need_px, need_px))
            image.load()
            # a PNG or WebP decodes whole: brought down at once (box filter, by a whole factor that keeps both sides
            # at least `need_px`) before it is turned and converted, each of which makes a copy
            upright = ImageOps.exif_transpose(_reduced(image, need_px))
            plain = _plain_rgb(upright)
    except InvalidInput:
        raise
    except Image.DecompressionBombError:
        raise InvalidInput(f"{kind}_too_many_pixels", kind) from None
    except UnidentifiedImageError:
        raise InvalidInput(f"{kind}_not_image", kind) from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise InvalidInput(f"{kind}_damaged", kind) from None
    if max(plain.size) > keep_px:
        plain.thumbnail((keep_px, keep_px), Image.Resampling.LANCZOS)
    return Photo(plain, original, animated)


def _reduced(image: Image.Image, need_px: int) -> Image.Image:
    factor = min(image.width, image.height) // max(1, need_px)
    if factor < 2 or image.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
        return image
    reduced = image.reduce(factor)
    reduced.info = image.info  # the EXIF orientation still applies
    reduced.getexif().update(image.getexif())
    return reduced


def _plain_rgb(image: Image.Image) -> Image.Image:
    """Any mode to 8-bit RGB: 16-bit greyscale scaled down, CMYK converted, transparency laid on white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v / 256).convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def auto_fix(image: Image.Image) -> Image.Image:
    """밝고 선명하게: never darker. The lightest 1% becomes white, a photo still dark gets its middle tones lifted, and
    a light sharpening; one curve for all three colours, so they keep their balance. Every tone maps to itself or
    lighter (the old stretch of the darkest 1% to black made a normal photo darker: mean 133 → 87)."""
    rgb = image.convert("RGB")
    histogram = rgb.convert("L").histogram()
    total = sum(histogram) or 1
    seen, top = 0, 255
    for value in range(255, -1, -1):
        seen += histogram[value]
        if seen > total * 0.01:
            top = max(value, 1)
            break
    mean = sum(value * count for value, count in enumerate(histogram)) / total
    stretched_mean = min(255.0, mean * 255 / top)
    gamma = 1.0
    if 0 < stretched_mean < _MIDDLE:  # still dark: lift the middle tones towards the middle grey, at most so far
        gamma = max(0.6, math.log(_MIDDLE / 255) / math.log(stretched_mean / 255))
    curve = [min(255, round(255 * min(1.0, value / top) ** gamma)) for value in range(256)]
    return rgb.point(curve * 3).filter(ImageFilter.UnsharpMask(radius=2, percent=50, threshold=3))


_MIDDLE = 118.0


def crop_to(image: Image.Image, box: tuple[float, float, float, float], size: tuple[int, int]) -> Image.Image:
    """The frame's part of the photo, resized to the picture's pixel size."""
    left, top, width, height = box
    left, top = max(0.0, left), max(0.0, top)  # float arithmetic may leave -1e-13
    right, bottom = min(float(image.width), left + width), min(float(image.height), top + height)
    return image.resize(size, Image.Resampling.LANCZOS, box=(left, top, right, bottom))


@dataclass(frozen=True)
class Encoded:
    data: bytes
    format: str  # "JPEG" or "PNG"
    quality: int | None  # JPEG quality used


def encode(image: Image.Image, max_bytes: int, prefer_png: bool = False, dpi: int | None = None) -> Encoded:
    """The picture as a file within `max_bytes`: PNG when asked and it fits, else the best JPEG quality that fits
    (binary search from 95 down to 30). No metadata is written: nothing of the photo's EXIF (place, camera) leaves.
    Raises InvalidInput `picture_too_big` when even the lowest quality does not fit. `dpi` tags a picture meant for
    print with its resolution."""
    rgb = image.convert("RGB")
    if prefer_png:
        data = _save(rgb, "PNG", dpi=dpi)
        if len(data) <= max_bytes:
            return Encoded(data, "PNG", None)
    low, high, best = 30, 95, None
    while low <= high:
        quality = (low + high) // 2
        data = _save(rgb, "JPEG", quality, dpi=dpi)
        if len(data) <= max_bytes:
            best, low = Encoded(data, "JPEG", quality), quality + 1
        else:
            high = quality - 1
    if best is None:
        raise InvalidInput("picture_too_big", "picture")
    return best


def _save(image: Image.Image, fmt: str, quality: int | None = None, dpi: int | None = None) -> bytes:
    out = io.BytesIO()
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    if fmt == "JPEG":
        image.save(out, format="JPEG", quality=quality, optimize=True, subsampling=2 if (quality or 0) < 90 else 0,
                   **extra)
    else:
        image.save(out, format="PNG", optimize=True, **extra)
    return out.getvalue()
