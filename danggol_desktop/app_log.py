"""The rotating log file in the data folder: every traceback the app or the command line meets is written there
(never shown to a merchant), so a tutor can send it on. stdlib logging only; no Qt."""

from __future__ import annotations

import contextlib
import logging
import traceback
from pathlib import Path

from danggol_desktop.paths import make_private_dir, make_private_file

LOG_NAME = "danggol.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
_LOGGER = "danggol"


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / "logs" / LOG_NAME


def logger(data_dir: Path) -> logging.Logger:
    """The app's logger writing to `data_dir/logs/danggol.log` (rotated at 512 KB, 3 old files kept). When the folder
    cannot be written (read-only, disk full) nothing is logged rather than a traceback shown."""
    log = logging.getLogger(_LOGGER)
    target = str(log_path(data_dir))
    if any(getattr(h, "baseFilename", None) == target for h in log.handlers):
        return log
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    import logging.handlers as log_handlers  # only when something is logged: start-up does not pay for it

    class _QuietRotatingHandler(log_handlers.RotatingFileHandler):
        """A log that cannot be written (a full disk) stays silent rather than printing its own traceback."""

        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
            pass

        def _open(self):  # noqa: ANN202
            stream = super()._open()
            make_private_file(Path(self.baseFilename))  # a new or rotated log is the user's alone
            return stream

    try:
        make_private_dir(log_path(data_dir).parent)
        handler: logging.Handler = _QuietRotatingHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    except OSError:  # nowhere to write: said nowhere rather than as a traceback on the terminal
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return log


def log_event(data_dir: Path, line: str) -> None:
    """One line a tutor can read (a migration, an import, a refused file, a backup, a restore). Callers name records
    by table and count and files by name, never phone numbers or message texts; never raises."""
    with contextlib.suppress(Exception):
        logger(data_dir).info("%s", line)


def log_exception(data_dir: Path, exc: BaseException, context: str = "") -> None:
    """Write `exc` with its traceback; never raises (a log that cannot be written must not hide the real error)."""
    try:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        logger(data_dir).error("%s\n%s", context, text)
    except Exception:  # noqa: BLE001
        pass
