"""The channel kit's six cards, each a few one-question steps ending with big buttons: making the channel (and
finding its address and search ID), the profile, the welcome message, a coupon, chat answers, and a post."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from danggol_desktop import resources
from danggol_desktop.domain.channel_kit import ChatAnswer, check_channel_name, clean_title
from danggol_desktop.domain.dates import format_day, format_period
from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.occasions import load_seasons, upcoming
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.pictures.kit_pictures import logo_image, paint_coupon, paint_profile, render, save_png
from danggol_desktop.tasks import channel_kit_tasks as tasks
from danggol_desktop.ui.channel_kit.kit_context import KitContext, KitDraft
from danggol_desktop.ui.channel_kit.kit_steps import (
    ChatPreview,
    FieldSpec,
    FieldsStep,
    FinishStep,
    GuideStep,
    KitCardPage,
    Step,
)
from danggol_desktop.ui.channel_kit.phone_sketch import SketchRow
from danggol_desktop.ui.widgets.date_picker import DateButton
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_open_path, ask_save_path
from danggol_desktop.ui.widgets.limited_edit import LimitedEdit
from danggol_desktop.ui.widgets.page import styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

PREVIEW_PX = 200  # the pictures' preview on screen at 100% text
PREVIEW_MAX_PX = 280


def show_picture(label: QLabel, image: QImage, context: KitContext) -> None:
    """The picture as a preview: it grows with the text, but not so much that it pushes the buttons away."""
    side = min(context.px(PREVIEW_PX), PREVIEW_MAX_PX)
    label.setPixmap(QPixmap.fromImage(image).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
    label.setFixedSize(side, side)
    label.setAccessibleName(QCoreApplication.translate("KitCards", "Preview of the picture"))


def save_picture(page: QWidget, image: QImage, name: str, title: str, notice: SavedNotice, failed: str) -> Path | None:
    """Ask where, write the PNG whole or not at all, and say where it went."""
    path = ask_save_path(page, title, name, "png")
    if path is None:
        return None
    try:
        save_png(image, path)
    except (DanggolError, OSError) as exc:
        notice.show_text(f"{failed} {describe_error(exc)}")
        return None
    notice.show_saved(path)
    return path


# -- 1. making the channel ------------------------------------------------------------------------------------------
class ChannelCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Make the channel"), parent)
        guide = [
            (self.tr("Install the admin app"),
             self.tr("On your phone, open the Play Store (App Store on an iPhone), search for "
                     "'카카오톡 채널 관리자' and install it."),
             [SketchRow(self.tr("Play Store"), "title"), SketchRow("카카오톡 채널 관리자", "field", True),
              SketchRow(self.tr("Install"), "button")]),
            (self.tr("Log in"),
             self.tr("Open the app and log in with your Kakao account: the one you use for KakaoTalk."),
             [SketchRow("카카오톡 채널 관리자", "title"), SketchRow(self.tr("Log in with Kakao"), "yellow", True)]),
            (self.tr("Start a new channel"),
             self.tr("Press '새 채널 만들기' (make a new channel)."),
             [SketchRow(self.tr("My channels"), "title"), SketchRow(self.tr("(none yet)")),
              SketchRow("+ 새 채널 만들기", "yellow", True)]),
            (self.tr("Name and search ID"),
             self.tr("Write the channel's name (your shop's name) and a search ID. The search ID cannot be changed "
                     "later: write it carefully, for example your shop's name joined up."),
             [SketchRow(self.tr("New channel"), "title"), SketchRow(context.shop.name, "field", True),
              SketchRow("@" + context.shop.name.replace(" ", ""), "field", True),
              SketchRow(self.tr("Confirm"), "yellow")]),
            (self.tr("Find the channel's address"),
             self.tr("When the channel is made, open '채널 홈'. Under the channel's name, press the address that "
                     "starts with pf.kakao.com/_ and copy it."),
             [SketchRow(context.shop.name, "title"), SketchRow("pf.kakao.com/_xxxx", "row", True),
              SketchRow(self.tr("Channel home"), "button")]),
        ]
        total = len(guide) + 2
        for index, (heading, instruction, rows) in enumerate(guide):
            step_heading = self.tr("%1 of %2: %3").replace("%1", str(index + 1)).replace("%2", str(total)).replace(
                "%3", heading)
            self.add_step(GuideStep(self.draft, context, step_heading, instruction, rows))
        limits = context.kit.limits
        self.address_step = self.add_step(FieldsStep(
            self.draft, context,
            self.tr("%1 of %2: The channel's address and search ID").replace("%1", str(total - 1)).replace(
                "%2", str(total)),
            [FieldSpec("channel_url", self.tr("Channel address (pf.kakao.com/_…)"), 200,
                       default=lambda: context.shop.channel_url),
             FieldSpec("search_id", self.tr("Search ID (without @; you may leave it empty)"), limits.search_id_max,
                       hint=self.tr("Customers whose camera cannot read the QR can search for it in KakaoTalk."),
                       default=lambda: context.shop.search_id, too_long="search_id_too_long")],
            check=self._save))
        finish = FinishStep(self.draft, context, self.tr("%1 of %2: Done").replace("%1", str(total)).replace(
            "%2", str(total)), self.tr("Your channel's address is saved. Your posters now add friends to it."),
            "create_channel")
        self.finish_step = self.add_finish(finish)
        self.start()

    def _save(self, draft: KitDraft) -> object:
        shop = tasks.save_channel(self.context.workspace, self.context.shop.id, draft.get("channel_url"),
                                  draft.get("search_id"))
        self.context.refresh_shop()
        if shop.search_id:
            self.finish_step.instruction.setText(self.tr(
                "Your channel's address is saved. Your posters now add friends to it, and say '카카오톡에서 @%1 검색' "
                "under the QR code.").replace("%1", shop.search_id))
        return shop


# -- 2. the profile -------------------------------------------------------------------------------------------------
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
            FieldSpec("hours", self.tr("Opening hours"), tasks.LINE_MAX, default=lambda: texts.get("hours", ""),
                      hint=self.tr("For example: 매일 아침 7시~저녁 8시")),
            FieldSpec("phone", self.tr("Phone"), 20, default=lambda: context.shop.phone),
            FieldSpec("address", self.tr("Address"), tasks.LINE_MAX, default=lambda: texts.get("address", "")),
            FieldSpec("closed_days", self.tr("Closed days (you may leave it empty)"), tasks.LINE_MAX,
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
        self.body.addWidget(self.preview)
        self.add_button(self.tr("Save the picture"), self.save, "primary")
        self.add_button(self.tr("Use my logo or photo instead"), self.choose_logo)
        self.name_button = self.add_button(self.tr("Use the shop's name again"), self.use_name)
        self.add_button(self.tr("Copy the introduction"), lambda: self.copy(self.draft.get("intro"),
                                                                              self.tr("The introduction")))
        self.saved = SavedNotice()
        self.column.insertWidget(self.column.count() - 1, self.saved)

    def initialize(self) -> None:
        self.redraw()

    def picture(self) -> QImage:
        side = self.context.kit.limits.profile_px
        name = self.draft.get("channel_name") or self.context.shop.name
        image, _report = render(side, lambda p, s: paint_profile(p, s, name, self.context.colour, self.logo))
        return image

    def redraw(self) -> None:
        show_picture(self.preview, self.picture(), self.context)
        self.name_button.setVisible(self.logo is not None)

    def choose_logo(self) -> None:
        from danggol_desktop.poster.logo import load_logo

        path = ask_open_path(self, self.tr("Choose your logo or photo"), "png")
        if path is None:
            return
        try:
            self.logo = logo_image(load_logo(path))
        except InvalidInput as exc:
            self.say(describe_error(exc), "error")
            return
        self.say("")
        self.redraw()

    def use_name(self) -> None:
        self.logo = None
        self.redraw()

    def save(self) -> None:
        save_picture(self, self.picture(), self.tr("%1 profile").replace("%1", self.context.shop.name),
                     self.tr("Save the profile picture"), self.saved, self.tr("The picture was not saved."))


# -- 3. the welcome message -----------------------------------------------------------------------------------------
class WelcomeCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Welcome message"), parent)
        limits = context.kit.limits
        stored = context.texts().get("welcome", "")

        def drafts() -> list[str]:
            coupon = tasks.current_coupon(context.workspace, context.shop.id, context.today())
            return context.kit.welcome_drafts(context.facts(), context.language, coupon.title if coupon else "")

        self.add_step(FieldsStep(
            self.draft, context, self.tr("1 of 2: What a new friend receives"),
            [FieldSpec("welcome", self.tr("Welcome message"), limits.welcome_max, lines=4, suggestions=drafts,
                       default=lambda: stored or next(iter(drafts()), ""))],
            check=lambda d: tasks.save_texts(context.workspace, context.shop.id, {"welcome": d.get("welcome")}),
            explanation=self.tr("Kakao sends it by itself to everyone who adds your channel. Someone who adds it at "
                                "night (after 8:55 pm) gets it the next morning at 8.")))
        finish = WelcomeFinishStep(self.draft, context, self.tr("2 of 2: Put it in the admin"), self.tr(
            "This is how a new friend sees it. In the admin app open 메시지 › 웰컴메시지, paste the message and "
            "save."), "welcome")
        finish.add_button(self.tr("Copy the welcome message"),
                          lambda: finish.copy(self.draft.get("welcome"), self.tr("The welcome message")), "primary")
        self.add_finish(finish)
        self.start()


class WelcomeFinishStep(FinishStep):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.bubble = ChatPreview(self.context.shop.name, self.context.px)
        self.body.addWidget(self.bubble)

    def initialize(self) -> None:
        self.bubble.set_text(self.draft.get("welcome"))


# -- 4. a coupon ----------------------------------------------------------------------------------------------------
class CouponDaysStep(Step):
    """The coupon's benefit and its first and last day (the calendar refuses days already past)."""

    def __init__(self, draft: KitDraft, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.context = context
        self.column.addWidget(styled_label(self.tr("2 of 4: What friends get, and when"), "heading"))
        self.benefit = LimitedEdit(self.tr("Benefit (for example 10% 할인)"), tasks.LINE_MAX)
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
        self.body.addWidget(self.preview)
        self.add_button(self.tr("Save the picture"), self.save, "primary")
        self.add_button(self.tr("Copy the coupon's words"), lambda: self.copy(self.words(), self.tr("The words")))
        self.saved = SavedNotice()
        self.column.insertWidget(self.column.count() - 1, self.saved)

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
        image, _report = render(self.context.kit.limits.coupon_px, lambda p, s: paint_coupon(
            p, s, d.get("title"), d.get("benefit"), self.period(), self.context.shop.name, self.context.colour))
        return image

    def initialize(self) -> None:
        show_picture(self.preview, self.picture(), self.context)

    def save(self) -> None:
        save_picture(self, self.picture(), self.tr("%1 coupon").replace("%1", self.context.shop.name),
                     self.tr("Save the coupon picture"), self.saved, self.tr("The picture was not saved."))


# -- 5. chat answers ------------------------------------------------------------------------------------------------
class ChatCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Answers for chats"), parent)
        limits = context.kit.limits
        stored = context.texts()
        answers = context.kit.chat_answers(context.facts(), context.language)
        def default(answer: ChatAnswer) -> Callable[[], str]:
            return lambda: stored.get(f"chat.{answer.code}") or answer.text

        specs = [FieldSpec(f"chat.{a.code}", self.tr("Button '%1'").replace("%1", a.button), limits.chat_answer_max,
                           lines=2, copy=True, default=default(a)) for a in answers]
        self.answers_step = self.add_step(FieldsStep(
            self.draft, context, self.tr("1 of 2: Answers to the questions shops get"), specs,
            check=lambda d: tasks.save_texts(context.workspace, context.shop.id,
                                             {s.key: d.get(s.key) for s in specs}),
            explanation=self.tr("Filled in from your shop's details; change them as you like. Each button below "
                                "copies one answer.")))
        finish = FinishStep(self.draft, context, self.tr("2 of 2: Put them in the admin"), self.tr(
            "In the admin app open 채팅 › 채팅방 메뉴 (up to %1 buttons). For each button, write its name and paste "
            "its answer. You can also paste an answer straight into a chat.").replace(
                "%1", str(limits.chat_menu_max)), "chat")
        self.add_finish(finish)
        self.start()


# -- 6. a post ------------------------------------------------------------------------------------------------------
class PostCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Write a post"), parent)
        limits = context.kit.limits
        seasons = load_seasons(resources.asset("data", "seasons.json"))
        soon = upcoming(context.today(), seasons, within_days=30)
        self.occasion = soon[0].name(context.language) if soon else ""

        def suggestions() -> list[str]:
            facts = context.facts()
            found = []
            for template in context.kit.post_templates(context.language):
                title, _body = context.kit.post_draft(template.code, facts, context.language, self.occasion)
                found.append(title)
            return found

        self.add_step(FieldsStep(self.draft, context, self.tr("1 of 3: The title"),
                                 [FieldSpec("title", self.tr("Title"), limits.post_title_max, suggestions=suggestions,
                                            default=lambda: next(iter(suggestions()), ""), too_long="title_too_long")],
                                 check=lambda d: clean_title(d.get("title"), limits.post_title_max)))
        self.add_step(FieldsStep(self.draft, context, self.tr("2 of 3: What you want to say"),
                                 [FieldSpec("body", self.tr("Text"), limits.post_body_max, lines=4,
                                            default=self._body_for_title)]))
        self.finish_step = self.add_finish(PostFinishStep(self.draft, context))
        self.start()

    def _body_for_title(self) -> str:
        """The text of the template whose title was chosen (or the first one)."""
        facts = self.context.facts()
        templates = self.context.kit.post_templates(self.context.language)
        for template in templates:
            title, body = self.context.kit.post_draft(template.code, facts, self.context.language, self.occasion)
            if title == self.draft.get("title"):
                return body
        return self.context.kit.post_draft(templates[0].code, facts, self.context.language, self.occasion)[1]


class PostFinishStep(FinishStep):
    def __init__(self, draft: KitDraft, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, self.tr("3 of 3: Post it"), self.tr(
            "In the admin app open 소식 › 새 소식, paste the title and the text, and post it. Then press "
            "'I posted it': the market's report counts posts."), "posts", self.tr("✓ I posted it"))
        self.add_button(self.tr("Copy the title"), lambda: self.copy(self.draft.get("title"), self.tr("The title")),
                        "primary")
        self.add_button(self.tr("Copy the text"), lambda: self.copy(self.draft.get("body"), self.tr("The text")))
        self.post_id: int | None = None

    def record_done(self) -> bool:
        ctx = self.context
        post = save_or_tell(self.window(), lambda: tasks.record_post(
            ctx.workspace, ctx.shop.id, ctx.today(), self.draft.get("title"), self.draft.get("body"), ctx.today()),
            self.tr("The post was not recorded."), ctx.workspace.data_dir)
        if post is NOT_SAVED:
            return False
        self.post_id = post.id
        return True

    def undo_record(self) -> None:
        if self.post_id is not None:
            tasks.delete_post(self.context.workspace, self.post_id)
            self.post_id = None

    def initialize(self) -> None:
        self.say(format_day(self.context.today(), self.context.language) + " · " + self.draft.get("title"), "muted")
