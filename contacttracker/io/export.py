"""CSV export of clients, conversations and the attention queues, streamed row by row."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import datetime

from contacttracker.domain.columns import CLIENT_FIELDS, CONVERSATION_FIELDS
from contacttracker.domain.phones import as_exported
from contacttracker.io.csv_format import DELIMITERS, neutralise, writer
from contacttracker.io.output import text_output
from contacttracker.store import attention
from contacttracker.store.database import db
from contacttracker.store.dialect import is_pg, server_cursor
from contacttracker.store.progress import Progress, advance
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import db_text

CLIENT_COLUMNS = [*CLIENT_FIELDS, "channels"]
CONVERSATION_COLUMNS = [
    "uuid",
    "client_uuid",
    "client",
    "project",
    *CONVERSATION_FIELDS,
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


def iso(value: object) -> str:
    """Stored UTC text → ISO 8601 with Z ('' for none)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = db_text(value)
    return str(value).replace(" ", "T") + "Z"


def number(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def channels_cell(pairs: Iterable[tuple[str, str]]) -> str:
    """Ranked channels in one cell, one 'channel: handle' a line, best first."""
    return "\n".join(f"{key}: {value}" for key, value in pairs)


def client_rows() -> Iterator[list[str]]:
    # A phone number goes out in its international form (domain.phones.as_exported).
    points = (
        (client_id, channel, as_exported(normal, typed))
        for client_id, channel, normal, typed in db.execute_sql(
            "SELECT client_id, channel, normalized, value"
            " FROM contact_point ORDER BY client_id, rank, id"
        )
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
        cells = [uuid, name, company, lang, tz, hours, number(resp), number(keep), tags, notes]
        cells += ["1" if archived else "0", channels_cell(pairs)]
        yield [neutralise(c) for c in cells]


def guard_sql(expr: str, code: str = "unicode") -> str:
    """:func:`neutralise` in SQL: an apostrophe before a cell a spreadsheet would run.

    unicode() reads only the first character, so the common case costs almost nothing;
    PostgreSQL's ascii() is the same function.
    """
    q4 = "'" * 4
    codes = "(61, 43, 45, 64, 9, 13)"  # = + - @ tab CR
    return (
        f"CASE WHEN {code}({expr}) IN {codes} THEN {q4} || {expr}"
        f" WHEN {code}({expr}) = 39 AND {code}(ltrim({expr}, {q4})) IN {codes}"
        f" THEN {q4} || {expr} ELSE {expr} END"
    )


def iso_sql(expr: str) -> str:
    """:func:`iso` in SQL: a stored UTC time to ISO 8601 with Z."""
    if is_pg():
        return f"""coalesce(to_char({expr}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')"""
    return (
        f"CASE WHEN {expr} IS NULL OR {expr} = '' THEN '' ELSE replace({expr}, ' ', 'T') || 'Z' END"
    )


def conversation_sql(delimiter: str) -> str:
    """One finished CSV line per conversation, made by the database in a single pass.

    Formatting, the formula guard and quoting happen in SQLite, so a million rows reach
    Python as a million strings to write, not nineteen million values to convert and hand
    to the csv writer, which was most of the export's time. The free-text columns are
    always quoted (quotes doubled): one evaluation per cell, and any CSV reader takes it.
    """
    code = "ascii" if is_pg() else "unicode"
    free_text = lambda expr: (guard_sql(expr, code), True)  # noqa: E731 - a table of columns
    plain = lambda expr: (expr, False)  # noqa: E731
    columns = [
        plain("c.uuid"),
        plain("cl.uuid"),
        free_text("cl.name"),
        free_text("coalesce(p.name, '')"),
        plain("c.channel"),
        plain("c.direction"),
        plain(iso_sql("c.occurred_at")),
        plain("coalesce(CAST(c.duration_min AS TEXT), '')"),
        free_text("coalesce(c.subject, '')"),
        free_text("coalesce(c.summary, '')"),
        free_text("coalesce(c.agreements, '')"),
        plain("CASE WHEN c.urgent = 1 THEN '1' ELSE '0' END"),
        plain(iso_sql("c.follow_up_due")),
        plain("CASE WHEN c.follow_up_done = 1 THEN '1' ELSE '0' END"),
        plain("coalesce(cf.uuid, '')"),
        plain("coalesce(sm.uuid, '')"),
        plain("coalesce(rp.uuid, '')"),
        free_text("coalesce(c.author, '')"),
        plain("coalesce(c.dismissed, '')"),
    ]
    assert len(columns) == len(CONVERSATION_COLUMNS)
    template = delimiter.join('"%s"' if quoted else "%s" for _, quoted in columns) + "\r\n"
    values = ", ".join(
        f"replace({expr}, '\"', '\"\"')" if quoted else expr for expr, quoted in columns
    )
    # PostgreSQL's format() takes the same %s template as SQLite's printf(). The line comes
    # back as UTF-8 bytes, for the file as they are.
    line = (
        f"convert_to(format('{template}', {values}), 'UTF8')"
        if is_pg()
        else f"CAST(printf('{template}', {values}) AS BLOB)"
    )
    return f"""
SELECT {line}
FROM conversation c
JOIN client cl ON cl.id = c.client_id
LEFT JOIN project p ON p.id = c.project_id
LEFT JOIN conversation cf ON cf.id = c.confirms_id
LEFT JOIN conversation sm ON sm.id = c.summarizes_id
LEFT JOIN conversation rp ON rp.id = c.replies_to_id
WHERE c.deleted_at IS NULL
ORDER BY c.id
"""


def write_conversations(stream, delimiter: str, progress: Progress | None) -> int:
    """The conversations as CSV lines straight from the database, in batches; returns the
    count.

    The lines arrive as UTF-8 bytes and go to the file's byte layer, not decoded into
    Python text to be encoded again (a million lines: hundreds of megabytes each way).
    """
    count = 0
    stream.flush()  # the header, through the text layer, goes first
    out = getattr(stream, "buffer", None)
    write = out.write if out is not None else lambda data: stream.write(data.decode("utf-8"))
    with server_cursor(conversation_sql(delimiter), binary=True) as cursor:
        while rows := cursor.fetchmany(5000):
            write(b"".join([row[0] for row in rows]))
            count += len(rows)
            advance(progress, count)  # how many there are is not counted beforehand
    return count


def attention_records(now: datetime | None = None) -> Iterator[list[object]]:
    """The queues' items as typed values (times aware UTC, age a number), in the columns of
    ATTENTION_COLUMNS: what the JSON output holds and the CSV formats."""
    known = catalogue()
    for item in attention.all_items(now):
        yield [
            item.queue,
            item.conversation,
            item.client,
            item.channel,
            item.occurred_at,
            round(item.age_hours, 1),
            item.subject,
            item.next_step.describe(known),
        ]


def attention_rows(now: datetime | None = None) -> Iterator[list[str]]:
    for record in attention_records(now):
        occurred, age = record[4], record[5]
        record[4] = iso(occurred) if occurred else ""
        record[5] = f"{age:.1f}"
        yield [neutralise(c) for c in record]  # type: ignore[arg-type]


TABLES = {
    "clients": (CLIENT_COLUMNS, client_rows),
    "conversations": (CONVERSATION_COLUMNS, None),  # lines built by SQLite: write_conversations
    "attention": (ATTENTION_COLUMNS, attention_rows),
}


def export(
    table: str,
    out: str | os.PathLike | None,
    delimiter: str = "comma",
    bom: bool = True,
    progress: Progress | None = None,
) -> int:
    """Write one table as CSV to a file (atomically) or stdout; returns the rows written.

    Every producer in TABLES yields rows already guarded against formulas.
    """
    columns, rows = TABLES[table]
    count = 0
    with text_output(out, bom) as stream:
        w = writer(stream, DELIMITERS[delimiter])
        w.writerow(columns)
        if rows is None:
            return write_conversations(stream, DELIMITERS[delimiter], progress)
        batch: list = []
        for row in rows():
            batch.append(row)
            if len(batch) == 5000:
                w.writerows(batch)
                count += len(batch)
                batch = []
                advance(progress, count)
        w.writerows(batch)
        count += len(batch)
        advance(progress, count)
    return count
