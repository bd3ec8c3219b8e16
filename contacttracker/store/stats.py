"""Figures about the practice: who uses which channel, how fast we answer, channel fit.

Every figure is one aggregate query (percentiles with window functions), so a period of a
million conversations is summed up by the database, never looped over in Python. Periods are
[start, end) in UTC; None means open-ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import db
from contacttracker.store.dialect import epoch, month, unit_separator
from contacttracker.store.timeutil import now_utc, to_db_text

Period = tuple[datetime | None, datetime | None]
ALL_TIME: Period = (None, None)


def _range(column: str, period: Period) -> tuple[str, list[str]]:
    start, end = period
    where, params = [], []
    if start is not None:
        where.append(f"{column} >= ?")
        params.append(to_db_text(start))
    if end is not None:
        where.append(f"{column} < ?")
        params.append(to_db_text(end))
    return (" AND " + " AND ".join(where) if where else ""), params


@dataclass(frozen=True, slots=True)
class ChannelUse:
    channel: str
    clients: int
    share: float  # of the clients we talked to in the period, 0..1
    conversations: int
    incoming: int
    outgoing: int


def channel_use(period: Period = ALL_TIME) -> tuple[int, list[ChannelUse]]:
    """Clients talked to in the period, and per channel how many of them used it (ranked)."""
    where, params = _range("occurred_at", period)
    base = f"FROM conversation WHERE deleted_at IS NULL{where}"
    total = db.execute_sql(f"SELECT count(DISTINCT client_id) {base}", params).fetchone()[0]
    rows = db.execute_sql(
        f"""SELECT channel, count(DISTINCT client_id), count(*),
                   sum(CASE WHEN direction = 'in' THEN 1 ELSE 0 END),
                   sum(CASE WHEN direction = 'out' THEN 1 ELSE 0 END)
            {base} GROUP BY channel ORDER BY 2 DESC, 3 DESC, 1""",
        params,
    ).fetchall()
    return total, [
        ChannelUse(ch, n, n / total if total else 0.0, c, i, o) for ch, n, c, i, o in rows
    ]


def channel_shares() -> tuple[int, list[ChannelUse]]:
    """Share of active clients who list each channel on their card (not period-bound)."""
    total = db.execute_sql(
        "SELECT count(*) FROM client WHERE archived = 0 AND deleted_at IS NULL"
    ).fetchone()[0]
    rows = db.execute_sql(
        """SELECT cp.channel, count(DISTINCT cp.client_id) FROM contact_point cp
           JOIN client cl ON cl.id = cp.client_id
           WHERE cl.archived = 0 AND cl.deleted_at IS NULL
           GROUP BY cp.channel ORDER BY 2 DESC, 1"""
    ).fetchall()
    return total, [ChannelUse(ch, n, n / total if total else 0.0, 0, 0, 0) for ch, n in rows]


def per_month(period: Period = ALL_TIME) -> list[tuple[str, str, int, int]]:
    """(month 'YYYY-MM', channel, incoming, outgoing) for every month with conversations."""
    where, params = _range("occurred_at", period)
    return [
        tuple(r)
        for r in db.execute_sql(
            f"""SELECT {month("occurred_at")} AS month, channel,
                      sum(CASE WHEN direction = 'in' THEN 1 ELSE 0 END),
                   sum(CASE WHEN direction = 'out' THEN 1 ELSE 0 END)
               FROM conversation WHERE deleted_at IS NULL{where}
               GROUP BY month, channel ORDER BY month, channel""",
            params,
        )
    ]


@dataclass(frozen=True, slots=True)
class Speed:
    key: str  # a channel key, or a client's name
    answered: int
    median_hours: float
    p90_hours: float
    within_target: float  # share answered within the client's response time, 0..1


# Hours from an incoming written message to our first contact after it, with the client's
# own response time; nearest-rank percentiles over a window partition.
_ANSWERS = """
WITH a AS (
  SELECT {key} AS k,
         ({answered} - {occurred}) / 3600.0 AS h,
         coalesce(cl.response_hours, ?) AS target
  FROM conversation c JOIN client cl ON cl.id = c.client_id
  WHERE c.direction = 'in' AND c.answered_at IS NOT NULL AND c.deleted_at IS NULL{where}
), r AS (
  SELECT k, h, target, row_number() OVER (PARTITION BY k ORDER BY h) AS rn,
         count(*) OVER (PARTITION BY k) AS n
  FROM a
)
SELECT k, max(n),
       avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN h END),
       max(CASE WHEN rn = CASE WHEN n < 2 THEN 1 ELSE CAST(0.9 * n + 0.9999999 AS INTEGER) END
           THEN h END),
       avg(CASE WHEN h <= target THEN 1.0 ELSE 0.0 END)
FROM r GROUP BY k
"""


def response_speed(
    period: Period = ALL_TIME, default_hours: float = 3.0, by: str = "channel", limit: int = 0
) -> list[Speed]:
    """Median and 90th-percentile hours to our answer per channel (or per client, slowest
    first), and the share answered within each client's response time."""
    where, params = _range("c.occurred_at", period)
    key = "c.channel" if by == "channel" else f"cl.name || {unit_separator()} || cl.id"
    sql = _ANSWERS.format(
        key=key, where=where, answered=epoch("c.answered_at"), occurred=epoch("c.occurred_at")
    )
    order = " ORDER BY 3 DESC, 1" if by == "client" else " ORDER BY 2 DESC, 1"
    if limit:
        order += f" LIMIT {int(limit)}"
    rows = db.execute_sql(sql + order, [default_hours, *params]).fetchall()
    return [
        Speed(k.split("\x1f")[0] if by == "client" else k, n, med, p90, float(within))
        for k, n, med, p90, within in rows
    ]


@dataclass(frozen=True, slots=True)
class Confirmations:
    sent: int
    confirmed: int
    median_hours: float | None
    by_channel: list[tuple[str, int]]  # how confirmations arrived, commonest first


def confirmations(period: Period = ALL_TIME) -> Confirmations:
    where, params = _range("e.occurred_at", period)
    base = (
        "FROM conversation e WHERE e.channel = 'email' AND e.direction = 'out'"
        f" AND e.deleted_at IS NULL{where}"
    )
    sent, confirmed = db.execute_sql(
        f"SELECT count(*), count(e.confirmed_at) {base}", params
    ).fetchone()
    median = db.execute_sql(
        f"""WITH d AS (SELECT ({epoch("e.confirmed_at")} - {epoch("e.occurred_at")})
                       / 3600.0 AS h {base} AND e.confirmed_at IS NOT NULL),
            r AS (SELECT h, row_number() OVER (ORDER BY h) AS rn, count(*) OVER () AS n FROM d)
            SELECT avg(h) FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2)""",
        params,
    ).fetchone()[0]
    by_channel = db.execute_sql(
        f"""SELECT x.channel, count(*) FROM conversation x JOIN conversation e
              ON e.id = coalesce(x.confirms_id, CASE WHEN x.channel = 'email'
                                 AND x.direction = 'in' THEN x.replies_to_id END)
            WHERE x.deleted_at IS NULL AND e.channel = 'email' AND e.direction = 'out'{where}
            GROUP BY x.channel ORDER BY 2 DESC, 1""",
        params,
    ).fetchall()
    return Confirmations(sent or 0, confirmed or 0, median, [tuple(r) for r in by_channel])


@dataclass(frozen=True, slots=True)
class Fit:
    outgoing: int
    on_preferred: int
    share: float
    worst: list[tuple[str, int, int]]  # (client, contacts on other channels, all contacts)


# A client's two preferred channels: the two best-ranked distinct channels on the card.
_PREFERRED = """
WITH ranked AS (
  SELECT client_id, channel, row_number() OVER (PARTITION BY client_id ORDER BY min(rank)) AS r
  FROM contact_point GROUP BY client_id, channel
), pref AS (SELECT client_id, channel FROM ranked WHERE r <= 2)
"""


def channel_fit(period: Period = ALL_TIME, in_person: tuple[str, ...] = ("meeting",)) -> Fit:
    """Rule 1: the share of our outgoing contacts made on one of the client's two preferred
    channels (meetings left out: nobody "prefers" a channel for those; and clients with no
    channel on their card, who prefer none)."""
    where, params = _range("c.occurred_at", period)
    skip = ",".join("?" * len(in_person)) or "''"
    base = f"""FROM conversation c LEFT JOIN pref p
                 ON p.client_id = c.client_id AND p.channel = c.channel
               WHERE c.direction = 'out' AND c.deleted_at IS NULL
                 AND c.channel NOT IN ({skip}){where}
                 AND EXISTS (SELECT 1 FROM contact_point h WHERE h.client_id = c.client_id)"""
    total, fit = db.execute_sql(
        f"{_PREFERRED} SELECT count(*), count(p.channel) {base}", [*in_person, *params]
    ).fetchone()
    worst = db.execute_sql(
        f"""{_PREFERRED} SELECT cl.name, count(*) - count(p.channel) AS wrong, count(*)
            {base.replace("LEFT JOIN pref p", "JOIN client cl ON cl.id = c.client_id LEFT JOIN pref p")}
            GROUP BY c.client_id, cl.name HAVING count(*) - count(p.channel) > 0
            ORDER BY wrong DESC, 1 LIMIT 10""",
        [*in_person, *params],
    ).fetchall()
    return Fit(
        total or 0, fit or 0, (fit or 0) / total if total else 0.0, [tuple(r) for r in worst]
    )


def saved_scores() -> dict[str, int]:
    return {ch: score for ch, score in db.execute_sql("SELECT channel, score FROM channel_score")}


def save_scores(scores: dict[str, int]) -> None:
    with db.atomic():
        for channel, score in scores.items():
            if not 0 <= int(score) <= 10:
                raise ValueError(QT_TRANSLATE_NOOP("Insights", "a channel score is 0 to 10"))
            db.execute_sql(
                "INSERT INTO channel_score (channel, score, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (channel) DO UPDATE SET score = excluded.score,"
                " updated_at = excluded.updated_at",
                (channel, int(score), to_db_text(now_utc())),
            )
