"""What every step of the message wizard shares besides the general Step: the message context (shop, data files,
clock, repositories)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.widgets.guided_page import Step


class MessageStep(Step):
    def __init__(self, context: MessageContext, draft: PromotionDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self._context = context
        self.draft: PromotionDraft = draft
