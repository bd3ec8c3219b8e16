"""The shared database this person works in: its address, kept with the person, and its
password, kept in the system's keyring (never in a plain-text file).

Where no keyring works (a desktop without one, a bare server), the password is asked for
at each start and held in memory only.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlparse

from contacttracker.store import person_settings
from contacttracker.store import setting_keys as keys
from contacttracker.store.database import ENV_VAR

SERVICE = "contacttracker"


@dataclass(frozen=True, slots=True)
class Server:
    """Where the team's database is; the password is not part of it."""

    host: str
    port: int = 5432
    database: str = "contacttracker"
    user: str = ""

    def url(self, password: str = "") -> str:
        who = quote(self.user, safe="")
        if password:
            who += ":" + quote(password, safe="")
        at = f"{who}@" if who else ""
        return f"postgresql://{at}{self.host}:{self.port}/{quote(self.database, safe='')}"

    @property
    def key(self) -> str:
        """What the keyring files the password under."""
        return self.url()

    @classmethod
    def parse(cls, url: str) -> tuple[Server, str]:
        """A postgresql:// URL → (server, password or '')."""
        parts = urlparse(url)
        server = cls(
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            database=unquote(parts.path.lstrip("/")) or "contacttracker",
            user=unquote(parts.username or ""),
        )
        return server, unquote(parts.password or "")


def with_password(url: str, password: str) -> str:
    """The URL with this password in place of any it had; the rest (options) kept."""
    parts = urlparse(url)
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{user}:{quote(password, safe='')}@{host}{port}"
    return parts._replace(netloc=netloc).geturl()


def configured() -> tuple[Server | None, bool]:
    """The shared database set up on this computer, and whether the app starts on it."""
    url = person_settings.get(keys.SHARED_DATABASE)
    if not url.startswith("postgresql://"):
        return None, False
    return Server.parse(url)[0], bool(person_settings.get(keys.USE_SHARED))


def load_driver_early(db_arg: str | None) -> None:
    """Import the PostgreSQL driver now when the window will start on a server: before
    PySide6, whose import hook reads the source of every module imported after it (the
    driver brings a hundred, a good part of its import)."""
    value = db_arg or os.environ.get(ENV_VAR) or ""
    if not value:
        server, use = configured()
        value = "postgresql://" if server is not None and use else ""
    if value.startswith(("postgresql://", "postgres://")):
        # Without the driver, opening the database says so in words later, in the window.
        with contextlib.suppress(ImportError):
            import contacttracker.store.postgres  # noqa: F401


def configure(server: Server | None, use: bool) -> None:
    person_settings.update(
        {
            keys.SHARED_DATABASE: server.url() if server else "",
            keys.USE_SHARED: bool(use and server),
        }
    )


def saved_password(server: Server) -> str:
    """The password from the keyring; '' when none is kept or no keyring works here."""
    return secret(server.key)


def save_password(server: Server, password: str) -> bool:
    """Keep the password in the keyring; False when there is none that works."""
    return keep_secret(server.key, password)


def secret(key: str) -> str:
    """What the keyring keeps under `key` for this app; '' when nothing or no keyring works
    (the shared database's password, a mailbox's)."""
    try:
        import keyring

        return keyring.get_password(SERVICE, key) or ""
    except Exception:  # no backend, locked, D-Bus gone: the same as not kept
        return ""


def keep_secret(key: str, password: str) -> bool:
    """Keep (or, given '', forget) a password in the keyring; False when none works here."""
    try:
        import keyring

        if password:
            keyring.set_password(SERVICE, key, password)
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(SERVICE, key)
        return True
    except Exception:
        return False
