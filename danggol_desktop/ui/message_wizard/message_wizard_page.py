"""Write a promotion message, one question per screen. The draft is saved at every step and when the screen is
left, so closing the app mid-way loses nothing and the wizard resumes where it stopped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.tasks import message_tasks
from danggol_desktop.ui.message_wizard.fields_step import FieldsStep
from danggol_desktop.ui.message_wizard.finish_step import FinishStep
from danggol_desktop.ui.message_wizard.kind_step import KindStep
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.message_wizard.preview_step import PreviewStep
from danggol_desktop.ui.message_wizard.sentence_step import SentenceStep
from danggol_desktop.ui.widgets.guided_page import GuidedPage
from danggol_desktop.ui.widgets.page import styled_button
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

KIND, FIELDS, SENTENCE, PREVIEW, FINISH = range(5)


class MessageWizardPage(GuidedPage):
    box_requested = Signal()

    def __init__(self, context: MessageContext, draft: PromotionDraft | None = None, message_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        box_button = styled_button(QCoreApplication.translate("MessageWizardPage", "My message box"))
        super().__init__(QCoreApplication.translate("MessageWizardPage", "Write a promotion message"),
                         extra_left=[box_button], parent=parent)
        self.box_button = box_button
        self._context = context
        self.draft = draft or PromotionDraft()
        self.message_id = message_id
        self.finished_as: str | None = None  # "saved" or "sent" once the merchant finished it

        self.kind_step = self.add_step(KindStep(context, self.draft))
        self.fields_step = self.add_step(FieldsStep(context, self.draft))
        self.sentence_step = self.add_step(SentenceStep(context, self.draft))
        self.preview_step = self.add_step(PreviewStep(context, self.draft))
        self.finish_step = self.add_step(FinishStep(context, self.draft))
        self.kind_step.chosen.connect(lambda: self.show_step(FIELDS))
        self.finish_step.save_requested.connect(lambda: self.finish("saved"))
        self.finish_step.sent_requested.connect(lambda: self.finish("sent"))
        self.finish_step.box_requested.connect(self.box_requested)
        self.box_button.clicked.connect(self.box_requested)
        # a draft left half-way opens where it stopped (the last step only once it is finished again)
        self.start(min(self.draft.step, PREVIEW) if self.draft.kind else KIND)

    def step_shown(self, index: int) -> None:
        self.draft.step = index
        self.box_button.setVisible(index == KIND)

    def save_draft(self) -> None:
        """Keep the unfinished draft in the database (nothing to do once it was saved or sent)."""
        if self.finished_as is None and self.draft.kind:
            context = self._context
            kept = save_or_tell(self, lambda: message_tasks.save_draft(context.workspace, context.shop.id, self.draft,
                                                                       self.message_id),
                                self.tr("The unfinished message was not kept. What you wrote is still on the screen."),
                                context.workspace.data_dir)
            if kept is not NOT_SAVED:
                self.message_id = kept

    def finish(self, status: str) -> None:
        """Keep the message as 'saved' or 'sent'; during a practice session the task keeps it as practice (never
        counted as sent)."""
        context = self._context
        not_saved = (self.tr("It was not recorded as sent.") if status == "sent" and not context.practice
                     else self.tr("The message was not kept."))
        done = save_or_tell(self, lambda: message_tasks.finish_message(
            context.workspace, context.shop.id, self.message_id, self.draft, status, context.practice),
            not_saved, context.workspace.data_dir)
        if done is NOT_SAVED:
            return
        self.message_id, status = done
        self.finished_as = status
        if status == "practice":
            self.finish_step.show_status(self.tr("Kept as practice. It does not count as sent."), done=True)
        elif status == "sent":
            self.finish_step.show_status(self.tr("Recorded as sent today. Well done!"), done=True)
        else:
            self.finish_step.show_status(self.tr("Kept in your message box."), done=False)
