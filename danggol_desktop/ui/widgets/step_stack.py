"""One step shown at a time. Unlike QStackedWidget it takes the height of the step shown, not of the tallest one,
so a short step does not scroll just because a later step is long."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class StepStack(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._steps: list[QWidget] = []
        self._current = -1

    def addWidget(self, widget: QWidget) -> int:  # noqa: N802 - same name as QStackedWidget's
        self._steps.append(widget)
        self._layout.addWidget(widget)
        widget.setVisible(len(self._steps) - 1 == self._current)
        return len(self._steps) - 1

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self._current = index
        for i, step in enumerate(self._steps):
            step.setVisible(i == index)

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def count(self) -> int:
        return len(self._steps)

    def widget(self, index: int) -> QWidget:
        return self._steps[index]

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        return self._steps.index(widget) if widget in self._steps else -1
