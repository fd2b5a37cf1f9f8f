"""What every step of the message wizard shares: the draft it works on, its column of widgets, and the three moments
the wizard calls — initialize (fill from the draft), validate (may we go on?) and write_back (into the draft)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.ui.message_wizard.message_context import MessageContext


class MessageStep(QWidget):
    def __init__(self, context: MessageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._draft: PromotionDraft | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        self.first_focus: QWidget | None = None

    def initialize(self, draft: PromotionDraft) -> None:
        self._draft = draft

    def validate(self) -> bool:
        return True

    def write_back(self) -> None:
        """Steps whose widgets write into the draft as they change have nothing left to do here."""
