"""Talking to an account's IMAP server: connecting, logging in, finding the folders to sync.

Every way it can fail becomes a `MailError` whose `kind` says what failed ("host",
"refused", "timeout", "certificate", "login", "folder", "lost", "server") and whose text
says it in words; an untrusted certificate carries its SHA-256 `fingerprint`, which the
person may choose to trust (Account.trusting) and connect again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import socket
import ssl
from dataclasses import dataclass, replace

from contacttracker.domain.mail_account import Account, Endpoint, Security
from contacttracker.domain.words import QT_TRANSLATE_NOOP

TIMEOUT = 30.0
#: Usual names of the Sent folder where the server marks none \Sent (RFC 6154).
SENT_NAMES = (
    "sent",
    "sent items",
    "sent messages",
    "sent mail",
    "отправленные",
    "надіслані",
    "відправлені",
)


class MailError(Exception):
    """A server that could not be used, said in words; `kind` for the program."""

    def __init__(self, kind: str, message: str, fingerprint: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.fingerprint = fingerprint


def refused(where: object, reason: object) -> MailError:
    """A server that answered but would not do it, with its own words; IMAP and SMTP."""
    return MailError(
        "server",
        QT_TRANSLATE_NOOP("Mailbox", "{server}: the server refused: {reason}").format(
            server=where, reason=reason
        ),
    )


def untrusted(where: object, reason: str, fingerprint: str) -> MailError:
    """A server whose certificate is not trusted, with the fingerprint to trust it by; the
    same words for IMAP and SMTP."""
    return MailError(
        "certificate",
        QT_TRANSLATE_NOOP(
            "Mailbox",
            "{server}: the certificate is not trusted ({reason}); its SHA-256 "
            "fingerprint is {fingerprint}",
        ).format(server=where, reason=reason, fingerprint=fingerprint),
        fingerprint=fingerprint,
    )


def fingerprint_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


@functools.cache
def _context(verify: bool) -> ssl.SSLContext:
    """Made once: loading the system's certificates is slow enough that a sync with
    nothing new would be mostly that, each time. Never changed after it is made."""
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def network_error(exc: BaseException, where: Endpoint) -> MailError:
    """What an OSError while connecting or talking means, in words."""
    if isinstance(exc, socket.gaierror):
        return MailError(
            "host",
            QT_TRANSLATE_NOOP("Mailbox", "{host}: no such server (host not found)").format(
                host=where.host
            ),
        )
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            "refused",
            QT_TRANSLATE_NOOP(
                "Mailbox", "{server}: the connection was refused (is the port right?)"
            ).format(server=where),
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError(
            "timeout",
            QT_TRANSLATE_NOOP("Mailbox", "{server}: the server did not answer in time").format(
                server=where
            ),
        )
    if isinstance(exc, ssl.SSLError):
        return MailError(
            "server",
            QT_TRANSLATE_NOOP(
                "Mailbox", "{server}: the secure connection failed ({reason})"
            ).format(server=where, reason=exc.reason or exc),
        )
    if isinstance(exc, ConnectionError | EOFError):
        return MailError(
            "lost",
            QT_TRANSLATE_NOOP("Mailbox", "{server}: the connection was lost").format(server=where),
        )
    return MailError(
        "lost",
        QT_TRANSLATE_NOOP("Mailbox", "{server}: cannot be reached ({reason})").format(
            server=where, reason=getattr(exc, "strerror", None) or exc
        ),
    )


def _quiet(client):
    """The client without imaplib's protocol trace: the library turns it on and sends every
    line of every answer, formatted, to a debug logger nobody reads (a tenth of a first
    sync's parsing), and a line could carry a letter's text into a log."""
    client._imap.debug = 0
    return client


def _open(where: Endpoint, context: ssl.SSLContext | None, timeout: float):
    from imapclient import IMAPClient

    if where.security is Security.TLS:
        return _quiet(
            IMAPClient(where.host, where.port, ssl=True, ssl_context=context, timeout=timeout)
        )
    client = _quiet(IMAPClient(where.host, where.port, ssl=False, timeout=timeout))
    if where.security is Security.STARTTLS:
        try:
            client.starttls(context)
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
    return client


def _peer_certificate(client) -> bytes:
    sock = client._imap.sock  # the TLS socket imaplib holds
    return sock.getpeercert(binary_form=True) or b""


def connect(acc: Account, timeout: float = TIMEOUT):
    """An IMAPClient connected (not logged in) to the account's IMAP server.

    A certificate no authority vouches for is accepted only when its fingerprint is among
    the account's trusted ones; otherwise MailError("certificate") carries the fingerprint.
    """
    from imapclient.exceptions import IMAPClientError

    where = acc.imap
    try:
        try:
            plain = where.security is Security.NONE
            return _open(where, None if plain else _context(True), timeout)
        except ssl.SSLCertVerificationError as exc:
            reason = exc.verify_message or str(exc)
        client = _open(where, _context(False), timeout)
        seen = fingerprint_of(_peer_certificate(client))
        if seen in acc.trusted_certificates:
            return client
        with contextlib.suppress(Exception):
            client.shutdown()
        raise untrusted(where, reason, seen)
    except MailError:
        raise
    except IMAPClientError as exc:
        raise refused(where, exc) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, where) from exc


def log_in(acc: Account, password: str, timeout: float = TIMEOUT):
    """Connected and logged in; a refused login is MailError("login")."""
    from imapclient.exceptions import IMAPClientError, LoginError

    client = connect(acc, timeout)
    try:
        client.login(acc.login, password)
    except LoginError as exc:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise MailError(
            "login",
            QT_TRANSLATE_NOOP(
                "Mailbox",
                "{server}: the login was refused for {user} (wrong user name or password)",
            ).format(server=acc.imap, user=acc.login),
        ) from exc
    except IMAPClientError as exc:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise refused(acc.imap, exc) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, acc.imap) from exc
    return client


def enable_condstore(client) -> bool:
    """Turn on CONDSTORE (RFC 7162) where the server offers it, before any folder is
    selected: SELECT then says each folder's HIGHESTMODSEQ, and a later sync asks only
    for what changed since. False where it is not offered (the sync asks by UID)."""
    from imapclient.exceptions import IMAPClientError

    if not (client.has_capability("CONDSTORE") and client.has_capability("ENABLE")):
        return False
    try:
        return bool(client.enable("CONDSTORE"))
    except IMAPClientError:
        return False


def close(client) -> None:
    """Log out politely; a server already gone is no error here."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def _name(folder: str | bytes) -> str:
    return folder.decode("utf-8", "replace") if isinstance(folder, bytes) else folder


@dataclass(frozen=True, slots=True)
class Folders:
    """What the account syncs: INBOX, the Sent folder ('' when none found), the picked ones."""

    inbox: str
    sent: str
    picked: tuple[str, ...]

    def all(self) -> list[str]:
        return list(dict.fromkeys(f for f in (self.inbox, self.sent, *self.picked) if f))


def find_folders(client, acc: Account) -> Folders:
    """INBOX, Sent (by SPECIAL-USE \\Sent, else by its usual names) and the account's picked
    folders; a picked folder the server does not have is MailError("folder")."""
    listed = [(tuple(flags), _name(name)) for flags, _delim, name in client.list_folders()]
    names = [name for _flags, name in listed]
    sent = next((name for flags, name in listed if b"\\Sent" in flags), "")
    if not sent:
        by_leaf = {name.rsplit("/", 1)[-1].rsplit(".", 1)[-1].casefold(): name for name in names}
        sent = next((by_leaf[n] for n in SENT_NAMES if n in by_leaf), "")
    inbox = next((n for n in names if n.upper() == "INBOX"), "INBOX")
    known = {n.casefold(): n for n in names}
    picked = []
    for folder in acc.folders:
        if folder.casefold() not in known:
            raise MailError(
                "folder",
                QT_TRANSLATE_NOOP("Mailbox", "{server}: there is no folder {folder!r}").format(
                    server=acc.imap, folder=folder
                ),
            )
        picked.append(known[folder.casefold()])
    return Folders(inbox, sent, tuple(picked))


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a connection test found: the folders to sync and how many messages each holds."""

    server: str
    folders: Folders
    counts: dict[str, int]


def check_account(acc: Account, password: str, timeout: float = TIMEOUT) -> CheckResult:
    """Connect, log in, find the folders and count their messages; MailError on a failure."""
    from imapclient.exceptions import IMAPClientError

    client = log_in(acc, password, timeout)
    try:
        folders = find_folders(client, acc)
        counts = {}
        for folder in folders.all():
            counts[folder] = int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])
        return CheckResult(str(acc.imap), folders, counts)
    except IMAPClientError as exc:
        raise refused(acc.imap, exc) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, acc.imap) from exc
    finally:
        close(client)


def keep_sent_copy(
    acc: Account, password: str, data: bytes, message_id: str = "", timeout: float = TIMEOUT
) -> str:
    """Append a letter we sent to the account's Sent folder, flagged \\Seen, as a mail
    program does, unless a copy with that Message-ID is there already; the folder's name,
    or '' where the server keeps sent mail itself (Gmail, known by its X-GM-EXT-1
    capability, files what its SMTP server sent) or has no Sent folder."""
    from imapclient.exceptions import IMAPClientError

    client = log_in(acc, password, timeout)
    try:
        if client.has_capability("X-GM-EXT-1"):
            return ""
        sent = find_folders(client, replace(acc, folders=())).sent
        if not sent:
            return ""
        if message_id:
            client.select_folder(sent, readonly=True)
            if client.search(["HEADER", "Message-ID", message_id]):
                return sent
        client.append(sent, data, flags=[b"\\Seen"])
        return sent
    except IMAPClientError as exc:
        raise refused(acc.imap, exc) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, acc.imap) from exc
    finally:
        close(client)


def find_in_inbox(
    acc: Account, password: str, matches, around, timeout: float = TIMEOUT, sent: bool = False
) -> tuple[str, str]:
    """The Message-ID and References of the INBOX letter (or, with `sent`, the Sent
    folder's: our own letter a nudge asks after) for which `matches(message_id)` holds,
    looked for among those that arrived the day before `around` to the day after: what a
    letter answering it names in In-Reply-To. ('', '') when it is not there.

    The database keeps a letter's identity (a hash of its Message-ID), not the Message-ID
    itself, so the letter is found again by that identity in the mailbox."""
    import email
    import email.policy
    from datetime import timedelta

    from imapclient.exceptions import IMAPClientError

    client = log_in(acc, password, timeout)
    try:
        folders = find_folders(client, replace(acc, folders=()))
        if sent and not folders.sent:
            return "", ""
        client.select_folder(folders.sent if sent else folders.inbox, readonly=True)
        day = around.date()
        uids = client.search(["SINCE", day - timedelta(days=1), "BEFORE", day + timedelta(days=2)])
        key = b"BODY[HEADER.FIELDS (MESSAGE-ID REFERENCES)]"
        for start in range(0, len(uids), 500):
            fetched = client.fetch(
                uids[start : start + 500], ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID REFERENCES)]"]
            )
            for data in fetched.values():
                head = email.message_from_bytes(data.get(key, b""), policy=email.policy.compat32)
                mid = str(head.get("Message-ID", "") or "").strip()
                if mid and matches(mid):
                    return mid, " ".join(str(head.get("References", "") or "").split())
        return "", ""
    except IMAPClientError as exc:
        raise refused(acc.imap, exc) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, acc.imap) from exc
    finally:
        close(client)
