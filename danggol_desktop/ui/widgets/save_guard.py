"""The one way a screen tells a person that something was not saved: a large message that says what was not saved,
why in plain words, and what to do — with 다시 해 보기 — while what they typed stays where it is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from danggol_desktop.domain.errors import DanggolError, StorageError
from danggol_desktop.error_sentences import describe_error

T = TypeVar("T")
NOT_SAVED = object()  # what `save_or_tell` returns when the person gave up


def ask_retry(parent: QWidget | None, not_saved: str, error: DanggolError) -> bool:
    """Say what was not saved and why; True when the person presses 다시 해 보기."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SaveGuard", "Not saved"),
                      not_saved, parent=parent)
    box.setInformativeText(describe_error(error))
    again = box.addButton(QCoreApplication.translate("SaveGuard", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("SaveGuard", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is again


def save_or_tell(parent: QWidget | None, action: Callable[[], T], not_saved: str, data_dir: Path,
                 ask: Callable[[QWidget | None, str, DanggolError], bool] | None = None):
    """Run `action` — a task: the task layer has already sorted any storage failure into a StorageError — and when
    the data file cannot be read or written, log it in `data_dir`, tell the person and offer to try again. Returns
    the action's result, or NOT_SAVED. Errors about what the person typed are the caller's to show."""
    from danggol_desktop.app_log import log_exception

    while True:
        try:
            return action()
        except StorageError as exc:
            error = exc
        log_exception(data_dir, error, not_saved)
        if not (ask or ask_retry)(parent, not_saved, error):
            return NOT_SAVED
