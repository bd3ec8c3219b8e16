"""Making the window fit a small laptop screen and a longer language without cutting words.

- :class:`SharedColumns`: a table's columns share its width by weight (the user's drags
  become the new weights), so the last columns are never pushed off-screen; when even
  their headings would not fit, the least needed columns step aside.
- :class:`CellTips`: a cell whose text is cut shows the whole text as its tooltip.
- :func:`fit_dialog`: a dialog wide enough for its title and for what its fields hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

#: Room beside a heading's text: the margins and the sort arrow.
HEADING_ROOM = 28


class SharedColumns(QObject):
    """Spreads the view's width over its columns by `weights`.

    `least` is each column's narrowest width for its contents, in average characters or
    as a sample text (a date); its heading is never cut. `drop` names the columns, first to
    last, that are hidden while the others' headings do not fit. Where the contents' least
    widths do not fit either, only the headings are kept whole and the cells are cut (their
    tooltips show them). A column the user drags keeps its share from then on."""

    def __init__(
        self,
        view: QTableView,
        weights: Sequence[float],
        least: Sequence[int | str] = (),
        drop: Sequence[int] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.weights = [float(w) for w in weights]
        self.least = list(least) + [0] * (len(weights) - len(least))
        self.drop = list(drop)
        self._placing = False
        self._contents = True  # whether the contents' least widths are kept this time
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._dragged)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.headerDataChanged.connect(lambda *_: self.apply())
        model.modelReset.connect(self.apply)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def heading_width(self, column: int) -> int:
        header = self.view.horizontalHeader()
        heading = self.view.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        return header.fontMetrics().horizontalAdvance(str(heading or "")) + HEADING_ROOM

    def contents_width(self, column: int) -> int:
        least, metrics = self.least[column], self.view.fontMetrics()
        if isinstance(least, str):
            return metrics.horizontalAdvance(least) + 2 * HEADING_ROOM // 3
        return metrics.averageCharWidth() * least

    def least_width(self, column: int) -> int:
        heading = self.heading_width(column)
        if self._contents or heading <= HEADING_ROOM:  # a column without a heading ("↓ in")
            return max(heading, self.contents_width(column))  # keeps its few characters
        return heading

    def shown_columns(self, room: int) -> list[int]:
        """The columns whose headings fit, the `drop` ones leaving first."""
        shown = list(range(len(self.weights)))
        for column in self.drop:
            if sum(self.least_width(c) for c in shown) <= room:
                break
            shown.remove(column)
        return shown

    def apply(self) -> None:
        room = self.view.viewport().width()
        if room <= 0 or self._placing:
            return
        self._contents = True
        shown = self.shown_columns(room)
        self._contents = sum(self.least_width(c) for c in shown) <= room
        widths = self._share(room, shown)
        self._placing = True
        try:
            for column in range(len(self.weights)):
                self.view.setColumnHidden(column, column not in shown)
            for column, width in widths.items():
                self.view.setColumnWidth(column, width)
        finally:
            self._placing = False

    def _share(self, room: int, shown: list[int]) -> dict[int, int]:
        """Each column's part of `room` by weight; a column below its least width gets that,
        and the others share what is left."""
        widths: dict[int, int] = {}
        free = list(shown)
        while free:
            left = room - sum(widths.values())
            total = sum(self.weights[c] for c in free) or 1.0
            short = [c for c in free if left * self.weights[c] / total < self.least_width(c)]
            if not short:
                break
            for c in short:
                widths[c] = self.least_width(c)
                free.remove(c)
        left = room - sum(widths.values())
        total = sum(self.weights[c] for c in free) or 1.0
        for c in free:
            widths[c] = max(self.least_width(c), int(left * self.weights[c] / total))
        if free:  # rounding: the last free column takes the odd pixels
            widths[free[-1]] += max(0, room - sum(widths.values()))
        return widths

    def _dragged(self, column: int, _old: int, new: int) -> None:
        if self._placing or new <= 0:
            return
        header = self.view.horizontalHeader()
        for c in range(len(self.weights)):
            if not header.isSectionHidden(c):
                self.weights[c] = float(max(1, header.sectionSize(c)))


class CellTips(QObject):
    """Shows a cut cell's full text as its tooltip; a cell that fits shows none (unless the
    model gives one of its own)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        full = self.cut_text(index)
        if full:
            QToolTip.showText(event.globalPos(), full, self.view.viewport())
        else:
            QToolTip.hideText()
        return True

    def cut_text(self, index) -> str:
        """The cell's whole text when the column is too narrow for it, else ""."""
        value = index.data(Qt.ItemDataRole.DisplayRole)
        if value is None or not str(value):
            return ""
        rect: QRect = self.view.visualRect(index)
        option = QStyleOptionViewItem()
        self.view.initViewItemOption(option)
        option.rect = rect
        needed = self.view.itemDelegateForIndex(index).sizeHint(option, index).width()
        return str(value) if needed > rect.width() else ""


def fit_dialog(dialog: QDialog) -> None:
    """Wide enough for the title in the title bar, for each line field's text or
    placeholder and for its layout's rows (a minimum width set in code would let Qt squeeze
    them), within most of the screen; tall enough for its wrapped labels at that width."""
    dialog.ensurePolished()
    screen = dialog.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry().width() if screen else 1250
    if dialog.parentWidget() is not None:  # never held narrower than the window it is over
        room = max(room, dialog.parentWidget().window().width())
    limit = int(room * 0.8)
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    # The title bar's icon and buttons, and a bold title on most desktops.
    wanted = int(title * 1.15) + 160
    frame = dialog.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) * 2 + 16
    for field in dialog.findChildren(QLineEdit):
        if field.isHidden() or field.parent() is None:
            continue
        words = max(field.text(), field.placeholderText(), key=len)
        need = field.fontMetrics().horizontalAdvance(words) + frame
        if field.isClearButtonEnabled():
            need += field.height()
        if need > (field.width() if dialog.isVisible() else field.sizeHint().width()):
            field.setMinimumWidth(min(need, limit - 200))
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
        wanted = max(wanted, layout.minimumSize().width())
    width = min(max(dialog.minimumWidth(), wanted), limit)
    dialog.setMinimumWidth(width)
    width = max(width, min(dialog.sizeHint().width(), limit))
    height = dialog.sizeHint().height()
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):  # a size the code chose stays
        width, height = max(width, dialog.width()), max(height, dialog.height())
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, height)


def share_width(
    view: QTableView, weights: Sequence[float], least: Sequence[int] = (), drop: Sequence[int] = ()
) -> SharedColumns:
    """The columns share the width (see SharedColumns), and cut cells show their text."""
    CellTips(view)
    return SharedColumns(view, weights, least, drop)
