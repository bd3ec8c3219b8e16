"""Table models: every table in the window reads through one of these, or through the
models of the Clients page (:mod:`.client_models`) and of Search (:mod:`.search_model`),
which load with their pages, after start-up.

The big lists (clients, the log) sort and filter in SQL and fetch pages as the view
scrolls (canFetchMore/fetchMore); nothing queries on paint. User text is returned as plain
strings, which item views never interpret as markup.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.deadlines import deadline
from contacttracker.domain.queues import QUEUES
from contacttracker.domain.thresholds import Thresholds
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import attention
from contacttracker.store.settings import thresholds as load_thresholds
from contacttracker.store.timeutil import now_utc
from contacttracker.ui import text, whose
from contacttracker.ui.icons import channel_icon

ID_ROLE = Qt.ItemDataRole.UserRole
# The roles a view asks for, read once: looking up a PySide6 enum member costs more than
# comparing with it, and data() answers thousands of these on a page.
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
DECORATION = Qt.ItemDataRole.DecorationRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200

Index = QModelIndex | QPersistentModelIndex


def overdue_brush() -> QBrush:
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QBrush(QColor("#ff7b72" if dark else "#b3261e"))


class Table(QAbstractTableModel):
    headers: ClassVar[list[str]] = []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return text.translate("Columns", self.headers[section]) if self.headers[section] else ""
        return None


def _key(item: attention.Item) -> tuple:
    return (item.queue, item.conversation_id, item.client_id)


class AttentionModel(Table):
    """One queue's items, oldest first (at most LIMIT shown; the count says how many).

    The first PAGE are read when the queue is shown and the rest as the list is scrolled
    down to them: a screenful is all the window needs to open, and a fifth of the items
    reads in a fraction of the time."""

    LIMIT = 500
    PAGE = 100
    headers: ClassVar[list[str]] = [
        "",
        QT_TRANSLATE_NOOP("Columns", "Deadline"),
        QT_TRANSLATE_NOOP("Columns", "Client"),
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        QT_TRANSLATE_NOOP("Columns", "Subject"),
        QT_TRANSLATE_NOOP("Columns", "Next step"),
    ]

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.queue = QUEUES[0]
        self.items: list[attention.Item] = []
        self.total = 0
        self._more = False
        self._limits: Thresholds | None = None
        # E-mails already asked after (a nudge sent), and when: "asked 10 min ago".
        self.asked: dict[int, datetime] = {}
        self._read_at = now_utc()
        # The moment the items were judged against, and the person's zone then: each
        # row's deadline is said from them (the window judges again as time passes).
        self.judged_at = self._read_at
        self._zone = self.judged_at.astimezone().tzinfo
        # The words last painted of each item's deadline and next step, so a re-judge
        # repaints only the cells on screen whose words changed (forgotten at a reset).
        self._painted: dict[tuple, str] = {}
        self._painted_steps: dict[tuple, str] = {}
        self.modelReset.connect(self._forget_painted)

    def load(
        self,
        queue: str,
        catalogue: Catalogue | None = None,
        total: int | None = None,
        rows: int = 0,
    ) -> None:
        """The queue's oldest items, a page of them or `rows` if more (a reload keeps what
        was scrolled to); `total` is its size when the caller has just counted it (the
        sidebar's figure), else it is counted here."""
        self.beginResetModel()
        self.queue = queue
        if catalogue is not None:
            self.catalogue = catalogue
        mine = whose.author()
        wanted = min(max(self.PAGE, rows), self.LIMIT)
        self.judged_at = now_utc()
        self._zone = self.judged_at.astimezone().tzinfo
        # The settings' thresholds are read once per load; the later pages judge by them too.
        self._limits = load_thresholds()
        self.items = attention.items(
            queue,
            self.judged_at,
            limit=wanted,
            catalogue=self.catalogue,
            limits=self._limits,
            author=mine,
        )
        self._more = len(self.items) >= wanted
        self.asked = {}
        self._read_asks(self.items)
        if not self._more:
            self.total = len(self.items)
        else:
            self.total = total if total is not None else attention.count(queue, author=mine)
        self.endResetModel()

    def judge_again(self, now: datetime) -> bool:
        """Time passed and nothing stored changed: every item older and judged again in
        place, with no read and no reset (the selection and scroll stay); whether any item
        turned overdue. Only the cells on screen whose words changed are repainted (the
        mark, the deadline, "asked 10 min ago"): a whole table's repaint costs many times
        more, and a row not yet painted says its words when it is."""
        if self._limits is None:
            return False
        before = self.judged_at
        old = self.items
        again = [attention.judged_again(i, now, before, self._limits) for i in old]
        self._take(again)
        self.judged_at = self._read_at = now
        self._zone = now.astimezone().tzinfo
        turned = False
        for row, item, was in zip(self._item_rows(), again, old, strict=True):
            flipped = item.overdue != was.overdue
            turned |= flipped
            key = _key(item)
            words = self._painted.get(key)
            if words is not None:
                if flipped:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
                if flipped or self.deadline_text(item) != words:
                    self.dataChanged.emit(self.index(row, 1), self.index(row, 1))
            step = self._painted_steps.get(key)
            if step is not None and self._next_step_text(item) != step:
                self.dataChanged.emit(self.index(row, 5), self.index(row, 5))
        return turned

    def _forget_painted(self) -> None:
        self._painted.clear()
        self._painted_steps.clear()

    def _next_step_text(self, item: attention.Item) -> str:
        step = text.step_text(item.next_step, self.catalogue)
        asked = self.asked.get(item.conversation_id)
        if asked is None:
            return step
        ago = text.age(max(0.0, (self._read_at - asked).total_seconds() / 3600))
        return step + " · " + self.tr("asked %1 ago").replace("%1", ago)

    def _item_rows(self) -> list[int]:
        """The row of each of `items`, in order."""
        return list(range(len(self.items)))

    def _take(self, items: list[attention.Item]) -> None:
        self.items = items

    def _read_asks(self, items: list[attention.Item]) -> None:
        """With each page: which of its e-mails were asked after, and when (one query)."""
        self._read_at = now_utc()
        if self.queue == "unconfirmed_email" and items:
            self.asked.update(attention.asked_at(i.conversation_id for i in items))

    def shown(self) -> int:
        """How many of the queue the list holds once scrolled to its end."""
        return min(self.total, self.LIMIT)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and len(self.items) < self.shown()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        start = len(self.items)
        more = attention.items(
            self.queue,
            self.judged_at,
            limit=min(self.PAGE, self.shown() - start),
            catalogue=self.catalogue,
            limits=self._limits,
            author=whose.author(),
            offset=start,
        )
        self._more = bool(more)
        self._read_asks(more)
        if more:
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self.items.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def item(self, row: int) -> attention.Item | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def deadline_text(self, item: attention.Item) -> str:
        """ "reply by 14:30 · 25 min left", "overdue by 2 h", as of the last judgement."""
        words = deadline(item.queue, item.due_at, item.overdue, self.judged_at, self._zone)
        return text.deadline(words)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every role of every visible cell: each answer is worked out alone.
        if not index.isValid():
            return None
        return self._item_data(self.items[index.row()], index.column(), role)

    def _item_data(self, item: attention.Item, col: int, role: int) -> Any:
        if role == DISPLAY:
            if col == 0:
                return "●" if item.overdue else ""
            if col == 1:
                words = self._painted[_key(item)] = self.deadline_text(item)
                return words
            if col == 2:
                return item.client
            if col == 3:
                return text.channel_name(self.catalogue, item.channel) if item.channel else ""
            if col == 4:
                return item.subject
            step = self._next_step_text(item)
            if item.conversation_id in self.asked:
                self._painted_steps[_key(item)] = step
            return step
        if role == TOOLTIP and col == 0 and item.overdue:
            return self.tr("Overdue")
        if role == TOOLTIP and col == 1:
            return self.tr("Waiting %1").replace("%1", text.age(item.age_hours))
        if role == DECORATION and col == 3 and item.channel:
            return channel_icon(item.channel)
        if role == FOREGROUND and item.overdue and col in (0, 1):
            return overdue_brush()
        if role == FONT and item.overdue and col == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            due = item.due_at.timestamp() if item.due_at else 0.0
            return [item.overdue, due, item.client, item.channel, item.subject, ""][col]
        if role == ID_ROLE:
            return item.conversation_id
        return None


class TodayModel(AttentionModel):
    """Every queue in one list for the Today page: a heading row per queue that has items,
    the queues with the most urgent items first, and in each the most urgent first
    (queues.urgency). Headings are not selectable, so the arrow keys step over them."""

    #: How many of each queue the day shows; the queue's own page shows them all.
    PER_QUEUE = 50

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(catalogue, parent)
        self.rows: list[attention.Item | str] = []  # a str is a queue's heading
        self.totals: dict[str, int] = {}

    def load(  # type: ignore[override]
        self, totals: dict[str, int] | None = None, catalogue: Catalogue | None = None
    ) -> None:
        """Read the first PER_QUEUE of every queue; `totals` are the sidebar's counts."""
        from contacttracker.domain.queues import urgency

        self.beginResetModel()
        if catalogue is not None:
            self.catalogue = catalogue
        mine = whose.author()
        self._limits = load_thresholds()
        now = self.judged_at = now_utc()
        self._zone = now.astimezone().tzinfo
        sections: list[list[attention.Item]] = []
        self.totals = {}
        for queue in QUEUES:
            found = attention.items(
                queue,
                now,
                limit=self.PER_QUEUE,
                catalogue=self.catalogue,
                limits=self._limits,
                author=mine,
            )
            if not found:
                continue
            found.sort(key=urgency)
            sections.append(found)
            known = (totals or {}).get(queue)
            if len(found) < self.PER_QUEUE:
                known = len(found)
            self.totals[queue] = known if known is not None else attention.count(queue, author=mine)
        sections.sort(key=lambda section: urgency(section[0]))  # stable: ties keep QUEUES order
        self.rows = []
        self.items = []
        for section in sections:
            self.rows.append(section[0].queue)
            self.rows.extend(section)
            self.items.extend(section)
        self.total = len(self.items)
        self._more = False
        self.asked = {}
        self._read_at = now
        emails = [i.conversation_id for i in self.items if i.queue == "unconfirmed_email"]
        if emails:
            self.asked.update(attention.asked_at(emails))
        self.endResetModel()

    def shown(self) -> int:
        return len(self.items)

    def _item_rows(self) -> list[int]:
        return [r for r, row in enumerate(self.rows) if not isinstance(row, str)]

    def _take(self, items: list[attention.Item]) -> None:
        """The same items judged again, in the rows' order (headings stay)."""
        self.items = items
        again = iter(items)
        self.rows = [row if isinstance(row, str) else next(again) for row in self.rows]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def item(self, row: int) -> attention.Item | None:
        found = self.rows[row] if 0 <= row < len(self.rows) else None
        return None if found is None or isinstance(found, str) else found

    def heading_rows(self) -> list[int]:
        return [r for r, row in enumerate(self.rows) if isinstance(row, str)]

    def row_of(self, queue: str, conversation_id: int | None, client_id: int) -> int:
        """Where an item is now (-1: gone), to keep the selection across a reload."""
        for r, row in enumerate(self.rows):
            if (
                not isinstance(row, str)
                and row.queue == queue
                and row.conversation_id == conversation_id
                and row.client_id == client_id
            ):
                return r
        return -1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self.rows[index.row()], str):
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if not isinstance(row, str):
            return self._item_data(row, index.column(), role)
        if role == DISPLAY and index.column() == 0:
            title = text.queue_title(row)
            shown = sum(1 for i in self.items if i.queue == row)
            total = self.totals.get(row, shown)
            if total > shown:
                return title + self.tr(
                    " — %1 of %2 here; the queue's own page has them all"
                ).replace("%1", str(shown)).replace("%2", str(total))
            return f"{title} ({QLocale().toString(total)})"
        if role == FONT:
            font = QFont()
            font.setBold(True)
            return font
        if role == FOREGROUND:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.WindowText))
        return None


def one_line(value: str, limit: int = 160) -> str:
    flat = " ⏎ ".join(line.strip() for line in value.splitlines() if line.strip())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
