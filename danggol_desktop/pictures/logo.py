"""A shop's logo or photo for the QR centre and the channel profile, through the one photo opener
(pictures.photo.open_photo): checked before it is decoded, upright by its EXIF orientation, decoded small, plain RGB
on white, and written anew as PNG — nothing of the file is kept but its pixels (no location)."""

from __future__ import annotations

import io
from pathlib import Path

from danggol_desktop.pictures.photo import open_photo

LOGO_PX = 600  # plenty for a logo that prints about 2 cm wide at 300 dpi, and for a 640 px profile picture


def load_logo(path: Path) -> bytes:
    """PNG bytes of the logo at most LOGO_PX on its long side, RGB on white.

    Raises InvalidInput with code logo_missing, logo_too_big_file, logo_heic, logo_not_image, logo_too_many_pixels
    or logo_damaged.
    """
    photo = open_photo(Path(path), kind="logo", keep_px=LOGO_PX, need_px=LOGO_PX)
    out = io.BytesIO()
    photo.image.save(out, format="PNG")
    return out.getvalue()
