"""A row of buttons that wraps onto the next line when the window is narrow.

A plain QHBoxLayout squeezes its buttons below their text on a small screen (or in a
longer language) and cuts the words; this one keeps every button at its size hint and
starts a new line instead, as Qt's "Flow Layout" example does. A stretch added with
:meth:`addStretch` pushes the items after it to the right end of their line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, _stretch: int = 1) -> None:
        """The items after it go to the right end of the line they land on."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self.spacing_x() if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: anything narrower than that would cut its text."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing -------------------------------------------------------------------------
    def spacing_x(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        return self._style_spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def spacing_y(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        return self._style_spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def _style_spacing(self, metric: QStyle.PixelMetric) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _visible(self) -> list[QLayoutItem]:
        return [
            i
            for i in self._items
            if isinstance(i, QSpacerItem) or (i.widget() is None or not i.widget().isHidden())
        ]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items of each line, a new line whenever the next widget would not fit."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        gap = self.spacing_x()
        stretches: list[QLayoutItem] = []  # they go with the widget after them
        for item in self._visible():
            if isinstance(item, QSpacerItem):
                stretches.append(item)
                continue
            wide = item.sizeHint().width()
            if used and used + gap + wide > width:
                lines.append([])
                used = 0
            lines[-1] += [*stretches, item]
            stretches = []
            used += (gap if used else 0) + wide
        return [line for line in lines if any(not isinstance(i, QSpacerItem) for i in line)]

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        gap = self.spacing_x()
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            widgets = [i for i in line if not isinstance(i, QSpacerItem)]
            height = max(i.sizeHint().height() for i in widgets)
            if move:
                total = sum(i.sizeHint().width() for i in widgets) + gap * (len(widgets) - 1)
                spare = max(0, area.width() - total)
                x = area.x()
                for item in line:
                    if isinstance(item, QSpacerItem):
                        x += spare
                        spare = 0
                        continue
                    hint = item.sizeHint()
                    width = min(hint.width(), area.width())
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                    x += width + gap
            y += height + (self.spacing_y() if number < len(lines) - 1 else 0)
        return y - rect.y() + m.bottom()
