"""Questions asked in a box, with plain answer buttons instead of OK/Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str, no: str, default_yes: bool = False) -> bool:
    """True when the person presses `yes`. The default is the answer that changes nothing, so a stray Enter is safe."""
    from PySide6.QtWidgets import QMessageBox  # loaded when a question is asked, not at every start

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button

