"""The steps the channel kit's cards are made of: a sketched phone screen with one instruction, a few text boxes
with Kakao's limits (and ready texts to start from), and a last screen with big 복사하기 / 그림 저장하기 / 다 했어요
buttons. The cards (channel_card.py, profile_card.py, coupon_card.py, text_cards.py) give them their words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QBoxLayout, QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from danggol_desktop.domain.dates import format_day
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.tasks import tutor_tasks
from danggol_desktop.ui.channel_kit.kit_context import KitContext, KitDraft
from danggol_desktop.ui.channel_kit.phone_sketch import PhoneSketch, SketchRow
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice
from danggol_desktop.ui.widgets.guided_page import GuidedPage, Step
from danggol_desktop.ui.widgets.limited_edit import LimitedEdit
from danggol_desktop.ui.widgets.page import bring_into_view, reserved_notice, set_role, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell
from danggol_desktop.ui.widgets.tile import TileButton


class GuideStep(Step):
    """One instruction beside a sketch of the phone screen, the thing to press marked in red."""

    def __init__(self, draft: KitDraft, context: KitContext, heading: str, instruction: str, rows: list[SketchRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.column.addWidget(styled_label(heading, "heading"))
        row = QHBoxLayout()
        row.setSpacing(gap(24))
        large = context.px(100) > 125
        self.sketch = PhoneSketch(rows, context.px(150 if large else 200))
        self.instruction = styled_label(instruction, "heading" if not large else "")
        row.addWidget(self.sketch, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.instruction, 1, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(row)
        self.column.addStretch(1)


@dataclass
class FieldSpec:
    key: str
    label: str
    limit: int
    lines: int = 1
    hint: str = ""
    suggestions: Callable[[], list[str]] | None = None  # ready texts to start from, worked out when shown
    default: Callable[[], str] | None = None  # what the box holds the first time
    copy: bool = False  # a 복사하기 button beside the box
    too_long: str = "too_long"  # the error code said when the text is over the limit


class SuggestionList(QWidget):
    """Ready texts as big cards, one under the other; pressing one puts it in the box (where it can be changed)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(gap(10))
        self._group = QButtonGroup(self)
        self.cards: list[TileButton] = []

    def set_options(self, texts: list[str]) -> None:
        for card in self.cards:
            self._group.removeButton(card)
            card.deleteLater()
        self.cards = []
        for text in texts:
            card = TileButton(text, left=True)
            card.setCheckable(True)
            card.clicked.connect(lambda _c=False, t=text: self.chosen.emit(t))
            self._group.addButton(card)
            self.cards.append(card)
            self._column.addWidget(card)

    def show_value(self, text: str) -> None:
        self._group.setExclusive(False)
        for card in self.cards:
            card.setChecked(card.title_label.text() == text)
        self._group.setExclusive(True)


class FieldsStep(Step):
    """A few text boxes; Next runs `check(draft)` (a domain check or a task that saves), and an InvalidInput it
    raises is shown under its own box. Over-long text is marked and refused, never cut."""

    def __init__(self, draft: KitDraft, context: KitContext, heading: str, specs: list[FieldSpec],
                 check: Callable[[KitDraft], object] | None = None, explanation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.context = context
        self.specs = specs
        self.check = check
        self.column.addWidget(styled_label(heading, "heading"))
        if explanation:
            note = styled_label(explanation, "muted")
            self.column.addWidget(note)
            self.optional_widgets.append(note)
        self.edits: dict[str, LimitedEdit] = {}
        self.choices: dict[str, SuggestionList] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        for spec in specs:
            edit = LimitedEdit(spec.label, spec.limit, spec.lines, spec.hint)
            self.edits[spec.key] = edit
            self.column.addWidget(edit)
            if spec.copy:
                button = styled_button(QCoreApplication.translate("KitSteps", "Copy this answer"))
                button.setAccessibleName(QCoreApplication.translate("KitSteps", "Copy: %1").replace("%1", spec.label))
                button.clicked.connect(lambda _c=False, k=spec.key: self.copy(k))
                self.copy_buttons[spec.key] = button
                self.column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            if spec.suggestions is not None:
                label = styled_label(
                    QCoreApplication.translate("KitSteps", "Or start from one of these (press one):"), "muted")
                self.column.addWidget(label)
                choices = SuggestionList()
                choices.chosen.connect(edit.set_text)
                edit.changed.connect(lambda e=edit, c=choices: c.show_value(e.text()))
                self.choices[spec.key] = choices
                self.column.addWidget(choices)
        self.notice = reserved_notice(1)
        self.column.addWidget(self.notice)
        self.column.addStretch(1)
        self.first_focus = self.edits[specs[0].key].edit if specs else None

    def initialize(self) -> None:
        for spec in self.specs:
            if spec.suggestions is not None:
                self.choices[spec.key].set_options(spec.suggestions())
            value = self.draft.get(spec.key, None)
            if value is None:
                value = spec.default() if spec.default is not None else ""
                self.draft.set(spec.key, value)
            self.edits[spec.key].set_text(str(value))
            if spec.key in self.choices:
                self.choices[spec.key].show_value(str(value))
        self.notice.setText("")

    def commit(self) -> None:
        for key, edit in self.edits.items():
            self.draft.set(key, edit.text())

    def validate(self) -> bool:
        self.commit()
        for key, edit in self.edits.items():
            if edit.over():
                code = next(spec.too_long for spec in self.specs if spec.key == key)
                edit.show_error(describe_error(InvalidInput(code, key)))
                return False
        if self.check is None:
            return True
        page = self.window()
        try:
            result = save_or_tell(page, lambda: self.check(self.draft),  # type: ignore[misc]
                                  QCoreApplication.translate("KitSteps", "What you wrote was not saved."),
                                  self.context.workspace.data_dir)
        except InvalidInput as exc:
            target = self.edits.get(exc.field) or next(iter(self.edits.values()), None)
            if target is not None:
                target.show_error(describe_error(exc))
            else:
                self.notice.setText(describe_error(exc))
                set_role(self.notice, "error")
            return False
        return result is not NOT_SAVED

    def copy(self, key: str) -> None:
        QApplication.clipboard().setText(self.edits[key].text())
        self.notice.setText(QCoreApplication.translate("KitSteps", "Copied. Paste it in the KakaoTalk Channel admin."))
        set_role(self.notice, "banner")


class FinishStep(Step):
    """The card's last screen: what to do in the Kakao admin and the card's own buttons (copy, save a picture …).
    The footer's main button says 다 했어요 here: it ticks the shop's curriculum step with today's date (되돌리기
    takes it back), then becomes 목록으로."""

    done_changed = Signal(bool)
    picture_requested = Signal(object)  # a PictureDraft to open in the picture maker (그림 만들기)

    def __init__(self, draft: KitDraft, context: KitContext, heading: str, instruction: str, step_code: str,
                 done_text: str = "", buttons_in_row: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.context = context
        self.step_code = step_code
        self.done = False
        self.done_text = done_text or QCoreApplication.translate("KitSteps", "✓ I did it")
        self._before: date | None = None
        self.column.addWidget(styled_label(heading, "heading"))
        self.instruction = styled_label(instruction)
        self.column.addWidget(self.instruction)
        self.status_row = QHBoxLayout()
        self.status_row.setSpacing(gap(16))
        self.status = styled_label("", "banner")
        self.undo_button = styled_button(QCoreApplication.translate("KitSteps", "Undo"))
        self.undo_button.setAccessibleName(QCoreApplication.translate("KitSteps", "Undo: it is not done yet"))
        self.undo_button.clicked.connect(self.undo)
        self.status_row.addWidget(self.status, 1)
        self.status_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self.status.hide()
        self.undo_button.hide()
        row = QHBoxLayout()  # the card's buttons on the left, its preview beside them
        row.setSpacing(gap(20))
        self.body = QVBoxLayout()
        self.body.setSpacing(gap(12))
        # one place for every answer of this step's buttons (copied, saved, refused), beside them and above the
        # preview: in view whenever the button pressed is, taking no room of its own above or below them — so the
        # page never scrolls under the pointer to show it (it scrolled up to 786 px at 200%)
        self.notice = SavedNotice(stacked=True)
        self.saved = self.notice
        self.body.addWidget(self.notice)
        # beside a preview the buttons stand one under the other; without one, side by side (less to scroll)
        self.buttons_column: QBoxLayout = QHBoxLayout() if buttons_in_row else QVBoxLayout()
        self.buttons_column.setSpacing(gap(12))
        row.addLayout(self.buttons_column)  # the buttons first: in view even when the preview is large
        row.addLayout(self.body, 1)  # all the room left: the answer in two lines, not four
        self.buttons_column.addStretch(1)
        self.column.addLayout(row)
        self.column.addLayout(self.status_row)  # the answer to 다 했어요, a footer button: brought into view
        self.column.addStretch(1)

    def add_button(self, text: str, action: Callable[[], None], role: str = "") -> QPushButton:
        button = styled_button(text, role)
        button.pressed.connect(lambda: self.notice.align_with(button))  # its answer is said beside it
        button.clicked.connect(action)
        self.buttons_column.insertWidget(self.buttons_column.count() - 1, button)
        if self.first_focus is None:
            self.first_focus = button
        return button

    def say(self, text: str, role: str = "banner") -> None:
        self.notice.show_text(text, role)

    def copy(self, text: str, what: str) -> None:
        QApplication.clipboard().setText(text)
        words = QCoreApplication.translate("KitSteps", "%1 copied. Paste it in the KakaoTalk Channel admin.")
        self.say(words.replace("%1", what))

    def record_done(self) -> bool:
        """What 다 했어요 saves besides the tick (a post, say); False when it could not."""
        return True

    def undo_record(self) -> None:
        """Take back what record_done saved."""

    def mark_done(self) -> bool:
        self._before = self.context.done_on(self.step_code)
        if not self.record_done():
            return False
        today = self.context.today()
        saved = save_or_tell(self.window(), lambda: tutor_tasks.tick_step(
            self.context.workspace, self.context.shop.id, self.step_code, today),
            QCoreApplication.translate("KitSteps", "The tick was not saved."), self.context.workspace.data_dir)
        if saved is NOT_SAVED:
            self.undo_record()
            return False
        self.status.setText(QCoreApplication.translate("KitSteps", "✓ Done on %1. Your tutor sees it too.").replace(
            "%1", format_day(today, self.context.language)))
        set_role(self.status, "banner")
        self.status.show()
        self.undo_button.show()
        bring_into_view(self.status)  # the footer's 다 했어요 never scrolls: its answer is brought to the eyes
        self.done = True
        self.done_changed.emit(True)
        return True

    def undo(self) -> None:
        saved = save_or_tell(self.window(), lambda: tutor_tasks.tick_step(
            self.context.workspace, self.context.shop.id, self.step_code, self._before),
            QCoreApplication.translate("KitSteps", "The tick was not saved."), self.context.workspace.data_dir)
        if saved is NOT_SAVED:
            return
        self.undo_record()
        self.status.setText(QCoreApplication.translate("KitSteps", "Undone: it is not marked as done."))
        set_role(self.status, "muted")
        self.undo_button.hide()
        self.done = False
        self.done_changed.emit(False)


class KitCardPage(GuidedPage):
    """One card of the channel kit: its steps, then its FinishStep, whose footer button says 다 했어요 and, once it is
    done, 목록으로 (back to the kit's list)."""

    list_requested = Signal()
    picture_requested = Signal(object)  # a PictureDraft: the picture maker, started for this card

    def __init__(self, context: KitContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent=parent)
        self.context = context
        self.draft = KitDraft()
        self.finish: FinishStep | None = None

    def add_finish(self, step: FinishStep) -> FinishStep:
        self.finish = step
        step.done_changed.connect(lambda _done: self._label_next())
        step.picture_requested.connect(self.picture_requested)
        return self.add_step(step)

    def step_shown(self, index: int) -> None:
        self._label_next()

    def _label_next(self) -> None:
        finish = self.finish
        if finish is not None and self.index >= 0 and self.current_step() is finish:
            self.next_button.setText(QCoreApplication.translate("KitSteps", "To the list →") if finish.done
                                     else finish.done_text)
        else:
            self.next_button.setText(QCoreApplication.translate("Page", "Next →"))
        self.next_button.setAccessibleName(self.next_button.text())

    def finish_flow(self) -> None:
        finish = self.finish
        if finish is not None and not finish.done:
            if finish.mark_done():
                self.next_button.setFocus()
                QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(finish.undo_button))
            return
        self.list_requested.emit()
