"""Search the whole history; found words are highlighted, Enter opens the client's log."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.channels import Catalogue
from contacttracker.store.search import MARK_END, MARK_START
from contacttracker.ui import text
from contacttracker.ui.clients_page import table
from contacttracker.ui.empty_state import EmptyState
from contacttracker.ui.fit import share_width
from contacttracker.ui.models import ROW_ROLE
from contacttracker.ui.search_model import SearchModel


def highlighted_html(snippet: str) -> str:
    """Escaped snippet text with only the found words wrapped in <b>: user text stays text."""
    out = []
    for i, part in enumerate(snippet.replace(MARK_END, MARK_START).split(MARK_START)):
        escaped = html.escape(part)
        out.append(f"<b><u>{escaped}</u></b>" if i % 2 else escaped)
    return "".join(out)


class HighlightDelegate(QStyledItemDelegate):
    """Paints the Found column with the matched words in bold."""

    def paint(
        self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        hit = index.data(ROW_ROLE)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(highlighted_html(hit.snippet.replace("\n", " ")) if hit else "")
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = (
            QPalette.ColorRole.HighlightedText
            if opt.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 4)


class SearchPage(QWidget):
    open_conversation = Signal(int, int)  # client id, conversation id
    find_clients = Signal(str)  # the words, for the clients' filter

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchModel(catalogue, self)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Search subjects, summaries and agreements"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search text"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(self.timer.start)
        self.box.returnPressed.connect(self._enter)
        self.results = table(self, self.model, self.tr("Search results"))
        self.results.setItemDelegateForColumn(4, HighlightDelegate(self.results))
        date = text.when(datetime(2026, 12, 28, 22, 58, tzinfo=UTC))  # the longest kind
        share_width(self.results, (130, 180, 110, 220, 300), least=(date, 10, 11, 10, 16))
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Nothing found, or nothing to search yet: said, with what to do instead.
        self.nothing = EmptyState(self)
        self.clients_button = self.nothing.add_button(
            self.tr("Find among &clients"), lambda: self.find_clients.emit(self.box.text())
        )
        self.clear_button = self.nothing.add_button(self.tr("C&lear the search"), self.box.clear)
        self.log_button = self.nothing.add_button(
            self.tr("&Log a conversation…"), "log_conversation"
        )
        self.import_button = self.nothing.add_button(
            self.tr("&Import history…"), "files.import_files"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.nothing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        self.run()

    def run(self) -> None:
        self.timer.stop()
        query = self.box.text()
        self.model.run(query)
        n = self.model.rowCount()
        if not query.strip():
            self.status.setText(
                self.tr("Type a word: every word must occur, in any form it starts.")
            )
        elif n == 0:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("%n conversation(s) found", "", n))
        self._show_empty_state(query.strip(), n)

    def _show_empty_state(self, query: str, found: int) -> None:
        from contacttracker.store.models import Conversation

        history = (
            found > 0 or Conversation.select().where(Conversation.deleted_at.is_null()).exists()
        )
        if not history:
            self.nothing.say(
                self.tr("Nothing to search yet."),
                self.tr("Conversations you log or import are found here by any word."),
            )
        elif query and not found:
            self.nothing.say(
                self.tr("No conversation mentions “%1”.").replace("%1", query),
                self.tr(
                    "Every word must occur. Try fewer words, or look for the name among "
                    "the clients."
                ),
            )
        self.clients_button.setVisible(history)
        self.clear_button.setVisible(history)
        self.log_button.setVisible(not history)
        self.import_button.setVisible(not history)
        empty = not history or (bool(query) and not found)
        self.stack.setCurrentWidget(self.nothing if empty else self.results)

    def _enter(self) -> None:
        self.run()
        if self.model.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(ROW_ROLE)
        if hit is not None:
            self.open_conversation.emit(hit.client_id, hit.conversation_id)
