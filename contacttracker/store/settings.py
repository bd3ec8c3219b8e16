"""The database's settings (shared with colleagues: the working rules, the CSV delimiter,
the custom channels) and the person's that the store itself needs (who is recording, their
chat name). Which setting is whose: setting_keys."""

from __future__ import annotations

import getpass
from collections.abc import Mapping

from contacttracker.domain.channels import Catalogue, custom_channel, is_email
from contacttracker.domain.countries import is_country
from contacttracker.domain.storable import storable
from contacttracker.domain.thresholds import Thresholds
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.domain.working_hours import WorkingHours
from contacttracker.store import person_settings
from contacttracker.store import setting_keys as keys
from contacttracker.store.database import db
from contacttracker.store.models import CustomChannel, Setting
from contacttracker.store.setting_keys import Key, Scope


def _database_key(key: Key | str) -> Key:
    """A database setting; a name is looked up in the registry (undeclared: an error)."""
    found = keys.named(Scope.DATABASE, key) if isinstance(key, str) else key
    if found.scope is not Scope.DATABASE:
        raise ValueError(f"{found.name!r} is a {found.scope} setting, not the database's")
    return found


def get_all() -> dict[str, str]:
    return {s.key: s.value for s in Setting.select()}


def get(key: Key | str) -> str:
    """The database's value, else the key's default."""
    key = _database_key(key)
    row = Setting.get_or_none(Setting.key == key.name)
    return row.value if row else str(key.default)


def set_many(values: Mapping[Key | str, object]) -> None:
    """The database's settings, in one transaction."""
    named = {_database_key(k).name: storable(str(v)) for k, v in values.items()}
    with db.atomic():
        for name, text in named.items():
            Setting.insert(key=name, value=text).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text}
            ).execute()


def thresholds() -> Thresholds:
    return Thresholds.from_settings(get_all())


def carried_over(key: Key):
    """The person's value of a setting that moved from the database to the person.

    Once, when the person's file has none at all, the database's value (an earlier
    version's) is copied into it: on a shared database each colleague who had set nothing
    takes it, and from then on a colleague's own value never reaches anyone else's file.
    With no database open (none there yet) there is nothing to carry: the person's value.
    """
    old = keys.MOVED_TO_PERSON[key]
    if not person_settings.has(key) and db.obj is not None:
        row = Setting.get_or_none(Setting.key == old.name)
        if row is not None and row.value.strip():
            person_settings.update({key: row.value})
    return person_settings.get(key)


def chat_name() -> str:
    """The person's own name in chat exports ('' when never said)."""
    value = carried_over(keys.CHAT_NAME)
    return storable(value.strip()) if isinstance(value, str) else ""


def set_chat_name(name: str) -> None:
    person_settings.update({keys.CHAT_NAME: storable(name.strip())})


def my_name() -> str:
    """The name this person set in Settings, on this computer ('' when none)."""
    value = person_settings.get(keys.AUTHOR)
    return value.strip() if isinstance(value, str) else ""


def set_my_name(name: str) -> None:
    """In a shared database each colleague records under their own name."""
    person_settings.update({keys.AUTHOR: name.strip()})


def home_country() -> str:
    """The home country the person chose ('' when they left it to the system's locale)."""
    value = person_settings.get(keys.HOME_COUNTRY)
    return value.strip().upper() if isinstance(value, str) else ""


def set_home_country(code: str) -> None:
    """National numbers are read as this country's; '' follows the system's locale.

    Raises ValueError for a code the phone rules do not know, so neither the window nor the
    command line can keep one that would silently fall back to the locale.
    """
    code = code.strip().upper()
    if code and not is_country(code):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Settings", "{code!r} is not a country code (UA, PL, DE…); '' follows the system"
            ).format(code=code)
        )
    person_settings.update({keys.HOME_COUNTRY: code})


def author() -> str:
    """Who is recording: the name this person set, else one an earlier version kept in the
    database, else the login name."""
    name = storable(my_name() or get(keys.OLD_AUTHOR))
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def my_email() -> str:
    """The person's own e-mail address ('' when none)."""
    value = person_settings.get(keys.MY_EMAIL)
    return value.strip() if isinstance(value, str) else ""


def set_my_email(address: str) -> None:
    """Their own address ('' for none); ValueError for one that is not an address."""
    address = address.strip()
    if address and not is_email(address):
        raise ValueError(
            QT_TRANSLATE_NOOP("Settings", "{address!r} is not an e-mail address").format(
                address=address
            )
        )
    person_settings.update({keys.MY_EMAIL: address})


def set_working_hours(hours: str, days: str) -> None:
    """The person's working day, as texts the domain parses (ValueError saying which is
    wrong); both are checked before either is written."""
    WorkingHours.parse(hours, days)
    person_settings.update({keys.WORKING_HOURS: hours.strip(), keys.WORKING_DAYS: days.strip()})


def working_hours() -> WorkingHours:
    """The person's working day (their settings; the defaults for what does not parse)."""
    return WorkingHours.from_settings(
        person_settings.get(keys.WORKING_HOURS), person_settings.get(keys.WORKING_DAYS)
    )


def catalogue() -> Catalogue:
    return Catalogue(
        [custom_channel(c.key, c.name, c.kind, c.link) for c in CustomChannel.select()]
    )


def add_channel(key: str, name: str, kind: str = "written", link: str = "") -> None:
    key, name, link = storable(key), storable(name), storable(link)
    channel = custom_channel(key, name, kind, link)
    if channel.key in catalogue():
        raise ValueError(
            QT_TRANSLATE_NOOP("Settings", "a channel {key!r} already exists").format(
                key=channel.key
            )
        )
    CustomChannel.create(key=channel.key, name=channel.name, kind=channel.kind.value, link=link)
