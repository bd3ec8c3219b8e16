"""The summary e-mail of a conversation: one code path for the dialog and the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr

from contacttracker.domain import summary
from contacttracker.domain.channels import EMAIL, is_email
from contacttracker.domain.mail_account import Account
from contacttracker.domain.rules import OUT
from contacttracker.domain.summary import one_line
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io import mail, smtp_send
from contacttracker.io.imap import MailError, find_in_inbox, keep_sent_copy
from contacttracker.io.messages import mail_uuid
from contacttracker.paths import template_folders
from contacttracker.store import browse, mail_accounts, mail_headers, undo
from contacttracker.store.conversations import ConversationInput, log_conversation
from contacttracker.store.database import db
from contacttracker.store.models import Conversation
from contacttracker.store.settings import author, catalogue
from contacttracker.store.timeutil import from_db, now_utc


class NotSummarizable(ValueError):
    """The conversation cannot be written up (not found, or nothing spoken to summarise)."""


@dataclass
class Source:
    """Everything the dialog needs to start from."""

    conversation: browse.LogRow
    card: browse.ClientCard
    facts: summary.Facts
    addresses: list[str]
    #: When summary e-mails of this talk were recorded before (a second one asks first).
    earlier: list[datetime] = field(default_factory=list)
    #: Whom the letter is from (an account's address; '' when no account is set up).
    sender: str = ""
    #: The Message-ID and References of the client's e-mail the talk answered, when the
    #: database keeps them: every form of the letter (draft, link, send) threads under it.
    answers: tuple[str, list[str]] | None = None


def find(reference: str | int) -> int:
    """A conversation id from an id or a UUID (what `attention --format csv` prints)."""
    if isinstance(reference, int) or str(reference).isdigit():
        row = db.execute_sql(
            "SELECT id FROM conversation WHERE id = ?", (int(reference),)
        ).fetchone()
    else:
        row = db.execute_sql(
            "SELECT id FROM conversation WHERE uuid = ?", (str(reference).strip().lower(),)
        ).fetchone()
    if row is None:
        raise NotSummarizable(
            QT_TRANSLATE_NOOP("Summary", "no conversation {reference}").format(reference=reference)
        )
    return row[0]


def source(conversation_id: int, language: str | None = None) -> Source:
    conv = browse.conversation(conversation_id)
    if conv is None:
        raise NotSummarizable(
            QT_TRANSLATE_NOOP("Summary", "no conversation {conversation_id}").format(
                conversation_id=conversation_id
            )
        )
    known = catalogue()
    channel = known.get(conv.channel)
    if not channel.spoken:
        raise NotSummarizable(
            QT_TRANSLATE_NOOP(
                "Summary",
                "only a phone call, video call or meeting is written up as a summary e-mail",
            )
        )
    card = browse.client_card(conv.client_id)
    assert card is not None
    lang = language or card.language
    steps = []
    due_line = summary.next_step_line(conv.follow_up_due, lang)
    if due_line:
        steps.append(due_line)
    facts = summary.Facts(
        client_name=card.name,
        language=lang,
        channel=conv.channel,
        kind=channel.kind.value,
        occurred_on=conv.occurred_at.astimezone().date(),
        agreements=summary.split_agreements(conv.agreements),
        project=conv.project,
        next_steps=steps,
        sender=author(),
    )
    addresses = [normal for key, _typed, normal in card.channels if key == EMAIL]
    earlier = sorted(
        at for rel, ch, at, _id in conv.links if rel == "summarized_by" and ch == EMAIL
    )
    answered = answered_email(conversation_id)
    answers = mail_headers.of(answered[2]) if answered else None
    return Source(conv, card, facts, addresses, earlier, sender_of(sending_account()), answers)


def sending_account(name: str | None = None) -> Account | None:
    """The account a summary goes out from: the one named, else the first that has an SMTP
    server; None when there is none (the letter is then handed to the mail program)."""
    if name is not None:
        return mail_accounts.account(name)
    return next((a for a in mail_accounts.accounts() if a.smtp is not None), None)


def sender_of(acc: Account | None) -> str:
    """'Name <address>' for the From line: the person's name and the account's address."""
    return formataddr((author(), acc.addresses[0])) if acc is not None else ""


def draft(src: Source, language: str | None = None, message_id: str = "") -> summary.Draft:
    """The letter in a language; a new Message-ID unless the letter already has one."""
    facts = src.facts
    if language and language != facts.language:
        facts = summary.Facts(**{**facts.__dict__, "language": language})
        facts.next_steps = (
            [summary.next_step_line(src.conversation.follow_up_due, language)]
            if (src.conversation.follow_up_due)
            else []
        )
    template = summary.template_text(facts.language, template_folders())
    return stamped(summary.compose(facts, template, to=src.addresses[:1]), src, message_id)


def draft_sender(src: Source) -> str:
    """A draft's From: the sending account's, else the person's own address from Settings
    (which also puts our Message-ID on their domain); '' when neither is set."""
    if src.sender:
        return src.sender
    from contacttracker.store.settings import my_email

    own = my_email()
    return formataddr((author(), own)) if own else ""


def stamped(d: summary.Draft, src: Source, message_id: str = "") -> summary.Draft:
    """The draft as a letter of its own: from the sender, with our Message-ID."""
    d.sender = draft_sender(src)
    d.message_id = message_id or mail.new_message_id(d.sender)
    if src.answers is not None:
        d.in_reply_to, d.references = src.answers[0], list(src.answers[1])
    return d


def render(d: summary.Draft, fmt: str) -> bytes:
    """text: headers and body; mailto: the link; eml: an unsent draft message."""
    if fmt == "eml":
        return mail.eml_bytes(d.to, d.subject, d.body, d.cc, **d.headers())
    if fmt == "mailto":
        return (mailto_of(d) + "\n").encode()
    head = f"To: {one_line(', '.join(d.to))}\n"
    if d.cc:
        head += f"Cc: {one_line(', '.join(d.cc))}\n"
    return (head + f"Subject: {one_line(d.subject)}\n\n{d.body}").encode("utf-8")


def mailto_of(d: summary.Draft) -> str:
    """The draft as a mailto: link, threaded under the letter it answers."""
    return mail.mailto(
        d.to, d.subject, d.body, d.cc, in_reply_to=d.in_reply_to, references=d.references
    )


def mark_sent(conversation_id: int, d: summary.Draft) -> Conversation:
    """Record the summary as an outgoing e-mail linked to the talk it writes up.

    The talk leaves "agreements without a summary"; the e-mail now waits for confirmation.
    The row's identity comes from the letter's Message-ID, as an imported or synced copy's
    does: the client's reply confirms it, a later sync of the Sent folder adds nothing, and
    recording the same letter twice records it once.
    """
    conv = browse.conversation(conversation_id)
    if conv is None:
        raise NotSummarizable(
            QT_TRANSLATE_NOOP("Summary", "no conversation {conversation_id}").format(
                conversation_id=conversation_id
            )
        )
    identity = mail_uuid(d.message_id) if d.message_id else ""
    if identity:
        known = Conversation.get_or_none(Conversation.uuid == identity)
        if known is not None:
            return known
    bad = [a for a in d.to + d.cc if not is_email(a)]
    if bad:
        raise NotSummarizable(
            QT_TRANSLATE_NOOP("Summary", "not an e-mail address: {bad}").format(bad=", ".join(bad))
        )
    if not d.to:
        raise NotSummarizable(
            QT_TRANSLATE_NOOP("Summary", "the e-mail is to nobody: the client has no address")
        )
    with db.atomic():
        sent = log_conversation(
            ConversationInput(
                client_id=conv.client_id,
                channel=EMAIL,
                direction=OUT,
                occurred_at=now_utc(),
                subject=d.subject,
                summary=d.body,
                project=conv.project,
                summarizes_id=conversation_id,
                uuid=identity,
            )
        )
        mail_headers.keep(sent.id, d.message_id, mail.references_of(d.in_reply_to, d.references))
        undo.record("mark_sent", conversation_id=conversation_id, made_id=sent.id)
    return sent


@dataclass
class Delivery:
    """One letter on its way out (a summary e-mail, or a nudge sent by e-mail). Each step
    is done once: a retry after a failure picks up where it stopped and never hands the
    letter to the server a second time."""

    conversation_id: int
    draft: summary.Draft
    message: EmailMessage
    #: The SMTP server took the letter (for every recipient but those in `refused`).
    accepted: bool = False
    refused: dict[str, str] = field(default_factory=dict)
    recorded: Conversation | None = None
    #: The Sent folder the copy went to; '' when the server keeps sent mail itself or has
    #: no Sent folder; None while no copy is kept (see `copy_problem`).
    copied_to: str | None = None
    copy_problem: str = ""
    #: The e-mail the letter answers (its identity and time), to thread the letter under:
    #: looked up in the account's INBOX (the client's) or Sent folder (ours, asked after)
    #: before sending.
    answers: tuple[str, datetime] | None = None
    answers_ours: bool = False
    #: How the letter is recorded once the server took it; None: as Mark as sent records a
    #: summary (a nudge records itself as a nudge, under the letter's Message-ID).
    records: Callable[[Delivery], Conversation] | None = None


def delivery(conversation_id: int, d: summary.Draft, acc: Account) -> Delivery:
    """The letter as it will go out from this account (From, our Message-ID, the date)."""
    d.sender = sender_of(acc)
    if not d.message_id:
        d.message_id = mail.new_message_id(d.sender)
    message = mail.letter(d.to, d.subject, d.body, d.cc, **d.headers())
    answered = None if d.in_reply_to else answered_email(conversation_id)
    return Delivery(conversation_id, d, message, answers=answered[:2] if answered else None)


def answered_email(conversation_id: int) -> tuple[str, datetime, int] | None:
    """The client's e-mail the talk answers (a call logged as the reply to it): its
    identity, time and id."""
    row = db.execute_sql(
        "SELECT e.uuid, e.occurred_at, e.id FROM conversation c JOIN conversation e"
        " ON e.id = c.replies_to_id WHERE c.id = ? AND e.channel = ? AND e.direction = 'in'"
        " AND e.deleted_at IS NULL",
        (conversation_id, EMAIL),
    ).fetchone()
    return (row[0], from_db(row[1]), row[2]) if row else None


def _thread(job: Delivery, acc: Account, password: str) -> None:
    """In-Reply-To and References of the e-mail the letter answers, when the account's
    mailbox still has it; a letter that cannot be threaded goes out all the same."""
    uuid, at = job.answers
    job.answers = None  # looked for once
    try:
        found, references = find_in_inbox(
            acc, password, lambda mid: mail_uuid(mid) == uuid, at, sent=job.answers_ours
        )
    except MailError as exc:
        if exc.kind == "login":  # asked again, then looked for again
            job.answers = (uuid, at)
        return
    if found:
        d = job.draft
        d.in_reply_to, d.references = found, references.split()
        job.message = mail.letter(d.to, d.subject, d.body, d.cc, **d.headers())


def deliver(job: Delivery, acc: Account, password: str) -> Delivery:
    """Send, record, keep a copy in Sent — the steps not done yet.

    Sending raises MailError and nothing else has happened; once the server took the letter
    it is recorded at once (the same write as Mark as sent, under its Message-ID), and a
    letter already recorded under that Message-ID is never sent again. A copy that cannot be
    kept in Sent is said in `copy_problem`, the letter stays sent and recorded.
    """
    if not job.accepted:
        known = Conversation.get_or_none(Conversation.uuid == mail_uuid(job.draft.message_id))
        if known is not None:
            job.accepted, job.recorded = True, known
    if not job.accepted and job.answers is not None and not job.draft.in_reply_to:
        _thread(job, acc, password)
    if not job.accepted:
        job.refused = smtp_send.send(acc, password, job.message)
        job.accepted = True
    if job.recorded is None:
        job.recorded = (
            job.records(job) if job.records else mark_sent(job.conversation_id, job.draft)
        )
    if job.copied_to is None:
        try:
            job.copied_to = keep_sent_copy(
                acc, password, job.message.as_bytes(), job.draft.message_id
            )
            job.copy_problem = ""
        except MailError as exc:
            job.copy_problem = exc.args[0]  # the marked words, for the window to translate
    return job
