"""What the merchant has chosen so far on the poster screen, kept as a plain value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PosterDraft:
    """The poster screen's state while the merchant goes through its steps."""

    channel_text: str = ""
    link: str = ""
    layout_code: str = "a4"
    headline: str = ""
    offer: str = ""
    logo_path: str = ""
    logo_png: bytes | None = None  # the picture read from logo_path, made small and safe (pictures.logo)
