"""Where the data lives: `--data-dir`, else `DANGGOL_DATA_DIR`, else the platform's app-data folder."""

from __future__ import annotations

import os
from pathlib import Path

from danggol_desktop import APP_NAME, ORG_NAME

ENV_VAR = "DANGGOL_DATA_DIR"
DB_FILENAME = "danggol.sqlite"


def data_dir(cli_value: str | None = None) -> Path:
    """The folder holding the database and its backups (not created here)."""
    chosen = cli_value or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().resolve()
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
