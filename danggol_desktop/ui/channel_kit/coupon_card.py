"""쿠폰 만들기: the coupon's name, benefit and days, how to use it, and its picture."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from danggol_desktop.domain.channel_kit import LINE_MAX, clean_title
from danggol_desktop.domain.dates import format_period
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.pictures.kit_pictures import paint_coupon, render
from danggol_desktop.tasks import channel_kit_tasks as tasks
from danggol_desktop.ui.channel_kit.kit_context import KitContext, KitDraft
from danggol_desktop.ui.channel_kit.kit_steps import (
    FieldSpec,
    FieldsStep,
    FinishStep,
    KitCardPage,
    Step,
)
from danggol_desktop.ui.channel_kit.picture_preview import save_picture, show_picture
from danggol_desktop.ui.widgets.date_picker import DateButton
from danggol_desktop.ui.widgets.limited_edit import LimitedEdit
from danggol_desktop.ui.widgets.page import styled_label


# -- a coupon ----------------------------------------------------------------------------------------------------
class CouponDaysStep(Step):
    """The coupon's benefit and its first and last day (the calendar refuses days already past)."""

    def __init__(self, draft: KitDraft, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.context = context
        self.column.addWidget(styled_label(self.tr("2 of 4: What friends get, and when"), "heading"))
        self.benefit = LimitedEdit(self.tr("Benefit (for example 10% 할인)"), LINE_MAX)
        self.column.addWidget(self.benefit)
        today = context.today()
        self.starts = DateButton(context.language, today)
        self.ends = DateButton(context.language, today)
        for button in (self.starts, self.ends):
            button.setMinimumDate(QDate(today.year, today.month, today.day))
        for label, button in ((self.tr("First day"), self.starts), (self.tr("Last day"), self.ends)):
            self.column.addWidget(styled_label(label, "heading"))
            button.setAccessibleName(label)
            self.column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = styled_label("", "error")
        self.error.hide()
        self.column.addWidget(self.error)
        self.column.addStretch(1)
        self.first_focus = self.benefit.edit

    def initialize(self) -> None:
        today = self.context.today()
        self.benefit.set_text(self.draft.get("benefit"))
        self.starts.setDate(self.draft.get("starts_on", None) or today)
        self.ends.setDate(self.draft.get("ends_on", None) or today + timedelta(days=30))

    def commit(self) -> None:
        self.draft.set("benefit", self.benefit.text())
        self.draft.set("starts_on", self.starts.value())
        self.draft.set("ends_on", self.ends.value())

    def validate(self) -> bool:
        self.commit()
        from danggol_desktop.domain.channel_kit import check_coupon_days

        if self.benefit.over():
            self.benefit.show_error(describe_error(InvalidInput("too_long", "benefit")))
            return False
        try:
            check_coupon_days(self.starts.value(), self.ends.value(), self.context.today())
        except InvalidInput as exc:
            self.error.setText(describe_error(exc))
            self.error.show()
            return False
        self.error.hide()
        return True


class CouponCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Make a coupon"), parent)
        limits = context.kit.limits
        self.add_step(FieldsStep(
            self.draft, context, self.tr("1 of 4: The coupon's name"),
            [FieldSpec("title", self.tr("Coupon name"), limits.coupon_title_max,
                       suggestions=lambda: context.kit.coupon_titles(context.language),
                       default=lambda: context.kit.coupon_titles(context.language)[0], too_long="title_too_long")],
            check=lambda d: clean_title(d.get("title"), limits.coupon_title_max)))
        self.add_step(CouponDaysStep(self.draft, context))
        self.add_step(FieldsStep(self.draft, context, self.tr("3 of 4: How to use it"), [
            FieldSpec("how_to_use", self.tr("How to use it (사용 방법)"), 200, lines=2,
                      default=lambda: context.kit.coupon_how(context.language)),
            FieldSpec("notes", self.tr("Good to know (유의사항)"), 200, lines=2,
                      default=lambda: context.kit.coupon_notes(context.language)),
        ], check=self._save))
        self.finish_step = self.add_finish(CouponFinishStep(self.draft, context))
        self.start()

    def _save(self, draft: KitDraft) -> object:
        if draft.get("coupon_id", None) is not None:
            return True  # already saved: Back and Next again do not make a second coupon
        coupon = tasks.add_coupon(self.context.workspace, self.context.shop.id, draft.get("title"),
                                  draft.get("benefit"), draft.get("starts_on"), draft.get("ends_on"),
                                  draft.get("how_to_use"), draft.get("notes"), self.context.today())
        draft.set("coupon_id", coupon.id)
        return coupon


class CouponFinishStep(FinishStep):
    def __init__(self, draft: KitDraft, context: KitContext, parent: QWidget | None = None) -> None:
        side = context.kit.limits.coupon_px
        super().__init__(draft, context, self.tr("4 of 4: The coupon picture"), self.tr(
            "The coupon is saved. In the admin app open 쿠폰 › 새 쿠폰, copy the words in and add this picture "
            "(%1 × %1 pixels).").replace("%1", str(side)), "coupon")
        self.preview = QLabel()
        self.body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignLeft)  # its own size; the answer gets the room
        self.add_button(self.tr("Save the picture"), self.save, "primary")
        self.add_button(self.tr("Make it with a photo instead"), self.with_photo)
        self.add_button(self.tr("Copy the coupon's words"), lambda: self.copy(self.words(), self.tr("The words")))

    def words(self) -> str:
        d = self.draft
        lines = [d.get("title"), d.get("benefit"), self.period(), d.get("how_to_use"), d.get("notes")]
        return "\n".join(line for line in lines if line)

    def period(self) -> str:
        starts, ends = self.draft.get("starts_on", None), self.draft.get("ends_on", None)
        if not isinstance(starts, date) or not isinstance(ends, date):
            return ""
        return format_period(starts, ends, self.context.language)

    def picture(self) -> QImage:
        d = self.draft
        side = self.context.kit.limits.coupon_px
        image, _report = render((side, side), lambda p: paint_coupon(
            p, side, d.get("title"), d.get("benefit"), self.period(), self.context.shop.name, self.context.colour))
        return image

    def initialize(self) -> None:
        show_picture(self.preview, self.picture(), self.context)

    def with_photo(self) -> None:
        """The picture maker, started as a coupon picture with this coupon's words."""
        from danggol_desktop.domain.picture import PictureDraft

        self.picture_requested.emit(PictureDraft(kind="coupon", template="coupon", headline=self.draft.get("title")))

    def save(self) -> None:
        save_picture(self, self.picture(), self.tr("%1 coupon").replace("%1", self.context.shop.name),
                     self.tr("Save the coupon picture"), self.saved, self.tr("The picture was not saved."))
