"""The mailbox as a source: e-mails with clients, read from IMAP into the log.

`sync_account(account, password)` reads INBOX, the Sent folder and the account's picked
folders. The first time a folder is read it reaches back `since_days` (SEARCH SINCE); later
only UIDs after the last one seen, while the folder's UIDVALIDITY stays; a new UIDVALIDITY
reads the period again, and nothing doubles, because an e-mail's identity is its
Message-ID, the same as the .eml/mbox import's (io.messages.mail_uuid).

Headers come first, for every message; only those from or to a client's address get their
text fetched (capped), and only those are stored. Each batch of UIDs is one transaction
that also moves the folder's mark, so a sync cut off mid-way leaves the database as it
was before that batch, and the next one resumes there. A letter that cannot be read is
skipped or kept without what could not be read, named by folder and UID in the report.
"""

from __future__ import annotations

import binascii
import contextlib
import email
import email.errors
import email.header
import email.message
import email.parser
import email.policy
import quopri
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import getaddresses

from contacttracker.domain.channels import EMAIL
from contacttracker.domain.mail_account import Account
from contacttracker.domain.rules import IN, OUT
from contacttracker.domain.storable import storable_fields
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.domain.words import Message as Worded
from contacttracker.io.imap import (
    MailError,
    close,
    enable_condstore,
    find_folders,
    log_in,
    network_error,
)
from contacttracker.io.message_import import conversation_row
from contacttracker.io.messages import (
    AWAITING_REPLY,
    Message,
    eight_bit,
    is_automatic,
    legacy_text,
    mail_date,
    mail_uuid,
    part_text,
    text_of,
    unknown_charset,
)
from contacttracker.store import mail_sync as state
from contacttracker.store.conversations import MAX_TEXT
from contacttracker.store.settings import author

BATCH = 1000
#: A letter up to this size is fetched whole (its text and its attachments' names in one
#: read); a bigger one gets only its text part, up to TEXT_CAP bytes.
WHOLE_LIMIT = 1024 * 1024
TEXT_CAP = 256 * 1024
#: Whole letters are fetched in groups of at most this many bytes.
GROUP_BYTES = 16 * 1024 * 1024
REPLY_WINDOW = timedelta(days=30)
HEADER_FIELDS = (
    "FROM TO CC BCC DATE SUBJECT MESSAGE-ID IN-REPLY-TO REFERENCES"
    " AUTO-SUBMITTED X-AUTOREPLY X-AUTORESPOND PRECEDENCE"
)
HEAD = f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"
_HEAD_KEY = f"BODY[HEADER.FIELDS ({HEADER_FIELDS})]".encode()
ITEMS = [HEAD, "INTERNALDATE", "RFC822.SIZE", "BODYSTRUCTURE"]
#: Public webmail domains: an address there says nothing about which client it is.
WEBMAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "ymail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "zoho.com",
        "fastmail.com",
        "tutanota.com",
        "yandex.ru",
        "yandex.ua",
        "yandex.com",
        "ya.ru",
        "mail.ru",
        "inbox.ru",
        "list.ru",
        "bk.ru",
        "rambler.ru",
        "ukr.net",
        "i.ua",
        "meta.ua",
        "bigmir.net",
        "online.ua",
    ]
)
_PREFIXES = re.compile(r"^\s*((re|fwd?|aw|sv|tr|ответ|відповідь|відп|отв)(\[\d+\])?\s*:\s*)+", re.I)
_REPLY = re.compile(r"^\s*(re|aw|sv|ответ|відповідь|відп|отв)(\[\d+\])?\s*:", re.I)

Progress = Callable[[str, int, int], None]  # (folder, messages done, messages to read)


@dataclass
class SyncReport:
    """What a sync did: new e-mails with clients stored, those already in the log, the
    others (not about a client: not stored at all), and each letter it could not read."""

    account: str
    stored: int = 0
    present: int = 0
    others: int = 0
    problems: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = QT_TRANSLATE_NOOP(
            "Mailbox", "{stored} e-mails with clients, {others} others not stored"
        ).format(stored=self.stored, others=self.others)
        if self.present:
            text += QT_TRANSLATE_NOOP("Mailbox", ", {present} already in the log").format(
                present=self.present
            )
        return text


class SyncFailed(MailError):
    """The server failed mid-way; `report` says what was stored before that."""

    def __init__(self, cause: MailError, report: SyncReport) -> None:
        super().__init__(cause.kind, str(cause), cause.fingerprint)
        self.report = report


def base_subject(subject: str) -> str:
    """The subject without its Re:/Fwd:/Відп: prefixes, case-folded."""
    return " ".join(_PREFIXES.sub("", subject or "").split()).casefold()


def is_reply_subject(subject: str) -> bool:
    """Re:, AW:, Відп:, Ответ: and the like (a forwarded letter answers nothing)."""
    return bool(_REPLY.match(subject or ""))


@dataclass(slots=True)
class _Head:
    """What the headers say, enough to decide whether the letter is about a client."""

    uid: int
    sender: str
    recipients: list[str]
    subject: str
    message_id: str
    parents: list[str]  # In-Reply-To first, then References from the latest back
    references: list[str]  # as the letter has them, the earliest first
    date_header: str
    at: datetime
    size: int
    structure: object
    #: Sent by a program, not the person: an out-of-office reply (RFC 3834), a mailing.
    automatic: bool = False


_HEADERS = email.parser.BytesHeaderParser(policy=email.policy.compat32)


def _parse_head(raw: bytes) -> email.message.Message:
    """The headers as compat32 reads them: it never refuses a header, and it reads them in a
    small part of the default policy's time, which every letter of the mailbox pays, the
    client's or not."""
    return _HEADERS.parsebytes(raw)


_RAW_BYTES = re.compile("[\udc80-\udcff]")


def _text(value: object) -> str:
    """A header's text; compat32's raw encoded words (=?utf-8?...?=) decoded."""
    if value is None:
        return ""
    text = str(value)
    if "=?" not in text:
        return text
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except LookupError:  # a charset no codec has: read as a mail program would guess it
        with contextlib.suppress(UnicodeError, ValueError, email.errors.HeaderParseError):
            return "".join(
                legacy_text(part) if isinstance(part, bytes) else part
                for part, _charset in email.header.decode_header(text)
            )
        return text
    except (UnicodeError, ValueError, email.errors.HeaderParseError):
        return text


def _raw_headers(msg: email.message.Message, charset: str = "") -> dict[str, str]:
    """Each header's first value as written (compat32 would hand back a Header object,
    its 8-bit bytes lost, for one with bytes outside ASCII)."""
    found: dict[str, str] = {}
    for name, value in msg.raw_items():
        if _RAW_BYTES.search(value):
            value = eight_bit(value.encode("ascii", "surrogateescape"), charset)
        found.setdefault(name.lower(), value)
    return found


_FOLD = re.compile(r"\r?\n(?=[ \t])")


def head_fields(raw: bytes, charset: str = "") -> dict[str, str]:
    """Header name (lower case) → its first value, unfolded, 8-bit bytes read as UTF-8
    (RFC 6532), else in `charset` (see messages.eight_bit); encoded words are left for
    _header. The fields a FETCH of HEADER.FIELDS returns are split here at once; anything
    that is not plain "Name: value" lines goes through the email package (compat32), which
    reads any header but is many times slower than splitting the lines."""
    found: dict[str, str] = {}
    text = eight_bit(raw, charset)
    if "\n " in text or "\n\t" in text:
        text = _FOLD.sub("", text)
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name or " " in name or "\t" in name:
            return _raw_headers(_parse_head(raw), charset)
        found.setdefault(name.lower(), value.strip())
    return found


def _header(raw: dict[str, str], name: str) -> str:
    value = raw.get(name, "")
    if "=?" not in value and "\n" not in value:
        return value
    try:
        return _text(value).replace("\r", "").replace("\n", "")
    except Exception:  # a header nothing can read counts as missing
        return ""


def _internal(value: object) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.astimezone().astimezone(UTC)
    return datetime.now(UTC)


def _when(date_header: str, internal: datetime) -> datetime:
    """The Date header's time, unless it is missing or absurd (before 1990, or more than a
    day after the server received it): then the server's INTERNALDATE."""
    try:
        at = mail_date(date_header)
    except (TypeError, ValueError, IndexError, OverflowError):
        return internal
    if at.year < 1990 or at > internal + timedelta(days=1):
        return internal
    return at


def _mids(value: str) -> list[str]:
    return [m.strip("<>") for m in re.findall(r"<[^<>\s]+>", value or "")] or (
        [value.strip().strip("<>")] if value and value.strip() and " " not in value.strip() else []
    )


_ANGLED = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+?)\s*>")
_BARE = re.compile(r"[^\s<>,;:]+@[^\s<>,;:]+")


def addresses(text: str) -> list[str]:
    """The addresses of an address header, lower case, in order. A header with quoted names
    or comments goes through the email package's parser; the plain forms every mail
    program writes ("Name <a@b>", "a@b, c@d") are read at once (the parser was the headers
    pass's largest cost; docs/performance.md)."""
    if not text:
        return []
    if '"' in text or "(" in text or "\\" in text:
        return [a.strip().lower() for _n, a in getaddresses([text]) if a]
    found = _ANGLED.findall(text) + _BARE.findall(_ANGLED.sub(" ", text))
    return list(dict.fromkeys(a.lower() for a in found))


def addressed(data: dict) -> tuple[dict[str, str], str, list[str]]:
    """A letter's header fields, its sender and its recipients: all that deciding whether
    it is about a client needs (the rest of its headers is read only for those that are).

    Addresses are read from the fields as written, encoded words left alone: RFC 2047
    forbids them inside an address, so an address there is only a display name."""
    raw = data.get(_HEAD_KEY, b"") or b""
    structure = data.get(b"BODYSTRUCTURE")
    msg = head_fields(raw, "" if raw.isascii() else _text_charset(structure))
    sender = addresses(msg.get("from", ""))
    recipients = addresses(", ".join(msg[n] for n in ("to", "cc", "bcc") if n in msg))
    return msg, sender[0] if sender else "", recipients


# What separates the words of a header: an address found in a field (unless written in
# the obsolete forms with spaces or comments inside it) is always one whole word.
_SEPARATORS = re.compile(r'[\s()<>\[\]:;,\\"]+')


def mentions_a_client(data: dict, clients: _Clients) -> bool:
    """Whether any address-like word of the letter's headers is a client's: when none is,
    the letter is not about a client whatever its fields say, and is not read further
    (most letters of a mailbox)."""
    raw = data.get(_HEAD_KEY, b"") or b""
    text = raw.decode("utf-8", "replace").lower()
    return any(clients.of(word) is not None for word in _SEPARATORS.split(text) if "@" in word)


def read_head(uid: int, data: dict, seen: tuple | None = None) -> _Head:
    """The letter's headers; `seen` is what `addressed` read of them already."""
    msg, sender, recipients = seen or addressed(data)
    internal = _internal(data.get(b"INTERNALDATE"))
    date_header = _header(msg, "date")
    references = _mids(_header(msg, "references"))
    return _Head(
        uid=uid,
        sender=sender,
        recipients=recipients,
        subject=_header(msg, "subject"),
        message_id=(_mids(_header(msg, "message-id")) or [""])[0],
        parents=list(dict.fromkeys(_mids(_header(msg, "in-reply-to")) + references[::-1])),
        references=references,
        date_header=date_header,
        at=_when(date_header, internal),
        size=int(data.get(b"RFC822.SIZE") or 0),
        structure=data.get(b"BODYSTRUCTURE"),
        automatic=is_automatic(msg),
    )


def _text_charset(structure) -> str:
    """The charset the letter's text part names in its BODYSTRUCTURE ('' when none)."""
    with contextlib.suppress(TypeError, ValueError, IndexError, AttributeError):
        for _section, part in _walk(structure):
            kind, _enc, params, _size, name = _leaf(part)
            if kind.startswith("text/") and not name:
                return params.get("charset", "")
    return ""


def date_guess(head: _Head) -> Worded | None:
    """Why the server's arrival time stands in for the letter's Date, if it does."""
    if not head.date_header.strip():
        return QT_TRANSLATE_NOOP("Mailbox", "no Date: the server's arrival time is used").format()
    try:
        written = mail_date(head.date_header)
    except (TypeError, ValueError, IndexError, OverflowError):
        written = None
    if written == head.at:
        return None
    return QT_TRANSLATE_NOOP(
        "Mailbox", "a Date that cannot be right ({date}): the server's arrival time is used"
    ).format(date=head.date_header[:60])


class _Clients:
    """Whose an address is: a client's handle, or (when the account asks) an address at a
    client's own domain, never at a public webmail domain or at one of ours."""

    def __init__(self, acc: Account) -> None:
        self.by_address = state.client_addresses()
        self.by_domain: dict[str, int] = {}
        if acc.match_domains:
            ours = {a.rpartition("@")[2] for a in acc.addresses}
            owners: dict[str, set[int]] = {}
            for address, cid in self.by_address.items():
                domain = address.rpartition("@")[2]
                if domain and domain not in WEBMAIL and domain not in ours:
                    owners.setdefault(domain, set()).add(cid)
            self.by_domain = {d: next(iter(c)) for d, c in owners.items() if len(c) == 1}

    def of(self, address: str) -> int | None:
        found = self.by_address.get(address)
        if found is None and self.by_domain:
            found = self.by_domain.get(address.rpartition("@")[2])
        return found


def _decide(
    sender: str, recipients: list[str], own: set[str], clients: _Clients
) -> tuple[int, str] | None:
    """(client id, direction) for a letter from or to a client; None for any other."""
    if sender in own:
        found = next((c for a in recipients if (c := clients.of(a)) is not None), None)
        return (found, OUT) if found is not None else None
    if sender and (cid := clients.of(sender)) is not None:
        return cid, IN
    # A colleague's letter to a client that we received a copy of.
    found = next((c for a in recipients if (c := clients.of(a)) is not None), None)
    return (found, OUT) if found is not None else None


# -- bodies --------------------------------------------------------------------------------


def _size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _walk(structure, section: str = "") -> Iterable[tuple[str, object]]:
    """(section, part) for each leaf of a BODYSTRUCTURE: 1, 2, 2.1, ... (a letter that is
    one part is section 1)."""
    if structure is None:
        return
    if getattr(structure, "is_multipart", False):
        for number, part in enumerate(structure[0], start=1):
            yield from _walk(part, f"{section}.{number}" if section else str(number))
        return
    yield section or "1", structure


def _leaf(part) -> tuple[str, str, dict[str, str], int, str]:
    """(type/subtype, encoding, params, size, file name) of a non-multipart part."""

    def s(v) -> str:
        return v.decode("utf-8", "replace").lower() if isinstance(v, bytes) else str(v or "")

    kind = f"{s(part[0])}/{s(part[1])}"
    params = {}
    raw = part[2] if len(part) > 2 and isinstance(part[2], tuple | list) else ()
    for key, value in zip(raw[::2], raw[1::2], strict=False):
        params[s(key)] = value.decode("utf-8", "replace") if isinstance(value, bytes) else ""
    encoding = s(part[5]) if len(part) > 5 else ""
    size = int(part[6]) if len(part) > 6 and isinstance(part[6], int) else 0
    if encoding == "base64":  # the size on the server is the encoded one: 78 bytes a line of 57
        size = size * 57 // 78
    name = params.get("name", "")
    for item in part[7:] if len(part) > 7 else ():
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], tuple):
            pairs = item[1]
            for key, value in zip(pairs[::2], pairs[1::2], strict=False):
                if s(key) == "filename" and isinstance(value, bytes):
                    name = value.decode("utf-8", "replace")
    with contextlib.suppress(LookupError, UnicodeError, email.errors.HeaderParseError):
        name = str(email.header.make_header(email.header.decode_header(name))) if name else ""
    return kind, encoding, params, size, name


def _structure_parts(structure) -> tuple[str, str, list[tuple[str, int]]]:
    """From a BODYSTRUCTURE: the section of the text part (plain preferred, else HTML), its
    type, and the attachments (name, size)."""
    plain = html = ""
    attachments = []
    try:
        for section, part in _walk(structure):
            kind, _enc, _params, size, name = _leaf(part)
            if name:
                attachments.append((name, size))
            elif kind == "text/plain" and not plain:
                plain = section
            elif kind == "text/html" and not html:
                html = section
    except (TypeError, ValueError, IndexError, AttributeError):
        return "", "", []
    if plain:
        return plain, "text/plain", attachments
    return html, "text/html", attachments


def _fallback_text(raw: bytes) -> str:
    """The first text part of a letter the default policy cannot take apart."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or "utf-8"
            try:
                return payload.decode(charset, "replace")
            except LookupError:
                return payload.decode("utf-8", "replace")
    return ""


_PLAIN = re.compile(
    r'\s*text/plain\s*(?:;\s*charset\s*=\s*"?([\w.:-]+)"?\s*)?'
    r'(?:;\s*(?:format|delsp|reply-type)\s*=\s*"?[\w-]+"?\s*)*;?\s*',
    re.IGNORECASE,
)


_BLANK_LINES = re.compile(r"\n{3,}")


def _plain_text(raw: bytes) -> str | None:
    """The text of a letter that is one sound text/plain part, read the quick way (its
    headers split as above, its body decoded here, far quicker than the default policy);
    None for any other letter, which the default policy reads."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = raw.partition(b"\n\n")
    fields = head_fields(head)
    kind = _PLAIN.fullmatch(fields.get("content-type", "text/plain"))
    if kind is None or "filename" in fields.get("content-disposition", ""):
        return None
    charset = kind[1] or "us-ascii"
    encoding = fields.get("content-transfer-encoding", "7bit").strip().lower()
    try:
        if encoding in ("7bit", "8bit", "binary"):
            payload = body
        elif encoding == "base64":
            payload = binascii.a2b_base64(body)
        elif encoding == "quoted-printable":
            payload = quopri.decodestring(body)
        else:
            return None
        content = payload.decode(charset)
    except (binascii.Error, LookupError, UnicodeDecodeError, ValueError):
        return None  # the default policy's path says what was wrong
    if "\r" in content:
        content = content.replace("\r\n", "\n").replace("\r", "\n")
    if "\n\n\n" in content:
        content = _BLANK_LINES.sub("\n\n", content)
    return content.strip()


def _whole_text(raw: bytes) -> tuple[str, list[tuple[str, int]], str]:
    """(text, attachments, problem or '') of a whole letter."""
    try:
        quick = _plain_text(raw)
    except Exception:
        quick = None
    if quick is not None:
        return quick, [], ""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = text_of(msg)
        attachments = []
        for part in msg.iter_attachments():
            name = part.get_filename() or ""
            if name:
                payload = part.get_payload(decode=True) or b""
                attachments.append((name, len(payload)))
        defects = sorted({type(d).__name__ for part in msg.walk() for d in part.defects})
        guessed = unknown_charset(msg) if not defects else None
        if guessed:
            return text, attachments, _charset_guess(*guessed)
        return text, attachments, ", ".join(defects)
    except Exception as exc:  # broken MIME, an unknown charset, a header the package refuses
        try:
            return _fallback_text(raw).strip(), [], str(exc) or type(exc).__name__
        except Exception as again:
            return "", [], str(again) or type(again).__name__


def _charset_guess(charset: str, read_as: str) -> Worded:
    return QT_TRANSLATE_NOOP("Mailbox", "an unknown charset ({charset}): read as {read_as}").format(
        charset=charset[:40], read_as=read_as
    )


def _part_text(mime: bytes, body: bytes) -> str:
    msg = email.message_from_bytes(mime + body, policy=email.policy.default)
    content = part_text(msg)
    if msg.get_content_type() == "text/html":
        wrapper = email.message.EmailMessage()
        wrapper.set_content(content, subtype="html")
        return text_of(wrapper)
    return str(content).strip()


def _key(data: dict, prefix: bytes) -> bytes:
    for key, value in data.items():
        if isinstance(key, bytes) and key.startswith(prefix):
            return value or b""
    return b""


def fetch_texts(client, heads: list[_Head]) -> dict[int, tuple[str, list, str]]:
    """uid → (text, attachments, problem) for these letters: small ones whole, a big one
    only its text part up to TEXT_CAP (its attachments named from BODYSTRUCTURE)."""
    out: dict[int, tuple[str, list, str]] = {}
    group: list[int] = []
    held = 0
    for head in [h for h in heads if h.size <= WHOLE_LIMIT] + [None]:
        if head is None or (group and held + head.size > GROUP_BYTES):
            for uid, data in client.fetch(group, ["BODY.PEEK[]"]).items() if group else ():
                out[uid] = _whole_text(_key(data, b"BODY[]"))
            group, held = [], 0
        if head is not None:
            group.append(head.uid)
            held += head.size
    for head in heads:
        if head.size <= WHOLE_LIMIT:
            continue
        section, kind, attachments = _structure_parts(head.structure)
        if not section:
            out[head.uid] = ("", attachments, "")
            continue
        data = client.fetch(
            [head.uid], [f"BODY.PEEK[{section}.MIME]", f"BODY.PEEK[{section}]<0.{TEXT_CAP}>"]
        ).get(head.uid, {})
        mime = _key(data, f"BODY[{section}.MIME]".encode()) or (
            f"Content-Type: {kind}\r\n\r\n".encode()
        )
        body = _key(data, f"BODY[{section}]<".encode())
        try:
            out[head.uid] = (_part_text(mime, body), attachments, "")
        except Exception as exc:
            out[head.uid] = ("", attachments, str(exc) or type(exc).__name__)
    return out


# -- one folder ------------------------------------------------------------------------------


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@contextlib.contextmanager
def _quick_switches() -> Iterator[None]:
    """While both threads of a sync run: the database's thread gives the interpreter up at
    every step of a statement, and with the default interval waits up to 5 ms for it back
    each time from the thread that parses the server's answer."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, 0.0005))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


class _Folder:
    """Reading one folder into the database, a batch at a time."""

    def __init__(self, client, acc, folder, clients, report, who, progress) -> None:
        self.client, self.acc, self.folder = client, acc, folder
        self.clients, self.report, self.who, self.progress = clients, report, who, progress
        self.own = set(acc.addresses)
        self.modseq = 0  # the folder's HIGHESTMODSEQ where the server offers CONDSTORE
        self.password: str | None = None  # for a reading process's own login

    def uids_to_read(self, since: date | None, kept) -> tuple[int, list[int]]:
        """The folder's UIDVALIDITY and the UIDs to read: those after the mark while the
        folder keeps its UIDVALIDITY, else those of the account's period; with `since`,
        also every one since that day.

        Where the server offers CONDSTORE, a folder read whole before is asked only what
        changed since its HIGHESTMODSEQ then (nothing at all when it has not moved); else
        by UID after the mark (nothing when UIDNEXT says none came)."""
        info = self.client.select_folder(self.folder, readonly=True)
        validity = int(info.get(b"UIDVALIDITY", 0))
        self.modseq = int(info.get(b"HIGHESTMODSEQ", 0) or 0)
        uids: set[int] = set()
        if kept is not None and kept.validity == validity and self.modseq and kept.modseq:
            if self.modseq > kept.modseq:
                found = self.client.search(["MODSEQ", str(kept.modseq + 1)])
                uids.update(u for u in found if u > kept.last_uid)
        elif kept is not None and kept.validity == validity:
            next_uid = info.get(b"UIDNEXT")
            if next_uid is None or int(next_uid) > kept.last_uid + 1:
                found = self.client.search(["UID", f"{kept.last_uid + 1}:*"])
                uids.update(u for u in found if u > kept.last_uid)
        else:
            since = since or date.today() - timedelta(days=self.acc.since_days)
        if since is not None:
            uids.update(self.client.search(["SINCE", since]))
        return validity, sorted(uids)

    def select(self, since: date | None) -> None:
        """Select the folder and find what to read (the first step of `run`)."""
        self.kept = state.folder_state(self.acc.key, self.folder)
        self.validity, self.uids = self.uids_to_read(since, self.kept)

    def reselect(self, since: date | None) -> None:
        """Select the folder again after others; should its UIDVALIDITY have moved
        meanwhile, what to read is found again."""
        info = self.client.select_folder(self.folder, readonly=True)
        if int(info.get(b"UIDVALIDITY", 0)) != self.validity:
            self.select(since)

    def run(self, since: date | None, *, selected: bool = False) -> None:
        """Batch after batch. A second thread, which alone uses the connection, reads each
        batch from the server (headers, then the clients' letters, taken apart) while this
        one writes the batch before it, so the server's time, the parsing and the
        database's time overlap."""
        if not selected:
            self.select(since)
        kept, validity, uids = self.kept, self.validity, self.uids
        chunks = list(_chunks(uids, BATCH))
        done = 0
        with self.batches(chunks, validity) as batches:
            for number, chunk in enumerate(chunks):
                wanted, texts, others, problems = next(batches)
                self.report.others += others
                self.report.problems += problems
                rows, links, headers = self.rows(wanted, texts)
                last = max(chunk)
                if kept is not None and kept.validity == validity:
                    last = max(last, kept.last_uid)
                # The folder's HIGHESTMODSEQ only with its last batch: a sync cut off before
                # it leaves the next one to ask by UID, so no letter is skipped.
                whole = self.modseq if number + 1 == len(chunks) else 0
                self.write(rows, links, headers, state.FolderState(validity, last, whole))
                done += len(chunk)
                if self.progress is not None:
                    self.progress(self.folder, done, len(uids))
        if not uids and (kept is None or kept.validity != validity):
            state.mark_empty_folder(
                self.acc.key, self.folder, state.FolderState(validity, 0, self.modseq)
            )
        elif not uids and kept is not None and self.modseq != kept.modseq:
            # Nothing new, but flags moved (or CONDSTORE is new here): the mark moves on,
            # so the next sync does not ask again.
            state.mark_empty_folder(
                self.acc.key,
                self.folder,
                state.FolderState(validity, kept.last_uid, self.modseq),
            )

    @contextlib.contextmanager
    def batches(self, chunks: list[list[int]], validity: int) -> Iterator[Iterator[tuple]]:
        """The chunks read, in order, while the caller writes each one. A long folder is
        read by a process of its own, with its own connection, so that the library's
        parsing of the server's answers and ours never wait for the interpreter the
        database's thread holds; a short one by a second thread on this connection."""
        if len(chunks) >= PROCESS_FROM and self.password is not None:
            with _read_elsewhere(self, chunks, validity) as batches:
                yield batches
            return
        with _quick_switches(), ThreadPoolExecutor(max_workers=1) as pool:

            def read_ahead() -> Iterator[tuple]:
                pending = pool.submit(self.read, chunks[0]) if chunks else None
                for number in range(len(chunks)):
                    batch = pending.result()
                    if number + 1 < len(chunks):
                        pending = pool.submit(self.read, chunks[number + 1])
                    yield batch

            yield read_ahead()

    def read(self, chunk: list[int]) -> tuple[list, dict, int, list[str]]:
        """One batch from the server, touching no database: its letters with clients as
        (headers, client id, direction), their texts, how many others it held, and what
        could not be read."""
        problems: list[str] = []
        wanted, others = self.decide(chunk, self.client.fetch(chunk, ITEMS), problems)
        texts = fetch_texts(self.client, [h for h, _c, _d in wanted]) if wanted else {}
        return wanted, texts, others, problems

    def decide(
        self, chunk: list[int], fetched: dict, problems: list[str]
    ) -> tuple[list[tuple[_Head, int, str]], int]:
        """The batch's letters with clients, as (headers, client id, direction), and how
        many others there were. Only the addresses of the others are read."""
        wanted: list[tuple[_Head, int, str]] = []
        others = 0
        for uid in chunk:
            data = fetched.get(uid)
            if data is None:
                continue  # expunged meanwhile
            try:
                if not mentions_a_client(data, self.clients):
                    others += 1
                    continue
                seen = addressed(data)
                decided = _decide(seen[1], seen[2], self.own, self.clients)
                if decided is None:
                    others += 1
                    continue
                head = read_head(uid, data, seen)
            except Exception as exc:
                problems.append(self.problem_text(
                    uid, QT_TRANSLATE_NOOP("Mailbox", "headers cannot be read ({exc})"), exc=exc
                ))  # fmt: skip
                continue
            wanted.append((head, *decided))
        return wanted, others

    def problem_text(self, uid: int, phrase, **values) -> str:
        """`phrase` with its values, or a phrase already filled in, named by folder and UID."""
        what = phrase if isinstance(phrase, Worded) else phrase.format(**values)
        return QT_TRANSLATE_NOOP("Mailbox", "{folder} UID {uid}: {what}").format(
            folder=self.folder, uid=uid, what=what
        )

    def problem(self, uid: int, phrase, **values) -> None:
        self.report.problems.append(self.problem_text(uid, phrase, **values))

    def rows(self, wanted, texts) -> tuple[list[tuple], list[tuple[str, str, str, str]], dict]:
        """The batch's rows and links for the bulk writer, and each letter's Message-ID and
        References (uuid → both) to keep beside it."""
        from contacttracker.store.bulk_write import existing_ids

        messages: list[tuple[Message, _Head, int, str]] = []
        seen: set[str] = set()
        for head, client_id, direction in wanted:
            text, attachments, trouble = texts.get(head.uid, ("", [], ""))
            if isinstance(trouble, Worded):  # read, with a guess it names
                self.problem(head.uid, trouble)
            elif trouble:
                self.problem(
                    head.uid,
                    QT_TRANSLATE_NOOP(
                        "Mailbox", "damaged, kept as far as it could be read ({exc})"
                    ),
                    exc=trouble,
                )
            if guessed := date_guess(head):
                self.problem(head.uid, guessed)
            if head.size > WHOLE_LIMIT:
                self.problem(
                    head.uid,
                    QT_TRANSLATE_NOOP(
                        "Mailbox", "a letter of {size}: its text kept, attachments by name only"
                    ),
                    size=_size_words(head.size),
                )
            if attachments:
                names = ", ".join(f"{n} ({_size_words(s)})" for n, s in attachments)
                text = f"{text}\n\n[{names}]".strip()
            if len(text) > MAX_TEXT:
                text = text[: MAX_TEXT - 1] + "…"
            identity = head.message_id or "\x1f".join(
                ("no-message-id", head.sender, head.date_header, head.subject, *head.recipients)
            )
            message = Message(
                mail_uuid(identity),
                EMAIL,
                head.sender,
                direction == OUT,
                head.at,
                text,
                subject=head.subject,
            )
            storable_fields(message)
            if message.uuid in seen:
                continue
            seen.add(message.uuid)
            messages.append((message, head, client_id, direction))
        if not messages:
            return [], [], {}
        parents = sorted({mail_uuid(p) for _m, h, _c, _d in messages for p in h.parents})
        known = seen | set(existing_ids("conversation", parents)) if parents else seen
        rows, links = [], []
        batch_rows: list[tuple[Message, int, str]] = []
        for message, head, client_id, direction in messages:
            parent = next(
                (u for p in head.parents if (u := mail_uuid(p)) in known and u != message.uuid),
                "",
            )
            if head.automatic:  # she has not read ours, and it wants no answer
                parent = ""
            elif not parent and is_reply_subject(head.subject):
                parent = self.answered(message, client_id, direction, batch_rows)
            if parent:
                links.append((message.uuid, "", "", parent))
            row = conversation_row(message, client_id, direction, self.who)
            if head.automatic and direction == IN:
                row = (*row[:-1], AWAITING_REPLY)  # logged, closed: nothing to answer
            rows.append(row)
            batch_rows.append((message, client_id, direction))
        headers = {m.uuid: (h.message_id, h.references) for m, h, _c, _d in messages}
        return rows, links, headers

    def answered(self, message: Message, client_id: int, direction: str, batch_rows) -> str:
        """The e-mail a "Re:" letter answers when it names none: the latest one the other way
        with the same client, under the same subject, within 30 days before it."""
        other = IN if direction == OUT else OUT
        wanted = base_subject(message.subject)
        earliest = message.at - REPLY_WINDOW
        local = [
            m.uuid
            for m, c, d in reversed(batch_rows)
            if c == client_id and d == other and earliest <= m.at <= message.at
            and base_subject(m.subject) == wanted
        ]  # fmt: skip
        if local:
            return local[0]
        for uuid, subject in state.recent_emails(client_id, other, earliest, message.at):
            if base_subject(subject) == wanted:
                return uuid
        return ""

    def write(self, rows, links, headers, mark: state.FolderState) -> None:
        from contacttracker.store.import_report import ImportRejected, Report

        outcome = Report(file=self.folder)
        try:
            state.write_batch(self.acc.key, self.folder, rows, links, mark, outcome, headers)
        except ImportRejected as exc:  # not expected: every link was checked above
            self.report.problems.append(f"{self.folder}: {exc}")
            return
        self.report.stored += outcome.added
        self.report.present += outcome.skipped


# -- reading in a process of its own -----------------------------------------------------------

#: A folder of at least this many batches is read by processes of their own, this many.
PROCESS_FROM = 4
READERS = 2
#: While the readers read, this connection says it is there at least this often.
KEEP_ALIVE_S = 60


@contextlib.contextmanager
def _read_elsewhere(folder: _Folder, chunks: list[list[int]], validity: int):
    """The batches as the reading processes send them, in order; they are stopped when the
    caller is done or fails. Their failures arrive as the MailError they were there.

    READERS processes, each with its own connection (Thunderbird keeps up to five to one
    server), take the batches in turn: the library's parsing of the server's answers,
    most of a first sync, is then shared between the cores. Where a reader cannot start
    or is not let in before it has read anything (a server that allows few connections
    at once), the rest is read here, on this connection, as a short folder is."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # never fork a process with a window
    pipes, children = [], []

    def stop() -> None:
        for pipe in pipes:
            pipe.close()
        for child in children:
            child.join(timeout=5)
            if child.is_alive():
                child.terminate()
                child.join()
        pipes.clear()
        children.clear()

    def here(start: int) -> Iterator[tuple]:
        stop()
        for chunk in chunks[start:]:
            yield folder.read(chunk)

    def received() -> Iterator[tuple]:
        heard: set[int] = set()  # the readers that have sent a batch
        kept_alive = time.monotonic()
        for number in range(len(chunks)):
            if not pipes:
                yield from here(number)
                return
            reader = number % len(pipes)
            try:
                message = pipes[reader].recv()
            except EOFError:
                message = ("error", "lost", QT_TRANSLATE_NOOP(
                    "Mailbox", "the reading of the mailbox stopped mid-way"), "")  # fmt: skip
            except Exception as exc:  # a batch that cannot be taken back out of the pipe
                message = ("error", "server", _failed(exc), "")
            if message[0] == "changed":  # the folder's UIDVALIDITY moved meanwhile
                raise MailError("lost", message[1])
            if message[0] == "error":
                if reader not in heard:  # not let in, or never started: read here
                    yield from here(number)
                    return
                raise MailError(*message[1:])
            heard.add(reader)
            if time.monotonic() - kept_alive > KEEP_ALIVE_S:
                folder.client.noop()  # this connection waits for the next folder meanwhile
                kept_alive = time.monotonic()
            yield message[1:]

    try:
        try:
            for first in range(min(READERS, len(chunks))):
                ours, theirs = context.Pipe(duplex=False)
                pipes.append(ours)
                child = context.Process(
                    target=_reading_process,
                    args=(theirs, folder.acc, folder.password, folder.folder, validity,
                          chunks[first::READERS], folder.clients),
                    daemon=True,
                )  # fmt: skip
                child.start()
                children.append(child)
                theirs.close()
        except Exception:  # no process to be had here: read on this connection
            stop()
        yield received()
    finally:
        stop()


def _failed(exc: BaseException) -> str:
    return QT_TRANSLATE_NOOP("Mailbox", "the mailbox could not be read: {reason}").format(
        reason=str(exc) or type(exc).__name__
    )


def _portable(value):
    """A problem or a text's trouble as it can travel to another process: the values of a
    message as their words (an exception among them may not come back out of a pipe)."""
    if isinstance(value, Worded):
        return Worded(value.phrase, {k: _portable(v) for k, v in value.values.items()})
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


def _reading_process(conn, acc: Account, password: str, name: str, validity: int,
                     chunks: list[list[int]], clients: _Clients) -> None:  # fmt: skip
    """A reading process: log in, select the folder, read and send each batch."""
    from imapclient.exceptions import IMAPClientError

    try:
        client = log_in(acc, password)
        try:
            client.normalise_times = False
            info = client.select_folder(name, readonly=True)
            if int(info.get(b"UIDVALIDITY", 0)) != validity:
                words = QT_TRANSLATE_NOOP("Mailbox", "the folder {folder} changed mid-way")
                _send(conn, ("changed", words.format(folder=name)))
                return
            reader = _Folder(client, acc, name, clients, None, "", None)
            for chunk in chunks:
                wanted, texts, others, problems = reader.read(chunk)
                for head, _client, _direction in wanted:
                    head.structure = None  # read already; the library's types stay here
                texts = {u: (t, a, _portable(p)) for u, (t, a, p) in texts.items()}
                problems = [_portable(p) for p in problems]
                conn.send(("batch", wanted, texts, others, problems))  # OSError: it stopped
        finally:
            close(client)
    except MailError as exc:
        _send(conn, ("error", exc.kind, _portable(exc.args[0]), exc.fingerprint))
    except IMAPClientError as exc:
        kind, words, fingerprint = _lost(exc, acc)
        _send(conn, ("error", kind, _portable(words), fingerprint))
    except BrokenPipeError:
        pass  # the sync stopped reading
    except (OSError, EOFError) as exc:
        error = network_error(exc, acc.imap)
        _send(conn, ("error", error.kind, _portable(error.args[0]), error.fingerprint))
    except KeyboardInterrupt:
        pass  # the sync is being stopped as a whole
    except Exception as exc:  # a fault of ours: said, as the parent says any other
        _send(conn, ("error", "server", _portable(_failed(exc)), ""))
    finally:
        conn.close()


def _send(conn, message: tuple) -> None:
    with contextlib.suppress(OSError):  # the sync stopped reading
        conn.send(message)


def _lost(exc: Exception, acc: Account) -> tuple[str, str, str]:
    """(kind, words, fingerprint) of a server that failed mid-way."""
    kind = "lost" if "abort" in type(exc).__name__.lower() else "server"
    words = QT_TRANSLATE_NOOP("Mailbox", "{server}: the server failed mid-way: {reason}")
    return kind, words.format(server=acc.imap, reason=exc), ""


# -- the account -------------------------------------------------------------------------------


def sync_account(
    acc: Account,
    password: str,
    *,
    since: date | None = None,
    progress: Progress | None = None,
) -> SyncReport:
    """Read the account's folders into the open database; returns what was done.

    `since` reaches back to that day whatever was read before (nothing doubles). Raises
    MailError when the server cannot be reached or refuses the login, and SyncFailed (a
    MailError with the report so far) when it fails mid-way; batches stored before stay.
    """
    from imapclient.exceptions import IMAPClientError

    report = SyncReport(account=acc.name)
    client = log_in(acc, password)
    try:
        client.normalise_times = False
        enable_condstore(client)
        clients = _Clients(acc)
        who = author()
        # INBOX is selected before the folders are listed: Dovecot opens INBOX many times
        # slower after a LIST in the same session (most of a sync with nothing new).
        inbox = _Folder(client, acc, "INBOX", clients, report, who, progress)
        inbox.password = password
        inbox.select(since)
        folders = find_folders(client, acc)
        if folders.inbox != inbox.folder:  # its mark is kept under the name the server lists
            inbox.folder = folders.inbox
            inbox.select(since)
        # Sent first: a client's reply read after our letter links to it (and confirms it)
        # even on the first sync, where both are new.
        others_read = False  # whether INBOX is no longer the selected folder
        for folder in sorted(folders.all(), key=lambda f: f != folders.sent):
            report.folders.append(folder)
            if folder.upper() == "INBOX":
                if others_read and inbox.uids:
                    inbox.reselect(since)
                inbox.run(since, selected=True)
            else:
                other = _Folder(client, acc, folder, clients, report, who, progress)
                other.password = password
                other.run(since)
                others_read = True
    except MailError as exc:
        raise SyncFailed(exc, report) from exc
    except IMAPClientError as exc:
        cause = MailError(*_lost(exc, acc))
        raise SyncFailed(cause, report) from exc
    except (OSError, EOFError) as exc:
        raise SyncFailed(network_error(exc, acc.imap), report) from exc
    finally:
        close(client)
    return report
