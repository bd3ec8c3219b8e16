"""Pages of clients and conversations for the window's table models.

Every function returns plain rows for one page, fetched with an index; no screen code runs
a query of its own, and nothing here runs on paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from contacttracker.domain import queues
from contacttracker.domain.apostrophes import fold
from contacttracker.domain.storable import storable
from contacttracker.store.database import db
from contacttracker.store.dialect import is_pg, nocase, planned_each_time, unit_separator
from contacttracker.store.timeutil import from_db, now_utc, to_db_text

#: A client's open items: what the rollup counts (flags kept by every write), and their
#: follow-ups whose day has come, which no write marks (time does), counted when read from
#: the follow-up queue's index.
_FOLLOW_UP = queues.queue("follow_up").stored
_DUE_FOLLOW_UPS = (
    "LEFT JOIN (SELECT client_id, count(*) AS n FROM conversation"
    f" WHERE {_FOLLOW_UP.done} = 0 AND {_FOLLOW_UP.due} IS NOT NULL AND {_FOLLOW_UP.due} <= ?"
    " AND deleted_at IS NULL GROUP BY client_id) fu ON fu.client_id = cl.id"
)
_OPEN_ITEMS = "cl.open_items + coalesce(fu.n, 0)"

CLIENT_SORTS = {
    "name": "{name}, cl.id",
    "last_contact": "cl.last_contact_at IS NULL, cl.last_contact_at DESC, cl.id",
    "open_items": f"{_OPEN_ITEMS} DESC, {{name}}, cl.id",
}


def open_items(client_id: int, now: datetime | None = None) -> int:
    """One client's open items as the list counts them (see _DUE_FOLLOW_UPS)."""
    row = db.execute_sql(
        f"SELECT {_OPEN_ITEMS} FROM client cl {_DUE_FOLLOW_UPS} WHERE cl.id = ?",
        (to_db_text(now or now_utc()), client_id),
    ).fetchone()
    return row[0] if row else 0


@dataclass(frozen=True, slots=True)
class ClientRow:
    id: int
    name: str
    company: str
    channel: str
    handle: str
    last_contact: datetime | None
    open_items: int
    archived: bool


def _like(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def client_page(
    text: str = "",
    *,
    archived: bool = False,
    sort: str = "name",
    offset: int = 0,
    limit: int = 200,
    now: datetime | None = None,
) -> list[ClientRow]:
    """One page of clients matching the filter (name, company, tag or any handle)."""
    where = ["cl.deleted_at IS NULL"]
    params: list[object] = [to_db_text(now or now_utc())]  # the due follow-ups' "now"
    if not archived:
        where.append("cl.archived = 0")
    words = fold(storable(text).casefold()).split()  # the stored copy holds ' for ’ and ʼ
    long_words = [w for w in words if len(w) >= 3]
    if long_words and not is_pg():
        # The trigram index finds every client containing each word anywhere.
        where.append("cl.id IN (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words))
    for word in words:
        # PostgreSQL answers LIKE from its trigram index (pg_trgm) for words of 3 and more.
        if len(word) < 3 or is_pg():
            where.append("cl.search_text LIKE ? ESCAPE '\\'")
            params.append(_like(word))
    sql = f"""
    SELECT cl.id, cl.name, cl.company,
           coalesce((SELECT cp.channel || {unit_separator()} || cp.value FROM contact_point cp
                     WHERE cp.client_id = cl.id ORDER BY cp.rank LIMIT 1), ''),
           cl.last_contact_at, {_OPEN_ITEMS}, cl.archived
    FROM client cl {_DUE_FOLLOW_UPS}
    WHERE {" AND ".join(where)}
    ORDER BY {CLIENT_SORTS[sort].format(name=nocase("cl.name"))}
    LIMIT ? OFFSET ?"""
    with planned_each_time():  # "к" and "коваленко" want different plans on PostgreSQL
        rows = db.execute_sql(sql, [*params, limit, offset]).fetchall()
    result = []
    for cid, name, company, first, last, n, arch in rows:
        channel, _, handle = first.partition("\x1f")
        result.append(ClientRow(cid, name, company, channel, handle, from_db(last), n, bool(arch)))
    return result


@dataclass(frozen=True, slots=True)
class LogRow:
    id: int
    uuid: str
    client_id: int
    client: str
    channel: str
    direction: str
    occurred_at: datetime
    project: str
    subject: str
    summary: str
    agreements: str
    urgent: bool
    awaiting_confirmation: bool
    awaiting_summary: bool
    awaiting_reply: bool
    follow_up_due: datetime | None
    follow_up_done: bool
    #: (relation, channel, time, other conversation id); relation is one of
    #: confirms, confirmed_by, summarizes, summarized_by, replies_to, replied_by.
    links: list[tuple[str, str, datetime, int]] = field(default_factory=list)


_LOG_COLUMNS = """c.id, c.uuid, c.client_id, cl.name, c.channel, c.direction, c.occurred_at,
  coalesce(p.name, ''), c.subject, c.summary, c.agreements, c.urgent, c.awaiting_confirmation,
  c.awaiting_summary, c.awaiting_reply, c.follow_up_due, c.follow_up_done,
  c.confirms_id, c.summarizes_id, c.replies_to_id"""


def _log_where(client_id: int | None, author: str | None = None) -> tuple[list[str], list[object]]:
    """The log's conditions: not in the Trash, one client's (or all), one author's (or all)."""
    where = ["c.deleted_at IS NULL"]
    params: list[object] = []
    if client_id is not None:
        where.append("c.client_id = ?")
        params.append(client_id)
    if author is not None:
        where.append("c.author = ?")
        params.append(author)
    return where, params


def conversation_count(client_id: int | None, author: str | None = None) -> int:
    where, params = _log_where(client_id, author)
    return db.execute_sql(
        f"SELECT count(*) FROM conversation c WHERE {' AND '.join(where)}", params
    ).fetchone()[0]


def conversation_position(
    client_id: int | None, conversation_id: int, author: str | None = None
) -> int:
    """Where a conversation stands in the newest-first log (-1 when it is not there)."""
    row = db.execute_sql(
        "SELECT occurred_at, client_id, deleted_at FROM conversation WHERE id = ?",
        (conversation_id,),
    ).fetchone()
    if row is None or row[2] is not None or (client_id is not None and row[1] != client_id):
        return -1
    where, params = _log_where(client_id, author)
    where.append("c.occurred_at >= ? AND (c.occurred_at > ? OR (c.occurred_at = ? AND c.id > ?))")
    return db.execute_sql(
        f"SELECT count(*) FROM conversation c WHERE {' AND '.join(where)}",
        [*params, row[0], row[0], row[0], conversation_id],
    ).fetchone()[0]


def conversation_page(
    client_id: int | None,
    after: tuple[str, int] | None = None,
    limit: int = 200,
    offset: int = 0,
    author: str | None = None,
) -> list[LogRow]:
    """Newest first; ``after`` is the (stored time, id) of the last row already shown.

    Without ``after``, ``offset`` skips rows (used only for a jump far into the log).
    """
    where, params = _log_where(client_id, author)
    if after is not None:
        # The first condition is the one an index can start from (PostgreSQL reads the OR
        # alone as a filter: every newer row read again for each page, deep in the log).
        where.append(
            "c.occurred_at <= ? AND (c.occurred_at < ? OR (c.occurred_at = ? AND c.id < ?))"
        )
        params += [after[0], after[0], after[0], after[1]]
    rows = db.execute_sql(
        f"""SELECT {_LOG_COLUMNS} FROM conversation c
        JOIN client cl ON cl.id = c.client_id LEFT JOIN project p ON p.id = c.project_id
        WHERE {" AND ".join(where)} ORDER BY c.occurred_at DESC, c.id DESC LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    ).fetchall()
    return _with_links(rows)


def conversation(conversation_id: int) -> LogRow | None:
    rows = db.execute_sql(
        f"""SELECT {_LOG_COLUMNS} FROM conversation c
        JOIN client cl ON cl.id = c.client_id LEFT JOIN project p ON p.id = c.project_id
        WHERE c.id = ?""",
        (conversation_id,),
    ).fetchall()
    found = _with_links(rows)
    return found[0] if found else None


def stored_key(row: LogRow) -> tuple[str, int]:
    """The paging key of a row, in the stored text form."""
    return row.occurred_at.strftime("%Y-%m-%d %H:%M:%S"), row.id


def _with_links(rows: list[tuple]) -> list[LogRow]:
    ids = [r[0] for r in rows]
    outgoing = {r[0]: r[17:20] for r in rows}
    targets = {t for r in rows for t in r[17:20] if t}
    info: dict[int, tuple[str, datetime]] = {}
    incoming: dict[int, list[tuple[str, str, datetime, int]]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for rel, col in (
            ("confirmed_by", "confirms_id"),
            ("summarized_by", "summarizes_id"),
            ("replied_by", "replies_to_id"),
        ):
            for target, xid, ch, at in db.execute_sql(
                f"SELECT {col}, id, channel, occurred_at FROM conversation"
                f" WHERE {col} IN ({marks}) AND deleted_at IS NULL",
                ids,
            ).fetchall():
                incoming.setdefault(target, []).append((rel, ch, from_db(at), xid))
    if targets:
        t_ids = sorted(targets)
        marks = ",".join("?" * len(t_ids))
        for xid, ch, at in db.execute_sql(
            f"SELECT id, channel, occurred_at FROM conversation WHERE id IN ({marks})", t_ids
        ).fetchall():
            info[xid] = (ch, from_db(at))
    result = []
    for r in rows:
        links = []
        for rel, target in zip(
            ("confirms", "summarizes", "replies_to"), outgoing[r[0]], strict=True
        ):
            if target and target in info:
                links.append((rel, info[target][0], info[target][1], target))
        links += incoming.get(r[0], [])
        result.append(
            LogRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                from_db(r[6]),
                r[7],
                r[8],
                r[9],
                r[10],
                bool(r[11]),
                bool(r[12]),
                bool(r[13]),
                bool(r[14]),
                from_db(r[15]),
                bool(r[16]),
                links,
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class ClientCard:
    id: int
    uuid: str
    name: str
    company: str
    language: str
    time_zone: str
    preferred_hours: str
    response_hours: float | None
    keep_in_touch_days: int | None
    tags: str
    notes: str
    archived: bool
    last_contact: datetime | None
    channels: list[tuple[str, str, str]]  # key, as typed, normalised
    projects: list[str]
    version: int


def client_card(client_id: int) -> ClientCard | None:
    row = db.execute_sql(
        "SELECT id, uuid, name, company, language, time_zone, preferred_hours, response_hours,"
        " keep_in_touch_days, tags, notes, archived, last_contact_at, version FROM client"
        " WHERE id = ?",
        (client_id,),
    ).fetchone()
    if row is None:
        return None
    channels = [
        tuple(r)
        for r in db.execute_sql(
            "SELECT channel, value, normalized FROM contact_point WHERE client_id = ?"
            " ORDER BY rank",
            (client_id,),
        )
    ]
    projects = [
        r[0]
        for r in db.execute_sql(
            "SELECT name FROM project WHERE client_id = ? ORDER BY name", (client_id,)
        )
    ]
    return ClientCard(*row[:11], bool(row[11]), from_db(row[12]), channels, projects, row[13])


def client_names(text: str = "", limit: int = 50) -> list[tuple[int, str, str]]:
    """(id, name, company) of active clients for a picker, best matches first."""
    return [(r.id, r.name, r.company) for r in client_page(text, limit=limit)]
