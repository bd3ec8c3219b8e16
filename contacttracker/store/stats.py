"""Per-channel figures: who uses which channel, how much we talk, how fast we answer."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from contacttracker.store.database import db


@dataclass(frozen=True, slots=True)
class ChannelShare:
    channel: str
    clients: int
    share: float  # of active clients, 0..1


def channel_shares() -> tuple[int, list[ChannelShare]]:
    """How many active clients have each channel, most used first (the articles' table)."""
    total = db.execute_sql(
        "SELECT count(*) FROM client WHERE archived = 0 AND deleted_at IS NULL"
    ).fetchone()[0]
    rows = db.execute_sql(
        """SELECT cp.channel, count(DISTINCT cp.client_id) FROM contact_point cp
           JOIN client cl ON cl.id = cp.client_id
           WHERE cl.archived = 0 AND cl.deleted_at IS NULL
           GROUP BY cp.channel ORDER BY 2 DESC, 1"""
    ).fetchall()
    return total, [ChannelShare(ch, n, n / total if total else 0.0) for ch, n in rows]


def per_month() -> list[tuple[str, str, int, int]]:
    """(month 'YYYY-MM', channel, incoming, outgoing) for every month with conversations."""
    return [
        tuple(r)
        for r in db.execute_sql(
            """SELECT substr(occurred_at, 1, 7) AS month, channel,
                      sum(direction = 'in'), sum(direction = 'out')
               FROM conversation WHERE deleted_at IS NULL
               GROUP BY month, channel ORDER BY month, channel"""
        )
    ]


def response_hours() -> dict[str, tuple[int, float]]:
    """Per channel of the incoming message: (answered count, median hours to our answer)."""
    values: dict[str, list[float]] = {}
    for channel, hours in db.execute_sql(
        """SELECT channel, (strftime('%s', answered_at) - strftime('%s', occurred_at)) / 3600.0
           FROM conversation
           WHERE direction = 'in' AND answered_at IS NOT NULL AND deleted_at IS NULL"""
    ):
        values.setdefault(channel, []).append(hours)
    return {ch: (len(v), statistics.median(v)) for ch, v in sorted(values.items())}
