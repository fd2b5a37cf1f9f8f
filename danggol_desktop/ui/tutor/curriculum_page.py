"""The curriculum grid: shops down, steps across; a tick records the day the step was done."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from danggol_desktop.tasks import shop_tasks, tutor_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets.page import Page, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell
from danggol_desktop.ui.widgets.table import fit_height


def load_steps(path: Path, language: str) -> list[tuple[str, str]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [(step["code"], step["names"].get(language) or step["names"]["en"]) for step in data["steps"]]


class CurriculumPage(Page):
    def __init__(self, workspace: Workspace, steps: list[tuple[str, str]], today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Curriculum"), parent=parent)
        self._ws = workspace
        self._steps = steps
        self._today = today
        self.shops = shop_tasks.list_shops(workspace)
        self.content.addWidget(styled_label(self.tr("Tick a step when the shop has done it; the day is kept."),
                                            "muted"))
        # Shop names are the first column rather than row headers, so the table has no unnamed corner button.
        self.table = QTableWidget(len(self.shops), len(steps) + 1)
        self.table.setAccessibleName(self.tr("Curriculum progress"))
        self.table.setHorizontalHeaderLabels([self.tr("Shop")] + [name for _code, name in steps])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        done = tutor_tasks.progress(workspace, [s.id for s in self.shops])
        self.table.blockSignals(True)
        for row, shop in enumerate(self.shops):
            name = QTableWidgetItem(shop.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            for col, (code, _name) in enumerate(steps, start=1):
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                self._show(item, done.get((shop.id, code)))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.table.itemChanged.connect(self._changed)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        fit_height(self.table, 12)
        self.content.addWidget(self.table)
        self.summary = styled_label("", "heading")
        self.content.addWidget(self.summary)
        self.content.addStretch(1)
        self._update_summary()
        self.first_focus = self.table

    @staticmethod
    def _show(item: QTableWidgetItem, day: date | None) -> None:
        item.setCheckState(Qt.CheckState.Checked if day else Qt.CheckState.Unchecked)
        item.setText(f"{day.month}.{day.day}" if day else "")

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            return
        shop = self.shops[item.row()]
        code = self._steps[item.column() - 1][0]
        day = self._today() if item.checkState() == Qt.CheckState.Checked else None
        saved = save_or_tell(self, lambda: tutor_tasks.tick_step(self._ws, shop.id, code, day),
                             self.tr("The tick was not saved."), self._ws.data_dir)
        if saved is NOT_SAVED:  # the box shows what is stored, not what was clicked
            day = tutor_tasks.progress(self._ws, [shop.id]).get((shop.id, code))
        self.table.blockSignals(True)
        self._show(item, day)
        self.table.blockSignals(False)
        self._update_summary()

    def _update_summary(self) -> None:
        done = tutor_tasks.progress(self._ws, [s.id for s in self.shops])
        total = len(self.shops) * len(self._steps)
        self.summary.setText(self.tr("%1 of %2 steps done").replace("%1", str(len(done))).replace("%2", str(total)))
