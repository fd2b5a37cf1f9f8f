"""그림 넣기: choose one of 내 그림 for the message, as big cards with the picture on each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import styled_button, styled_label


class PictureChooser(QDialog):
    """`chosen` holds the picture's file name once a card is pressed."""

    def __init__(self, pictures: list[tuple[str, Path, str]], current: str, px: Callable[[float], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a picture"))
        self.chosen = current
        column = QVBoxLayout(self)
        column.setSpacing(gap(12))
        if not pictures:
            column.addWidget(styled_label(self.tr("There are no pictures yet. Make one from My message box with "
                                                  "'My pictures · make a picture'."), "heading"))
        else:
            column.addWidget(styled_label(self.tr("Press the picture to add:"), "heading"))
        area = QScrollArea()
        area.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setSpacing(gap(12))
        side = min(px(140), 220)
        self.cards: list[QPushButton] = []
        for index, (name, path, words) in enumerate(pictures):
            card = styled_button(words or self.tr("Picture %1").replace("%1", str(index + 1)))
            image = QImage(str(path))
            if not image.isNull():
                card.setIcon(QIcon(QPixmap.fromImage(image)))
                card.setIconSize(QSize(side, side))
            card.clicked.connect(lambda _c=False, n=name: self._choose(n))
            self.cards.append(card)
            grid.addWidget(card, index // 2, index % 2)
        area.setWidget(body)
        column.addWidget(area, 1)
        row = QHBoxLayout()
        cancel = styled_button(self.tr("Close"))
        cancel.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(cancel)
        column.addLayout(row)
        self.resize(px(560), px(420))
        if self.cards:
            self.cards[0].setFocus()
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _choose(self, name: str) -> None:
        self.chosen = name
        self.accept()
