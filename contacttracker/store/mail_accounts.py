"""The person's mail accounts: kept in their config folder (never in the shared database),
passwords in the system keyring.

The list lives under "mail_accounts" in the person's settings file (written whole,
atomically, owner-only). A password is looked for in CONTACTTRACKER_MAIL_PASSWORD first (for
scripts, as PGPASSWORD is), then in the keyring; where neither has it, the caller asks.
"""

from __future__ import annotations

import os

from contacttracker.domain.mail_account import Account, AccountError
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import person_settings, team
from contacttracker.store import setting_keys as keys

PASSWORD_ENV = "CONTACTTRACKER_MAIL_PASSWORD"


def _raw() -> list[dict[str, object]]:
    return [a for a in person_settings.get(keys.MAIL_ACCOUNTS) if isinstance(a, dict)]


def accounts() -> list[Account]:
    """Every account, in the order they were added; one the file spells wrongly is left out
    (and kept in the file as it was)."""
    found = []
    for data in _raw():
        try:
            found.append(Account.from_dict(data))
        except (AccountError, TypeError, ValueError):
            continue
    return found


def account(name: str | None = None) -> Account:
    """The account of that name (case-insensitive); without a name, the only one there is."""
    every = accounts()
    if name is None:
        if len(every) == 1:
            return every[0]
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Mailbox", "no mail account yet: add one with 'contacttracker mail add'"
            )
            if not every
            else QT_TRANSLATE_NOOP("Mailbox", "there are {count} mail accounts: name one").format(
                count=len(every)
            )
        )
    for found in every:
        if found.name.casefold() == name.strip().casefold():
            return found
    raise AccountError(
        QT_TRANSLATE_NOOP("Mailbox", "no mail account called {name!r}").format(name=name)
    )


def save(new: Account, *, replace: bool = False) -> None:
    """Add the account, or with `replace` put it in the place of the one of the same name."""
    kept = _raw()
    same = [
        i for i, a in enumerate(kept) if str(a.get("name", "")).casefold() == new.name.casefold()
    ]
    if same and not replace:
        raise AccountError(
            QT_TRANSLATE_NOOP("Mailbox", "a mail account called {name!r} already exists").format(
                name=new.name
            )
        )
    if same:
        kept[same[0]] = new.to_dict()
    else:
        kept.append(new.to_dict())
    person_settings.update({keys.MAIL_ACCOUNTS: kept})


def remove(name: str) -> Account:
    """Forget the account and its password; what it synced stays in the database."""
    gone = account(name)
    kept = [a for a in _raw() if str(a.get("name", "")).casefold() != gone.name.casefold()]
    person_settings.update({keys.MAIL_ACCOUNTS: kept})
    if not any(a.key == gone.key for a in accounts()):
        team.keep_secret(gone.key, "")
    return gone


def saved_password(acc: Account) -> str:
    """The password from CONTACTTRACKER_MAIL_PASSWORD, else the keyring; '' when neither."""
    return os.environ.get(PASSWORD_ENV) or team.secret(acc.key)


def save_password(acc: Account, password: str) -> bool:
    """Keep it in the keyring; False when no keyring works here (then it is asked each time)."""
    return team.keep_secret(acc.key, password)


def sync_minutes() -> int:
    """How often the window syncs mail by itself (the person's choice, 1 to 1440 minutes)."""
    value = person_settings.get(keys.MAIL_SYNC_MINUTES)
    return value if 1 <= value <= 1440 else keys.MAIL_SYNC_MINUTES.fallback()


def set_sync_minutes(minutes: int) -> None:
    person_settings.update({keys.MAIL_SYNC_MINUTES: max(1, min(1440, int(minutes)))})
