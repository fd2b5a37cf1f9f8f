"""A read-only table in the theme's sizes, for the tutor's lists (shops, curriculum, report)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

# A number as the app writes it: 1,234 / +12 / −3 / 12.5% / 1,234명 / 3,000원 — not a name that starts with one.
_NUMBER = re.compile(r"[+\-−]?\d[\d,]*(\.\d+)?\s*(%|명|원)?")
_NOTHING = ("", "-", "—")


def numeric_columns(rows: list[list[str]], columns: int) -> set[int]:
    """The columns whose every filled cell is a number: those are right-aligned, header included."""
    found = set()
    for c in range(columns):
        values = [row[c].strip() for row in rows if c < len(row) and row[c].strip() not in _NOTHING]
        if values and all(_NUMBER.fullmatch(v) for v in values):
            found.add(c)
    return found


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
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    numeric = numeric_columns(rows, len(headers))
    for c in numeric:
        header = table.horizontalHeaderItem(c)
        if header is not None:
            header.setTextAlignment(right)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in numeric:
                item.setTextAlignment(right)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    return table


def fit_height(table: QTableWidget, most_rows: int = 10) -> None:
    """Tall enough to show up to `most_rows` rows without its own scroll bar (the page scrolls beyond that)."""
    rows = range(min(table.rowCount(), most_rows))
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in rows) + 8)
