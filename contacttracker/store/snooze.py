"""Putting an item off until a time: the queues leave a snoozed conversation out until
then, and a snoozed client's losing touch counts from then at the earliest (see rollups).
Each snooze is journaled, so it can be undone."""

from __future__ import annotations

from datetime import datetime

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import rollups, undo
from contacttracker.store.database import db
from contacttracker.store.models import utcnow
from contacttracker.store.timeutil import now_utc, to_db_text


def _check(until: datetime) -> str:
    if until.tzinfo is None:
        raise ValueError("naive datetime given where a zone-aware time is needed")
    if until <= now_utc():
        raise ValueError(
            QT_TRANSLATE_NOOP("Snooze", "{until} has passed: snooze until a later time").format(
                until=until.strftime("%Y-%m-%d %H:%M UTC")
            )
        )
    return to_db_text(until)


def snooze_conversation(conversation_id: int, until: datetime) -> None:
    """Leave the conversation out of every queue until `until`."""
    _snooze("conversation", conversation_id, _check(until))


def snooze_client(client_id: int, until: datetime) -> None:
    """Losing touch with this client waits until `until` at the earliest."""
    _snooze("client", client_id, _check(until))


def _snooze(table: str, record_id: int, until: str | None, journal: bool = True) -> None:
    with db.atomic():
        row = db.execute_sql(
            f"SELECT snoozed_until FROM {table} WHERE id = ? AND deleted_at IS NULL",
            (record_id,),
        ).fetchone()
        if row is None:
            raise ValueError(
                QT_TRANSLATE_NOOP("Snooze", "no such client")
                if table == "client"
                else QT_TRANSLATE_NOOP("Snooze", "no such conversation")
            )
        before = row[0]
        db.execute_sql(
            f"UPDATE {table} SET snoozed_until = ?, updated_at = ?, version = version + 1"
            " WHERE id = ?",
            (until, utcnow(), record_id),
        )
        if table == "client":
            rollups.refresh_clients([record_id])
        if journal:
            undo.record(
                "snooze",
                conversation_id=record_id if table == "conversation" else None,
                client_id=record_id if table == "client" else None,
                detail={"before": None if before is None else str(before)},
            )


def put_back(step: undo.Step) -> None:
    """Undo a snooze: what was stored before it."""
    before = step.detail.get("before")
    if step.client_id is not None:
        _snooze("client", step.client_id, before, journal=False)
    else:
        _snooze("conversation", step.conversation_id, before, journal=False)
