"""Full-text search over subject, summary and agreements (SQLite FTS5, or PostgreSQL's
tsvector with a GIN index)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from contacttracker.domain.apostrophes import WORD, shapes
from contacttracker.store.database import db
from contacttracker.store.dialect import is_pg
from contacttracker.store.timeutil import from_db

#: Around found words in snippets; control characters no typed text contains.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True, slots=True)
class Hit:
    conversation_id: int
    conversation: str
    client_id: int
    client: str
    channel: str
    direction: str
    occurred_at: datetime
    subject: str
    snippet: str

    def bracketed(self) -> str:
        """The snippet with found words in [ ], for plain-text output."""
        return self.snippet.replace(MARK_START, "[").replace(MARK_END, "]")


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must occur, each as a prefix.

    Quoting each word keeps FTS5 syntax (AND, NEAR, *, quotes) typed by a user inert.
    """
    parts = []
    for word in WORD.findall(text):
        whole, pieces = shapes(word)
        if len(pieces) == 1:
            parts.append(f'"{word}"*')
        else:  # п'ятниці: the one token пʼятниці, or the two п + ятниці side by side
            parts.append(f'("{whole}"* OR "{" ".join(pieces)}"*)')
    return " ".join(parts)


def ts_query(text: str) -> str:
    """User words → a PostgreSQL tsquery: every word, each as a prefix, each quoted; a word
    with an apostrophe as one token or as its pieces side by side."""
    parts = []
    for word in WORD.findall(text):
        whole, pieces = shapes(word)
        if len(pieces) == 1:
            parts.append(f"'{word}':*")
        else:
            side_by_side = " <-> ".join(f"'{p}'" for p in pieces[:-1])
            parts.append(f"('{whole}':* | {side_by_side} <-> '{pieces[-1]}':*)")
    return " & ".join(parts)


# The best 50 are picked from the index and the ranks alone; only they are then read whole
# for their snippets (sorting every match with its text was twice the time on a big log).
_PG_SEARCH = """WITH q AS (SELECT to_tsquery('contacttracker_words', ?) AS q),
hits AS (
  SELECT c.id, ts_rank(c.search_vector, q.q) AS rank, c.occurred_at
  FROM conversation c, q
  WHERE c.search_vector @@ q.q AND c.deleted_at IS NULL
  ORDER BY rank DESC, c.occurred_at DESC, c.id LIMIT ? OFFSET ?
)
SELECT c.id, c.uuid, c.client_id, cl.name, c.channel, c.direction, c.occurred_at, c.subject,
       ts_headline('contacttracker_words', concat_ws(' ', c.subject, c.summary, c.agreements),
                   q.q, ?)
FROM hits JOIN conversation c ON c.id = hits.id JOIN client cl ON cl.id = c.client_id, q
ORDER BY hits.rank DESC, hits.occurred_at DESC, hits.id"""
_HEADLINE = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=14, MinWords=6, ShortWord=1,"
    " MaxFragments=1, FragmentDelimiter=…"
)


def search(text: str, limit: int = 50, offset: int = 0) -> list[Hit]:
    """Best matches first; snippets mark the found words with MARK_START/MARK_END."""
    query = fts_query(text)
    if not query:
        return []
    if is_pg():
        rows = db.execute_sql(_PG_SEARCH, (ts_query(text), limit, offset, _HEADLINE))
        return [Hit(*r[:6], from_db(r[6]), *r[7:]) for r in rows]
    rows = db.execute_sql(
        """SELECT c.id, c.uuid, c.client_id, cl.name, c.channel, c.direction, c.occurred_at,
                  c.subject,
                  snippet(conversation_fts, -1, char(2), char(3), '…', 12)
           FROM conversation_fts
           JOIN conversation c ON c.id = conversation_fts.rowid
           JOIN client cl ON cl.id = c.client_id
           WHERE conversation_fts MATCH ? AND c.deleted_at IS NULL
           ORDER BY rank LIMIT ? OFFSET ?""",
        (query, limit, offset),
    )
    return [
        Hit(cid, uuid, client_id, name, ch, d, from_db(at), subj, snip)
        for cid, uuid, client_id, name, ch, d, at, subj, snip in rows
    ]
