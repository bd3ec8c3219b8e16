"""The Clients page's tables: the client list and one client's log, both paged from SQL as
the view scrolls."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import browse
from contacttracker.ui import text, whose
from contacttracker.ui.icons import channel_icon
from contacttracker.ui.models import ID_ROLE, PAGE, ROW_ROLE, Index, Table, one_line, overdue_brush


class ClientListModel(Table):
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

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, client_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == client_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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


class LogModel(Table):
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
                one_line(row.summary),
                one_line(row.agreements),
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
            return overdue_brush()
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None
