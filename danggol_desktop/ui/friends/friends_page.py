"""Record today's friend count in seconds, and see at a glance how the channel grows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QVBoxLayout, QWidget

from danggol_desktop.charts.friend_chart import chart_data
from danggol_desktop.domain.dates import format_count, format_day
from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.friend_counts import (
    MAX_COUNT,
    FriendSummary,
    check_day,
    milestones_crossed,
    parse_count,
    summarize,
)
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import error_text
from danggol_desktop.tasks import friend_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.friends import count_questions
from danggol_desktop.ui.friends.friend_chart import FriendChart
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.number_pad import NumberPad
from danggol_desktop.ui.widgets.page import Page, reserve_lines, set_role, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell


class FriendsPage(Page):
    history_requested = Signal()
    saved = Signal(object)  # the day saved

    def __init__(self, shop: Shop, workspace: Workspace, appearance, today: Callable[[], date],
                 language: str, day: date | None = None, parent: QWidget | None = None, *,
                 sent_days: Callable[[], set[date]] | None = None) -> None:
        super().__init__(self.tr("How many friends today?"), parent=parent)
        self._shop = shop
        self._ws = workspace  # reads and writes through the task layer, the same door as `danggol friends record`
        self._today = today
        self._language = language
        self._sent_days = sent_days or set
        self.day = day or today()
        self.range_key = "4w"
        # Up to 125% the entry and the chart sit side by side. Larger text on a laptop screen has room for the entry
        # only: day, number, pad and 저장하기 stay in view, and the chart is one press away (그래프 보기).
        self.compact = appearance.theme.scale > 125

        # also where 'saved' is said: reserved lines, so that neither a longer sentence nor the banner's frame moves
        # the day, the field and the pad under the finger
        self.reference = styled_label("", "muted")
        reserve_lines(self.reference, 1)

        self.entry_panel = QWidget()
        entry = QVBoxLayout(self.entry_panel)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(gap(10))
        day_row = QHBoxLayout()
        # at large text the words are short, so that the day and 오늘로 keep to one row on a 1280-wide tablet too
        self.prev_day = styled_button(self.tr("◀ Prev") if self.compact else self.tr("◀ Day before"))
        self.day_label = styled_label("", "heading")
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_day = styled_button(self.tr("Next ▶") if self.compact else self.tr("Day after ▶"))
        self.prev_day.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.next_day.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        # always there, usable only on another day (it appearing made the day wrap and pushed the pad away under the
        # finger); in the day's row, in a short word at large text so that the day keeps to one line
        self.today_button = styled_button(self.tr("Today") if self.compact else self.tr("Back to today"))
        self.today_button.clicked.connect(lambda: self.set_day(self._today()))
        day_row.addWidget(self.prev_day)
        day_row.addWidget(self.day_label, 1)
        if self.compact:  # under the number, beside the pad: the last record and 'saved', two lines kept for them
            reserve_lines(self.reference, 2)
        else:  # a line of its own above everything
            self.content.addWidget(self.reference)
            self.day_label.setMinimumHeight(2 * self.day_label.fontMetrics().lineSpacing())  # a day on two lines
        day_row.addWidget(self.next_day)
        entry.addLayout(day_row)
        self.count_field = TextField(self.tr("Number of friends"))
        self.count_field.edit.setProperty("role", "big")
        self.count_field.edit.setMaxLength(20)
        self.count_field.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_field.edit.returnPressed.connect(self.save)
        self.pad = NumberPad(self.count_field.edit, columns=6 if self.compact else 3)
        self.pad.pressed.connect(lambda _k: self.count_field.clear_error())
        if self.compact:
            self.count_field.label.hide()  # the title asks the question, so the field's own label gives way
            number_row = QHBoxLayout()
            number_row.setSpacing(gap(16))
            left = QVBoxLayout()
            left.setSpacing(gap(4))
            left.addWidget(self.count_field)
            left.addWidget(self.reference)
            left.addStretch(1)
            number_row.addLayout(left, 1)  # a third: room for '저장했어요: 7명' on the two lines kept for it
            number_row.addWidget(self.pad, 2, Qt.AlignmentFlag.AlignTop)
            entry.addLayout(number_row)
            day_row.insertWidget(2, self.today_button)
        else:
            day_row.addWidget(self.today_button)
            entry.addWidget(self.count_field)
            entry.addWidget(self.pad)
        entry.addStretch(1)

        self.progress_panel = QWidget()
        progress = QVBoxLayout(self.progress_panel)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.setSpacing(gap(12))
        self.celebration = styled_label("", "celebration")
        self.celebration.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.celebration.hide()
        progress.addWidget(self.celebration)
        self.sentences = styled_label("", "heading")
        self.range_choice = ChoiceGrid(
            [("4w", self.tr("4 weeks")), ("3m", self.tr("3 months")), ("all", self.tr("Everything"))], columns=3)
        self.range_choice.set_value(self.range_key)
        self.range_choice.chosen.connect(self.set_range)
        self.chart = FriendChart(appearance)
        if self.compact:  # 그래프 보기 shows the graph first, in view; its sentences follow below it
            progress.addWidget(self.chart, 1)
            progress.addWidget(self.sentences)
            progress.addWidget(self.range_choice)
        else:
            progress.addWidget(self.sentences)
            progress.addWidget(self.range_choice)
            progress.addWidget(self.chart, 1)
        self.goal_button = styled_button(self.tr("Set my own goal"))
        self.goal_button.clicked.connect(self.ask_goal)

        columns = QHBoxLayout()
        columns.setSpacing(gap(24))
        columns.addWidget(self.entry_panel, 1)
        columns.addWidget(self.progress_panel, 1)
        self.content.addLayout(columns, 1)

        self.history_button = styled_button(self.tr("Past records"))
        self.history_button.clicked.connect(self.history_requested)
        self.chart_button = styled_button(self.tr("The graph"))
        self.chart_button.clicked.connect(self.toggle_chart)
        other = styled_button(self.tr("The number"))  # the same width for both words: nothing shifts
        other.ensurePolished()
        self.chart_button.ensurePolished()
        self.chart_button.setMinimumWidth(max(other.sizeHint().width(), self.chart_button.sizeHint().width()))
        other.deleteLater()
        self.save_button = styled_button(self.tr("Save"), "primary")
        self.save_button.clicked.connect(self.save)
        self.footer.addWidget(self.history_button)
        if self.compact:
            self.footer.addWidget(self.chart_button)
            progress.addWidget(self.goal_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.progress_panel.hide()
            self.chart.set_compact(True)
            # on a short screen the graph keeps its sentences; the range and goal buttons make way first
            self.optional_widgets += [self.goal_button, self.range_choice]
        else:
            self.chart_button.hide()
            self.footer.addWidget(self.goal_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.save_button)
        self.set_day(self.day)
        self.first_focus = self.count_field.edit

    def toggle_chart(self) -> None:
        """Large text: the entry and the graph take turns on the screen; 저장하기 stays where it is."""
        showing_chart = not self.progress_panel.isVisible()
        self.progress_panel.setVisible(showing_chart)
        self.entry_panel.setVisible(not showing_chart)
        self.chart_button.setText(self.tr("The number") if showing_chart else self.tr("The graph"))
        self.save_button.setEnabled(not showing_chart)
        self.fit_to_view()

    # -- showing -------------------------------------------------------------------------------------------------
    def set_day(self, day: date) -> None:
        today = self._today()
        self.day = min(day, today)
        # the title says whether it is today; the day alone keeps its lines, so nothing under it moves
        self.day_label.setText(format_day(self.day, self._language, with_year=self.day.year != today.year))
        self.next_day.setEnabled(self.day < today)
        self.title_label.setText(self.tr("How many friends today?") if self.day == today
                                 else self.tr("How many friends that day?"))
        # always there, usable only on another day: it appearing made the date wrap and pushed the pad down, and a
        # digit pressed at once went to a button that had moved (4 saved instead of 40)
        self.today_button.setEnabled(self.day != today)
        existing = friend_tasks.count_on(self._ws, self._shop.id, self.day)
        self.count_field.set_text(str(existing.count) if existing else "")
        self.count_field.clear_error()
        self.refresh()

    def set_range(self, key: str) -> None:
        self.range_key = key
        self.refresh()

    def refresh(self) -> None:
        set_role(self.reference, "muted")
        series = friend_tasks.series(self._ws, self._shop.id)
        summary = summarize(series, friend_tasks.goal(self._ws, self._shop.id))
        before = friend_tasks.latest(self._ws, self._shop.id, before=self.day)
        if self.compact:
            self.reference.setText(self.tr("The first record") if before is None else
                                   self.tr("Last time %1").replace("%1", format_count(before.count, self._language)))
        elif before is None:
            self.reference.setText(self.tr("No earlier record yet. This will be the first one."))
        else:
            self.reference.setText(self.tr("Last record: %1, %2").replace("%1", format_day(before.day, self._language))
                                   .replace("%2", format_count(before.count, self._language)))
        text = "\n".join(self.summary_sentences(summary) + self.coupon_sentences())
        self.sentences.setText(text)
        self.chart.set_data(chart_data(series, self.range_key, self._today(), summary.goal, self._sent_days(),
                                       self._language), text)

    def summary_sentences(self, s: FriendSummary) -> list[str]:
        if s.latest is None:
            return [self.tr("Write your first count and your progress will show here.")]
        lines = []
        change, versus = (s.since_last_week, "week") if s.since_last_week is not None else (s.since_last_entry, "last")
        if change is not None:
            n = abs(change)
            if versus == "week":
                lines.append(self.tr("%n more than last week.", "", n) if change > 0 else
                             self.tr("%n fewer than last week.", "", n) if change < 0 else
                             self.tr("The same as last week."))
            else:
                lines.append(self.tr("%n more than last time.", "", n) if change > 0 else
                             self.tr("%n fewer than last time.", "", n) if change < 0 else
                             self.tr("The same as last time."))
        to_goal = self.tr("%n to go until your goal of %1.", "", s.to_goal)
        lines.append(to_goal.replace("%1", format_count(s.goal, self._language)))
        if s.days_to_goal:
            lines.append(self.tr("At this pace you reach it in about %n days.", "", s.days_to_goal))
        return lines

    def coupon_sentences(self) -> list[str]:
        """Beside the friends, the current coupon's uses (counted with +1 on 채널 꾸미기)."""
        from danggol_desktop.tasks.channel_kit_tasks import current_coupon

        try:
            coupon = current_coupon(self._ws, self._shop.id, self._today())
        except DanggolError:  # a line that cannot be read is left out, the counts still show
            return []
        if coupon is None:
            return []
        return [self.tr("Coupon '%1': used by %2 customers.").replace("%1", coupon.title).replace(
            "%2", f"{coupon.used:,}")]

    def ask_goal(self) -> None:
        """A goal of the merchant's own; an empty or passed goal falls back to the programme's steps."""
        current = (friend_tasks.goal(self._ws, self._shop.id)
                   or summarize(friend_tasks.series(self._ws, self._shop.id)).goal)
        value, ok = QInputDialog.getInt(
            self, self.tr("My goal"), self.tr("How many friends would you like to have?"), current, 1, MAX_COUNT, 10
        )
        if (
            ok
            and save_or_tell(self, lambda: friend_tasks.set_goal(self._ws, self._shop.id, value),
                             self.tr("The goal was not saved."), self._ws.data_dir)
            is not NOT_SAVED
        ):
            self.refresh()

    # -- saving --------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check, ask when something looks unusual, store; every refusal is shown next to the field."""
        try:
            count = parse_count(self.count_field.text())
            day = check_day(self.day, self._today())
        except InvalidInput as exc:
            self.count_field.show_error(error_text(exc.code))
            return False
        if not self._shop.channel_url:  # no channel, no channel friends: the address first (friend_tasks says so too)
            self.count_field.show_error(error_text("count_needs_channel"))
            return False
        if not count_questions.replace_ok(self, self._ws, self._shop.id, day, count, self._language):
            return False
        if not count_questions.drop_ok(self, self._ws, self._shop.id, day, count, self._language):
            self.count_field.edit.setFocus()
            return False
        existing = friend_tasks.count_on(self._ws, self._shop.id, day)
        before = friend_tasks.latest(self._ws, self._shop.id, before=day)
        previous = before.count if before else None
        newest = friend_tasks.latest(self._ws, self._shop.id)
        is_newest = newest is None or day >= newest.day  # celebrate today's progress, not an old day fixed
        stored = save_or_tell(
            self,
            lambda: friend_tasks.record_count(
                self._ws, self._shop.id, str(count), day, self._today(), existing.note if existing else ""
            ),
            self.tr("The count of %1 (%2) was not saved.")
            .replace("%1", format_day(day, self._language))
            .replace("%2", format_count(count, self._language)),
            self._ws.data_dir,
        )
        if stored is NOT_SAVED:
            return False  # the number stays in the box
        self.refresh()
        self.show_saved(day, count, milestones_crossed(previous, count) if is_newest else [])
        self.saved.emit(day)
        return True

    def show_saved(self, day: date, count: int, crossed: list[int]) -> None:
        """Say it was saved on the reserved line at the top (nothing moves); a milestone gets a celebration too."""
        said = (
            self.tr("Saved: %1").replace("%1", format_count(count, self._language))
            if self.compact
            else self.tr("Saved: %1, %2.")
            .replace("%1", format_day(day, self._language))
            .replace("%2", format_count(count, self._language))
        )
        if crossed:
            cheer = self.tr("Congratulations! You passed %1 friends!").replace("%1", f"{crossed[-1]:,}")
            short_cheer = self.tr("Well done! Over %1!").replace("%1", format_count(crossed[-1], self._language))
            self.celebration.setText(cheer)
            self.celebration.show()
            said = short_cheer if self.compact else said + " " + cheer  # one short line at large text
        else:
            self.celebration.hide()
        self.reference.setText(said)
        set_role(self.reference, "banner")
