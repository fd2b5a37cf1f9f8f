"""Write a promotion message, one question per screen. The draft is saved at every step and when the screen is
left, so closing the app mid-way loses nothing and the wizard resumes where it stopped."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.ui.message_wizard.fields_step import FieldsStep
from danggol_desktop.ui.message_wizard.finish_step import FinishStep
from danggol_desktop.ui.message_wizard.kind_step import KindStep
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.message_wizard.preview_step import PreviewStep
from danggol_desktop.ui.message_wizard.sentence_step import SentenceStep
from danggol_desktop.ui.widgets.page import Page, styled_button
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell
from danggol_desktop.ui.widgets.step_stack import StepStack

KIND, FIELDS, SENTENCE, PREVIEW, FINISH = range(5)


class MessageWizardPage(Page):
    box_requested = Signal()

    def __init__(self, context: MessageContext, draft: PromotionDraft | None = None, message_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Write a promotion message"), parent=parent)
        self._context = context
        self.draft = draft or PromotionDraft()
        self.message_id = message_id
        self.finished_as: str | None = None  # "saved" or "sent" once the merchant finished it

        self.steps = StepStack()
        self.kind_step = KindStep(context)
        self.fields_step = FieldsStep(context)
        self.sentence_step = SentenceStep(context)
        self.preview_step = PreviewStep(context)
        self.finish_step = FinishStep(context)
        for step in (self.kind_step, self.fields_step, self.sentence_step, self.preview_step, self.finish_step):
            self.steps.addWidget(step)
        self.content.addWidget(self.steps, 1)
        self.kind_step.chosen.connect(lambda: self.show_step(FIELDS))
        self.finish_step.save_requested.connect(lambda: self.finish("saved"))
        self.finish_step.sent_requested.connect(lambda: self.finish("sent"))
        self.finish_step.box_requested.connect(self.box_requested)

        self.box_button = styled_button(self.tr("My message box"))
        self.box_button.clicked.connect(self.box_requested)
        self.add_back_next(self.go_back, self.go_next, extra_left=[self.box_button])
        self.on_enter(self._enter_pressed)
        start = self.draft.step if self.draft.kind else KIND
        self.show_step(min(max(start, KIND), PREVIEW))

    def current(self):
        return self.steps.widget(self.steps.currentIndex())

    def show_step(self, index: int) -> None:
        step = self.steps.widget(index)
        step.initialize(self.draft)
        self.steps.setCurrentIndex(index)
        self.title_from_step(step)
        self.draft.step = index
        self.back_button.setVisible(index != KIND)
        self.box_button.setVisible(index == KIND)
        self.next_button.setVisible(index not in (KIND, FINISH))
        self.save_draft()
        self.first_focus = step.first_focus
        if self.first_focus is not None:
            self.first_focus.setFocus()
        self.scroll.verticalScrollBar().setValue(0)

    def go_next(self) -> None:
        index = self.steps.currentIndex()
        if index >= FINISH or not self.current().validate():
            return
        self.current().write_back()
        self.show_step(index + 1)

    def go_back(self) -> None:
        index = self.steps.currentIndex()
        if index > KIND:
            self.current().write_back()
            self.show_step(index - 1)

    def _enter_pressed(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPlainTextEdit) and not focus.isReadOnly():
            focus.textCursor().insertText("\n")  # Enter starts a new line in the message itself
            return
        if self.steps.currentIndex() not in (KIND, FINISH):
            self.go_next()

    def save_draft(self) -> None:
        """Keep the unfinished draft in the database (nothing to do once it was saved or sent)."""
        if self.finished_as is None and self.draft.kind:
            self.message_id = self._context.messages.save_draft(self._context.shop.id, self.draft, self.message_id)

    def finish(self, status: str) -> None:
        if self._context.practice:  # practice is never counted as sent, nor kept as a real message
            status = "practice"
        sent_at = self._context.now() if status == "sent" else None

        def store() -> None:
            if self.message_id is None:
                self.message_id = self._context.messages.save_draft(self._context.shop.id, self.draft)
            self._context.messages.finish(self.message_id, self.draft, status, sent_at)

        not_saved = (self.tr("It was not recorded as sent.") if status == "sent"
                     else self.tr("The message was not kept."))
        if save_or_tell(self, store, not_saved) is NOT_SAVED:
            return
        self.finished_as = status
        if status == "practice":
            self.finish_step.show_status(self.tr("Kept as practice. It does not count as sent."), done=True)
        elif status == "sent":
            self.finish_step.show_status(self.tr("Recorded as sent today. Well done!"), done=True)
        else:
            self.finish_step.show_status(self.tr("Kept in your message box."), done=False)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - leaving the screen or closing the app
        if self.steps.currentIndex() >= 0:
            self.current().write_back()
            self.save_draft()
        super().hideEvent(event)
