"""프로필 꾸미기: the channel's name, a one-line introduction, hours, phone and address, and a profile picture."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from danggol_desktop.domain.channel_kit import LINE_MAX, check_channel_name
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.pictures.kit_pictures import logo_image, paint_profile, render
from danggol_desktop.tasks import channel_kit_tasks as tasks
from danggol_desktop.ui.channel_kit.kit_context import KitContext, KitDraft
from danggol_desktop.ui.channel_kit.kit_steps import (
    FieldSpec,
    FieldsStep,
    FinishStep,
    KitCardPage,
)
from danggol_desktop.ui.channel_kit.picture_preview import save_picture, show_picture
from danggol_desktop.ui.widgets.file_dialogs import ask_open_path


# -- the profile -------------------------------------------------------------------------------------------------
class ProfileCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Set up the profile"), parent)
        limits = context.kit.limits
        texts = context.texts()
        self.add_step(FieldsStep(self.draft, context, self.tr("1 of 4: The channel's name"),
                                 [FieldSpec("channel_name", self.tr("Channel name"), limits.channel_name_max,
                                            default=lambda: texts.get("channel_name") or context.shop.name,
                                            too_long="channel_name_too_long")],
                                 check=lambda d: check_channel_name(d.get("channel_name"), limits),
                                 explanation=self.tr("Korean, English letters and numbers; up to 20 characters.")))
        self.add_step(FieldsStep(self.draft, context, self.tr("2 of 4: A one-line introduction"),
                                 [FieldSpec("intro", self.tr("Introduction (소개글)"), limits.intro_max,
                                            suggestions=lambda: context.kit.intros(context.facts(), context.language),
                                            default=lambda: texts.get("intro")
                                            or next(iter(context.kit.intros(context.facts(), context.language)), ""))]))
        self.add_step(FieldsStep(self.draft, context, self.tr("3 of 4: Hours, phone and address"), [
            FieldSpec("hours", self.tr("Opening hours"), LINE_MAX, default=lambda: texts.get("hours", ""),
                      hint=self.tr("For example: 매일 아침 7시~저녁 8시")),
            FieldSpec("phone", self.tr("Phone"), 20, default=lambda: context.shop.phone),
            FieldSpec("address", self.tr("Address"), LINE_MAX, default=lambda: texts.get("address", "")),
            FieldSpec("closed_days", self.tr("Closed days (you may leave it empty)"), LINE_MAX,
                      default=lambda: texts.get("closed_days", "")),
        ], check=self._save, explanation=self.tr("You may leave a box empty.")))
        self.finish_step = self.add_finish(ProfileFinishStep(self.draft, context))
        self.start()

    def _save(self, draft: KitDraft) -> object:
        saved = tasks.save_profile(self.context.workspace, self.context.shop.id, draft.get("channel_name"),
                                   draft.get("intro"), draft.get("hours"), draft.get("phone"), draft.get("address"),
                                   draft.get("closed_days"))
        self.context.refresh_shop()
        return saved


class ProfileFinishStep(FinishStep):
    def __init__(self, draft: KitDraft, context: KitContext, parent: QWidget | None = None) -> None:
        side = context.kit.limits.profile_px
        super().__init__(draft, context, self.tr("4 of 4: The profile picture"), self.tr(
            "In the admin app, open 프로필 and set this picture (%1 × %1 pixels, as Kakao recommends) and the "
            "introduction.").replace("%1", str(side)), "profile")
        self.logo: QImage | None = None
        self.preview = QLabel()
        self.body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignLeft)  # its own size; the answer gets the room
        self.add_button(self.tr("Save the picture"), self.save, "primary")
        self.add_button(self.tr("Use my logo or photo instead"), self.choose_logo)
        self.add_button(self.tr("Make it from a photo"), self.with_photo)
        self.name_button = self.add_button(self.tr("Use the shop's name again"), self.use_name)
        self.add_button(self.tr("Copy the introduction"), lambda: self.copy(self.draft.get("intro"),
                                                                              self.tr("The introduction")))

    def initialize(self) -> None:
        self.redraw()

    def picture(self) -> QImage:
        side = self.context.kit.limits.profile_px
        name = self.draft.get("channel_name") or self.context.shop.name
        image, _report = render((side, side), lambda p: paint_profile(p, side, name, self.context.colour, self.logo))
        return image

    def redraw(self) -> None:
        show_picture(self.preview, self.picture(), self.context)
        self.name_button.setVisible(self.logo is not None)

    def choose_logo(self) -> None:
        from danggol_desktop.pictures.logo import load_logo

        path = ask_open_path(self, self.tr("Choose your logo or photo"), "photo")
        if path is None:
            return
        try:
            self.logo = logo_image(load_logo(path))
        except InvalidInput as exc:
            self.say(describe_error(exc), "error")
            return
        self.say("")
        self.redraw()

    def with_photo(self) -> None:
        """The picture maker, started as a profile picture: a photo moved into the square, the name on it."""
        from danggol_desktop.domain.picture import PictureDraft

        name = self.draft.get("channel_name") or self.context.shop.name
        self.picture_requested.emit(PictureDraft(kind="profile", template="holiday", headline=name))

    def use_name(self) -> None:
        self.logo = None
        self.redraw()

    def save(self) -> None:
        save_picture(self, self.picture(), self.tr("%1 profile").replace("%1", self.context.shop.name),
                     self.tr("Save the profile picture"), self.saved, self.tr("The picture was not saved."))
