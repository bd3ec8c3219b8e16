"""Sending a letter through an account's SMTP server (the standard smtplib).

TLS from the first byte or STARTTLS; unencrypted only to this computer (the account's
Endpoint refuses anything else, and so does this module). A certificate no authority
vouches for is accepted only when the person chose to trust its fingerprint, as for IMAP.
Every way sending fails becomes an imap.MailError whose `kind` says what failed ("host",
"refused", "timeout", "certificate", "login", "recipient", "sender", "server", "lost") and
whose text says it in words.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import getaddresses

from contacttracker.domain.mail_account import Account, Endpoint, Security, is_loopback
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.imap import (
    TIMEOUT,
    MailError,
    fingerprint_of,
    network_error,
    refused,
    untrusted,
)


def _context(verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _open(where: Endpoint, context: ssl.SSLContext, timeout: float) -> smtplib.SMTP:
    if where.security is Security.TLS:
        return smtplib.SMTP_SSL(where.host, where.port, timeout=timeout, context=context)
    if where.security is Security.NONE and not is_loopback(where.host):
        raise MailError(
            "server",
            QT_TRANSLATE_NOOP(
                "Mailbox",
                "{host}: an unencrypted connection is allowed to this computer only "
                "(localhost); use tls or starttls",
            ).format(host=where.host),
        )
    client = smtplib.SMTP(where.host, where.port, timeout=timeout)
    if where.security is Security.STARTTLS:
        try:
            client.ehlo()
            if not client.has_extn("starttls"):
                raise MailError(
                    "server",
                    QT_TRANSLATE_NOOP(
                        "Mailbox", "{server}: the server does not offer STARTTLS; use tls"
                    ).format(server=where),
                )
            client.starttls(context=context)
            client.ehlo()
        except BaseException:
            with contextlib.suppress(Exception):
                client.close()
            raise
    return client


def connect(acc: Account, timeout: float = TIMEOUT) -> smtplib.SMTP:
    """An SMTP connection to the account's server, secured as the account says."""
    where = acc.smtp
    if where is None:
        raise MailError(
            "server",
            QT_TRANSLATE_NOOP(
                "Mailbox", "the account {name!r} has no SMTP server to send with"
            ).format(name=acc.name),
        )
    try:
        try:
            return _open(where, _context(True), timeout)
        except ssl.SSLCertVerificationError as exc:
            reason = exc.verify_message or str(exc)
        client = _open(where, _context(False), timeout)
        seen = fingerprint_of(client.sock.getpeercert(binary_form=True) or b"")
        if seen in acc.trusted_certificates:
            return client
        with contextlib.suppress(Exception):
            client.close()
        raise untrusted(where, reason, seen)
    except MailError:
        raise
    except smtplib.SMTPException as exc:
        raise _refused(exc, where) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, where) from exc


def _reason(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    return (text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)).strip()


def _refused(exc: smtplib.SMTPException, where: Endpoint) -> MailError:
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError(
            "lost",
            QT_TRANSLATE_NOOP("Mailbox", "{server}: the connection was lost").format(server=where),
        )
    reason = _reason(exc) if isinstance(exc, smtplib.SMTPResponseException) else str(exc)
    return refused(where, reason)


def log_in(client: smtplib.SMTP, acc: Account, password: str) -> None:
    """Log in where the server asks for it (it offers AUTH); a refused one is "login"."""
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        return
    try:
        client.login(acc.login, password)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(
            "login",
            QT_TRANSLATE_NOOP(
                "Mailbox",
                "{server}: the login was refused for {user} (wrong user name or password)",
            ).format(server=acc.smtp, user=acc.login),
        ) from exc


def recipients(message: EmailMessage) -> list[str]:
    """Every address the letter goes to (To, Cc, Bcc), each once."""
    found = getaddresses([str(message.get(h, "")) for h in ("To", "Cc", "Bcc")])
    return list(dict.fromkeys(address for _name, address in found if address))


def send(acc: Account, password: str, message: EmailMessage, timeout: float = TIMEOUT) -> dict:
    """Hand the letter to the server; returns the recipients it refused while taking the
    letter for the others ({} when it took all). Raises MailError when nothing was sent.

    Once this returns, the server has the letter: the caller records it before anything
    else can fail, so a retry never sends it again.
    """
    to = recipients(message)
    sender = acc.addresses[0]
    client = connect(acc, timeout)
    try:
        log_in(client, acc, password)
        refused = client.send_message(message, from_addr=sender, to_addrs=to)
    except smtplib.SMTPRecipientsRefused as exc:
        address, (_code, text) = next(iter(exc.recipients.items()))
        raise MailError(
            "recipient",
            QT_TRANSLATE_NOOP(
                "Mailbox", "{server}: the server refused the recipient {address}: {reason}"
            ).format(
                server=acc.smtp,
                address=", ".join(exc.recipients) if len(exc.recipients) > 1 else address,
                reason=text.decode("utf-8", "replace") if isinstance(text, bytes) else text,
            ),
        ) from exc
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(
            "sender",
            QT_TRANSLATE_NOOP(
                "Mailbox", "{server}: the server refused to send from {address}: {reason}"
            ).format(server=acc.smtp, address=sender, reason=_reason(exc)),
        ) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise refused(acc.smtp, exc) from exc
    except MailError:
        raise
    except smtplib.SMTPException as exc:
        raise _refused(exc, acc.smtp) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, acc.smtp) from exc
    finally:
        with contextlib.suppress(Exception):
            client.quit()
        with contextlib.suppress(Exception):
            client.close()
    return {
        address: (text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text))
        for address, (_code, text) in refused.items()
    }


def check(acc: Account, password: str, timeout: float = TIMEOUT) -> str:
    """Connect and log in without sending anything; the server's address when it works."""
    client = connect(acc, timeout)
    try:
        log_in(client, acc, password)
    except smtplib.SMTPException as exc:
        raise _refused(exc, acc.smtp) from exc
    except (OSError, EOFError) as exc:
        raise network_error(exc, acc.smtp) from exc
    finally:
        with contextlib.suppress(Exception):
            client.quit()
        with contextlib.suppress(Exception):
            client.close()
    return str(acc.smtp)
