"""Step 5: copy it for KakaoTalk, keep it in the message box, and say when it was sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.message_wizard.step_base import MessageStep
from danggol_desktop.ui.widgets.page import bring_into_view, reserved_notice, set_role, styled_button, styled_label

KAKAO_ADMIN_URL = "https://business.kakao.com/"


class FinishStep(MessageStep):
    save_requested = Signal()
    sent_requested = Signal()
    box_requested = Signal()
    shows_next = False  # it ends with buttons of its own

    def __init__(self, context: MessageContext, draft: PromotionDraft, parent: QWidget | None = None) -> None:
        super().__init__(context, draft, parent)
        layout = self.column
        layout.addWidget(styled_label(self.tr("Step 5 of 5: Ready to send"), "heading"))
        layout.addWidget(styled_label(self.tr(
            "Press Copy, open your channel's admin page, and paste the message there to send it.")))
        self.copy_button = styled_button(self.tr("Copy"), "primary")
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.copy_button)
        self.copy_picture_button = styled_button(self.tr("Copy the picture"))
        self.copy_picture_button.clicked.connect(self.copy_picture)
        layout.addWidget(self.copy_picture_button)
        # said in a place kept for it, room for its longest sentence at large text: the buttons below never move
        self.copied = reserved_notice(3)
        layout.addWidget(self.copied)
        self.open_button = styled_button(self.tr("Open the KakaoTalk Channel admin page"))
        self.open_button.clicked.connect(self.open_admin)
        layout.addWidget(self.open_button)
        # the answer to 보냈어요 and to 저장하기, above them: in view whenever the button pressed is, and the page is
        # never scrolled to show it (that moved the buttons under the pointer)
        self.status = reserved_notice()
        layout.addWidget(self.status)
        self.sent_button = styled_button(self.tr("I have sent it"))
        self.sent_button.clicked.connect(self.sent_requested)
        layout.addWidget(self.sent_button)
        self.save_button = styled_button(self.tr("Keep it in my message box"))
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.save_button)
        self.box_button = styled_button(self.tr("Open my message box"))
        self.box_button.clicked.connect(self.box_requested)
        layout.addWidget(self.box_button)
        layout.addStretch(1)
        self.first_focus = self.copy_button

    def open_admin(self) -> bool:
        """Open the admin page in the browser; where there is none, say where to go instead of doing nothing."""
        if QDesktopServices.openUrl(QUrl(KAKAO_ADMIN_URL)):
            return True
        self._say_copied(self.tr("The web browser could not be opened. On your phone, open the KakaoTalk "
                                 "Channel admin app, or on another computer go to %1.").replace("%1", KAKAO_ADMIN_URL))
        return False

    def initialize(self) -> None:
        self.copy_picture_button.setVisible(self._context.picture_path(self.draft.picture) is not None)

    def copy_picture(self) -> None:
        from PySide6.QtGui import QImage

        path = self._context.picture_path(self.draft.picture)
        if path is None:
            return
        QApplication.clipboard().setImage(QImage(str(path)))
        self._say_copied(self.tr("Picture copied! Paste it into the channel admin page, then copy the words."))

    def copy(self) -> None:
        QApplication.clipboard().setText(self.draft.body)
        self._say_copied(self.tr("Copied! Now paste it into the channel admin page."))

    def _say_copied(self, text: str) -> None:
        """Said under the copy buttons, in the room kept for it; its words scrolled into view if a little is
        below the fold (a few pixels: the button pressed stays under the pointer)."""
        self.copied.setText(text)
        set_role(self.copied, "banner")
        bring_into_view(self.copied)

    def show_status(self, text: str, done: bool) -> None:
        self.status.setText(text)
        set_role(self.status, "banner")
        if done and self.sent_button.hasFocus():
            # disabling the focused button would pass the focus on and scroll the page under the pointer (107 px
            # at 200%, onto 내 메시지함에 저장하기): the focus goes to the sentence that answers first
            self.status.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sent_button.setEnabled(not done)
