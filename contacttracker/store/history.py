"""The record keeps its history: earlier versions of edited conversations, and the Trash.

A deleted conversation stays in the Trash, restorable, for 30 days; then it is removed for
good. Edits and deletions store the earlier state as JSON, with the time and the author.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from contacttracker.domain.columns import CONVERSATION_FIELDS
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import flags
from contacttracker.store.database import db
from contacttracker.store.models import Conversation, utcnow
from contacttracker.store.settings import author, catalogue
from contacttracker.store.timeutil import from_db, to_db_text

TRASH_DAYS = 30


def snapshot(conversation_id: int) -> dict:
    row = db.execute_sql(
        f"SELECT {', '.join('c.' + f for f in CONVERSATION_FIELDS)}, coalesce(p.name, ''), cl.name"
        " FROM conversation c JOIN client cl ON cl.id = c.client_id"
        " LEFT JOIN project p ON p.id = c.project_id WHERE c.id = ?",
        (conversation_id,),
    ).fetchone()
    if row is None:
        raise ValueError(
            QT_TRANSLATE_NOOP("History", "no conversation {conversation_id}").format(
                conversation_id=conversation_id
            )
        )
    data = dict(zip((*CONVERSATION_FIELDS, "project", "client"), row, strict=True))
    return {k: (str(v) if isinstance(v, datetime) else v) for k, v in data.items()}


def record(conversation_id: int, change: str, who: str | None = None) -> None:
    """Keep the conversation as it is now, before it changes (call inside the write's
    transaction)."""
    (version,) = db.execute_sql(
        "SELECT version FROM conversation WHERE id = ?", (conversation_id,)
    ).fetchone()
    db.execute_sql(
        "INSERT INTO conversation_version (conversation_id, version, change, snapshot,"
        " changed_at, author) VALUES (?, ?, ?, ?, ?, ?)",
        (
            conversation_id,
            version,
            change,
            json.dumps(snapshot(conversation_id), ensure_ascii=False),
            utcnow(),
            author() if who is None else who,
        ),
    )


@dataclass(frozen=True, slots=True)
class Version:
    version: int
    change: str  # edit, delete, restore (out of the Trash)
    changed_at: datetime
    author: str
    data: dict


def versions(conversation_id: int) -> list[Version]:
    """Earlier states, newest first."""
    return [
        Version(v, change, from_db(at), who, json.loads(snap))
        for v, change, snap, at, who in db.execute_sql(
            "SELECT version, change, snapshot, changed_at, author FROM conversation_version"
            " WHERE conversation_id = ? ORDER BY id DESC",
            (conversation_id,),
        )
    ]


@dataclass(frozen=True, slots=True)
class Trashed:
    id: int
    client: str
    channel: str
    occurred_at: datetime
    subject: str
    deleted_at: datetime


def trash() -> list[Trashed]:
    return [
        Trashed(i, name, ch, from_db(at), subj, from_db(gone))
        for i, name, ch, at, subj, gone in db.execute_sql(
            "SELECT c.id, cl.name, c.channel, c.occurred_at, c.subject, c.deleted_at"
            " FROM conversation c JOIN client cl ON cl.id = c.client_id"
            " WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC"
        )
    ]


def restore(conversation_id: int) -> None:
    """Back from the Trash; what it confirmed or answered counts again."""
    with db.atomic():
        conv = Conversation.get_by_id(conversation_id)
        if conv.deleted_at is None:
            return
        record(conversation_id, "restore")  # in the history as the move to the Trash is
        conv.deleted_at = None
        conv.version += 1
        conv.updated_at = utcnow()
        conv.save()
        flags.refresh(flags.affected_by(conversation_id), catalogue())


def purge(now: datetime, days: int = TRASH_DAYS) -> int:
    """Remove for good what has been in the Trash longer than ``days``; returns how many."""
    cutoff = to_db_text(now - timedelta(days=days))
    with db.atomic():
        cursor = db.execute_sql(
            "DELETE FROM conversation WHERE deleted_at IS NOT NULL AND deleted_at < ?", (cutoff,)
        )
        return cursor.rowcount
