"""The channel kit's pictures on screen and saved to a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.pictures.kit_pictures import save_png
from danggol_desktop.ui.channel_kit.kit_context import KitContext
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_save_path

PREVIEW_PX = 200  # the pictures' preview on screen at 100% text
PREVIEW_MAX_PX = 280


def show_picture(label: QLabel, image: QImage, context: KitContext) -> None:
    """The picture as a preview: it grows with the text, but not so much that it pushes the buttons away."""
    side = min(context.px(PREVIEW_PX), PREVIEW_MAX_PX)
    label.setPixmap(QPixmap.fromImage(image).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
    label.setFixedSize(side, side)
    label.setAccessibleName(QCoreApplication.translate("KitCards", "Preview of the picture"))


def save_picture(page: QWidget, image: QImage, name: str, title: str, notice: SavedNotice, failed: str) -> Path | None:
    """Ask where, write the PNG whole or not at all, and say where it went."""
    path = ask_save_path(page, title, name, "png")
    if path is None:
        return None
    try:
        save_png(image, path)
    except (DanggolError, OSError) as exc:
        notice.show_text(f"{failed} {describe_error(exc)}")
        return None
    notice.show_saved(path)
    return path
