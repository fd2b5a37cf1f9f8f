"""The one step mechanism of every guided flow (first setup, a promotion message, a QR poster; the channel kit and
the picture maker to come): a draft that exists from the start, steps that fill themselves from it, check their
answer and write it back, and Back / Next / Enter handled in one place, always at the same spots."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.page import Page
from danggol_desktop.ui.widgets.step_stack import StepStack


class Step(QWidget):
    """One question. It gets the flow's draft (a plain dataclass) in its constructor and:

    - `initialize()` fills its widgets from the draft each time it is shown;
    - `validate()` says whether the flow may go on, showing the reason beside the answer when not;
    - `commit()` writes what is on screen back into the draft (on Next, on Back and when the screen is left).

    Its first label of role "heading" becomes the page title while it is shown. `shows_next = False` for a step
    that moves on by itself (a big card to press) or ends the flow with buttons of its own."""

    shows_next = True

    def __init__(self, draft: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(gap(10))
        self.first_focus: QWidget | None = None  # where the keyboard starts on this step
        # what makes way, in this order, when the screen is too short (large text on a laptop): explanations,
        # "question 2 of 5" — never the question, its answer or the buttons (see Page.fit_to_view)
        self.optional_widgets: list[QWidget] = []

    def initialize(self) -> None:
        """Fill the widgets from the draft."""

    def validate(self) -> bool:
        return True

    def commit(self) -> None:
        """Steps whose widgets write into the draft as they change have nothing left to do here."""


S = TypeVar("S", bound=Step)


class GuidedPage(Page):
    """A page that shows its steps one at a time, with ← 이전 on the left and 다음 → on the right of the footer.

    Subclasses add their steps with `add_step`, call `start()`, and may refine: `step_shown(index)` (what else
    changes with the step), `save_draft()` (autosave, called on every move and when the screen is left) and
    `finish_flow()` (Next on the last step)."""

    def __init__(self, title: str, can_go_home: bool = True, extra_left: list[QPushButton] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, can_go_home=can_go_home, parent=parent)
        self.steps = StepStack()
        self.content.addWidget(self.steps, 1)
        self.add_back_next(self.go_back, self.go_next, extra_left=extra_left)
        self.on_enter(self._enter_pressed)

    # -- building --------------------------------------------------------------------------------------------------
    def add_step(self, step: S) -> S:
        self.steps.addWidget(step)
        return step

    def start(self, index: int = 0) -> None:
        self.show_step(max(0, min(index, self.steps.count() - 1)))

    # -- where we are ----------------------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.steps.currentIndex()

    def current_step(self) -> Step:
        step = self.steps.widget(self.index)
        assert isinstance(step, Step)
        return step

    def is_last(self, index: int) -> bool:
        return index == self.steps.count() - 1

    # -- moving ----------------------------------------------------------------------------------------------------
    def show_step(self, index: int) -> None:
        step = self.steps.widget(index)
        assert isinstance(step, Step)
        step.initialize()
        self.steps.setCurrentIndex(index)
        self.title_from_step(step)
        self.back_button.setVisible(index > 0)
        self.next_button.setVisible(step.shows_next)
        self.step_shown(index)
        self.optional_widgets = list(step.optional_widgets)
        self.fit_to_view()
        self.save_draft()
        self.first_focus = step.first_focus
        if self.first_focus is not None:
            self.first_focus.setFocus()
        self.scroll_area.verticalScrollBar().setValue(0)  # every step starts at its top, its question in view

    def go_next(self) -> None:
        if self.index < 0:
            return
        step = self.current_step()
        if not step.validate():
            # the reason appeared beside the answer: make room for it and keep the answer in view
            self.fit_to_view()
            focus = self.focusWidget()
            if focus is not None and step.isAncestorOf(focus):
                self.scroll_area.ensureWidgetVisible(focus)
            return
        step.commit()
        if self.is_last(self.index):
            self.finish_flow()
        else:
            self.show_step(self.next_index(self.index))

    def go_back(self) -> None:
        if self.index > 0:
            self.current_step().commit()
            self.show_step(self.previous_index(self.index))

    def next_index(self, index: int) -> int:
        """The step after `index`; a flow whose steps depend on the answers skips some here."""
        return index + 1

    def previous_index(self, index: int) -> int:
        return index - 1

    def _enter_pressed(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPlainTextEdit) and not focus.isReadOnly() and not focus.property("single_line"):
            focus.textCursor().insertText("\n")  # Enter starts a new line in a text being written
            return
        if self.index >= 0 and self.current_step().shows_next:
            self.go_next()

    # -- hooks -----------------------------------------------------------------------------------------------------
    def step_shown(self, index: int) -> None:
        """What else changes with the step (a preview shown or hidden, a button of the footer)."""

    def save_draft(self) -> None:
        """Keep the unfinished draft (the message wizard stores it; others keep it in memory)."""

    def finish_flow(self) -> None:
        """Next on the last step."""

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - leaving the screen or closing the app
        if self.index >= 0:
            self.current_step().commit()
            self.save_draft()
        super().hideEvent(event)
