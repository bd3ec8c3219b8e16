"""Handing an e-mail to the mail program: RFC 6068 mailto: links and .eml drafts."""

from __future__ import annotations

import os
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from urllib.parse import quote

#: Longer mailto: links are cut or refused by some mail programs and browsers.
MAILTO_LIMIT = 2000


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def mailto(to: Sequence[str], subject: str, body: str, cc: Sequence[str] = ()) -> str:
    """A mailto: URL per RFC 6068: UTF-8 percent-encoding, %20 for spaces, %0D%0A for breaks."""
    addresses = ",".join(quote(a.strip(), safe="@.+-_!$'*") for a in to if a.strip())
    fields = []
    if cc:
        fields.append("cc=" + ",".join(quote(a.strip(), safe="@.+-_") for a in cc if a.strip()))
    fields.append("subject=" + quote(subject, safe=""))
    fields.append("body=" + quote(_crlf(body), safe=""))
    return f"mailto:{addresses}?" + "&".join(fields)


def fits_mailto(url: str) -> bool:
    return len(url) <= MAILTO_LIMIT


def eml_bytes(to: Sequence[str], subject: str, body: str, cc: Sequence[str] = ()) -> bytes:
    """An unsent draft any mail program opens: To, Cc, Subject, Date, X-Unsent: 1, UTF-8 body."""
    message = EmailMessage()
    message["To"] = ", ".join(a for a in to if a.strip())
    if cc:
        message["Cc"] = ", ".join(a for a in cc if a.strip())
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8")
    return message.as_bytes()


def write_eml(
    path: Path, to: Sequence[str], subject: str, body: str, cc: Sequence[str] = ()
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    # Owner-only, like the database: a draft holds what was agreed with a client.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(eml_bytes(to, subject, body, cc))
    tmp.replace(path)
    return path
