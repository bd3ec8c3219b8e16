"""CSV export of clients, conversations and the attention queues, streamed row by row."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime

from contacttracker.io.csv_format import DELIMITERS, atomic_output, neutralise, writer
from contacttracker.store import attention
from contacttracker.store.database import db
from contacttracker.store.settings import catalogue

CLIENT_COLUMNS = [
    "uuid",
    "name",
    "company",
    "language",
    "time_zone",
    "preferred_hours",
    "response_hours",
    "keep_in_touch_days",
    "tags",
    "notes",
    "archived",
    "channels",
]
CONVERSATION_COLUMNS = [
    "uuid",
    "client_uuid",
    "client",
    "project",
    "channel",
    "direction",
    "occurred_at",
    "duration_min",
    "subject",
    "summary",
    "agreements",
    "urgent",
    "follow_up_due",
    "follow_up_done",
    "confirms",
    "summarizes",
    "replies_to",
    "author",
    "dismissed",
]
ATTENTION_COLUMNS = [
    "queue",
    "conversation",
    "client",
    "channel",
    "occurred_at",
    "age_hours",
    "subject",
    "next_step",
]

Progress = Callable[[int], bool]  # rows written so far → False to cancel


class Cancelled(Exception):
    """The user stopped a long export or import; nothing was written."""


def iso(value: object) -> str:
    """Stored UTC text → ISO 8601 with Z ('' for none)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value).replace(" ", "T") + "Z"


def number(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def channels_cell(pairs: Iterable[tuple[str, str]]) -> str:
    """Ranked channels in one cell, one 'channel: handle' a line, best first."""
    return "\n".join(f"{key}: {value}" for key, value in pairs)


def client_rows() -> Iterator[list[str]]:
    points = db.execute_sql(
        "SELECT client_id, channel, value FROM contact_point ORDER BY client_id, rank, id"
    )
    pending = next(points, None)
    for row in db.execute_sql(
        "SELECT id, uuid, name, company, language, time_zone, preferred_hours, response_hours,"
        " keep_in_touch_days, tags, notes, archived FROM client"
        " WHERE deleted_at IS NULL ORDER BY id"
    ):
        client_id = row[0]
        pairs = []
        while pending is not None and pending[0] <= client_id:
            if pending[0] == client_id:
                pairs.append((pending[1], pending[2]))
            pending = next(points, None)
        (_, uuid, name, company, lang, tz, hours, resp, keep, tags, notes, archived) = row
        yield [
            uuid,
            name,
            company,
            lang,
            tz,
            hours,
            number(resp),
            number(keep),
            tags,
            notes,
            "1" if archived else "0",
            channels_cell(pairs),
        ]


CONVERSATION_SQL = """
SELECT c.uuid, cl.uuid, cl.name, coalesce(p.name, ''), c.channel, c.direction, c.occurred_at,
       c.duration_min, c.subject, c.summary, c.agreements, c.urgent, c.follow_up_due,
       c.follow_up_done, coalesce(cf.uuid, ''), coalesce(sm.uuid, ''), coalesce(rp.uuid, ''),
       c.author, c.dismissed
FROM conversation c
JOIN client cl ON cl.id = c.client_id
LEFT JOIN project p ON p.id = c.project_id
LEFT JOIN conversation cf ON cf.id = c.confirms_id
LEFT JOIN conversation sm ON sm.id = c.summarizes_id
LEFT JOIN conversation rp ON rp.id = c.replies_to_id
WHERE c.deleted_at IS NULL
ORDER BY c.id
"""


def conversation_rows() -> Iterator[list[str]]:
    for r in db.execute_sql(CONVERSATION_SQL):
        yield [
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            iso(r[6]),
            number(r[7]),
            r[8],
            r[9],
            r[10],
            "1" if r[11] else "0",
            iso(r[12]),
            "1" if r[13] else "0",
            r[14],
            r[15],
            r[16],
            r[17],
            r[18],
        ]


def attention_rows(now: datetime | None = None) -> Iterator[list[str]]:
    known = catalogue()
    for item in attention.all_items(now):
        yield [
            item.queue,
            item.conversation,
            item.client,
            item.channel,
            iso(item.occurred_at.strftime("%Y-%m-%d %H:%M:%S")) if item.occurred_at else "",
            f"{item.age_hours:.1f}",
            item.subject,
            item.next_step.describe(known),
        ]


TABLES = {
    "clients": (CLIENT_COLUMNS, client_rows),
    "conversations": (CONVERSATION_COLUMNS, conversation_rows),
    "attention": (ATTENTION_COLUMNS, attention_rows),
}


def export(
    table: str,
    out: str | os.PathLike | None,
    delimiter: str = "comma",
    bom: bool = True,
    progress: Progress | None = None,
) -> int:
    """Write one table as CSV to a file (atomically) or stdout; returns the rows written."""
    columns, rows = TABLES[table]
    count = 0
    with atomic_output(out, bom) as stream:
        w = writer(stream, DELIMITERS[delimiter])
        w.writerow(columns)
        for row in rows():
            w.writerow([neutralise(cell) for cell in row])
            count += 1
            if progress is not None and count % 1000 == 0 and not progress(count):
                raise Cancelled
    return count
