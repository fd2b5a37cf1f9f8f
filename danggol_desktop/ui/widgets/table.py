"""A read-only table in the theme's sizes, for the tutor's lists (shops, curriculum, report)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


def make_table(headers: list[str], rows: list[list[str]], accessible_name: str,
               parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if value[:1].isdigit() or value[:1] in "+-":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    return table


def fit_height(table: QTableWidget, most_rows: int = 10) -> None:
    """Tall enough to show up to `most_rows` rows without its own scroll bar (the page scrolls beyond that)."""
    rows = range(min(table.rowCount(), most_rows))
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in rows) + 8)
