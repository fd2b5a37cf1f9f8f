"""The last net: an error nobody caught is written to the log file and told kindly, never as a traceback."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from danggol_desktop.app_log import log_exception, log_path
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.error_sentences import describe_error


class CrashHook(QObject):
    """Installed as sys.excepthook (and for worker threads); the dialog is shown on the GUI thread."""

    _report = Signal(str, str)

    def __init__(self, data_dir: Path, show_dialog: bool = True) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._show_dialog = show_dialog
        self._showing = False
        self._report.connect(self._show)
        self.shown: list[str] = []

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type, exc, tb) -> None:
        if exc is None:
            return
        exc.__traceback__ = tb
        log_exception(self._data_dir, exc, "uncaught")
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        from danggol_desktop.tasks.workspace import sort_failure  # the task layer's one sort, for what escaped it

        exc = sort_failure(exc, self._data_dir)
        if isinstance(exc, DanggolError):
            body = (QCoreApplication.translate("CrashHook", "What you just did was not saved.") + "\n"
                    + describe_error(exc))
        else:
            body = QCoreApplication.translate(
                "CrashHook", "Something went wrong, and what you just did may not have been saved. Your earlier "
                "records are safe. Please try once more; if it happens again, tell your tutor.")
        details = QCoreApplication.translate("CrashHook", "A note for your tutor was written to %1.").replace(
            "%1", str(log_path(self._data_dir)))
        self._report.emit(body, details)

    def _show(self, body: str, details: str) -> None:
        self.shown.append(body)
        if not self._show_dialog or self._showing:
            return
        self._showing = True
        try:
            from PySide6.QtWidgets import QMessageBox  # loaded when needed, not at every start

            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CrashHook", "Sorry"), body,
                              parent=QApplication.activeWindow())
            box.setInformativeText(details)
            box.addButton(QCoreApplication.translate("CrashHook", "Close"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
        finally:
            self._showing = False
