"""The channel kit's cards that prepare texts to paste: the welcome message, chat answers and a post."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from danggol_desktop import resources
from danggol_desktop.domain.channel_kit import ChatAnswer, clean_title
from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.occasions import load_seasons, upcoming
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.tasks import channel_kit_tasks as tasks
from danggol_desktop.ui.channel_kit.kit_context import KitContext, KitDraft
from danggol_desktop.ui.channel_kit.kit_steps import (
    FieldSpec,
    FieldsStep,
    FinishStep,
    KitCardPage,
)
from danggol_desktop.ui.widgets.kakao_bubble import KakaoBubble
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


# -- the welcome message -----------------------------------------------------------------------------------------
class WelcomeCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Welcome message"), parent)
        limits = context.kit.limits
        stored = context.texts().get("welcome", "")

        def drafts() -> list[str]:
            coupon = context.current_coupon()
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
        self.bubble = KakaoBubble(self.context.shop.name, self.context.px, max_width=460)
        self.body.addWidget(self.bubble, 0, Qt.AlignmentFlag.AlignLeft)  # narrow itself; the answer above gets the room

    def initialize(self) -> None:
        self.bubble.set_text(self.draft.get("welcome"))


# -- chat answers ------------------------------------------------------------------------------------------------
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


# -- a post ------------------------------------------------------------------------------------------------------
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
            "'I posted it': the market's report counts posts."), "posts", self.tr("✓ I posted it"),
            buttons_in_row=True)
        self.add_button(self.tr("Copy the title"), lambda: self.copy(self.draft.get("title"), self.tr("The title")),
                        "primary")
        self.add_button(self.tr("Copy the text"), lambda: self.copy(self.draft.get("body"), self.tr("The text")))
        self.post_id: int | None = None

    def record_done(self) -> bool:
        ctx = self.context
        try:
            post = save_or_tell(self.window(), lambda: tasks.record_post(
                ctx.workspace, ctx.shop.id, ctx.today(), self.draft.get("title"), self.draft.get("body"), ctx.today()),
                self.tr("The post was not recorded."), ctx.workspace.data_dir)
        except InvalidInput as exc:  # the steps before check the same; said here too rather than crash
            self.say(describe_error(exc), "error")
            return False
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
