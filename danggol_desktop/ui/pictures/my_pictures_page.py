"""내 그림: the pictures this shop made, newest first — copy one into KakaoTalk, save it as a file, set it aside
(with 되돌리기), or make a new one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.records import StoredPicture
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.tasks import picture_tasks
from danggol_desktop.ui.pictures.picture_steps import PictureContext
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_save_path
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

THUMB_PX = 120


class MyPicturesPage(Page):
    make_requested = Signal()

    def __init__(self, context: PictureContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My pictures"), parent=parent)
        self.context = context
        self._aside: int | None = None
        self.new_button = styled_button(self.tr("Make a new picture"), "primary")
        self.new_button.clicked.connect(self.make_requested)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        self.content.addLayout(top)
        self.saved = SavedNotice()
        self.content.addWidget(self.saved)
        self.undo_button = styled_button(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.content.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(gap(14))
        self.content.addLayout(self.list_box)
        self.content.addStretch(1)
        self.first_focus = self.new_button
        self.rows: dict[int, QWidget] = {}
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        pictures = picture_tasks.list_pictures(self.context.workspace, self.context.shop.id)
        if not pictures:
            empty = styled_label(self.tr("No pictures yet. Press 'Make a new picture' to start."), "muted")
            self.rows[-1] = empty
            self.list_box.addWidget(empty)
        for picture in pictures:
            row = self._row(picture)
            self.rows[picture.id] = row
            self.list_box.addWidget(row)

    def _row(self, picture: StoredPicture) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(gap(14))
        thumb = QLabel()
        image = QImage(str(picture_tasks.picture_path(self.context.workspace, picture)))
        side = min(self.context.px(THUMB_PX), 200)
        if not image.isNull():
            thumb.setPixmap(QPixmap.fromImage(image).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                            Qt.TransformationMode.SmoothTransformation))
        else:
            thumb.setText(self.tr("(file missing)"))
        thumb.setAccessibleName(picture.draft.headline)
        line.addWidget(thumb)
        words = QVBoxLayout()
        kind = next((k for k in self.context.catalog.kinds if k.code == picture.kind), None)
        kind_name = kind.name(self.context.language) if kind else picture.kind
        words.addWidget(styled_label(picture.draft.headline or kind_name, "heading"))
        made_on = date.fromisoformat(picture.created_at[:10])
        words.addWidget(styled_label(f"{kind_name} · {format_day(made_on, self.context.language)}", "muted"))
        buttons = QHBoxLayout()
        copy = styled_button(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy this picture"))
        copy.clicked.connect(lambda _c=False, p=picture: self.copy(p))
        save = styled_button(self.tr("Save as a file"))
        save.clicked.connect(lambda _c=False, p=picture: self.save(p))
        remove = styled_button(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this picture from the list"))
        remove.clicked.connect(lambda _c=False, p=picture: self.remove(p))
        for button in (copy, save, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        words.addLayout(buttons)
        line.addLayout(words, 1)
        return row

    def copy(self, picture: StoredPicture) -> None:
        image = QImage(str(picture_tasks.picture_path(self.context.workspace, picture)))
        if image.isNull():
            self.saved.show_text(self.tr("The picture's file is missing from this computer."))
            return
        QApplication.clipboard().setImage(image)
        self.saved.show_text(self.tr("Copied. Paste it into KakaoTalk with Ctrl+V."))

    def save(self, picture: StoredPicture) -> None:
        source = picture_tasks.picture_path(self.context.workspace, picture)
        kind = "png" if source.suffix.lower() == ".png" else "jpg"
        path = ask_save_path(self, self.tr("Save the picture"), picture.draft.headline or self.tr("picture"), kind)
        if path is None:
            return
        try:
            picture_tasks.save_picture_copy(self.context.workspace, picture, path)
        except DanggolError as exc:
            self.saved.show_text(describe_error(exc))
            return
        self.saved.show_saved(path)

    def remove(self, picture: StoredPicture) -> None:
        done = save_or_tell(self, lambda: picture_tasks.set_picture_aside(self.context.workspace, picture.id),
                            self.tr("The picture was not removed."), self.context.workspace.data_dir)
        if done is NOT_SAVED:
            return
        self._aside = picture.id
        self.saved.show_text(self.tr("Removed from the list."))
        self.undo_button.show()
        self.refresh()

    def undo(self) -> None:
        if self._aside is None:
            return
        picture_tasks.set_picture_aside(self.context.workspace, self._aside, aside=False)
        self._aside = None
        self.undo_button.hide()
        self.saved.show_text(self.tr("It is back in the list."))
        self.refresh()
