"""A shop's logo or photo for the QR centre: checked before it is decoded, tidied to plain RGB on white."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from danggol_desktop.domain.errors import InvalidInput

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 30000x30000 "decompression bomb" is refused before it is decoded
LOGO_PX = 600  # plenty for a logo that prints about 2 cm wide at 300 dpi


def load_logo(path: Path) -> bytes:
    """PNG bytes of the logo at most LOGO_PX on its long side, RGB on white.

    Raises InvalidInput with code logo_missing, logo_too_big_file, logo_not_image, logo_too_many_pixels or
    logo_damaged.
    """
    path = Path(path)
    try:  # one descriptor, a regular file (a pipe or a device would hang or never end), opened without blocking
        fh = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)), "rb")
    except OSError:
        raise InvalidInput("logo_missing", "logo") from None
    with fh:
        try:
            info = os.fstat(fh.fileno())
        except OSError:
            raise InvalidInput("logo_missing", "logo") from None
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput("logo_missing", "logo")
        if info.st_size > MAX_FILE_BYTES:
            raise InvalidInput("logo_too_big_file", "logo")
        return _decode(fh)


def _decode(fh: BinaryIO) -> bytes:
    try:
        with Image.open(fh) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise InvalidInput("logo_too_many_pixels", "logo")
            image.draft("RGB", (LOGO_PX * 2, LOGO_PX * 2))  # JPEGs decode small straight away
            image.load()
            # a phone photo stands as it was taken (EXIF orientation): it came out sideways on posters
            flat = _flatten(ImageOps.exif_transpose(image))
    except InvalidInput:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        code = "logo_too_many_pixels" if isinstance(exc, Image.DecompressionBombError) else "logo_not_image"
        raise InvalidInput(code, "logo") from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise InvalidInput("logo_damaged", "logo") from None
    flat.thumbnail((LOGO_PX, LOGO_PX))
    out = io.BytesIO()
    flat.save(out, format="PNG")
    return out.getvalue()


def _flatten(image: Image.Image) -> Image.Image:
    """Any mode (CMYK, palette, with transparency …) to RGB, transparent parts on white."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")
