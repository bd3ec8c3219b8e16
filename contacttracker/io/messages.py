"""History from messengers and mail: WhatsApp and Telegram exports, .eml files and mboxes.

Each message becomes a conversation of the client it belongs to. UUIDs are derived from the
message itself (uuid5), so importing the same chat or mailbox again adds nothing.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import html
import json
import mailbox
import re
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_format import InputError, decode

NAMESPACE = uuidlib.UUID("6f1c1f9e-8b7a-4c39-9a3e-0c1d2e3f4a5b")
MEDIA = re.compile(
    r"^\u200e?(<(Media omitted|Без медіафайлів|Медиафайл пропущен|Медиа отсутствуют|"
    r"Файл пропущено)>|(image|video|audio|sticker|GIF|document) omitted)$",
    re.IGNORECASE,
)
# 12.03.24, 14:05 - Name: text   |   3/12/24, 2:05 PM - Name: text   |   [12.03.24, 14:05:33] Name: text
WHATSAPP_LINE = re.compile(
    r"^\u200e?\[?(?P<d1>\d{1,4})[./-](?P<d2>\d{1,2})[./-](?P<d3>\d{2,4}),?\s+"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?[\s\u202f]*(?P<ampm>[AaPp]\.?[Mm]\.?)?\]?"
    r"\s*(?:[-–]\s*)?(?P<rest>.*)$"
)


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


def _uid(*parts: object) -> str:
    return str(uuidlib.uuid5(NAMESPACE, "\x1f".join(str(p) for p in parts)))


# -- WhatsApp -----------------------------------------------------------------------------------


def is_whatsapp(text: str) -> bool:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    return bool(lines) and sum(bool(WHATSAPP_LINE.match(line)) for line in lines) >= max(
        1, len(lines) // 2
    )


def _date_order(matches: list[re.Match]) -> str:
    """'dmy', 'mdy' or 'ymd' for the whole file: phones write one order throughout."""
    if any(len(m["d1"]) == 4 for m in matches):
        return "ymd"
    if any(int(m["d1"]) > 12 for m in matches):
        return "dmy"
    if any(int(m["d2"]) > 12 for m in matches):
        return "mdy"
    dots = any("." in m.group(0)[:10] for m in matches)
    return "dmy" if dots else "mdy" if any(m["ampm"] for m in matches) else "dmy"


def parse_whatsapp(text: str, me: str, chat: str, tz=None) -> list[Message]:
    """A chat export (.txt) of Android or iOS; lines without a date continue the message."""
    raw = text.splitlines()
    matches = [m for line in raw if (m := WHATSAPP_LINE.match(line)) and ":" in m["rest"]]
    if not matches:
        raise InputError(QT_TRANSLATE_NOOP("Import", "no WhatsApp message lines found"))
    order = _date_order(matches)
    messages: list[Message] = []
    current: Message | None = None
    for number, line in enumerate(raw, start=1):
        m = WHATSAPP_LINE.match(line)
        if m and ":" in m["rest"]:
            sender, _, body = m["rest"].partition(":")
            at = _wa_time(m, order, number, tz)
            current = Message(
                "",
                "whatsapp",
                sender.strip(),
                sender.strip() == me.strip(),
                at,
                body.strip(),
                line=number,
            )
            messages.append(current)
        elif m:
            current = None  # a system line ("Messages are end-to-end encrypted")
        elif current is not None:
            current.text += "\n" + line
        elif line.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "line {number}: not a WhatsApp message line: {value1!r}"
                ).format(number=number, value1=line[:60])
            )
    for msg in messages:
        msg.text = msg.text.strip()
        if MEDIA.match(msg.text):
            msg.text = "[media]"
        msg.uuid = _uid("whatsapp", chat, msg.at.isoformat(), msg.sender, msg.text)
    return messages


def _wa_time(m: re.Match, order: str, number: int, tz) -> datetime:
    a, b, c = int(m["d1"]), int(m["d2"]), int(m["d3"])
    year, month, day = {"dmy": (c, b, a), "mdy": (c, a, b), "ymd": (a, b, c)}[order]
    year += 2000 if year < 100 else 0
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        local = datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "line {number}: {value1!r} is not a date ({exc})").format(
                number=number, value1=m.group(0)[:30], exc=exc
            )
        ) from exc
    return (
        local.astimezone(tz).astimezone(UTC)
        if tz is None
        else local.replace(tzinfo=tz).astimezone(UTC)
    )


# -- Telegram ------------------------------------------------------------------------------------


def is_telegram(text: str) -> bool:
    head = text.lstrip()[:4000]
    return head.startswith("{") and ('"messages"' in head or '"chats"' in head)


def _flat(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            _flat(v) if not isinstance(v, dict) else str(v.get("text", "")) for v in value
        )
    return ""


def parse_telegram(text: str, me: str) -> list[tuple[str, list[Message]]]:
    """(chat name, messages) for each chat of a Telegram Desktop export (result.json)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "line {lineno}: not valid JSON ({msg})").format(
                lineno=exc.lineno, msg=exc.msg
            )
        ) from exc
    chats = (
        data.get("chats", {}).get("list") if isinstance(data, dict) and "chats" in data else [data]
    )
    out = []
    for chat in chats or []:
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "not a Telegram export: no list of messages")
            )
        name = str(chat.get("name") or "")
        chat_id = chat.get("id", name)
        messages = []
        for raw in chat["messages"]:
            if not isinstance(raw, dict) or raw.get("type") != "message":
                continue
            try:
                if "date_unixtime" in raw:
                    at = datetime.fromtimestamp(int(raw["date_unixtime"]), UTC)
                else:
                    at = datetime.fromisoformat(str(raw["date"])).astimezone(UTC)
            except (KeyError, ValueError) as exc:
                raise InputError(
                    QT_TRANSLATE_NOOP("Import", "message {value1}: no usable date ({exc})").format(
                        value1=raw.get("id"), exc=exc
                    )
                ) from exc
            sender = str(raw.get("from") or "")
            body = _flat(raw.get("text", "")).strip() or (
                "[media]" if raw.get("media_type") or raw.get("photo") else ""
            )
            reply = raw.get("reply_to_message_id")
            messages.append(
                Message(
                    _uid("telegram", chat_id, raw.get("id")),
                    "telegram",
                    sender,
                    sender.strip() == me.strip(),
                    at,
                    body,
                    reply_to=_uid("telegram", chat_id, reply) if reply else "",
                )
            )
        out.append((name, messages))
    return out


# -- e-mail ------------------------------------------------------------------------------------


def _text_of(msg: email.message.EmailMessage) -> str:
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, UnicodeDecodeError):
        content = body.get_payload(decode=True).decode("utf-8", "replace")
    if body.get_content_type() == "text/html":
        content = re.sub(r"(?i)<(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", "\n", content)
        content = html.unescape(re.sub(r"<[^>]+>", "", content))
        content = "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in content.splitlines())
    return re.sub(r"\n{3,}", "\n\n", content).strip()


def _mid(value: str | None) -> str:
    return (value or "").strip().strip("<>").strip()


def mail_uuid(message_id: str) -> str:
    """The one identity of an e-mail, from its Message-ID (with or without the angle
    brackets): an imported, synced or sent copy of the same letter is the same row."""
    return _uid("mail", _mid(message_id))


def parse_mail(messages: list[email.message.EmailMessage], origin: str) -> list[Message]:
    """One Message per e-mail; a header the email package cannot read refuses the file."""
    out = []
    for number, msg in enumerate(messages, start=1):
        try:
            out.append(_mail_message(msg, number, origin))
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


def _mail_message(msg: email.message.EmailMessage, number: int, origin: str) -> Message:
    if not msg.keys():
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "message {number}: it has no headers").format(number=number)
        )
    sender = getaddresses([str(msg.get("From", ""))])
    peers = getaddresses([str(msg.get("To", "")), str(msg.get("Cc", ""))])
    if not sender or not sender[0][1]:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "message {number}: no From address").format(number=number)
        )
    try:
        at = parsedate_to_datetime(str(msg["Date"])).astimezone(UTC)
    except (TypeError, ValueError) as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "message {number}: no usable Date ({value1!r})").format(
                number=number, value1=msg.get("Date")
            )
        ) from exc
    mid = _mid(msg.get("Message-ID")) or _uid(origin, number, msg.get("Subject"), at)
    parent = _mid(msg.get("In-Reply-To")) or _mid(
        (msg.get("References") or "").split()[-1:][0] if msg.get("References") else ""
    )
    return Message(
        mail_uuid(mid),
        "email",
        sender[0][1].lower(),
        False,
        at,
        _text_of(msg),
        subject=str(msg.get("Subject", "") or ""),
        reply_to=mail_uuid(parent) if parent else "",
        line=number,
        peers=[a.lower() for _n, a in peers if a],
    )


def read_mail(path: Path) -> list[Message]:
    data = path.read_bytes()
    if not data.strip():
        raise InputError(QT_TRANSLATE_NOOP("Import", "{name} is empty").format(name=path.name))
    if data.startswith(b"From "):
        box = mailbox.mbox(str(path), factory=None, create=False)
        try:
            messages = [
                email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
                for key in box.keys()  # noqa: SIM118 (iterating a mailbox yields messages)
            ]
        finally:
            box.close()
    else:
        messages = [email.message_from_bytes(data, policy=email.policy.default)]
    return parse_mail(messages, path.name)


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
    data = path.read_bytes()[:65536]
    if looks_like_mail(data):
        return "mail"
    try:
        text = decode(data, path.name)
    except InputError:
        return ""
    if is_telegram(text):
        return "telegram"
    if is_whatsapp(text):
        return "whatsapp"
    return ""
