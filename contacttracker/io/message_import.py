"""Putting chats and mail into the database, each message under the client it belongs to."""

from __future__ import annotations

import contextlib
import re
from datetime import datetime
from pathlib import Path

from contacttracker.domain.channels import is_email
from contacttracker.domain.phones import to_e164
from contacttracker.domain.storable import storable, storable_fields
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_format import InputError, decode
from contacttracker.io.messages import (
    AWAITING_REPLY,
    Message,
    kind_of,
    parse_telegram,
    read_mail,
    uid,
)
from contacttracker.io.whatsapp import CLOCK, COUNTRY, STORED, TOLD, Chat, read_chat
from contacttracker.store import mail_accounts, mail_headers
from contacttracker.store.bulk_write import (
    all_or_nothing,
    correct_conversations,
    stored_times,
    write_conversations,
)
from contacttracker.store.clients import (
    MAX_NAME,
    ClientInput,
    home_country,
    ids_by_handle,
    ids_by_name,
    save_client,
)
from contacttracker.store.conversations import MAX_SUBJECT, MAX_TEXT
from contacttracker.store.import_report import ImportRejected, Report
from contacttracker.store.models import Client
from contacttracker.store.progress import Progress
from contacttracker.store.settings import author
from contacttracker.store.timeutil import db_text


def _phone(text: str) -> str:
    try:
        return (
            to_e164(text, home_country())
            if re.fullmatch(r"[+\d][\d\s()\-]{6,}", text.strip())
            else ""
        )
    except ValueError:
        return ""


def find_client(name: str, channel: str, create: bool, report: Report) -> int:
    """The client a chat belongs to: by phone number or by name; created when asked to."""
    phone = _phone(name)
    if phone:
        found = ids_by_handle(("phone", "viber", "whatsapp", "sms", "telegram")).get(phone)
        if found:
            return found
    found = ids_by_name().get(name.strip().casefold())
    if found:
        return found
    if not create:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: no client called {name!r}. Add the client first, or let the import create it (--new-clients, or confirm in the window).",
            ).format(file=report.file, name=name),
        )
    client = save_client(
        ClientInput(name=name.strip() or phone, channels=[(channel, phone)] if phone else [])
    )
    report.notes.append(QT_TRANSLATE_NOOP("Import", "new client: {name}").format(name=client.name))
    return client.id


def import_messages(
    path: str | Path,
    me: str = "",
    create_clients: bool = False,
    progress: Progress | None = None,
    *,
    remember: bool = True,
) -> Report:
    """Store a chat or mail file's messages; ``remember`` keeps the name you go by in chats
    for the next import (a dry run, which stores nothing, keeps nothing either)."""
    path = Path(path)
    report = Report(file=str(path))
    used_names = set()  # the --me of a chat that it named you by
    whatsapp: Chat | None = None
    try:
        report.kind = kind_of(path)
        if not report.kind:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "not a WhatsApp chat, Telegram export or e-mail file")
            )
        if report.kind == "mail":
            chats = [("", read_mail(path, report.notes, progress))]
        elif report.kind == "telegram":
            chats = parse_telegram(decode(path.read_bytes(), path.name), me, report.notes)
            used_names = {m.sender for _c, ms in chats for m in ms if m.outgoing}
        else:
            whatsapp = read_chat(path, me)
            used_names = {whatsapp.me}
            chats = [(whatsapp.party, whatsapp.messages)]
    except (InputError, OSError, UnicodeDecodeError) as exc:
        raise ImportRejected(
            report, QT_TRANSLATE_NOOP("Import", "{path}: {exc}").format(path=path, exc=exc)
        ) from exc
    if report.kind != "whatsapp":  # a chat's text file was checked whole by decode()
        # JSON may spell a NUL or half a surrogate pair ("\u0000", "\ud83d"), a mail's
        # parts may decode to one: the text is made storable before it is matched or written.
        for _chat, messages in chats:
            for message in messages:
                storable_fields(message)
        chats = [(storable(chat), messages) for chat, messages in chats]
    rows, links, uuids = [], [], set()
    corrections: dict[str, datetime] = {}
    who = author()
    with all_or_nothing():  # a chat's new client goes only with its messages
        if report.kind == "mail":
            assigned = _assign_mail(chats[0][1], me, create_clients, report)
        else:
            assigned = []
            for chat, messages in chats:
                if not messages:
                    continue
                client_id = find_client(chat, report.kind, create_clients, report)
                if whatsapp is not None:  # the chat is its person's, whatever the file
                    corrections = _identify(whatsapp, client_id, report)
                assigned += [(m, client_id, "out" if m.outgoing else "in") for m in messages]
        if corrections:
            moved = correct_conversations({uuid: db_text(at) for uuid, at in corrections.items()})
            report.updated += moved
            if moved:
                report.notes.append(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "dates corrected for %n message(s) stored before with day and month swapped",
                    ).format(n=moved)
                )
            uuids.update(corrections)  # put right in place: not written again
        for msg, client_id, direction in assigned:
            if msg.uuid in uuids:
                continue
            uuids.add(msg.uuid)
            if len(msg.text) > MAX_TEXT:  # a long mail: what it says is kept, to the limit
                report.notes.append(
                    QT_TRANSLATE_NOOP(
                        "Import", "{subject}: {length} characters, the first {most} kept"
                    ).format(
                        subject=(msg.subject or msg.uuid)[:80], length=len(msg.text), most=MAX_TEXT
                    )
                )
                msg.text = msg.text[: MAX_TEXT - 1] + "…"
            row = conversation_row(msg, client_id, direction, who)
            if msg.automatic and direction == "in":
                row = (*row[:-1], AWAITING_REPLY)  # logged, closed: nothing to answer
            rows.append(row)
            if msg.reply_to and not msg.automatic:  # an auto-reply confirms nothing
                links.append((msg.uuid, "", "", msg.reply_to))
        # A reply to a message this import does not bring, nor the database holds, is not
        # linked (the mail it answers may never be imported).
        write_conversations(rows, links, {}, report, progress, unknown_links="drop")
        if report.kind == "mail":
            mail_headers.keep_by_uuid(
                {m.uuid: (m.message_id, m.references) for m, _c, _d in assigned if m.message_id}
            )
            mail_headers.link_stored_replies(
                {m.uuid: m.message_id for m, _c, d in assigned if m.message_id and d == "out"}
            )
    if remember and report.kind in ("whatsapp", "telegram") and me.strip() in used_names:
        _remember_chat_name(me.strip())
    return report


def _remember_chat_name(name: str) -> None:
    """Your name in chats, kept for the next import once this one has stored (a refused
    import keeps nothing, not even the name it was given)."""
    from contacttracker.store import settings

    if name != settings.chat_name():
        with contextlib.suppress(OSError):  # imported all the same; only not remembered
            settings.set_chat_name(name)


def _assign_mail(messages: list[Message], me: str, create: bool, report: Report) -> list:
    """(letter, client, direction) for each letter from or to a client; with ``create``,
    the other party of a letter nobody knows becomes a client (found by the address that
    is yours: --me or the name it shows, your mail accounts', else the one address every
    letter of the file has)."""
    by_email = ids_by_handle(("email",))
    mine = _my_addresses(messages, me, report) if create else set()
    assigned, strangers = [], 0
    for msg in messages:
        if msg.sender in by_email and msg.sender not in mine:
            assigned.append((msg, by_email[msg.sender], "in"))
        elif peer := next((p for p in msg.peers if p in by_email and p not in mine), None):
            assigned.append((msg, by_email[peer], "out"))
        elif create and (party := _other_party(msg, mine)):
            if party not in by_email:
                by_email[party] = _new_client(msg.names.get(party, ""), party, report)
            assigned.append((msg, by_email[party], "out" if msg.sender in mine else "in"))
        else:
            strangers += 1
    if strangers:
        report.notes.append(
            QT_TRANSLATE_NOOP(
                "Import",
                "%n letter(s) from or to no client left out (--new-clients, or the checkbox in the window, adds their senders)",
            ).format(n=strangers)
        )
    return assigned


def _my_addresses(messages: list[Message], me: str, report: Report) -> set[str]:
    mine = {me.strip().lower()} if is_email(me.strip()) else set()
    if me.strip() and not mine:  # your name, as your letters show it: "Андрій <me@…>"
        mine = {a for m in messages for a, n in m.names.items() if n.casefold() == me.casefold()}
    for account in mail_accounts.accounts():
        mine.update(a.lower() for a in account.addresses)
    if not mine and len(messages) > 1:
        common = set.intersection(*({m.sender, *m.peers} for m in messages))
        mine = common if len(common) == 1 else set()
    if not mine:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: say which address is yours (--me you@example.com, or your name as your letters show it), so the other party of each letter becomes the client",
            ).format(file=report.file),
        )
    return mine


def _other_party(msg: Message, mine: set[str]) -> str:
    """The address a client would have: the sender's, or the first one not yours."""
    party = (
        msg.sender if msg.sender not in mine else next((p for p in msg.peers if p not in mine), "")
    )
    return party if is_email(party) else ""


def _new_client(name: str, address: str, report: Report) -> int:
    name = name.strip()[:MAX_NAME] or address
    client = save_client(ClientInput(name=name, channels=[("email", address)]))
    report.notes.append(QT_TRANSLATE_NOOP("Import", "new client: {name}").format(name=client.name))
    return client.id


def _identify(chat: Chat, client_id: int, report: Report) -> dict[str, datetime]:
    """A chat without ids: each message is known by its client and what the file says of
    it (time as written, sender, text, its place among identical ones in that minute).

    Where its dates read both ways (03/04/24), the messages already stored settle it: a file
    that does not tell is read the way the chat's stored times read; a message stored under
    either reading's UUID is the one stored (its UUID is kept for good, so a copy elsewhere
    and a CSV exported before still name it). A file that tells finds the messages an
    earlier file misread; returns those (stored UUID → the right time), for the store to
    put right in place rather than add again."""
    client_uuid = Client.get_by_id(client_id).uuid
    for msg in chat.messages:
        msg.uuid = uid("whatsapp", client_uuid, msg.key)
    both = [m for m in chat.messages if m.swapped]
    if not both:  # every date reads one way: nothing to settle
        return {}

    def readings() -> list[tuple[Message, str, str]]:
        """(message, its UUID as read, its UUID read the other way)."""
        return [
            (m, uid("whatsapp", client_uuid, m.key), uid("whatsapp", client_uuid, m.swapped[0]))
            for m in both
            if m.swapped
        ]

    pairs = readings()
    stored = stored_times([u for _m, own, alt in pairs for u in (own, alt)])
    if chat.decided_by in (CLOCK, COUNTRY):
        # Only the dates that read both ways say which way the chat was stored.
        found = [
            _reads_as(stored[u], m) for m, own, alt in pairs for u in (own, alt) if u in stored
        ]
        if found.count(False) > found.count(True):
            chat.read_the_other_way()
            chat.decided_by = STORED
            for msg in chat.messages:
                msg.uuid = uid("whatsapp", client_uuid, msg.key)
            pairs = readings()
        report.notes.append(_guessed(chat))
    # A stored row is the message whose reading its time agrees with; one that agrees with
    # the other reading, stored under that reading's UUID, is the message misread before.
    taken: set[str] = set()
    rest: list[tuple[Message, str, str]] = []
    for msg, own, alt in pairs:
        same = next(
            (u for u in (own, alt) if u in stored and u not in taken and _reads_as(stored[u], msg)),
            "",
        )
        if same:
            msg.uuid = same
            taken.add(same)
        else:
            rest.append((msg, own, alt))
    corrections: dict[str, datetime] = {}
    for msg, own, alt in rest:
        if alt in stored and alt not in taken:
            msg.uuid = alt
            taken.add(alt)
            if chat.decided_by == TOLD:
                corrections[alt] = msg.at
        elif own in stored or own in taken:
            # Its UUID is another message's (one put right in place under it): a new one
            # takes the other reading's, which no row holds.
            msg.uuid = alt if alt not in stored and alt not in taken else own
        taken.add(msg.uuid)
    return corrections


def _reads_as(stored: datetime, msg: Message) -> bool:
    """Whether a stored time is this reading of the message's date rather than the other:
    the two are weeks apart at least, a zone's difference only hours."""
    assert msg.swapped is not None
    return abs(stored - msg.at) < abs(stored - msg.swapped[1])


#: Why a file's dates were read as they were, when the file does not tell.
_GUESSED = {
    ("dmy", COUNTRY): QT_TRANSLATE_NOOP(
        "Import",
        "dates read day-first: the file does not tell; your home country ({country}) writes the day first",
    ),
    ("mdy", COUNTRY): QT_TRANSLATE_NOOP(
        "Import",
        "dates read month-first: the file does not tell; your home country ({country}) writes the month first",
    ),
    ("mdy", CLOCK): QT_TRANSLATE_NOOP(
        "Import",
        "dates read month-first: the file does not tell; its 12-hour clock is a US phone's",
    ),
    ("dmy", STORED): QT_TRANSLATE_NOOP(
        "Import",
        "dates read day-first: the file does not tell; the chat's messages stored before read so",
    ),
    ("mdy", STORED): QT_TRANSLATE_NOOP(
        "Import",
        "dates read month-first: the file does not tell; the chat's messages stored before read so",
    ),
}


def _guessed(chat: Chat) -> str:
    """The report's note on a file whose date order was guessed, in words."""
    return _GUESSED[chat.order, chat.decided_by].format(country=home_country())


def conversation_row(msg: Message, client_id: int, direction: str, who: str) -> tuple:
    """The row write_conversations() takes for one message (the mailbox sync's too)."""
    subject = (msg.subject or msg.text.split("\n", 1)[0][:80])[:MAX_SUBJECT]
    return (
        msg.uuid,
        client_id,
        "",
        msg.channel,
        direction,
        db_text(msg.at),
        msg.duration_min,
        subject,
        msg.text,
        "",
        0,
        None,
        0,
        who if direction == "out" else "",
        "",
    )
