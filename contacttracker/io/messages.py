"""History from messengers and mail: WhatsApp and Telegram exports, .eml files and mboxes.

Each message becomes a conversation of the client it belongs to. UUIDs are derived from the
message itself (uuid5), so importing the same chat or mailbox again adds nothing.
"""

from __future__ import annotations

import codecs
import email
import email.errors
import email.policy
import html
import json
import mailbox
import re
import unicodedata
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_format import HEAD_BYTES, InputError, read_head
from contacttracker.store.progress import Progress, advance

NAMESPACE = uuidlib.UUID("6f1c1f9e-8b7a-4c39-9a3e-0c1d2e3f4a5b")


@dataclass
class Message:
    uuid: str
    channel: str
    sender: str  # a name, a phone number, or an e-mail address
    outgoing: bool
    at: datetime
    text: str
    subject: str = ""
    reply_to: str = ""  # the UUID of the message this answers, if known
    line: int = 0
    peers: list[str] = field(default_factory=list)  # who the message was to (e-mail)
    #: What tells the message from every other of its chat, where the file gives no id.
    key: str = ""
    names: dict[str, str] = field(default_factory=dict)  # an address's display name (e-mail)
    #: An e-mail's own Message-ID and References, kept beside its row (store/mail_headers).
    message_id: str = ""
    references: tuple[str, ...] = ()
    #: Sent by a program, not the person (see is_automatic): logged, never a reply.
    automatic: bool = False
    #: A call's length in minutes (a Telegram call), None for a message.
    duration_min: int | None = None
    #: A WhatsApp date that reads both ways (03/04/24): the key and time the other reading
    #: gives, so a message stored under it is found again (None when it reads one way).
    swapped: tuple[str, datetime] | None = None


#: The queue an automatic letter is closed in from the start (its row's `dismissed`).
AWAITING_REPLY = "awaiting_reply"


def is_automatic(fields: Mapping[str, str]) -> bool:
    """An auto-reply or a mailing (header name in lower case → value): Auto-Submitted
    other than "no" (RFC 3834), the X-Autoreply and X-Autorespond of older programs,
    Precedence bulk, junk, list or auto_reply. An out-of-office reply names our letter but
    says she has not read it, and wants no answer."""
    submitted = str(fields.get("auto-submitted", "") or "").strip().lower()
    precedence = str(fields.get("precedence", "") or "").strip().lower()
    return bool(
        (submitted and submitted != "no")
        or fields.get("x-autoreply")
        or fields.get("x-autorespond")
        or precedence in ("bulk", "junk", "list", "auto_reply")
    )


def uid(*parts: object) -> str:
    return str(uuidlib.uuid5(NAMESPACE, "\x1f".join(str(p) for p in parts)))


# -- Telegram ------------------------------------------------------------------------------------


#: Keys only a Telegram Desktop export (one chat, or the whole account) has at its top.
_TELEGRAM_KEYS = re.compile(
    r'"(messages|chats|personal_information|frequent_contacts|left_chats|profile_pictures'
    r'|other_data|web_sessions)"\s*:'
)
#: How a whole account's export opens: {"about": "Here is the data you requested…"}, or,
#: without its account information, with the contacts (which may run far past the head).
_TELEGRAM_OPENING = re.compile(
    r'^\{\s*"(?:about"\s*:\s*"[^"]*Telegram|contacts"\s*:\s*\{\s*"about")', re.IGNORECASE
)


def is_telegram(text: str) -> bool:
    """From the head of the file: a JSON object with a key of Telegram's export anywhere in
    it (a whole account's ``chats`` come after its contacts, far into the file)."""
    head = text.lstrip().lstrip("\ufeff")
    return head.startswith("{") and bool(
        _TELEGRAM_OPENING.match(head) or _TELEGRAM_KEYS.search(text)
    )


def _flat(value: object) -> str:
    """A text as it reads: the export writes a string, or a list of strings and entity
    objects (bold, link, mention...) whose "text" is what shows."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_entity(v) if isinstance(v, dict) else _flat(v) for v in value)
    return ""


def mail_date(header: str) -> datetime:
    """A Date header's moment, in UTC. A time without a zone, or with "-0000" (RFC 5322: UTC,
    the sender's zone unknown), is UTC, never the importing computer's own zone. Raises
    TypeError, ValueError, IndexError or OverflowError for a date that is none."""
    at = parsedate_to_datetime(header)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC)


#: What a link's address may differ by from its words and still say the same.
_SAME_LINK = re.compile(r"^(?:https?://|mailto:|tel:)|/+$", re.IGNORECASE)


def _entity(part: dict) -> str:
    """An entity's words; a text link's address after them in brackets, since where it
    leads (an invoice, a brief) is often what the message is for. Words that already are
    the address are not repeated."""
    words = _flat(part.get("text", ""))
    href = part.get("href")
    if part.get("type") != "text_link" or not isinstance(href, str) or not href.strip():
        return words
    href = href.strip()
    if not words.strip():
        return href
    if _SAME_LINK.sub("", href).lower() in _SAME_LINK.sub("", words.strip()).lower():
        return words
    return f"{words} ({href})"


def parse_telegram(
    text: str, me: str, notes: list[str] | None = None
) -> list[tuple[str, list[Message]]]:
    """(chat name, messages) for each chat of a Telegram Desktop export (result.json): one
    chat, or a whole account's personal chats (the others are named in ``notes``)."""
    try:
        return _telegram_chats(json.loads(text), me, notes if notes is not None else [])
    except json.JSONDecodeError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "line {lineno}: not valid JSON ({msg})").format(
                lineno=exc.lineno, msg=exc.msg
            )
        ) from exc
    except RecursionError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "the JSON nests deeper than any Telegram export does")
        ) from exc


def _telegram_chats(data: object, me: str, notes: list[str]) -> list[tuple[str, list[Message]]]:
    account = isinstance(data, dict) and "chats" in data
    own = ""
    if account:
        listed = data["chats"].get("list") if isinstance(data["chats"], dict) else None
        if not isinstance(listed, list):
            raise InputError(QT_TRANSLATE_NOOP("Import", "not a Telegram export: no list of chats"))
        chats = listed
        person = data.get("personal_information")
        if isinstance(person, dict) and person.get("user_id") is not None:
            own = f"user{person['user_id']}"  # how the account's own messages are signed
        contacts = data.get("contacts")
        if isinstance(contacts, dict) and contacts.get("list"):
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "%n contact(s) of the account not imported from a chat export (bring them as vCard)",
                ).format(n=len(contacts["list"]))
            )
    else:
        chats = [data]
    out = []
    for chat in chats:
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "not a Telegram export: no list of messages")
            )
        for number, raw in enumerate(chat["messages"], start=1):
            if not isinstance(raw, dict):  # an export writes each message as an object
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Import", "not a Telegram export: message {number} is not an object"
                    ).format(number=number)
                )
        name = str(chat.get("name") or "").strip()
        kind = str(chat.get("type") or "")
        if kind == "saved_messages" or not name or (account and kind != "personal_chat"):
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "chat {name!r} ({kind}, %n message(s)) skipped: {why}"
                ).format(
                    name=name or "—",
                    kind=kind or "?",
                    n=len(chat["messages"]),
                    why=QT_TRANSLATE_NOOP("Import", "your Saved Messages")
                    if kind == "saved_messages"
                    else QT_TRANSLATE_NOOP("Import", "it has no name (a deleted account)")
                    if not name
                    else QT_TRANSLATE_NOOP("Import", "only personal chats are imported"),
                )
            )
            continue
        out.append((name, _telegram_messages(chat, name, _yours(chat, name, me, own))))
        if unanswered := _unanswered_calls(chat):
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "chat {name!r}: %n unanswered call(s) not logged"
                ).format(name=name, n=unanswered)
            )
    return out


def _yours(chat: dict, name: str, me: str, own: str) -> Callable[[dict], bool]:
    """Which messages of a personal chat are yours: by your name when it is among the
    authors; else by the account's own id, by the other party's id (a personal chat's id is
    theirs), or, in a chat of two named after one of them, the other author. Raises
    InputError asking for your name only when none of these tells."""
    raws = [
        r if r.get("type") == "message" else _caller(r)
        for r in chat["messages"]
        if isinstance(r, dict) and (r.get("type") == "message" or _is_call(r))
    ]
    authors = {str(r.get("from") or "").strip() for r in raws}
    if me.strip() and me.strip() in authors:
        return lambda raw: str(raw.get("from") or "").strip() == me.strip()
    ids = {str(r.get("from_id") or "") for r in raws}
    if own:
        return lambda raw: str(raw.get("from_id") or "") == own
    peer = f"user{chat.get('id')}"
    if peer in ids and len(ids) <= 2:
        return lambda raw: str(raw.get("from_id") or "") != peer
    if name in authors and len(authors) <= 2:
        return lambda raw: str(raw.get("from") or "").strip() != name
    if not raws:
        return lambda raw: False
    if me.strip():  # given, or remembered from another chat, and none of these authors
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{me!r} writes nothing in this chat; say which of its authors you are (--me): {authors}",
            ).format(me=me.strip(), authors=", ".join(sorted(authors)))
        )
    raise InputError(
        QT_TRANSLATE_NOOP(
            "Import",
            "say who you are in the chat (--me 'Your Name') so your messages count as sent",
        )
    )


def _telegram_messages(chat: dict, name: str, yours: Callable[[dict], bool]) -> list[Message]:
    """A chat's messages, and its calls that were answered as phone conversations (the
    export writes a call as a service message: who called, and for how long)."""
    chat_id = chat.get("id", name)
    messages = []
    for raw in chat["messages"]:
        if not isinstance(raw, dict):
            continue
        call = _is_call(raw)
        if raw.get("type") != "message" and not call:
            continue
        try:
            if "date_unixtime" in raw:
                at = datetime.fromtimestamp(int(raw["date_unixtime"]), UTC)
            else:
                at = datetime.fromisoformat(str(raw["date"])).astimezone(UTC)
        except (KeyError, ValueError, OverflowError, OSError) as exc:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "message {value1}: no usable date ({exc})").format(
                    value1=raw.get("id"), exc=exc
                )
            ) from exc
        if call:
            message = _telegram_call(raw, at, chat_id, yours)
            if message is not None:
                messages.append(message)
            continue
        sender = str(raw.get("from") or "")
        body = _telegram_body(raw)
        reply = raw.get("reply_to_message_id")
        messages.append(
            Message(
                uid("telegram", chat_id, raw.get("id")),
                "telegram",
                sender,
                yours(raw),
                at,
                body,
                reply_to=uid("telegram", chat_id, reply) if reply else "",
            )
        )
    return messages


#: Keys of an export's message that carry something sent besides text: a photo, a
#: document ("file", with "media_type" for a sticker, voice or video), a game, an invoice.
_MEDIA_KEYS = (
    "photo",
    "file",
    "media_type",
    "game_title",
    "invoice_information",
    "giveaway_information",
    "todo_list",
)


def _telegram_body(raw: dict) -> str:
    """What a message says, as its summary: its text (a photo's or a file's caption);
    without one, what it shares in brackets ("[contact: …]", "[location: …]",
    "[poll: …]", else "[media]"), so a message that was a phone number or a meeting place
    is not stored empty. Like WhatsApp's "[media]" these are stored data, not words of
    the interface, and stay in English."""
    text = _flat(raw.get("text", "")).strip()
    if _visible(text):
        return text
    contact = raw.get("contact_information")
    if isinstance(contact, dict):
        name = " ".join(
            str(contact.get(k) or "").strip() for k in ("first_name", "last_name")
        ).strip()
        told = ", ".join(p for p in (name, str(contact.get("phone_number") or "").strip()) if p)
        return f"[contact: {told}]" if told else "[contact]"
    if "location_information" in raw or "place_name" in raw:
        return _telegram_place(raw)
    poll = raw.get("poll")
    if isinstance(poll, dict):
        question = _flat(poll.get("question", "")).strip()
        return f"[poll: {question}]" if question else "[poll]"
    return "[media]" if any(raw.get(key) for key in _MEDIA_KEYS) else ""


def _visible(text: str) -> bool:
    """Whether a text shows anything: a zero-width space or joiner sent as a caption
    does not (str.strip leaves those)."""
    return any(not (c.isspace() or unicodedata.category(c) == "Cf") for c in text)


def _telegram_place(raw: dict) -> str:
    """A shared location as "[location: lat, lon]"; a venue's name and address before
    its coordinates. A live location the export could not read is written as null."""
    point = raw.get("location_information")
    at = ""
    if isinstance(point, dict) and point.get("latitude") is not None:
        at = f"{_degrees(point['latitude'])}, {_degrees(point.get('longitude'))}"
    venue = ", ".join(
        str(raw.get(key) or "").strip()
        for key in ("place_name", "address")
        if str(raw.get(key) or "").strip()
    )
    if venue and at:
        return f"[location: {venue} ({at})]"
    return f"[location: {venue or at}]" if venue or at else "[location]"


def _degrees(value: object) -> str:
    """A coordinate as the export means it, without a float's noise (50.4501, not
    50.450100000000006)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value or "").strip()


def _is_call(raw: dict) -> bool:
    return raw.get("type") == "service" and raw.get("action") == "phone_call"


def _caller(call: dict) -> dict:
    """Who made a call, signed as a message's author is (its "actor")."""
    return {"from": call.get("actor"), "from_id": call.get("actor_id")}


def _call_seconds(raw: dict) -> int:
    try:
        return int(raw.get("duration_seconds") or 0)
    except (TypeError, ValueError):
        return 0


def _unanswered_calls(chat: dict) -> int:
    return sum(
        1
        for raw in chat["messages"]
        if isinstance(raw, dict) and _is_call(raw) and _call_seconds(raw) <= 0
    )


def _telegram_call(
    raw: dict, at: datetime, chat_id: object, yours: Callable[[dict], bool]
) -> Message | None:
    """A call of the export as a phone conversation started by its caller (the "actor"),
    or None for one nobody answered (missed, declined, busy: no length)."""
    seconds = _call_seconds(raw)
    if seconds <= 0:
        return None
    return Message(
        uid("telegram", chat_id, raw.get("id")),
        "phone",
        str(raw.get("actor") or ""),
        yours(_caller(raw)),
        at,
        "",
        subject="Telegram call",
        duration_min=max(1, round(seconds / 60)),
    )


# -- e-mail ------------------------------------------------------------------------------------


def known_charset(charset: str) -> bool:
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True


def legacy_text(payload: bytes, charset: str = "") -> str:
    """Bytes in the charset a letter names; where it names none, only ASCII (which 8-bit
    bytes belie) or one no codec has: UTF-8 when they are that, else Windows-1251, the
    older Cyrillic letters' usual charset, which a Ukrainian or Russian mail program reads
    them in (as the CSV import does)."""
    if charset and known_charset(charset) and codecs.lookup(charset).name != "ascii":
        return payload.decode(charset, "replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1251", "replace")


def eight_bit(raw: bytes, charset: str = "") -> str:
    """8-bit header bytes (no encoded words): UTF-8 (RFC 6532), else what an older mail
    program wrote them in, the letter's own charset (as Thunderbird reads them), else as
    legacy_text says."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return legacy_text(raw, charset)


_RAW_BYTES = re.compile("[\udc80-\udcff]")


def header_text(msg: email.message.EmailMessage, name: str) -> str:
    """A header as a mail program shows it; the email package reads 8-bit bytes in one as
    replacement marks, so those are read from the raw header by eight_bit."""
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            if isinstance(value, str) and _RAW_BYTES.search(value):
                body = msg.get_body(preferencelist=("plain", "html"))
                charset = (body.get_content_charset() if body is not None else None) or ""
                text = eight_bit(value.encode("ascii", "surrogateescape"), charset)
                return " ".join(text.split())
            break
    return str(msg.get(name, "") or "")


def part_text(part: email.message.Message) -> str:
    """A text part's content, decoded as :func:`legacy_text` says."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return legacy_text(payload, part.get_content_charset() or "")


def unknown_charset(msg: email.message.EmailMessage) -> tuple[str, str] | None:
    """(charset, what it was read as) when the text part names a charset no codec has."""
    body = msg.get_body(preferencelist=("plain", "html"))
    charset = body.get_content_charset() if body is not None else None
    if not charset or known_charset(charset):
        return None
    payload = body.get_payload(decode=True) or b""
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return charset, "Windows-1251"
    return charset, "UTF-8"


#: What an HTML letter holds that a mail program never shows as text.
_HIDDEN_HTML = re.compile(
    r"<!--.*?-->|<(script|style|head|title|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)


def text_of(msg: email.message.EmailMessage) -> str:
    """The letter's text part, an HTML-only letter as plain text."""
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    content = part_text(body)
    if body.get_content_type() == "text/html":
        content = _HIDDEN_HTML.sub("", content)
        content = re.sub(r"(?i)<(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", "\n", content)
        content = html.unescape(re.sub(r"<[^>]+>", "", content))
        content = "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in content.splitlines())
    return re.sub(r"\n{3,}", "\n\n", content).strip()


def _mid(value: str | None) -> str:
    return (value or "").strip().strip("<>").strip()


def mail_uuid(message_id: str) -> str:
    """The one identity of an e-mail, from its Message-ID (with or without the angle
    brackets): an imported, synced or sent copy of the same letter is the same row."""
    return uid("mail", _mid(message_id))


class _Undated(Exception):
    """A letter with no usable Date and no envelope line to take one from."""


def parse_mail(
    messages: Iterable[email.message.EmailMessage],
    origin: str,
    envelopes: list[datetime | None] | None = None,
    notes: list[str] | None = None,
    progress: Progress | None = None,
) -> list[Message]:
    """One Message per e-mail; a header the email package cannot read refuses the file. A
    letter without a usable Date takes its mbox "From " line's time (``envelopes``, filled
    as ``messages`` are read), else it is skipped and named in ``notes``: one letter never
    blocks its mailbox. Each letter is parsed and let go before the next is read, so a
    mailbox of gigabytes is held as its text only; ``progress`` hears of every 200th."""
    out = []
    for number, msg in enumerate(messages, start=1):
        if number % 200 == 0:
            advance(progress, number)
        envelope = envelopes[number - 1] if envelopes else None
        try:
            out.append(_mail_message(msg, number, origin, envelope))
        except _Undated:
            if notes is None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Import", "message {number}: no usable Date ({value1!r})"
                    ).format(number=number, value1=msg.get("Date"))
                ) from None
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "message {number} ({subject}): no usable Date, skipped"
                ).format(number=number, subject=str(msg.get("Subject", "") or "")[:80])
            )
        except InputError:
            raise
        except (IndexError, LookupError, ValueError, email.errors.MessageError) as exc:
            # The email package raises these from deep inside header parsing ("From: 0@").
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "message {number}: a header cannot be read ({exc})"
                ).format(number=number, exc=exc)
            ) from exc
    return out


def _mail_message(
    msg: email.message.EmailMessage, number: int, origin: str, envelope: datetime | None = None
) -> Message:
    if not msg.keys():
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "message {number}: it has no headers").format(number=number)
        )
    sender = getaddresses([header_text(msg, "From")])
    peers = getaddresses([header_text(msg, "To"), header_text(msg, "Cc")])
    if not sender or not sender[0][1]:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "message {number}: no From address").format(number=number)
        )
    try:
        at = mail_date(str(msg["Date"]))
        # A letter without a Message-ID has always been known by its time as read before
        # "-0000" and zoneless Dates were read as UTC (in this computer's zone): it keeps it.
        known_at = parsedate_to_datetime(str(msg["Date"])).astimezone(UTC)
    except (TypeError, ValueError, IndexError, OverflowError) as exc:
        if envelope is None:
            raise _Undated from exc
        at = known_at = envelope
    mid = _mid(msg.get("Message-ID")) or uid(origin, number, msg.get("Subject"), known_at)
    parent = _mid(msg.get("In-Reply-To")) or _mid(
        (msg.get("References") or "").split()[-1:][0] if msg.get("References") else ""
    )
    return Message(
        mail_uuid(mid),
        "email",
        sender[0][1].lower(),
        False,
        at,
        text_of(msg),
        subject=header_text(msg, "Subject"),
        reply_to=mail_uuid(parent) if parent else "",
        line=number,
        peers=[a.lower() for _n, a in peers if a],
        names={a.lower(): n for n, a in [*sender, *peers] if a and n},
        message_id=_mid(msg.get("Message-ID")),
        references=tuple(_mid(r) for r in str(msg.get("References") or "").split() if _mid(r)),
        automatic=is_automatic(
            {n: str(msg.get(n, "") or "") for n in _AUTOMATIC_FIELDS if n in msg}
        ),
    )


_AUTOMATIC_FIELDS = ("auto-submitted", "x-autoreply", "x-autorespond", "precedence")


def read_mail(
    path: Path, notes: list[str] | None = None, progress: Progress | None = None
) -> list[Message]:
    """The letters of an .eml file or an mbox; see parse_mail for ``notes``."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if not head.strip() and not path.read_bytes().strip():
        raise InputError(QT_TRANSLATE_NOOP("Import", "{name} is empty").format(name=path.name))
    if not head.startswith(b"From "):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        return parse_mail([message], path.name, None, notes)
    envelopes: list[datetime | None] = []
    box = mailbox.mbox(str(path), factory=None, create=False)
    try:
        return parse_mail(_letters(box, envelopes), path.name, envelopes, notes, progress)
    finally:
        box.close()


#: A body line that was "From " (or an escaped one) before the mbox writer quoted it:
#: mboxrd quotes every such line with one more ">", mboxo (Thunderbird) only "From ".
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def _letters(
    box: mailbox.mbox, envelopes: list[datetime | None]
) -> Iterator[email.message.EmailMessage]:
    """The letters of an mbox one at a time, each one's "From " line time appended to
    ``envelopes`` as it is read, and the quoting of its body's "From " lines undone."""
    for key in box.keys():  # noqa: SIM118 (iterating a mailbox yields messages)
        envelopes.append(_envelope_time(box.get_file(key, from_=True).readline()))
        raw = box.get_bytes(key)
        if b">" in raw:  # no header line starts with ">": only the body's are touched
            raw = _QUOTED_FROM.sub(rb"\1", raw)
        yield email.message_from_bytes(raw, policy=email.policy.default)


# The time of a "From " line, as mail programs write it: RFC 4155's UTC ctime ("Tue Mar 12
# 10:00:00 2024"), with or without seconds, older ones' zone before the year (numeric, or a
# name such as "CET DST", which says too little and is read as UTC) and two-digit years.
_POSTMARK = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+(\d{1,2})\s+"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s+"
    r"(?:([+-])(\d{2})(\d{2})\s+|[A-Z]{1,5}(?:\s+DST)?\s+)?(\d{4}|\d{2})\b"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _envelope_time(line: bytes) -> datetime | None:
    """The time of an mbox "From sender Tue Mar 12 10:00:00 2024" line, in UTC."""
    found = _POSTMARK.search(line.decode("latin-1"))
    if not found:
        return None
    month, day, hour, minute, second, sign, zh, zm, year = found.groups()
    number = int(year)
    if len(year) == 2:  # RFC 4155: 70 and later are the 1970s
        number += 1900 if number >= 70 else 2000
    try:
        at = datetime(
            number, _MONTHS.index(month) + 1, int(day), int(hour), int(minute), int(second or 0),
            tzinfo=UTC,
        )  # fmt: skip
    except ValueError:
        return None
    if sign:
        at -= (1 if sign == "+" else -1) * timedelta(hours=int(zh), minutes=int(zm))
    return at


def looks_like_mail(data: bytes) -> bool:
    head = data[:4000]
    if head.startswith(b"From "):
        return True
    text = head.decode("latin-1").lower()
    return ("\nfrom:" in "\n" + text or text.startswith("from:")) and (
        "subject:" in text or "message-id:" in text or "date:" in text
    )


def kind_of(path: Path) -> str:
    """whatsapp, telegram, mail or '' — from the content, not the file name."""
    import zipfile

    from contacttracker.io.whatsapp import is_whatsapp

    if zipfile.is_zipfile(path):  # what iOS exports; anything odd inside is said on import
        return "whatsapp"
    with open(path, "rb") as fh:
        data = fh.read(HEAD_BYTES)
    if looks_like_mail(data):
        return "mail"
    try:
        text = read_head(path)
    except InputError:
        return ""
    if is_telegram(text):
        return "telegram"
    if is_whatsapp(text):
        return "whatsapp"
    return ""
