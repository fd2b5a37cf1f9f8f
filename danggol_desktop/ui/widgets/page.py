"""The frame every screen shares: title at the top, scrolling content, actions at fixed places at the bottom."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.drag_scroll import enable_drag_scrolling
from danggol_desktop.ui.widgets.footer_layout import FooterLayout


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a theme role (see ui/theme.py) and restyle it now, even if it is already shown."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    # a shown child keeps the padding of the role it had (a notice that became a banner drew its words on the
    # border): setting its own style sheet again makes Qt lay out its box anew
    sheet = widget.styleSheet()
    widget.setStyleSheet(sheet + " ")
    widget.setStyleSheet(sheet)


def styled_label(text: str, role: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def bring_into_view(widget: QWidget, down_to: QWidget | None = None) -> None:
    """Scroll the page (as little as needed) so that `widget` — an answer, a refusal — is wholly in view, once the
    layout has settled. For answers to presses of the footer's buttons (which never scroll) and for sentences placed
    next to the control pressed, so the page moves little or not at all under the pointer. `down_to`: only the part
    of `widget` down to that child (a field down to its refusal)."""

    def show() -> None:
        try:
            area = widget.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            body = area.widget() if area is not None else None
            if area is None or body is None or not widget.isVisible():
                return
            # the words, not the room kept for a longer sentence: a short answer in a tall reserved place is
            # in view without scrolling the page under the button just pressed
            top = widget.mapTo(body, QPoint(0, 0)).y()
            margin = gap(8)
            height = said_height(widget)
            room = area.viewport().height() - 2 * margin
            if down_to is not None:  # a field down to its refusal, leaving the hint under it
                height = down_to.mapTo(widget, QPoint(0, 0)).y() + said_height(down_to)
                if height > room:  # the box and its refusal rather than the label above them
                    top, height = top + height - room, room
            height = min(height, room)  # taller than the view: its top part
            area.ensureVisible(0, top + height // 2, 0, height // 2 + margin)
        except RuntimeError:  # the screen was closed before the layout settled
            return

    QTimer.singleShot(0, widget, show)  # dropped with the widget, if it goes first
    # and once more when what the scroll set off has settled ('아래에 더 있어요' going away gives the view more room)
    QTimer.singleShot(60, widget, show)


def said_height(widget: QWidget) -> int:
    """How much of `widget` the words take from its top: a reserved notice (aligned to the top) says a short
    sentence in the first part of its room; anything else is all of its height."""
    if isinstance(widget, QLabel) and widget.alignment() & Qt.AlignmentFlag.AlignTop and widget.text():
        room = widget.contentsRect()
        flags = int(Qt.AlignmentFlag.AlignLeft) | (int(Qt.TextFlag.TextWordWrap) if widget.wordWrap() else 0)
        words = widget.fontMetrics().boundingRect(QRect(0, 0, room.width(), 100_000), flags, widget.text())
        return min(widget.height(), room.top() + words.height() + (widget.height() - room.bottom() - 1))
    return widget.height()


def reserve_lines(label: QLabel, lines: int) -> None:
    """Keep room in `label` for `lines` lines said as a banner (its padding and border included), whatever it says
    now; the words sit at the top of the room. Saying 'saved' then moves nothing under the finger."""
    role = label.property("role") or ""
    set_role(label, "banner")
    label.ensurePolished()
    box = label.contentsMargins()  # the banner's padding and border
    label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + box.top() + box.bottom())
    set_role(label, role)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def reserved_notice(lines: int = 2) -> QLabel:
    """A notice line whose room is kept while it is empty, so saying something never pushes a button away."""
    label = styled_label("", "muted")
    reserve_lines(label, lines)
    return label


def styled_button(text: str, role: str = "", accessible_name: str = "") -> QPushButton:
    button = QPushButton(text)
    if role:
        button.setProperty("role", role)
    button.setAccessibleName(accessible_name or text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    return button


class MoreBelowButton(QPushButton):
    """'아래에 더 있어요 ↓' right under a scrolling area while there is more below; a press shows the next part.
    It never covers a control: it takes a strip under the area (the content keeps its place, the footer too)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(QCoreApplication.translate("Page", "More below ↓"))
        self._area = area
        self._pending = False
        self.setProperty("role", "more")
        self.setAccessibleName(QCoreApplication.translate("Page", "There is more below. Show it"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clicked.connect(self.show_next)
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(lambda *_a: self.follow())
        bar.valueChanged.connect(lambda *_a: self.follow())
        area.installEventFilter(self)
        self.hide()

    def _content_bottom(self) -> int:
        body = self._area.widget()
        if body is None:
            return 0
        bottom = 0
        for widget in body.findChildren(QWidget):
            if not widget.isVisibleTo(body):
                continue
            if any(isinstance(child, QWidget) and child.isVisibleTo(body) for child in widget.children()):
                continue  # a container: its leaves say where the content ends
            bottom = max(bottom, widget.mapTo(body, QPoint(0, widget.height())).y())
        return bottom

    def show_next(self) -> None:
        bar = self._area.verticalScrollBar()
        bar.setValue(bar.value() + max(bar.pageStep() * 3 // 4, bar.singleStep()))

    def follow(self) -> None:
        """Checked once the layout has settled (scroll ranges change several times while it does)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._follow_now)

    def _follow_now(self) -> None:
        self._pending = False
        if not shiboken6.isValid(self) or not shiboken6.isValid(self._area):
            return
        bar = self._area.verticalScrollBar()
        shown = not self.isHidden()
        room_it_takes = max(self.height(), self.sizeHint().height()) + 4 if shown else 0  # what hiding gives back
        # something to see below, not just the empty room under the last control of a stretched panel
        content_bottom = self._content_bottom()
        more = content_bottom > bar.value() + self._area.viewport().height() + room_it_takes + 2
        if more != shown:
            self.setVisible(more)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.follow()
        return False


class Page(QWidget):
    """A screen: a header with the title (and a 'home' button on the left when `can_go_home`), then content that
    scrolls when the text is large, then a footer whose left is for 'back' and right for the main action."""

    home_requested = Signal()

    def __init__(self, title: str, can_go_home: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(gap(20), gap(16), gap(20), gap(16))
        outer.setSpacing(gap(12))

        header = QHBoxLayout()
        self.home_button: QPushButton | None = None
        if can_go_home:
            self.home_button = styled_button(QCoreApplication.translate("Page", "← Home"))
            self.home_button.setAccessibleName(QCoreApplication.translate("Page", "Back to the home screen"))
            self.home_button.clicked.connect(self.home_requested)
            header.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignTop)
        self.title_label = styled_label(title, "title")
        self.title_label.setAccessibleName(title)
        header.addWidget(self.title_label, 1)
        self.read_button = styled_button(QCoreApplication.translate("Page", "🔊 Read aloud"))
        self.read_button.setAccessibleName(QCoreApplication.translate("Page", "Read the question aloud"))
        self.read_button.hide()  # shown only where the computer has a voice (see enable_read_aloud)
        header.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self._header = header

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # when the screen is short the scrolling part gives way first: the title and the buttons stay on screen
        self.scroll_area.setMinimumHeight(gap(96))
        body = QWidget()
        self.content = QVBoxLayout(body)
        self.content.setContentsMargins(0, gap(8), 0, gap(8))
        self.content.setSpacing(gap(16))
        # A viewport made here, before the content goes in: the first time Qt hands back a widget Python has not
        # seen, PySide looks through every widget class to name it (~4 ms of the first screen's start-up).
        self.scroll_area.setViewport(QWidget())
        self.scroll_area.setWidget(body)
        enable_drag_scrolling(self.scroll_area)
        self.more_below = MoreBelowButton(self.scroll_area)
        self._middle = QHBoxLayout()
        self._middle.setSpacing(gap(24))
        column = QVBoxLayout()
        column.setSpacing(gap(4))
        column.addWidget(self.scroll_area, 1)
        column.addWidget(self.more_below, 0, Qt.AlignmentFlag.AlignRight)
        self._middle.addLayout(column, 1)
        outer.addLayout(self._middle, 1)

        self.first_focus: QWidget | None = None  # where the keyboard starts when the screen opens
        # Widgets that make way, in this order, when the screen is too short for everything (large text on a
        # laptop): explanations under big buttons, say. The question, main input and main action never do.
        self.optional_widgets: list[QWidget] = []
        self._fitting = False
        self._title_fitted: tuple[str, int, float] | None = None

        self.footer = FooterLayout()
        self.footer.setSpacing(gap(16))
        outer.addLayout(self.footer)

    def add_header_button(self, button: QPushButton) -> None:
        """A button beside the title: in view at any text size, taking no room from the page's own content."""
        self._header.insertWidget(self._header.indexOf(self.read_button), button, 0, Qt.AlignmentFlag.AlignTop)

    def enable_read_aloud(self, reader) -> None:
        """Offer 읽어 주기 on this screen while `reader` (ui.read_aloud.ReadAloud) has a voice."""
        self.read_button.clicked.connect(lambda: reader.say(self.spoken_text()))
        reader.availability_changed.connect(self.read_button.setVisible)
        self.read_button.setVisible(reader.available)

    def spoken_text(self) -> str:
        """The question, then what is in the field being answered."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        parts = [self.title_label.text()]
        field = self.first_focus
        if isinstance(field, QLineEdit):
            parts += [field.accessibleName(), field.text()]
        elif isinstance(field, QPlainTextEdit):
            parts += [field.accessibleName(), field.toPlainText()]
        return ". ".join(part for part in parts if part and part.strip())

    def title_from_step(self, step: QWidget) -> None:
        """A step screen's own heading ('3/5단계: …') becomes the page title, and the heading inside the scrolling
        part makes way: one line more for the step's input at large text. Everything else in the step stays."""
        headings = [label for label in step.findChildren(QLabel) if label.property("role") == "heading"]
        if not headings:
            return
        first = min(headings, key=lambda label: label.mapTo(step, QPoint(0, 0)).y())
        self.title_label.setText(first.text())
        self.title_label.setAccessibleName(first.text())
        first.hide()
        self.fit_title()

    def fit_title(self) -> None:
        """A title that would take more than two lines steps down one size (a long step question at 200%, a longer
        translation) rather than push the question's answer and buttons off a laptop screen."""
        label = self.title_label
        width = label.width()
        # decided once per title and width (and text size: the font): a resize that keeps the width costs nothing
        key = (label.text(), width, QApplication.font().pointSizeF())
        if width <= 0 or key == self._title_fitted:
            return
        self._title_fitted = key
        if label.property("role") != "title":
            set_role(label, "title")
        lines = label.heightForWidth(width) / max(1, label.fontMetrics().lineSpacing())
        if lines > 2.5:
            set_role(label, "heading")

    def fit_to_view(self) -> None:
        """Hide optional widgets, in order, until the content fits the visible area without scrolling; show them
        again when there is room."""
        if self._fitting or not self.optional_widgets:
            return
        self._fitting = True
        try:
            column = self.content  # the scrolling body's layout
            available = self.scroll_area.viewport().height()
            width = self.scroll_area.viewport().width()
            for widget in self.optional_widgets:
                widget.setVisible(True)
            column.activate()
            for widget in self.optional_widgets:
                if column.totalHeightForWidth(width) <= available:
                    break
                widget.setVisible(False)
                column.activate()
        finally:
            self._fitting = False
            self.more_below.follow()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_title()
        self.fit_to_view()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_to_view()

    def add_side_panel(self, widget: QWidget, stretch: int = 1) -> None:
        """A panel beside the scrolling content that stays in view (a live preview, say)."""
        self._middle.addWidget(widget, stretch)

    def add_back_next(self, back, next_, extra_left: list[QPushButton] | None = None) -> None:
        """The step screens' footer: 'back' on the left (then any extra buttons), 'next' on the right, and Enter
        pressing 'next' (through `next_`, which the screen can refine). Always in the same places."""
        self.back_button = styled_button(QCoreApplication.translate("Page", "← Back"))
        self.back_button.clicked.connect(back)
        self.next_button = styled_button(QCoreApplication.translate("Page", "Next →"), "primary")
        self.next_button.clicked.connect(next_)
        self.footer.addWidget(self.back_button)
        for button in extra_left or []:
            self.footer.addWidget(button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.next_button)

    def on_enter(self, callback) -> None:
        """Enter or Return anywhere in the screen calls `callback` (the screen decides what it means)."""
        from PySide6.QtGui import QKeySequence, QShortcut  # step screens only: home does not load them

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(callback)
