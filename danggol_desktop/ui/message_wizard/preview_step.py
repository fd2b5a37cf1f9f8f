"""Step 4: the message as a customer will see it in KakaoTalk, with plain checks, the cost and the text-message
version the law asks for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from danggol_desktop.domain.dates import format_count, format_hour
from danggol_desktop.domain.message_text import (
    Check,
    SmsCheck,
    check_message,
    check_sms,
    estimate_cost,
    sms_version,
)
from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.message_wizard.step_base import MessageStep
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.kakao_bubble import KakaoBubble
from danggol_desktop.ui.widgets.page import set_role, styled_button, styled_label


class PreviewStep(MessageStep):
    changed = Signal()

    def __init__(self, context: MessageContext, draft: PromotionDraft, parent: QWidget | None = None) -> None:
        super().__init__(context, draft, parent)
        outer = self.column
        outer.addWidget(styled_label(self.tr("Step 4 of 5: Check it before sending"), "heading"))
        self.bubble = KakaoBubble(context.shop.name, context.px)
        self.checks = styled_label("")
        self.checks.setAccessibleName(self.tr("Checks"))
        question = styled_label(self.tr("Who gets it?"), "heading")
        self.audience = ChoiceGrid([("all", self.tr("All my friends")), ("targeted", self.tr("Some of my friends"))],
                                   columns=2)
        self.audience.chosen.connect(self._audience_chosen)
        self.cost = styled_label("", "")
        if context.px(100) > 125:
            # At larger text the phone and the checks would not fit side by side (sentences cut on the right), and a
            # laptop shows little more than a phone's height: who gets it and what it costs come first, where the
            # merchant decides, then the phone and the checks of its words.
            for widget in (question, self.audience, self.cost, self.bubble, self.checks):
                outer.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.setSpacing(gap(24))
            row.addWidget(self.bubble, 0, Qt.AlignmentFlag.AlignTop)
            side = QVBoxLayout()
            side.setSpacing(gap(10))
            for widget in (self.checks, question, self.audience, self.cost):
                side.addWidget(widget)
            side.addStretch(1)
            row.addLayout(side, 1)
            outer.addLayout(row)
        self.picture_button: QPushButton | None = None
        self.no_picture_button: QPushButton | None = None
        if context.pictures is not None:
            picture_row = QHBoxLayout()
            self.picture_button = styled_button(self.tr("Add a picture from My pictures"))
            self.picture_button.clicked.connect(self.choose_picture)
            self.no_picture_button = styled_button(self.tr("No picture"))
            self.no_picture_button.clicked.connect(lambda: self.use_picture(""))
            picture_row.addWidget(self.picture_button)
            picture_row.addWidget(self.no_picture_button)
            picture_row.addStretch(1)
            outer.addLayout(picture_row)
        outer.addWidget(styled_label(self.tr("Sending it as a phone text message (SMS) instead? Then it must read:"),
                                     "heading"))
        self.sms = QPlainTextEdit()
        self.sms.setReadOnly(True)
        self.sms.setAccessibleName(self.tr("Text message version"))
        self.sms.setMinimumHeight(context.px(150))
        outer.addWidget(self.sms)
        self.sms_status = styled_label("", "muted")
        self.sms_status.setAccessibleName(self.tr("Can it go as a text message?"))
        outer.addWidget(self.sms_status)
        self.copy_sms = styled_button(self.tr("Copy the text-message version"))
        self.copy_sms.clicked.connect(self._copy_sms)
        outer.addWidget(self.copy_sms, 0, Qt.AlignmentFlag.AlignLeft)
        self.sms_copied = styled_label("", "muted")
        outer.addWidget(self.sms_copied)
        outer.addStretch(1)
        self.first_focus = self.audience.buttons[0]

    def initialize(self) -> None:
        draft = self.draft
        self.bubble.set_text(draft.body)
        self.use_picture(draft.picture, announce=False)
        self.audience.set_value(draft.audience)
        sms = sms_version(draft.body, self._context.facts, self._context.language)
        self.sms.setPlainText(sms)
        self._show_sms_check(check_sms(sms, self._context.facts))
        self.sms_copied.setText("")
        found = check_message(draft.body, self._context.rules, draft.message_type, self._context.now())
        self.checks.setText("\n".join(self.sentence(c) for c in found))
        self._update_cost()

    def choose_picture(self) -> None:
        from danggol_desktop.ui.message_wizard.picture_chooser import PictureChooser

        pictures = self._context.pictures() if self._context.pictures is not None else []
        chooser = PictureChooser(pictures, self.draft.picture, self._context.px, self)
        if chooser.exec():
            self.use_picture(chooser.chosen)

    def use_picture(self, name: str, announce: bool = True) -> None:
        path = self._context.picture_path(name)
        self.draft.picture = name if path is not None else ""
        self.bubble.set_picture(path)
        self.bubble.set_text(self.draft.body)
        if self.no_picture_button is not None:
            self.no_picture_button.setVisible(bool(self.draft.picture))
        if announce:
            self.changed.emit()

    def sentence(self, check: Check) -> str:
        texts = {
            "body_empty": self.tr("× The message is empty."),
            "too_long": self.tr("× %1 characters; this kind of message takes at most %2."),
            "too_many_lines": self.tr("× %1 line breaks; at most %2 are allowed."),
            "night_law": self.tr("△ It is %1 now. Ads sent between 9 pm and 8 am need the customer's separate "
                                 "consent by law. Please send it after 8 in the morning."),
            "night_early": self.tr("△ It is after 8 pm. Some services block ads from now on; tomorrow morning is "
                                   "better."),
            "link_in_text": self.tr("△ Kakao does not allow an internet address in a message's text. Put the address "
                                    "on the message's button in Kakao instead, or write the channel's search ID in "
                                    "words (e.g. search @%3 in KakaoTalk)."),
            "kakao_adds_label": self.tr("○ In a KakaoTalk Channel message, Kakao adds the (광고) ad label and the free "
                                        "way to stop messages by itself."),
        }
        value = (
            format_hour(check.value, self._context.language) if check.code.startswith("night") else f"{check.value:,}"
        )
        search = self._context.facts.name
        return texts[check.code].replace("%1", value).replace("%2", f"{check.limit:,}").replace("%3", search)

    def _audience_chosen(self, value: str) -> None:
        self.draft.audience = value
        self._update_cost()
        self.changed.emit()

    def _update_cost(self) -> None:
        friends = self._context.latest_friends()
        if friends is None:
            self.cost.setText(self.tr("Record your friend count and we will tell you what sending costs."))
            return
        cost = estimate_cost(friends, self.draft.audience, self._context.rules)
        language = self._context.language
        said = [
            self.tr("Sending to %1 costs about %2 won (%3 won each, with VAT).")
            .replace("%1", format_count(cost.friends, language))
            .replace("%2", f"{cost.total:,}")
            .replace("%3", str(cost.per_friend))
        ]
        budget = self._context.budget()
        if budget is not None and budget.left >= cost.total:
            said.append(self.tr("Support credit left: %1 won now, about %2 won after this message.")
                        .replace("%1", f"{budget.left:,}").replace("%2", f"{budget.left - cost.total:,}"))
        elif budget is not None:
            said.append(self.tr("The support credit left (%1 won) does not cover this message: the rest is paid "
                                "from the channel's own cash.").replace("%1", f"{max(budget.left, 0):,}"))
        self.cost.setText("\n".join(said))

    def _show_sms_check(self, check: SmsCheck) -> None:
        """Say in words whether it can go as a text message, and as which kind; copying waits until it may."""
        size = f"{check.size:,}"
        if check.optout_missing:
            said = [self.tr("It cannot be sent as a text message yet: an ad sent by text needs a free 080 number "
                            "for refusing it. Add it in Settings → Change shop details.")]
        elif check.kind == "sms":
            said = [self.tr("It goes as one short text message (SMS): %1 of 90 bytes.").replace("%1", size)]
        elif check.kind == "lms":
            said = [self.tr("It goes as a long text message (LMS), which costs more than a short one: %1 of 2,000 "
                            "bytes.").replace("%1", size)]
        else:
            said = [self.tr("It is too long for a text message: %1 of 2,000 bytes. Please shorten it.")
                    .replace("%1", size)]
        if check.unsendable:
            said.append(self.tr("A text message cannot carry these: %1. Please take them out.")
                        .replace("%1", " ".join(check.unsendable)))
        self.sms_status.setText("\n".join(said))
        set_role(self.sms_status, "muted" if check.ready else "error")
        self.copy_sms.setEnabled(check.ready)

    def _copy_sms(self) -> None:
        QApplication.clipboard().setText(self.sms.toPlainText())
        self.sms_copied.setText(self.tr("Copied the text-message version."))

    def validate(self) -> bool:
        found = check_message(self.draft.body, self._context.rules, self.draft.message_type, self._context.now())
        return not any(c.severity == "block" for c in found)
