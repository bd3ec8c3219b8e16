"""Table models: every table in the window reads through one of these.

The big lists (clients, the log) sort and filter in SQL and fetch pages as the view
scrolls (canFetchMore/fetchMore); nothing queries on paint. User text is returned as plain
strings, which item views never interpret as markup.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import attention, browse
from contacttracker.store.search import Hit, search
from contacttracker.ui import text, whose
from contacttracker.ui.icons import channel_icon

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200

_Index = QModelIndex | QPersistentModelIndex


def _overdue_brush() -> QBrush:
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QBrush(QColor("#ff7b72" if dark else "#b3261e"))


class _Table(QAbstractTableModel):
    headers: ClassVar[list[str]] = []

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return text.translate("Columns", self.headers[section]) if self.headers[section] else ""
        return None


class AttentionModel(_Table):
    """One queue's items, oldest first (at most LIMIT shown; the count says how many)."""

    LIMIT = 500
    headers: ClassVar[list[str]] = [
        "",
        QT_TRANSLATE_NOOP("Columns", "Waiting"),
        QT_TRANSLATE_NOOP("Columns", "Client"),
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        QT_TRANSLATE_NOOP("Columns", "Subject"),
        QT_TRANSLATE_NOOP("Columns", "Next step"),
    ]

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.queue = "unconfirmed_email"
        self.items: list[attention.Item] = []
        self.total = 0

    def load(self, queue: str, catalogue: Catalogue | None = None) -> None:
        self.beginResetModel()
        self.queue = queue
        if catalogue is not None:
            self.catalogue = catalogue
        mine = whose.author()
        self.items = attention.items(queue, limit=self.LIMIT, catalogue=self.catalogue, author=mine)
        full = len(self.items) >= self.LIMIT
        self.total = attention.count(queue, author=mine) if full else len(self.items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def item(self, row: int) -> attention.Item:
        return self.items[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                "●" if item.overdue else "",
                text.age(item.age_hours),
                item.client,
                text.channel_name(self.catalogue, item.channel) if item.channel else "",
                item.subject,
                text.step_text(item.next_step, self.catalogue),
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and item.overdue:
            return self.tr("Overdue")
        if role == Qt.ItemDataRole.DecorationRole and col == 3 and item.channel:
            return channel_icon(item.channel)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and col in (0, 1):
            return _overdue_brush()
        if role == Qt.ItemDataRole.FontRole and item.overdue and col == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return [item.overdue, item.age_hours, item.client, item.channel, item.subject, ""][col]
        if role == ID_ROLE:
            return item.conversation_id
        return None


class ClientListModel(_Table):
    """Clients filtered and sorted in SQL, fetched a page at a time."""

    headers: ClassVar[list[str]] = [
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Company"),
        QT_TRANSLATE_NOOP("Columns", "Preferred channel"),
        QT_TRANSLATE_NOOP("Columns", "Last contact"),
        QT_TRANSLATE_NOOP("Columns", "Open"),
    ]
    SORT_KEYS: ClassVar[dict[int, str]] = {0: "name", 3: "last_contact", 4: "open_items"}

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.rows: list[browse.ClientRow] = []
        self.filter_text = ""
        self.archived = False
        self.sort_key = "name"
        self._more = True

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = browse.client_page(
            self.filter_text, archived=self.archived, sort=self.sort_key, limit=PAGE
        )
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def set_filter(self, value: str) -> None:
        self.filter_text = value
        self.reload()

    def set_archived(self, value: bool) -> None:
        self.archived = value
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key and key != self.sort_key:
            self.sort_key = key
            self.reload()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        page = browse.client_page(
            self.filter_text,
            archived=self.archived,
            sort=self.sort_key,
            offset=len(self.rows),
            limit=PAGE,
        )
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, client_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == client_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            channel = text.channel_name(self.catalogue, row.channel) if row.channel else ""
            return [
                row.name + (self.tr(" (archived)") if row.archived else ""),
                row.company,
                f"{channel}: {row.handle}" if channel else "",
                text.when(row.last_contact),
                str(row.open_items) if row.open_items else "",
            ][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == 2 and row.channel:
            return channel_icon(row.channel)
        if role == ID_ROLE:
            return row.id
        return None


class LogModel(_Table):
    """A client's conversations (or everyone's), newest first, a page at a time."""

    headers: ClassVar[list[str]] = [
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        "",
        QT_TRANSLATE_NOOP("Columns", "Subject"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Summary"),
        QT_TRANSLATE_NOOP("Columns", "Agreements"),
    ]

    #: Pages kept in memory; scrolling a million rows keeps memory flat.
    CACHE_PAGES = 12

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.client_id: int | None = None
        self.author: str | None = None  # only this person's conversations, or everyone's
        self.total = 0
        self.pages: OrderedDict[int, list[browse.LogRow]] = OrderedDict()
        self.starts: dict[int, tuple[str, int]] = {}

    def load(self, client_id: int | None) -> None:
        """Count the rows and fetch the first page; the rest comes as rows are shown."""
        self.beginResetModel()
        self.client_id = client_id
        self.pages.clear()
        self.starts.clear()
        self.author = whose.author()
        self.total = browse.conversation_count(client_id, self.author)
        self._page(0)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.total = 0
        self.pages.clear()
        self.starts.clear()
        self.endResetModel()

    def _page(self, number: int) -> list[browse.LogRow]:
        page = self.pages.get(number)
        if page is not None:
            self.pages.move_to_end(number)
            return page
        if number == 0:
            page = browse.conversation_page(self.client_id, limit=PAGE, author=self.author)
        elif number in self.starts:  # the usual case: scrolling on from the page before
            page = browse.conversation_page(
                self.client_id, after=self.starts[number], limit=PAGE, author=self.author
            )
        else:  # a jump: skip rows by count
            page = browse.conversation_page(
                self.client_id, limit=PAGE, offset=number * PAGE, author=self.author
            )
        if len(page) == PAGE:
            self.starts[number + 1] = browse.stored_key(page[-1])
        self.pages[number] = page
        while len(self.pages) > self.CACHE_PAGES:
            self.pages.popitem(last=False)
        return page

    def row(self, index: int) -> browse.LogRow | None:
        if not 0 <= index < self.total:
            return None
        page, offset = divmod(index, PAGE)
        rows = self._page(page)
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def row_of(self, conversation_id: int) -> int:
        if self.client_id is None and not self.total:
            return -1
        return browse.conversation_position(self.client_id, conversation_id, self.author)

    def status(self, row: browse.LogRow) -> list[str]:
        words = []
        if row.awaiting_confirmation:
            words.append(self.tr("awaits confirmation"))
        if row.awaiting_summary:
            words.append(self.tr("needs a summary e-mail"))
        if row.awaiting_reply:
            words.append(self.tr("awaits our reply"))
        if row.follow_up_due and not row.follow_up_done:
            words.append(self.tr("follow up %1").replace("%1", text.when(row.follow_up_due)))
        words += [text.link_text(rel, ch, at, self.catalogue) for rel, ch, at, _ in row.links]
        return words

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            subject = row.subject
            if row.project:
                subject = f"{row.project} · {subject}" if subject else row.project
            return [
                text.when(row.occurred_at),
                text.channel_name(self.catalogue, row.channel),
                text.direction(row.direction),
                ("❗ " if row.urgent else "") + subject,
                "; ".join(self.status(row)),
                _one_line(row.summary),
                _one_line(row.agreements),
            ][col]
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return channel_icon(row.channel)
        if role == Qt.ItemDataRole.ToolTipRole and col in (4, 5, 6):
            full = [row.summary, row.agreements, "\n".join(self.status(row))][col - 4]
            return full or None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == 6
            and (row.awaiting_confirmation or row.awaiting_summary or row.awaiting_reply)
        ):
            return _overdue_brush()
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None


def _one_line(value: str, limit: int = 160) -> str:
    flat = " ⏎ ".join(line.strip() for line in value.splitlines() if line.strip())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SearchModel(_Table):
    """Full-text hits, best first; the Found column marks the matched words."""

    headers: ClassVar[list[str]] = [
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Client"),
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        QT_TRANSLATE_NOOP("Columns", "Subject"),
        QT_TRANSLATE_NOOP("Columns", "Found"),
    ]
    LIMIT = 200

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.hits: list[Hit] = []
        self.query = ""

    def run(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        self.hits = search(query, limit=self.LIMIT) if query.strip() else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                text.when(hit.occurred_at),
                hit.client,
                text.channel_name(self.catalogue, hit.channel),
                hit.subject,
                hit.snippet.replace("\n", " "),
            ][col]
        if role == Qt.ItemDataRole.DecorationRole and col == 2:
            return channel_icon(hit.channel)
        if role == ID_ROLE:
            return hit.conversation_id
        if role == ROW_ROLE:
            return hit
        return None
