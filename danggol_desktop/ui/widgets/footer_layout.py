"""The footer of every screen: its buttons in one row when they fit, in as many rows as needed when they do not
(large text, a longer translation) — never wider than the window, never a button pushed off the screen.

Like a QHBoxLayout it takes `addWidget` and `addStretch`; a stretch pushes what follows it to the right of its row,
so '← 이전' stays on the left and the main action on the right, also after wrapping."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FooterLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # -- the QBoxLayout calls the screens use ----------------------------------------------------------------------
    def addStretch(self, stretch: int = 1) -> None:  # noqa: N802
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    # -- QLayout ---------------------------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def minimumHeightForWidth(self, width: int) -> int:  # noqa: N802 - the buttons never get squeezed
        return self.heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = self._shown()
        widths = [item.sizeHint().width() for item in shown if not item.spacerItem()]
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(sum(widths) + self.spacing() * max(0, len(widths) - 1) + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        # as narrow as its narrowest-possible widest button: the rows wrap to fit the window
        shown = [item for item in self._shown() if not item.spacerItem()]
        width = max((item.minimumSize().width() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     max((item.minimumSize().height() for item in shown), default=0) + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing ---------------------------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                shown.append(item)
        return shown

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            if item.spacerItem():
                rows[-1].append(item)
                continue
            need = min(item.sizeHint().width(), width)
            buttons = [i for i in rows[-1] if not i.spacerItem()]
            extra = need + (self.spacing() if buttons else 0)
            if buttons and used + extra > width:
                # a stretch just before the button goes down with it: the button keeps its side (right)
                carried: list[QLayoutItem] = []
                while rows[-1] and rows[-1][-1].spacerItem():
                    carried.insert(0, rows[-1].pop())
                rows.append(carried)
                used, extra = 0, need
            rows[-1].append(item)
            used += extra
        return [row for row in rows if any(not i.spacerItem() for i in row)]

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        rows = self._rows(area.width())
        for number, row in enumerate(rows):
            buttons = [i for i in row if not i.spacerItem()]
            height = max(i.sizeHint().height() for i in buttons)
            widths = {id(i): min(i.sizeHint().width(), area.width()) for i in buttons}
            used = sum(widths.values()) + self.spacing() * (len(buttons) - 1)
            spacers = [i for i in row if i.spacerItem()]
            room = max(0, area.width() - used)
            x = area.x()
            if place:
                for item in row:
                    if item.spacerItem():
                        x += room // len(spacers)
                        continue
                    # on the row's bottom line: a neighbour growing (a thicker focus border) never moves a button
                    own = min(item.sizeHint().height(), height)
                    item.setGeometry(QRect(x, y + height - own, widths[id(item)], own))
                    x += widths[id(item)] + self.spacing()
            y += height + (self.spacing() if number < len(rows) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()
