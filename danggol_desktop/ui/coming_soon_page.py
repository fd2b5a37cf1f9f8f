"""What a home tile opens until its job is built: a plain, friendly notice and the way back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label


class ComingSoonPage(Page):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent=parent)
        self.notice = styled_label(self.tr("This part is coming soon. We are getting it ready for you."), "banner")
        self.content.addWidget(self.notice)
        self.content.addStretch(1)
        back = styled_button(self.tr("Back to the home screen"), "primary")
        back.clicked.connect(self.home_requested)
        self.footer.addStretch(1)
        self.footer.addWidget(back)
