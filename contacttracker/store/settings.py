"""Settings kept in the database, so they travel with it (thresholds, author, channels)."""

from __future__ import annotations

import getpass

from contacttracker.domain.channels import Catalogue, custom_channel
from contacttracker.domain.thresholds import Thresholds
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import db
from contacttracker.store.models import CustomChannel, Setting


def get_all() -> dict[str, str]:
    return {s.key: s.value for s in Setting.select()}


def get(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def set_many(values: dict[str, str]) -> None:
    with db.atomic():
        for key, value in values.items():
            Setting.insert(key=key, value=str(value)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: str(value)}
            ).execute()


def thresholds() -> Thresholds:
    return Thresholds.from_settings(get_all())


def author() -> str:
    """Who is recording: the name set in settings, else the login name."""
    name = get("author")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def catalogue() -> Catalogue:
    return Catalogue(
        [custom_channel(c.key, c.name, c.kind, c.link) for c in CustomChannel.select()]
    )


def add_channel(key: str, name: str, kind: str = "written", link: str = "") -> None:
    channel = custom_channel(key, name, kind, link)
    if channel.key in catalogue():
        raise ValueError(
            QT_TRANSLATE_NOOP("Settings", "a channel {key!r} already exists").format(
                key=channel.key
            )
        )
    CustomChannel.create(key=channel.key, name=channel.name, kind=channel.kind.value, link=link)
