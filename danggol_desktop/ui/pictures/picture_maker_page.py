"""그림 만들기: from a product photo (or none) to a Kakao-ready picture in a minute, one question per screen; the
result is kept in 내 그림, saved as a file and copied for pasting into KakaoTalk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.picture import PictureDraft
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.pictures.picture_output import (
    Made,
    encode_picture,
    flyer_parts,
    make_flyer,
    make_picture,
    ready,
    save_flyer_pdf,
    save_picture,
)
from danggol_desktop.tasks import picture_tasks
from danggol_desktop.ui.pictures.picture_steps import (
    CropStep,
    KindStep,
    PhotoStep,
    PictureContext,
    PictureStep,
    ProductsStep,
    WordsStep,
)
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_save_path
from danggol_desktop.ui.widgets.guided_page import GuidedPage
from danggol_desktop.ui.widgets.page import reserved_notice, set_role, styled_button
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

PREVIEW_PX = 220
PREVIEW_MAX_PX = 320


def size_words(size: int, limit: int) -> str:
    """'155KB — Kakao takes up to 500KB' in the UI language."""
    def kb(value: int) -> str:
        return f"{value / 1024 / 1024:.1f}MB" if value >= 1024 * 1024 else f"{round(value / 1024)}KB"

    return QCoreApplication.translate("PictureMaker", "File size %1 — within Kakao's %2.").replace(
        "%1", kb(size)).replace("%2", kb(limit))


class SaveStep(PictureStep):
    shows_next = True

    def __init__(self, draft: PictureDraft, context: PictureContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, self.tr("Save it, or copy it into KakaoTalk"), parent)
        row = QHBoxLayout()
        row.setSpacing(gap(20))
        buttons = QVBoxLayout()
        buttons.setSpacing(gap(12))
        self.save_button = styled_button(self.tr("Save as a picture file"), "primary")
        self.copy_button = styled_button(self.tr("Copy the picture"))
        self.pdf_button = styled_button(self.tr("Save for printing (PDF)"))
        for button in (self.save_button, self.copy_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        # the answer to every button here (saved, copied, refused) beside them, above the picture: in view whenever
        # the button pressed is, taking no room above or below them, so the page never scrolls under the pointer
        beside = QVBoxLayout()
        beside.setSpacing(gap(12))
        self.saved = SavedNotice(stacked=True)
        beside.addWidget(self.saved)
        for button in (self.save_button, self.copy_button, self.pdf_button):
            button.pressed.connect(lambda b=button: self.saved.align_with(b))  # its answer is said beside it
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("The picture"))
        beside.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        beside.addStretch(1)
        row.addLayout(beside, 1)
        self.column.addLayout(row)
        self.size_line = reserved_notice(1)
        self.column.addWidget(self.size_line)
        self.column.addStretch(1)
        self.first_focus = self.save_button

    def present(self, made: Made, size: int) -> None:
        side = min(self.context.px(PREVIEW_PX), PREVIEW_MAX_PX)
        self.preview.setPixmap(QPixmap.fromImage(made.image).scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.size_line.setText(size_words(size, made.kind.max_bytes))
        set_role(self.size_line, "muted")
        self.pdf_button.setVisible(made.kind.code == "flyer")


class PictureMakerPage(GuidedPage):
    pictures_requested = Signal()

    def __init__(self, context: PictureContext, draft: PictureDraft | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PictureMaker", "Make a picture"), parent=parent)
        self.context = context
        self.draft = draft or PictureDraft()
        self.made: Made | None = None
        self.kind_step = self.add_step(KindStep(self.draft, context))
        self.photo_step = self.add_step(PhotoStep(self.draft, context))
        self.crop_step = self.add_step(CropStep(self.draft, context))
        self.products_step = self.add_step(ProductsStep(self.draft, context))
        self.words_step = self.add_step(WordsStep(self.draft, context))
        self.save_step = self.add_step(SaveStep(self.draft, context))
        self.preview = QLabel()  # beside the crop and the words: the picture as it will be
        self.preview.setAccessibleName(QCoreApplication.translate("PictureMaker", "Preview of the picture"))
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(120)
        self.preview_timer.timeout.connect(self.refresh_preview)
        for step in (self.crop_step, self.words_step):
            step.changed.connect(self.preview_timer.start)
        self.words_step.column.insertWidget(self.words_step.column.count() - 1, self.preview)
        self.notice = reserved_notice(2)
        self.content.addWidget(self.notice)
        self.save_step.save_button.clicked.connect(self.save_file)
        self.save_step.copy_button.clicked.connect(self.copy_picture)
        self.save_step.pdf_button.clicked.connect(self.save_pdf)
        self.start(1 if draft is not None else 0)  # started for a coupon or the profile: its kind is known

    # -- which step follows which -----------------------------------------------------------------------------------
    def _skipped(self, index: int) -> bool:
        step = self.steps.widget(index)
        flyer = self.draft.kind == "flyer"
        if step is self.products_step:
            return not flyer
        if step is self.photo_step:
            return flyer
        if step is self.crop_step:
            return flyer or not self.draft.photo
        return False

    def next_index(self, index: int) -> int:
        index += 1
        while index < self.steps.count() - 1 and self._skipped(index):
            index += 1
        return index

    def previous_index(self, index: int) -> int:
        index -= 1
        while index > 0 and self._skipped(index):
            index -= 1
        return index

    def step_shown(self, index: int) -> None:
        self.notice.setText("")
        last = self.steps.widget(index) is self.save_step
        self.next_button.setText(QCoreApplication.translate("PictureMaker", "To my pictures →") if last
                                 else QCoreApplication.translate("Page", "Next →"))
        self.next_button.setAccessibleName(self.next_button.text())
        if self.steps.widget(index) is self.words_step:
            self.refresh_preview()

    # -- making -----------------------------------------------------------------------------------------------------
    def build(self) -> Made:
        ctx = self.context
        if self.draft.kind == "flyer":
            call = QCoreApplication.translate("PictureMaker", "Scan with the camera and add us as a friend")
            parts = flyer_parts(self.draft, ctx.catalog, ctx.photos, ctx.shop.name, ctx.hours, ctx.shop.channel_url,
                                call, ctx.colour, "ko")
            return make_flyer(parts, ctx.catalog)
        return make_picture(self.draft, ctx.catalog, ctx.photos, ctx.shop.name, ctx.colour, "ko")

    def refresh_preview(self) -> None:
        try:
            made = self.build()
        except DanggolError:
            return  # the words are being typed: the reason is said on 다음
        side = min(self.context.px(PREVIEW_PX), PREVIEW_MAX_PX)
        self.preview.setPixmap(QPixmap.fromImage(made.image).scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def go_next(self) -> None:
        step = self.current_step()
        if step is self.words_step:
            step.commit()
            if not self._make_and_keep():
                return
        super().go_next()

    def _make_and_keep(self) -> bool:
        """The picture checked, encoded within its kind's limit and kept in 내 그림 (as the save step shows it)."""
        try:
            made = ready(self.build())
            encoded = encode_picture(made)
        except DanggolError as exc:
            self.words_step.show_error(exc)
            self.fit_to_view()
            return False
        suffix = ".png" if encoded.format == "PNG" else ".jpg"
        try:
            kept = save_or_tell(self, lambda: picture_tasks.keep_picture(
                self.context.workspace, self.context.shop.id, self.draft.kind, self.draft, encoded.data, suffix),
                QCoreApplication.translate("PictureMaker", "The picture was not kept in My pictures."),
                self.context.workspace.data_dir)
        except DanggolError as exc:  # anything else the data folder said: told, nothing kept
            self.words_step.show_error(exc)
            return False
        if kept is NOT_SAVED:
            return False
        self.made = made
        self.save_step.present(made, len(encoded.data))
        return True

    def finish_flow(self) -> None:
        self.pictures_requested.emit()

    # -- out --------------------------------------------------------------------------------------------------------
    def save_file(self) -> None:
        if self.made is None:
            return
        name = QCoreApplication.translate("PictureMaker", "%1 picture").replace("%1", self.context.shop.name)
        path = ask_save_path(self, QCoreApplication.translate("PictureMaker", "Save the picture"), name, "jpg")
        if path is None:
            return
        try:
            save_picture(self.made, path)
        except (DanggolError, OSError) as exc:
            self.save_step.saved.show_text(describe_error(exc))
            return
        self.save_step.saved.show_saved(path)

    def save_pdf(self) -> None:
        ctx = self.context
        name = QCoreApplication.translate("PictureMaker", "%1 flyer").replace("%1", ctx.shop.name)
        path = ask_save_path(self, QCoreApplication.translate("PictureMaker", "Save the flyer"), name, "pdf")
        if path is None:
            return
        call = QCoreApplication.translate("PictureMaker", "Scan with the camera and add us as a friend")
        try:
            parts = flyer_parts(self.draft, ctx.catalog, ctx.photos, ctx.shop.name, ctx.hours, ctx.shop.channel_url,
                                call, ctx.colour, "ko")
            save_flyer_pdf(parts, ctx.catalog, ctx.shop.channel_url, path)
        except (DanggolError, OSError) as exc:
            self.save_step.saved.show_text(describe_error(exc))
            return
        self.save_step.saved.show_saved(path)

    def copy_picture(self) -> None:
        if self.made is None:
            return
        QApplication.clipboard().setImage(self.made.image)
        self.save_step.saved.show_text(QCoreApplication.translate(
            "PictureMaker", "Copied. Paste it into KakaoTalk with Ctrl+V."))
