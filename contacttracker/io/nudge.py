"""The nudge of a queue item: its next step's message, its link, and the record of it
once sent. One code path for the window and `contacttracker nudge`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from contacttracker.domain import nudge as words
from contacttracker.domain.channels import EMAIL
from contacttracker.domain.nudge import Purpose
from contacttracker.domain.queues import QUEUES
from contacttracker.domain.rules import OUT, Step
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io import mail, summary_mail
from contacttracker.io.messages import mail_uuid
from contacttracker.paths import template_folders
from contacttracker.store import attention, browse, lookup, mail_headers
from contacttracker.store.conversations import ConversationInput, log_conversation
from contacttracker.store.database import db
from contacttracker.store.settings import author, catalogue
from contacttracker.store.timeutil import now_utc


class NotNudgeable(ValueError):
    """This conversation waits for nothing a message could move, or the client cannot be
    reached on the channel asked for; the message says which."""


@dataclass(frozen=True)
class Nudge:
    queue: str
    conversation_id: int
    conversation: str  # its UUID
    client_id: int
    client: str
    purpose: Purpose | None  # None: the summary e-mail of a call
    channel: str
    handle: str
    subject: str  # the subject a nudge by e-mail gets
    text: str
    url: str
    paste: bool  # the program takes no text in its link: paste it there
    read_aloud: bool  # a phone call: the text is a line to say
    #: By e-mail: the Message-ID and References of the letter it is about, when the
    #: database keeps them (the letter then answers in that thread).
    in_reply_to: str = ""
    references: tuple[str, ...] = ()


def find(reference: str) -> int:
    """A conversation id from its UUID or a unique start of it (6 characters or more)."""
    found = [m for m in lookup.conversations(reference.strip().lower()) if not m.deleted]
    if len(found) > 1:
        raise NotNudgeable(
            QT_TRANSLATE_NOOP("Nudge", "{reference} names more than one conversation").format(
                reference=reference
            )
        )
    if not found:
        raise NotNudgeable(
            QT_TRANSLATE_NOOP("Nudge", "no conversation {reference}").format(reference=reference)
        )
    return found[0].id


def item_of(
    conversation_id: int, now: datetime | None = None, queue: str | None = None
) -> attention.Item:
    """The first queue (in the contract's order, or the one named) that holds this
    conversation; for a client we are losing touch with, their latest conversation stands
    for them."""
    now = now or now_utc()
    known = catalogue()
    for name in (queue,) if queue else QUEUES:
        for item in attention.items(name, now, catalogue=known, conversation=conversation_id):
            if item.conversation_id == conversation_id:
                return item
    raise NotNudgeable(
        QT_TRANSLATE_NOOP("Nudge", "this conversation is in no queue: nothing to ask about")
    )


def build(
    reference: str, via: str = "", now: datetime | None = None, queue: str | None = None
) -> Nudge:
    """The nudge of the item a conversation stands for, on its next step's channel or on
    `via` (a channel key of the client's)."""
    now = now or now_utc()
    item = item_of(find(reference), now, queue)
    if item.next_step.step == Step.WRITE_SUMMARY:
        return _summary_nudge(item)
    card = browse.client_card(item.client_id)
    assert card is not None
    channel = via or item.next_step.channel or item.channel
    purpose = words.PURPOSE_OF_STEP[item.next_step.step]
    local_day = item.occurred_at.astimezone().date() if item.occurred_at else None
    facts = words.Facts(
        client_name=card.name,
        language=card.language,
        subject=item.subject,
        day=local_day,
        today=now.astimezone().date(),
        sender=author(),
    )
    return _made(
        item.queue, item.conversation_id or 0, item.conversation, card, purpose, channel, facts, now
    )


def _made(
    queue: str,
    conversation_id: int,
    conversation: str,
    card: browse.ClientCard,
    purpose: Purpose,
    channel: str,
    facts: words.Facts,
    now: datetime,
) -> Nudge:
    """The nudge's text and link on a channel of the client's."""
    handle = next((normal for key, _t, normal in card.channels if key == channel), "")
    if not handle:
        raise NotNudgeable(
            QT_TRANSLATE_NOOP("Nudge", "{client} has no {channel} on file").format(
                client=card.name, channel=catalogue().get(channel).name
            )
        )
    if facts.today is None:
        facts = replace(facts, today=now.astimezone().date(), sender=author())
    text = words.compose(
        purpose, facts, words.template_text(purpose, card.language, template_folders())
    )
    subject = words.email_subject(purpose, facts)
    kind = catalogue().get(channel).link
    about = (
        mail_headers.of(conversation_id)
        if conversation_id and purpose is not Purpose.CHECK_IN
        else None
    )
    parent, chain = about if about else ("", [])
    if kind == "mailto":
        url = mail.mailto([handle], subject, text, in_reply_to=parent, references=chain)
        paste, aloud = False, False
    else:
        link = words.message_link(kind, handle, text)
        if link is None:
            raise NotNudgeable(
                QT_TRANSLATE_NOOP("Nudge", "{channel} has no link to open a chat with").format(
                    channel=catalogue().get(channel).name
                )
            )
        url, paste, aloud = link.url, link.paste, link.read_aloud
    return Nudge(
        queue,
        conversation_id,
        conversation,
        card.id,
        card.name,
        purpose,
        channel,
        handle,
        subject,
        text,
        url,
        paste,
        aloud,
        parent if kind == "mailto" else "",
        tuple(chain) if kind == "mailto" else (),
    )


def waiting_on(client_id: int, now: datetime | None = None) -> list[attention.Item]:
    """The client's items in every queue, in the contract's order: what a message on one
    of their channels could be about."""
    now = now or now_utc()
    known = catalogue()
    return [
        item
        for name in QUEUES
        for item in attention.items(name, now, catalogue=known)
        if item.client_id == client_id and item.conversation
    ]


def check_in(client_id: int, channel: str, now: datetime | None = None) -> Nudge:
    """A word to the client on one of their channels, about nothing in a queue."""
    now = now or now_utc()
    card = browse.client_card(client_id)
    if card is None:
        raise NotNudgeable(QT_TRANSLATE_NOOP("Nudge", "no such client"))
    return _made(
        "", 0, "", card, Purpose.CHECK_IN, channel, words.Facts(card.name, card.language), now
    )


def _summary_nudge(item: attention.Item) -> Nudge:
    assert item.conversation_id is not None
    try:
        src = summary_mail.source(item.conversation_id)
    except summary_mail.NotSummarizable as exc:
        raise NotNudgeable(str(exc)) from exc
    draft = summary_mail.draft(src)
    return Nudge(
        item.queue,
        item.conversation_id,
        item.conversation,
        item.client_id,
        item.client,
        None,
        EMAIL,
        ", ".join(draft.to),
        draft.subject,
        draft.body,
        summary_mail.mailto_of(draft),
        False,
        False,
    )


def record(
    nudge: Nudge, when: datetime | None = None, message_id: str = "", references: Sequence[str] = ()
) -> int:
    """What the user sent, as an outgoing message on its channel, linked to what it is
    about (the e-mail it asks after, the message it answers); a follow-up it made is
    done. One transaction; returns the new conversation's id.

    A nudge the app sent by e-mail passes its letter's Message-ID (and References): the row
    takes its identity from it, as a synced copy would, so the next sync of Sent adds
    nothing, and keeps both for a letter answering it."""
    if nudge.purpose is None:
        raise NotNudgeable(
            QT_TRANSLATE_NOOP(
                "Nudge", "a summary e-mail is recorded with Mark as sent, not as a nudge"
            )
        )
    when = when or now_utc()
    about = nudge.conversation_id or None
    with db.atomic():
        logged = log_conversation(
            ConversationInput(
                client_id=nudge.client_id,
                channel=nudge.channel,
                direction=OUT,
                occurred_at=when,
                subject=nudge.subject if nudge.channel == EMAIL else "",
                summary=nudge.text,
                replies_to_id=about if nudge.purpose is not Purpose.CHECK_IN else None,
                author=author(),
                uuid=mail_uuid(message_id) if message_id else "",
            ),
            closes_follow_up=about if nudge.queue == "follow_up" else None,
        )
        mail_headers.keep(logged.id, message_id, references)
    return logged.id
