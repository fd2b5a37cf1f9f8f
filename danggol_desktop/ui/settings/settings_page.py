"""Settings: text size, high contrast and language take effect the moment they are pressed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from danggol_desktop.domain.preferences import TEXT_SCALES, Preferences
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.page import Page, styled_button, styled_label


class _RowName(QLabel):
    """A choice's name beside it: as wide as its longest word or '글자 크기', whichever is wider, at the current text
    size; a long name (English) wraps instead of pushing the choices out of the window."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setProperty("role", "heading")
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(word) for word in [*self.text().split(), "글자 크기"]) + 8
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()


class SettingsPage(Page):
    preferences_changed = Signal(object)  # Preferences
    shop_details_requested = Signal()
    backups_requested = Signal()

    def __init__(
        self,
        prefs: Preferences,
        shop_summary: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Settings"), parent=parent)
        self._prefs = prefs
        c = self.content

        # One row per choice, its name on the left, and the two actions in the footer: at 200% on a laptop screen
        # every choice and both buttons are in view; the explanations make way first.
        explanation = styled_label(self.tr("The whole screen changes as soon as you press."), "muted")
        c.addWidget(explanation)
        rows = QGridLayout()
        rows.setHorizontalSpacing(24)
        rows.setVerticalSpacing(16)
        rows.setColumnStretch(1, 1)
        self.scale_choice = ChoiceGrid([(s, f"{s}%") for s in TEXT_SCALES], columns=4)
        self.scale_choice.set_value(prefs.text_scale)
        self.scale_choice.chosen.connect(lambda v: self._change(text_scale=v))
        self.contrast_choice = ChoiceGrid(
            [(False, self.tr("Normal")), (True, self.tr("High contrast"))], columns=2
        )
        self.contrast_choice.set_value(prefs.high_contrast)
        self.contrast_choice.chosen.connect(lambda v: self._change(high_contrast=v))
        # Each language is named in its own language, so anyone can find theirs.
        self.language_choice = ChoiceGrid([("ko", "한국어"), ("en", "English")], columns=2)
        self.language_choice.set_value(prefs.language)
        self.language_choice.chosen.connect(lambda v: self._change(language=v))
        for row, (name, choice) in enumerate(((self.tr("Text size"), self.scale_choice),
                                              (self.tr("Colours"), self.contrast_choice),
                                              (self.tr("Language"), self.language_choice))):
            rows.addWidget(_RowName(name), row, 0, Qt.AlignmentFlag.AlignVCenter)
            rows.addWidget(choice, row, 1)
        c.addLayout(rows)
        summary = styled_label(self.tr("Shop details") + ": " + shop_summary, "muted")
        c.addWidget(summary)
        c.addStretch(1)
        self.optional_widgets += [explanation, summary]

        self.shop_button = styled_button(self.tr("Change shop details"))
        self.shop_button.setAccessibleDescription(shop_summary)
        self.shop_button.clicked.connect(self.shop_details_requested)
        self.backup_button = styled_button(self.tr("Bring back from a backup copy"))
        self.backup_button.clicked.connect(self.backups_requested)
        self.footer.addWidget(self.shop_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.backup_button)

    def _change(self, **changes) -> None:
        self._prefs = self._prefs._replace(**changes)
        self.preferences_changed.emit(self._prefs)
