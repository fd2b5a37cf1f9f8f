"""Step 3: pick a ready sentence, then change it freely in a big box with emoji buttons and a live count."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPlainTextEdit, QVBoxLayout, QWidget

from danggol_desktop.domain.message_text import ready_drafts
from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.domain.text_length import count_characters, count_line_breaks
from danggol_desktop.ui import input_guard
from danggol_desktop.ui.message_wizard.message_context import MessageContext
from danggol_desktop.ui.message_wizard.step_base import MessageStep
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.page import set_role, styled_button, styled_label
from danggol_desktop.ui.widgets.tile import TileButton

EMOJI = ("😊", "🎉", "🎁", "👍", "❤️", "🙏", "🔥", "🍎", "🥬", "🐟", "🥩", "🍚")
PASTE_LIMIT = 20_000  # far above any Kakao limit; keeps a stray 100 KB paste from slowing every keystroke


def clean_body(text: str) -> str:
    """Control characters out (line breaks and tabs stay); emoji joiners and variation selectors stay."""
    return "".join(ch for ch in text if ch in "\n\t\u200d\ufe0f\ufe0e"
                   or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))


class SentenceStep(MessageStep):
    changed = Signal()

    def __init__(self, context: MessageContext, draft: PromotionDraft, parent: QWidget | None = None) -> None:
        super().__init__(context, draft, parent)
        self._rendered: list[str] = []
        layout = self.column
        layout.addWidget(styled_label(self.tr("Step 3 of 5: Your message — change it as you like"), "heading"))
        # The message box comes first, so it is in view even at 200% text; the other ready sentences follow.
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Your message"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(context.px(130))
        self.editor.textChanged.connect(self._text_changed)
        input_guard.preedit_changed(self.editor, self._update_counter)
        layout.addWidget(self.editor)
        self.counter = styled_label("", "heading")
        layout.addWidget(self.counter)
        emoji_grid = QGridLayout()
        emoji_grid.setSpacing(gap(8))
        self.emoji_buttons = []
        for index, emoji in enumerate(EMOJI):
            button = styled_button(emoji, accessible_name=self.tr("Add %1").replace("%1", emoji))
            button.setProperty("role", "pad")
            button.clicked.connect(lambda _c=False, e=emoji: self.insert(e))
            self.emoji_buttons.append(button)
            emoji_grid.addWidget(button, index // 6, index % 6)
        layout.addLayout(emoji_grid)
        layout.addWidget(styled_label(self.tr("Other ready sentences: press one to start from it"), "heading"))
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(gap(10))
        layout.addLayout(self.cards_box)
        self.card_group = QButtonGroup(self)
        self.card_group.setExclusive(True)
        self.cards: list[TileButton] = []
        layout.addWidget(styled_label(self.tr("How will you send it?"), "heading"))
        large = context.px(100) > 125  # at large text: one under the other, the limit on a line of its own
        self.type_choice = ChoiceGrid(
            [(t.code, self.tr("%1 (up to %2 characters)").replace("%1", t.names.get(context.language, t.names["en"]))
              .replace("%2", f"{t.max_chars:,}").replace(" (", "\n(" if large else " (", 1))
             for t in context.rules.types],
            columns=1 if large else 2)
        self.type_choice.chosen.connect(self._type_chosen)
        layout.addWidget(self.type_choice)
        self.tool_note = styled_label(self.tr(
            "These limits are those of messages sent from the KakaoTalk Channel admin (the channel's own message "
            "menu). Kakao's paid message ads have other limits."), "muted")
        layout.addWidget(self.tool_note)
        layout.addStretch(1)
        self.first_focus = self.editor

    def initialize(self) -> None:
        draft = self.draft
        previous = list(self._rendered)
        self._rendered = ready_drafts(draft, self._context.facts, self._context.templates, self._context.language,
                                      self._context.occasion_names())
        for card in self.cards:
            self.card_group.removeButton(card)
            card.deleteLater()
        self.cards = []
        for index, text in enumerate(self._rendered):
            card = TileButton(text, left=True)
            card.setCheckable(True)
            card.clicked.connect(lambda _c=False, i=index: self.choose(i))
            self.card_group.addButton(card, index)
            self.cards.append(card)
            self.cards_box.addWidget(card)
        index = min(max(draft.template, 0), len(self.cards) - 1)
        self.cards[index].setChecked(True)
        untouched = not draft.body or draft.body in previous
        if untouched:  # the merchant has not changed it: follow the fields as they are now
            draft.body = self._rendered[index]
        self.editor.setPlainText(draft.body)
        self.type_choice.set_value(draft.message_type)
        self._update_counter()

    def choose(self, index: int) -> None:
        self.draft.template = index
        self.editor.setPlainText(self._rendered[index])

    def insert(self, text: str) -> None:
        self.editor.textCursor().insertText(text)
        self.editor.setFocus()

    def _type_chosen(self, code: str) -> None:
        self.draft.message_type = code
        self._update_counter()
        self.changed.emit()

    def _text_changed(self) -> None:
        text = self.editor.toPlainText()
        if len(text) > PASTE_LIMIT:
            cursor = self.editor.textCursor()
            self.editor.blockSignals(True)
            self.editor.setPlainText(text[:PASTE_LIMIT])
            self.editor.blockSignals(False)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
            del cursor
        self.draft.body = clean_body(self.editor.toPlainText())
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        kind = self._context.rules.type(self.draft.message_type)
        body = self.draft.body + input_guard.preedit_of(self.editor)  # the syllable being typed counts too
        chars = count_characters(body)
        breaks = count_line_breaks(body)
        text = self.tr("%1 / %2 characters").replace("%1", f"{chars:,}").replace("%2", f"{kind.max_chars:,}")
        text += self.tr(" · line breaks %1 / %2").replace("%1", str(breaks)).replace("%2", str(kind.max_line_breaks))
        over = chars > kind.max_chars or breaks > kind.max_line_breaks
        if over:
            text += "\n" + self.tr("Too long for this kind of message. Please shorten it.")
        self.counter.setText(text)
        set_role(self.counter, "error" if over else "heading")

    def commit(self) -> None:
        self.draft.body = clean_body(self.editor.toPlainText())

    def validate(self) -> bool:
        self.commit()
        kind = self._context.rules.type(self.draft.message_type)
        ok = (bool(self.draft.body.strip()) and count_characters(self.draft.body) <= kind.max_chars
              and count_line_breaks(self.draft.body) <= kind.max_line_breaks)
        if not self.draft.body.strip():
            self.counter.setText(self.tr("Please write a message."))
            set_role(self.counter, "error")
        return ok
