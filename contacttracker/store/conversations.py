"""Logging conversations and the actions on them, each one transaction.

Every write refreshes the rule state of the rows it can change (see :mod:`.flags`) and the
client's last contact, so the attention queues are right the moment a save returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from contacttracker.domain import queues
from contacttracker.domain.rules import IN, OUT
from contacttracker.domain.storable import storable_fields
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Joined
from contacttracker.store import conflicts, flags, history, rollups, undo
from contacttracker.store.clients import project_for
from contacttracker.store.database import db
from contacttracker.store.models import Client, Conversation, new_uuid, utcnow
from contacttracker.store.settings import author as default_author
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import to_db

#: The longest a conversation lasts, in minutes (the log dialog's range).
MAX_DURATION_MIN = 24 * 60
#: How long each text may be. A project name is looked up by an index (PostgreSQL's holds
#: about 2,700 bytes an entry); subject, summary and agreements are searched through one
#: PostgreSQL tsvector, which holds 1 MB (random words take twice their text's size).
MAX_PROJECT = 200
MAX_SUBJECT = 1_000
MAX_TEXT = 100_000


@dataclass
class ConversationInput:
    """One conversation as the user logs it."""

    client_id: int
    channel: str
    direction: str
    occurred_at: datetime
    subject: str = ""
    summary: str = ""
    agreements: str = ""
    project: str = ""
    duration_min: int | None = None
    urgent: bool = False
    follow_up_due: datetime | None = None
    confirms_id: int | None = None
    summarizes_id: int | None = None
    replies_to_id: int | None = None
    author: str | None = None
    uuid: str = ""

    def __post_init__(self) -> None:
        storable_fields(self)  # a pasted NUL or a lone surrogate never reaches the database


def duration_problem(minutes: object) -> str:
    """Why a duration is refused: the same words for the window and for an import."""
    return QT_TRANSLATE_NOOP(
        "Conversations", "duration {minutes} is not between 0 and {most} minutes"
    ).format(minutes=minutes, most=MAX_DURATION_MIN)


# Each text with its limit and the words for going over it, in text_problems' order.
_TEXT_LIMITS = (
    (
        QT_TRANSLATE_NOOP("Conversations", "the project name is longer than {most} characters"),
        MAX_PROJECT,
    ),
    (
        QT_TRANSLATE_NOOP("Conversations", "the subject is longer than {most} characters"),
        MAX_SUBJECT,
    ),
    (QT_TRANSLATE_NOOP("Conversations", "the summary is longer than {most} characters"), MAX_TEXT),
    (
        QT_TRANSLATE_NOOP("Conversations", "the agreements are longer than {most} characters"),
        MAX_TEXT,
    ),
)


def text_problems(project: str, subject: str, summary: str, agreements: str) -> list[str]:
    """Which of a conversation's texts are too long to store on every backend (an import
    asks this for every row: nothing is copied unless a text is over its limit)."""
    if (
        len(project) <= MAX_PROJECT
        and len(subject) <= MAX_SUBJECT
        and len(summary) <= MAX_TEXT
        and len(agreements) <= MAX_TEXT
    ):
        return []  # every row of a sound file: four lengths, nothing built
    return [
        phrase.format(most=most)
        for text, (phrase, most) in zip(
            (project, subject, summary, agreements), _TEXT_LIMITS, strict=True
        )
        if _over(text, most)
    ]


def _over(text: str, most: int) -> bool:
    """Longer than `most` once trimmed, as it would be stored."""
    return len(text) > most and len(text.strip()) > most


def _check(data: ConversationInput) -> None:
    problems = text_problems(data.project, data.subject, data.summary, data.agreements)
    if data.direction not in (IN, OUT):
        problems.append(QT_TRANSLATE_NOOP("Conversations", "direction must be 'in' or 'out'"))
    if data.channel not in catalogue():
        problems.append(
            QT_TRANSLATE_NOOP("Conversations", "unknown channel {channel!r}").format(
                channel=data.channel
            )
        )
    if data.occurred_at.tzinfo is None:
        problems.append(QT_TRANSLATE_NOOP("Conversations", "the time has no time zone"))
    if data.duration_min is not None and not 0 <= data.duration_min <= MAX_DURATION_MIN:
        problems.append(duration_problem(data.duration_min))
    if Client.get_or_none(Client.id == data.client_id) is None:
        problems.append(QT_TRANSLATE_NOOP("Conversations", "no such client"))
    for name in ("confirms_id", "summarizes_id", "replies_to_id"):
        target = getattr(data, name)
        if target is not None and Conversation.get_or_none(Conversation.id == target) is None:
            problems.append(
                QT_TRANSLATE_NOOP("Conversations", "{value1}: no such conversation").format(
                    value1=name.removesuffix("_id")
                )
            )
    if problems:
        raise ValueError(Joined(problems))


def log_conversation(data: ConversationInput, closes_follow_up: int | None = None) -> Conversation:
    """Record a conversation; returns it once it is safely stored. `closes_follow_up`: the
    follow-up this conversation is, done in the same transaction."""
    _check(data)
    with db.atomic():
        project = project_for(data.client_id, data.project)
        conv = Conversation.create(
            uuid=data.uuid or new_uuid(),
            client=data.client_id,
            project=project,
            channel=data.channel,
            direction=data.direction,
            occurred_at=to_db(data.occurred_at),
            duration_min=data.duration_min,
            subject=data.subject.strip(),
            summary=data.summary.strip(),
            agreements=data.agreements.strip(),
            urgent=data.urgent,
            follow_up_due=to_db(data.follow_up_due),
            confirms=data.confirms_id,
            summarizes=data.summarizes_id,
            replies_to=data.replies_to_id,
            author=default_author() if data.author is None else data.author,
        )
        flags.refresh(flags.affected_by(conv.id), catalogue())
        if closes_follow_up is not None:
            mark_done(closes_follow_up, "follow_up")
    return Conversation.get_by_id(conv.id)


def update_conversation(
    conversation_id: int, data: ConversationInput, expected_version: int | None = None
) -> Conversation:
    """Edit a conversation in place; the rule state of everything linked follows.

    With `expected_version` (the version the editor opened), a save made by someone else in
    between raises conflicts.Conflict and changes nothing.
    """
    _check(data)
    with db.atomic():
        history.record(conversation_id, "edit")
        conflicts.claim("conversation", conversation_id, expected_version)
        conv = Conversation.get_by_id(conversation_id)
        before = flags.affected_by(conv.id)
        old_client = conv.client_id
        conv.client = data.client_id
        conv.project = project_for(data.client_id, data.project)
        conv.channel = data.channel
        conv.direction = data.direction
        conv.occurred_at = to_db(data.occurred_at)
        conv.duration_min = data.duration_min
        conv.subject = data.subject.strip()
        conv.summary = data.summary.strip()
        conv.agreements = data.agreements.strip()
        conv.urgent = data.urgent
        conv.follow_up_due = to_db(data.follow_up_due)
        conv.confirms = data.confirms_id
        conv.summarizes = data.summarizes_id
        conv.replies_to = data.replies_to_id
        conv.updated_at = utcnow()
        conv.save()
        flags.refresh(before | flags.affected_by(conv.id), catalogue())
        rollups.refresh_clients([old_client])
    return Conversation.get_by_id(conversation_id)


def record_confirmation(
    email_id: int, channel: str, when: datetime, note: str = "", author: str | None = None
) -> Conversation:
    """Rule 3 in one action: "confirmed by Viber" becomes a conversation linked to the e-mail."""
    email = Conversation.get_by_id(email_id)
    if email.channel != "email" or email.direction != OUT:
        raise ValueError(
            QT_TRANSLATE_NOOP("Conversations", "only an e-mail we sent can be confirmed")
        )
    if email.confirmed_at is not None:  # a second confirmation would only be a double
        raise ValueError(QT_TRANSLATE_NOOP("Conversations", "this e-mail is already confirmed"))
    with db.atomic():
        conv = log_conversation(
            ConversationInput(
                client_id=email.client_id,
                channel=channel,
                direction=IN,
                occurred_at=when,
                subject=email.subject,
                summary=note or "Confirmed receipt of the e-mail",
                confirms_id=email_id,
                author=author,
            )
        )
        undo.record("confirm", conversation_id=email_id, made_id=conv.id, who=author)
    return conv


def mark_done(conversation_id: int, queue: str) -> None:
    """Close an item in one queue by hand ("Done"), keeping the record itself: its closing
    field where the queue has one (a follow-up is done), else the queue's mark."""
    declared = queues.BY_KEY.get(queue)
    if declared is None or queues.Action.DONE not in declared.actions:
        raise ValueError(
            QT_TRANSLATE_NOOP("Conversations", "{queue!r} items cannot be closed by hand").format(
                queue=queue
            )
        )
    with db.atomic():
        conv = Conversation.get_by_id(conversation_id)
        undo.record(
            "done",
            conversation_id=conversation_id,
            detail={
                "queue": queue,
                "follow_up_done": bool(conv.follow_up_done),
                "dismissed": conv.dismissed,
            },
        )
        if declared.stored.done:
            setattr(conv, declared.stored.done, True)
        else:
            dismissed = {q for q in conv.dismissed.split(",") if q}
            dismissed.add(queue)
            conv.dismissed = ",".join(sorted(dismissed))
        conv.updated_at = utcnow()
        conv.version += 1
        conv.save()
        flags.refresh([conversation_id], catalogue())


def delete_conversation(conversation_id: int, journal: bool = True) -> None:
    """Move a conversation to the trash; what it confirmed or answered is open again.

    `journal`: whether the move can be undone as a step of its own (an undo that trashes
    what it had recorded is not one)."""
    with db.atomic():
        history.record(conversation_id, "delete")
        if journal:
            undo.record("trash", conversation_id=conversation_id)
        conv = Conversation.get_by_id(conversation_id)
        affected = flags.affected_by(conv.id)
        conv.deleted_at = utcnow()
        conv.version += 1
        conv.save()
        flags.refresh(affected, catalogue())
