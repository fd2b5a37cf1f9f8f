"""A shop's logo or photo for the QR centre: checked before it is decoded, tidied to plain RGB on white."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError

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
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInput("logo_missing", "logo") from None
    if not path.is_file():
        raise InvalidInput("logo_missing", "logo")
    if size > MAX_FILE_BYTES:
        raise InvalidInput("logo_too_big_file", "logo")
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise InvalidInput("logo_too_many_pixels", "logo")
            image.draft("RGB", (LOGO_PX * 2, LOGO_PX * 2))  # JPEGs decode small straight away
            image.load()
            flat = _flatten(image)
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
