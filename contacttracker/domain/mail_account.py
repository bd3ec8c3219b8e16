"""A mailbox of the person's: where its IMAP and SMTP servers are, which addresses are theirs.

Pure data and the rules on it; where accounts are kept is store/mail_accounts.py, talking to
the servers io/imap.py. The password is never part of an account (it lives in the keyring).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, replace
from enum import StrEnum

from contacttracker.domain.words import QT_TRANSLATE_NOOP


class Security(StrEnum):
    TLS = "tls"  # TLS from the first byte (IMAPS 993, SMTPS 465)
    STARTTLS = "starttls"  # plain connection upgraded before login (143, 587)
    NONE = "none"  # no encryption: loopback addresses only


DEFAULT_PORTS = {
    ("imap", Security.TLS): 993,
    ("imap", Security.STARTTLS): 143,
    ("imap", Security.NONE): 143,
    ("smtp", Security.TLS): 465,
    ("smtp", Security.STARTTLS): 587,
    ("smtp", Security.NONE): 25,
}
DEFAULT_SINCE_DAYS = 90


class AccountError(ValueError):
    """An account that cannot be: the message says why, in words."""


def is_loopback(host: str) -> bool:
    """localhost or an address of 127.0.0.0/8 or ::1: the only hosts spoken to unencrypted."""
    name = host.strip().strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One server: host, port and how the connection is protected."""

    host: str
    port: int
    security: Security = Security.TLS

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @classmethod
    def parse(cls, text: str, security: str | Security, protocol: str) -> Endpoint:
        """'HOST[:PORT]' (IPv6 as '[::1]:143') with its security; the port defaults to the
        protocol's usual one for that security. `none` is refused for any host but loopback."""
        try:
            kind = Security(security)
        except ValueError:
            raise AccountError(
                QT_TRANSLATE_NOOP(
                    "Mailbox", "security must be tls, starttls or none, not {value!r}"
                ).format(value=security)
            ) from None
        text = text.strip()
        host, port = text, ""
        if text.startswith("["):
            host, _, rest = text[1:].partition("]")
            port = rest.removeprefix(":")
        elif text.count(":") == 1:
            host, port = text.split(":")
        if not host or any(c.isspace() for c in host):
            raise AccountError(
                QT_TRANSLATE_NOOP("Mailbox", "{value!r} is not a server name").format(value=text)
            )
        if port:
            if not port.isdigit() or not 0 < int(port) < 65536:
                raise AccountError(
                    QT_TRANSLATE_NOOP("Mailbox", "{value!r} is not a port number").format(
                        value=port
                    )
                )
            number = int(port)
        else:
            number = DEFAULT_PORTS[(protocol, kind)]
        if kind is Security.NONE and not is_loopback(host):
            raise AccountError(
                QT_TRANSLATE_NOOP(
                    "Mailbox",
                    "{host}: an unencrypted connection is allowed to this computer only "
                    "(localhost); use tls or starttls",
                ).format(host=host)
            )
        return cls(host.lower(), number, kind)


def _address(text: str) -> str:
    value = text.strip().lower()
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain.strip(".") or any(c.isspace() for c in value):
        raise AccountError(
            QT_TRANSLATE_NOOP("Mailbox", "{value!r} is not an e-mail address").format(value=text)
        )
    return value


@dataclass(frozen=True, slots=True)
class Account:
    """A mailbox of the person's, as kept in their config folder.

    `addresses` are the person's own (what makes a letter outgoing); `folders` are synced
    besides INBOX and Sent; `trusted_certificates` holds SHA-256 fingerprints (hex) of
    certificates the person chose to trust though no authority vouches for them;
    `match_domains` also counts any address at a client's own domain (never a public
    webmail domain) as the client's. `auth` is "password" (room for "oauth2").
    """

    name: str
    addresses: tuple[str, ...]
    imap: Endpoint
    user: str = ""
    smtp: Endpoint | None = None
    since_days: int = DEFAULT_SINCE_DAYS
    folders: tuple[str, ...] = ()
    trusted_certificates: tuple[str, ...] = ()
    match_domains: bool = False
    auth: str = "password"
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def login(self) -> str:
        """The IMAP/SMTP user name: the one given, else the first address."""
        return self.user or self.addresses[0]

    @property
    def key(self) -> str:
        """What identifies the mailbox (keyring entry, sync state): imap://user@host:port."""
        return f"imap://{self.login}@{self.imap}"

    def trusting(self, fingerprint: str) -> Account:
        """The same account, trusting one more certificate."""
        value = normal_fingerprint(fingerprint)
        if value in self.trusted_certificates:
            return self
        return replace(self, trusted_certificates=(*self.trusted_certificates, value))

    def to_dict(self) -> dict[str, object]:
        def endpoint(e: Endpoint | None) -> dict[str, object] | None:
            return None if e is None else {"host": e.host, "port": e.port, "security": e.security}

        return {
            **self.extra,
            "name": self.name,
            "addresses": list(self.addresses),
            "imap": endpoint(self.imap),
            "smtp": endpoint(self.smtp),
            "user": self.user,
            "since_days": self.since_days,
            "folders": list(self.folders),
            "trusted_certificates": list(self.trusted_certificates),
            "match_domains": self.match_domains,
            "auth": self.auth,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Account:
        """As kept by to_dict(); keys this version does not know are kept, not lost."""

        def endpoint(value: object, protocol: str) -> Endpoint | None:
            if not isinstance(value, dict):
                return None
            host, port = str(value.get("host", "")), value.get("port")
            text = f"[{host}]" if ":" in host else host
            return Endpoint.parse(
                f"{text}:{port}" if port else text, str(value.get("security", "tls")), protocol
            )

        imap = endpoint(data.get("imap"), "imap")
        if imap is None:
            raise AccountError(QT_TRANSLATE_NOOP("Mailbox", "an account needs an IMAP server"))
        known = set(cls.__slots__)  # type: ignore[attr-defined]
        return make_account(
            str(data.get("name", "")),
            [str(a) for a in data.get("addresses", []) or []],  # type: ignore[union-attr]
            imap,
            user=str(data.get("user", "") or ""),
            smtp=endpoint(data.get("smtp"), "smtp"),
            since_days=int(data.get("since_days", DEFAULT_SINCE_DAYS) or DEFAULT_SINCE_DAYS),  # type: ignore[arg-type]
            folders=[str(f) for f in data.get("folders", []) or []],  # type: ignore[union-attr]
            trusted_certificates=[str(f) for f in data.get("trusted_certificates", []) or []],  # type: ignore[union-attr]
            match_domains=bool(data.get("match_domains", False)),
            auth=str(data.get("auth", "password") or "password"),
            extra={k: v for k, v in data.items() if k not in known},
        )


def normal_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as 64 lower-case hex digits ('AB:CD:…' accepted)."""
    value = text.strip().replace(":", "").replace(" ", "").lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Mailbox", "{value!r} is not a SHA-256 fingerprint (64 hexadecimal digits)"
            ).format(value=text)
        )
    return value


def make_account(
    name: str,
    addresses: list[str],
    imap: Endpoint,
    *,
    user: str = "",
    smtp: Endpoint | None = None,
    since_days: int = DEFAULT_SINCE_DAYS,
    folders: list[str] | tuple[str, ...] = (),
    trusted_certificates: list[str] | tuple[str, ...] = (),
    match_domains: bool = False,
    auth: str = "password",
    extra: dict[str, object] | None = None,
) -> Account:
    """An account checked whole: a name, at least one address of the person's, a period."""
    name = name.strip()
    if not name or len(name) > 100 or any(c in name for c in "\n\r\t"):
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Mailbox", "an account needs a name of up to 100 characters on one line"
            )
        )
    own = tuple(dict.fromkeys(_address(a) for a in addresses))
    if not own:
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Mailbox", "an account needs at least one address of yours (--address)"
            )
        )
    if not 0 < since_days <= 36500:
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Mailbox", "the period to sync must be 1 to 36500 days, not {value}"
            ).format(value=since_days)
        )
    return Account(
        name=name,
        addresses=own,
        imap=imap,
        user=user.strip(),
        smtp=smtp,
        since_days=since_days,
        folders=tuple(dict.fromkeys(f.strip() for f in folders if f.strip())),
        trusted_certificates=tuple(normal_fingerprint(f) for f in trusted_certificates),
        match_domains=match_domains,
        auth=auth,
        extra=dict(extra or {}),
    )
