"""A nudge by e-mail sent from the person's own account instead of the mail program.

The words are the nudge's (io/nudge.py); the user sees and edits them in the compose
dialog before anything goes out. The letter carries our Message-ID and, when it refers to
a letter whose Message-ID the mailbox still has (our e-mail it asks after, in Sent; the
client's it answers, in INBOX), In-Reply-To and References, so it lands in that thread.
Sending, the record and the Sent copy are the summary e-mail's steps (summary_mail.deliver),
each done once; the record is the nudge's own (nudge.record), under the Message-ID.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from contacttracker.domain.channels import EMAIL
from contacttracker.domain.mail_account import Account
from contacttracker.domain.rules import OUT
from contacttracker.domain.summary import Draft
from contacttracker.io import mail, summary_mail
from contacttracker.io.nudge import Nudge, record
from contacttracker.io.summary_mail import Delivery, sender_of, sending_account
from contacttracker.store.database import db
from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import from_db

__all__ = ["Delivery", "deliver", "delivery", "sendable", "sending_account"]


def sendable(nudge: Nudge) -> bool:
    """A nudge the app can send itself: a message (not the summary e-mail, which has its
    own dialog) by e-mail."""
    return nudge.purpose is not None and nudge.channel == EMAIL


def referred_letter(nudge: Nudge) -> tuple[str, datetime, bool] | None:
    """The e-mail the nudge refers to (its identity, time, and whether it is ours): the
    letter a confirmation question asks after, the client's letter a reply answers. A
    check-in refers to nothing."""
    if not nudge.conversation_id or nudge.purpose is None or nudge.purpose.value == "check_in":
        return None
    row = db.execute_sql(
        "SELECT uuid, occurred_at, direction FROM conversation"
        " WHERE id = ? AND channel = ? AND deleted_at IS NULL",
        (nudge.conversation_id, EMAIL),
    ).fetchone()
    return (row[0], from_db(row[1]), row[2] == OUT) if row else None


def delivery(nudge: Nudge, acc: Account, to: list[str], subject: str, body: str) -> Delivery:
    """The letter as the user left it in the compose dialog, from this account."""
    d = Draft(list(to), [], subject.strip(), body)
    d.sender = sender_of(acc)
    d.message_id = mail.new_message_id(d.sender)
    d.in_reply_to, d.references = nudge.in_reply_to, list(nudge.references)
    message = mail.letter(d.to, d.subject, d.body, **d.headers())
    # Threaded at once when the database keeps the letter's Message-ID, else looked for in
    # the mailbox before sending.
    about = None if d.in_reply_to else referred_letter(nudge)

    def records(job: Delivery) -> Conversation:
        d = job.draft
        sent = replace(nudge, subject=d.subject, text=d.body)
        chain = mail.references_of(d.in_reply_to, d.references)
        return Conversation.get_by_id(record(sent, message_id=d.message_id, references=chain))

    return Delivery(
        nudge.conversation_id,
        d,
        message,
        answers=about[:2] if about else None,
        answers_ours=bool(about and about[2]),
        records=records,
    )


def deliver(job: Delivery, acc: Account, password: str) -> Delivery:
    """Send, record, keep the copy in Sent: what is not done yet (see summary_mail.deliver)."""
    return summary_mail.deliver(job, acc, password)
