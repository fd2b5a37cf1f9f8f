"""Per-machine preferences: text size, high contrast, language, the shop being worked on."""

from __future__ import annotations

from typing import NamedTuple

TEXT_SCALES = (100, 125, 150, 200)
LANGUAGES = ("ko", "en")


class Preferences(NamedTuple):
    """Immutable; `prefs._replace(text_scale=200)` gives a changed copy. A NamedTuple rather than a frozen dataclass:
    it is read on every start, and a dataclass costs the start-up ~2 ms more (the module and its generated code)."""

    text_scale: int = 100
    high_contrast: bool = False
    language: str = "ko"
    active_shop_id: int | None = None
    maximized: bool = True  # the window opens filling the screen unless the person made it smaller

    @classmethod
    def from_strings(cls, values: dict[str, str]) -> Preferences:
        """Build from stored strings; anything unreadable falls back to the default instead of failing."""
        default = cls()
        try:
            scale = int(values.get("text_scale", default.text_scale))
        except ValueError:
            scale = default.text_scale
        language = values.get("language", default.language)
        try:
            shop = int(values["active_shop_id"]) if values.get("active_shop_id") else None
        except ValueError:
            shop = None
        return cls(
            text_scale=scale if scale in TEXT_SCALES else default.text_scale,
            high_contrast=values.get("high_contrast") == "1",
            language=language if language in LANGUAGES else default.language,
            active_shop_id=shop,
            maximized=values.get("maximized", "1") != "0",
        )

    def to_strings(self) -> dict[str, str]:
        return {
            "text_scale": str(self.text_scale),
            "high_contrast": "1" if self.high_contrast else "0",
            "language": self.language,
            "active_shop_id": "" if self.active_shop_id is None else str(self.active_shop_id),
            "maximized": "1" if self.maximized else "0",
        }
