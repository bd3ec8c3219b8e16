"""A real SMTP server for the tests: aiosmtpd on a loopback port, in a thread of its own.

What it takes is kept in `received` and, for recipients that have a mailbox on the test's
IMAP server, delivered there with APPEND, as a mail server's delivery agent would. It can
ask for a login (`users`), refuse recipients (`refuse`), speak STARTTLS or TLS from the
first byte with a certificate made by the test.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.dovecot import _free_port


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class SmtpServer:
    """``start()`` / ``stop()``; `deliver(recipient, data)` puts a letter into a mailbox."""

    deliver: Callable[[str, bytes], bool] | None = None
    users: dict[str, str] = field(default_factory=dict)
    refuse: set[str] = field(default_factory=set)
    certificate: tuple[Path, Path] | None = None
    implicit_tls: bool = False
    port: int = field(default_factory=_free_port)
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)

    def start(self) -> SmtpServer:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        def authenticate(_server, _session, _envelope, _mechanism, data) -> AuthResult:
            login = data.login.decode() if isinstance(data.login, bytes) else str(data.login)
            word = data.password.decode() if isinstance(data.password, bytes) else data.password
            ok = self.users.get(login) == word
            self.logins.append((login, ok))
            return AuthResult(success=ok, handled=False)

        context = None
        if self.certificate is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*map(str, self.certificate))
        options: dict[str, object] = {}
        if self.users:  # a login only after STARTTLS, where there is a certificate
            options.update(authenticator=authenticate, auth_required=True)
            options["auth_require_tls"] = self.certificate is not None
        if context is not None and self.implicit_tls:
            options["ssl_context"] = context
            options["server_hostname"] = "localhost"
        elif context is not None:
            options.update(tls_context=context, require_starttls=True)
        self.controller = Controller(
            _Handler(self), hostname="127.0.0.1", port=self.port, **options
        )
        self.controller.start()
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.controller.stop()


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, _server, _session, envelope, address, _options):
        if address.lower() in self.server.refuse:
            return f"550 5.1.1 <{address}>: no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, _server, _session, envelope):
        data = envelope.original_content or envelope.content
        self.server.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), data))
        if self.server.deliver is not None:
            for recipient in envelope.rcpt_tos:
                self.server.deliver(recipient, data)
        return "250 2.0.0 Message accepted for delivery"
