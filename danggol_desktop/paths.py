"""Where the data lives: `--data-dir`, else `DANGGOL_DATA_DIR`, else the platform's app-data folder."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from danggol_desktop import APP_NAME, ORG_NAME

ENV_VAR = "DANGGOL_DATA_DIR"
DB_FILENAME = "danggol.sqlite"


def data_dir(cli_value: str | None = None) -> Path:
    """The folder holding the database and its backups (not created here)."""
    chosen = cli_value or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    if sys.platform.startswith("linux"):  # Qt's AppDataLocation, worked out without loading Qt (~85 ms a command)
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
        return base / ORG_NAME / APP_NAME
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backup_dir(folder: Path) -> Path:
    return folder / "backups"


def pictures_dir(folder: Path) -> Path:
    """내 그림: the pictures made with the picture maker."""
    return folder / "pictures"


# Private by default: customers' names and numbers are in these files, and a shop PC may have other accounts. The
# folders the app makes are the user's alone (0700), and so are the database, its copies and the log (0600). On
# Windows the per-user AppData folder already is; chmod there changes only the read-only flag, so it is skipped.
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and its parents) for the user only; a folder that is already there keeps its mode unless it
    is one of the app's own (the data folder's backups/, logs/, pictures/), which is made private too."""
    folder = Path(folder)
    existed = folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and (not existed or folder.name in ("backups", "logs", "pictures")):
        os.chmod(folder, PRIVATE_DIR)


def make_private_file(path: Path) -> None:
    """The user only may read or write `path` (missing files are left alone)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE_FILE)
