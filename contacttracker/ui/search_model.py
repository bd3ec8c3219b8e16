"""Search's table: full-text hits, best first."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.search import Hit, search
from contacttracker.ui import text
from contacttracker.ui.icons import channel_icon
from contacttracker.ui.models import ID_ROLE, ROW_ROLE, Index, Table


class SearchModel(Table):
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
