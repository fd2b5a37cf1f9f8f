"""어디에 둘까요? — the app's own save step: big buttons for the Desktop, Documents and each USB stick (by its name),
a file name the app chooses and never one that is already there (a number is added), no typing, no completer. Qt's
file dialog stays behind '다른 곳에 저장…' for those who want it (tutors)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QStorageInfo
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

OTHER = "other"  # the choice that opens Qt's own file dialog


def usb_sticks() -> list[tuple[str, Path]]:
    """Removable drives one can write to, by the name they show: /media, /run/media or /mnt on Linux, a drive other
    than the system's on Windows."""
    found: list[tuple[str, Path]] = []
    system_drive = Path(sys.executable).anchor.upper()
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = Path(volume.rootPath())
        if sys.platform == "win32":
            removable = root.anchor.upper() not in ("", system_drive)
        else:
            removable = str(root).startswith(("/media/", "/run/media/", "/mnt/"))
        if removable:
            name = volume.displayName() or volume.name() or root.name
            found.append((name, root))
    return found


def places() -> list[tuple[str, Path]]:
    """The places offered, in order: the Desktop, Documents, then each USB stick; only folders that exist."""
    offered: list[tuple[str, Path]] = []
    for location, words in ((QStandardPaths.StandardLocation.DesktopLocation,
                             QCoreApplication.translate("SavePlace", "Desktop")),
                            (QStandardPaths.StandardLocation.DocumentsLocation,
                             QCoreApplication.translate("SavePlace", "Documents"))):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir() and all(Path(folder) != p for _n, p in offered):
            offered.append((words, Path(folder)))
    for name, root in usb_sticks():
        offered.append((QCoreApplication.translate("SavePlace", "USB stick '%1'").replace("%1", name), root))
    return offered


def free_name(folder: Path, name: str, suffix: str) -> Path:
    """`name.suffix` in `folder`, or `name (2).suffix`, `name (3).suffix` … — never a file that is already there."""
    candidate = folder / f"{name}.{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{name} ({number}).{suffix}"
        number += 1
    return candidate


def free_folder(parent: Path, name: str) -> Path:
    """`parent/name`, or `name (2)`, `name (3)` … — never a folder that is already there (an event's pieces)."""
    candidate, number = parent / name, 2
    while candidate.exists():
        candidate = parent / f"{name} ({number})"
        number += 1
    return candidate


class SavePlaceDialog(QDialog):
    """The question in big type and one big button per place; `chosen` is the folder, OTHER, or None."""

    def __init__(self, parent: QWidget | None, title: str, offered: list[tuple[str, Path]]) -> None:
        from danggol_desktop.ui.widgets.page import styled_button, styled_label

        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen: Path | str | None = None
        column = QVBoxLayout(self)
        column.addWidget(styled_label(QCoreApplication.translate("SavePlace", "Where shall we put it?"), "title"))
        # two places to a row, and 다른 곳 / 취소 side by side: at 200% with two USB sticks it stays on a laptop screen
        grid = QGridLayout()
        self.buttons: dict[str, object] = {}
        for index, (words, folder) in enumerate(offered):
            button = styled_button(words, "primary" if not self.buttons else "")
            button.clicked.connect(lambda _c=False, f=folder: self._choose(f))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[words] = button
        column.addLayout(grid)
        self.other_button = styled_button(QCoreApplication.translate("SavePlace", "Somewhere else…"))
        self.other_button.clicked.connect(lambda: self._choose(OTHER))
        self.cancel_button = styled_button(QCoreApplication.translate("SavePlace", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        last = QHBoxLayout()
        last.addWidget(self.other_button, 1)
        last.addWidget(self.cancel_button)
        column.addLayout(last)

    def _choose(self, choice: Path | str) -> None:
        self.chosen = choice
        self.accept()


def choose_place(parent: QWidget | None, title: str) -> Path | str | None:
    """Ask where to save: a folder, OTHER (the person wants Qt's file dialog), or None when cancelled."""
    dialog = SavePlaceDialog(parent, title, places())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen
