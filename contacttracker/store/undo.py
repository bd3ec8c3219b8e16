"""The undo journal: Done, Confirm, Mark as sent, Snooze and Move to trash can be taken back.

Each of those writes adds a step here in its own transaction, with what undoing it needs.
Undoing is a write like any other: it changes the records through the store (a recorded
confirmation or summary e-mail goes to the Trash, keeping its history) and marks the step
undone; no step is ever removed, so the journal says what was done and what was taken back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import db
from contacttracker.store.models import utcnow
from contacttracker.store.settings import author
from contacttracker.store.timeutil import from_db

ACTIONS = ("done", "confirm", "mark_sent", "snooze", "trash")


class NothingToUndo(ValueError):
    """No step of this person's is left to undo."""


@dataclass(frozen=True, slots=True)
class Step:
    id: int
    action: str
    conversation_id: int | None
    client_id: int | None
    made_id: int | None  # the conversation the action recorded (confirm, mark_sent)
    detail: dict
    done_at: datetime
    author: str


def record(
    action: str,
    *,
    conversation_id: int | None = None,
    client_id: int | None = None,
    made_id: int | None = None,
    detail: dict | None = None,
    who: str | None = None,
) -> None:
    """Journal a step (call inside the action's transaction)."""
    if action not in ACTIONS:
        raise ValueError(f"no undo for {action!r}")
    db.execute_sql(
        "INSERT INTO undo_step (action, conversation_id, client_id, made_id, detail, done_at,"
        " author) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            action,
            conversation_id,
            client_id,
            made_id,
            json.dumps(detail or {}, ensure_ascii=False),
            utcnow(),
            author() if who is None else who,
        ),
    )


def last(who: str | None = None) -> Step | None:
    """This person's newest step not yet undone."""
    row = db.execute_sql(
        "SELECT id, action, conversation_id, client_id, made_id, detail, done_at, author"
        " FROM undo_step WHERE author = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
        (author() if who is None else who,),
    ).fetchone()
    if row is None:
        return None
    sid, action, conv, client, made, detail, at, by = row
    return Step(sid, action, conv, client, made, json.loads(detail or "{}"), from_db(at), by)


def undo(who: str | None = None) -> Step:
    """Take back this person's newest step, in one transaction; returns the step."""
    with db.atomic():
        step = last(who)
        if step is None:
            raise NothingToUndo(QT_TRANSLATE_NOOP("Undo", "nothing to undo"))
        _UNDO[step.action](step)
        db.execute_sql("UPDATE undo_step SET undone_at = ? WHERE id = ?", (utcnow(), step.id))
    return step


def _undo_done(step: Step) -> None:
    from contacttracker.store import flags
    from contacttracker.store.models import Conversation
    from contacttracker.store.settings import catalogue

    conv = Conversation.get_by_id(step.conversation_id)
    conv.follow_up_done = step.detail["follow_up_done"]
    conv.dismissed = step.detail["dismissed"]
    conv.updated_at = utcnow()
    conv.version += 1
    conv.save()
    flags.refresh([conv.id], catalogue())


def _undo_recorded(step: Step) -> None:
    """A recorded confirmation or summary e-mail goes to the Trash (its history kept)."""
    from contacttracker.store.conversations import delete_conversation

    delete_conversation(step.made_id, journal=False)


def _undo_snooze(step: Step) -> None:
    from contacttracker.store import snooze

    snooze.put_back(step)


def _undo_trash(step: Step) -> None:
    from contacttracker.store import history

    history.restore(step.conversation_id)


_UNDO = {
    "done": _undo_done,
    "confirm": _undo_recorded,
    "mark_sent": _undo_recorded,
    "snooze": _undo_snooze,
    "trash": _undo_trash,
}
