"""Handing an e-mail to the mail program: RFC 6068 mailto: links and .eml drafts; the
letter itself (with our own Message-ID) that a draft, a send and the log share."""

from __future__ import annotations

import os
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from contacttracker.domain.summary import one_line

#: Longer mailto: links are cut or refused by some mail programs and browsers.
MAILTO_LIMIT = 2000
#: The Message-ID domain when no sender address is known yet (reserved: never a real host,
#: and never this computer's name).
FALLBACK_DOMAIN = "contacttracker.invalid"


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def mailto(
    to: Sequence[str],
    subject: str,
    body: str,
    cc: Sequence[str] = (),
    *,
    in_reply_to: str = "",
    references: Sequence[str] = (),
) -> str:
    """A mailto: URL per RFC 6068: UTF-8 percent-encoding, %20 for spaces, %0D%0A for breaks.
    A letter that answers one carries In-Reply-To and References as header fields (RFC 6068
    6.1 shows In-Reply-To), so the mail program threads it."""
    addresses = ",".join(quote(a.strip(), safe="@.+-_!$'*") for a in to if a.strip())
    fields = []
    if cc:
        fields.append("cc=" + ",".join(quote(a.strip(), safe="@.+-_") for a in cc if a.strip()))
    fields.append("subject=" + quote(one_line(subject), safe=""))
    if in_reply_to:
        fields.append("In-Reply-To=" + quote(in_reply_to, safe="@."))
        chain = " ".join(references_of(in_reply_to, references))
        fields.append("References=" + quote(chain, safe="@."))
    fields.append("body=" + quote(_crlf(body), safe=""))
    return f"mailto:{addresses}?" + "&".join(fields)


def references_of(in_reply_to: str, references: Sequence[str]) -> list[str]:
    """The References of a letter answering one: that letter's References, then its
    Message-ID (RFC 5322 3.6.4)."""
    return [*(r for r in references if r != in_reply_to), in_reply_to] if in_reply_to else []


def fits_mailto(url: str) -> bool:
    return len(url) <= MAILTO_LIMIT


def new_message_id(sender: str = "") -> str:
    """Our own Message-ID, on the sender's domain as mail programs make them: the client's
    reply names it in In-Reply-To, which is how the reply confirms the letter."""
    domain = sender.rpartition("@")[2].strip().strip(">").lower() if "@" in sender else ""
    return make_msgid(domain=domain or FALLBACK_DOMAIN)


def letter(
    to: Sequence[str],
    subject: str,
    body: str,
    cc: Sequence[str] = (),
    *,
    sender: str = "",
    message_id: str = "",
    in_reply_to: str = "",
    references: Sequence[str] = (),
) -> EmailMessage:
    """The e-mail as it goes out: From (when known), To, Cc, Subject, Date, Message-ID and,
    when it answers a letter, In-Reply-To and References; a UTF-8 plain-text body."""
    message = EmailMessage()
    if sender:
        message["From"] = one_line(sender)
    message["To"] = ", ".join(one_line(a) for a in to if a.strip())
    if cc:
        message["Cc"] = ", ".join(one_line(a) for a in cc if a.strip())
    message["Subject"] = one_line(subject)  # a header is one line, never cut into the body
    message["Date"] = formatdate(localtime=True)
    if message_id:
        message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = " ".join(references_of(in_reply_to, references))
    message.set_content(body, charset="utf-8")
    return message


def eml_bytes(
    to: Sequence[str], subject: str, body: str, cc: Sequence[str] = (), **headers: Any
) -> bytes:
    """An unsent draft any mail program opens: the letter with X-Unsent: 1 (a mail program
    that sends it keeps its Message-ID)."""
    message = letter(to, subject, body, cc, **headers)
    message["X-Unsent"] = "1"
    return message.as_bytes()


def write_eml(
    path: Path, to: Sequence[str], subject: str, body: str, cc: Sequence[str] = (), **headers: Any
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    # Owner-only, like the database: a draft holds what was agreed with a client.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(eml_bytes(to, subject, body, cc, **headers))
    tmp.replace(path)
    return path
