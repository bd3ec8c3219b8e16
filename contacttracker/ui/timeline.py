"""A client's history read as a thread: oldest at the top, newest at the bottom, each
conversation with its channel, direction and text, and its links to the others ("confirmed
by Viber", "written up by e-mail") drawn as links that go to the conversation they name.

Read-only. Every piece of user text is escaped before it goes into the page, so a subject
such as "<b>" shows as typed. Choosing a conversation (a click, or Tab to its heading and
Enter) makes it the current row of the log, so the buttons under it act on that one.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from contacttracker.domain.channels import Catalogue
from contacttracker.store import browse
from contacttracker.ui import text
from contacttracker.ui.text import translate

#: The newest conversations shown; the table pages through all of them.
SHOWN = 200
SCHEME = "conversation"


def anchor(conversation_id: int) -> str:
    return f"c{conversation_id}"


def _paragraphs(value: str) -> str:
    return "<br>".join(escape(line) for line in value.strip().splitlines())


def entry_html(row: browse.LogRow, catalogue: Catalogue, current: bool, palette: QPalette) -> str:
    """One conversation: a heading that chooses it, its words, and its links."""
    heading = " · ".join(
        (
            escape(text.when(row.occurred_at)),
            escape(text.channel_name(catalogue, row.channel)),
            escape(text.direction(row.direction)),
        )
    )
    subject = escape(row.subject) if row.subject else ""
    if row.project:
        subject = f"{escape(row.project)} · {subject}" if subject else escape(row.project)
    if row.urgent:
        subject = "❗ " + subject
    parts = [
        f'<a name="{anchor(row.id)}"></a>'
        f'<a href="{SCHEME}:{row.id}"><b>{heading}</b></a>'
        + (f"<br><b>{subject}</b>" if subject else "")
    ]
    if row.summary.strip():
        parts.append(_paragraphs(row.summary))
    if row.agreements.strip():
        agreed = "".join(f"<li>{escape(a)}</li>" for a in row.agreements.splitlines() if a.strip())
        label = escape(translate("Timeline", "Agreed:"))
        parts.append(f"{label}<ul>{agreed}</ul>")
    waits = []
    if row.awaiting_confirmation:
        waits.append(translate("Timeline", "awaits confirmation"))
    if row.awaiting_summary:
        waits.append(translate("Timeline", "needs a summary e-mail"))
    if row.awaiting_reply:
        waits.append(translate("Timeline", "awaits our reply"))
    if waits:
        parts.append(f"<i>{escape('; '.join(waits))}</i>")
    for relation, channel, at, other in row.links:
        words = text.link_text(relation, channel, at, catalogue)
        parts.append(f'↳ <a href="{SCHEME}:{other}">{escape(words)}</a>')
    side = "right" if row.direction == "out" else "left"
    shade = palette.color(QPalette.ColorRole.Highlight if current else QPalette.ColorRole.Mid)
    # Ours to one side, theirs to the other, as a chat reads; the current one marked.
    return (
        f'<table width="100%" cellpadding="6" style="margin-bottom:8px"><tr>'
        f'<td align="{side}" style="border-{side}: 4px solid {shade.name()}">'
        + "<br>".join(parts)
        + "</td></tr></table>"
    )


def page_html(
    rows: list[browse.LogRow], total: int, catalogue: Catalogue, current: int, palette: QPalette
) -> str:
    """The thread, oldest first; says when older conversations are left to the table."""
    head = ""
    if total > len(rows):
        head = (
            "<p><i>"
            + escape(
                translate("Timeline", "The latest %1 of %2 conversations; the table has them all.")
                .replace("%1", str(len(rows)))
                .replace("%2", str(total))
            )
            + "</i></p>"
        )
    return head + "".join(
        entry_html(row, catalogue, row.id == current, palette) for row in reversed(rows)
    )


class Timeline(QTextBrowser):
    """The thread of one client's conversations; `chosen` names the one clicked."""

    chosen = Signal(int)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.client_id: int | None = None
        self.ids: list[int] = []
        self.setOpenLinks(False)  # a link chooses a conversation, it never navigates
        self.setAccessibleName(self.tr("Conversations as a thread"))
        self.anchorClicked.connect(self._clicked)

    def show_client(
        self, client_id: int | None, current: int = 0, author: str | None = None
    ) -> None:
        """Render the client's newest conversations (only `author`'s when the log shows
        only mine), the current one marked and in view (the newest when none is)."""
        self.client_id = client_id
        rows = browse.conversation_page(client_id, limit=SHOWN, author=author) if client_id else []
        total = browse.conversation_count(client_id, author) if client_id else 0
        self.ids = [row.id for row in rows]
        self.setHtml(page_html(rows, total, self.catalogue, current, self.palette()))
        if current in self.ids:
            self.scrollToAnchor(anchor(current))
        else:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == SCHEME and url.path().isdigit():
            self.chosen.emit(int(url.path()))
