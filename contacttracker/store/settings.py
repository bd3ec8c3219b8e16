"""Settings kept in the database, so they travel with it (thresholds, channels), and the one
that belongs to the person, not the database: the name they record under."""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path

from contacttracker.domain.channels import Catalogue, custom_channel
from contacttracker.domain.storable import storable
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
            text = storable(str(value))
            Setting.insert(key=key, value=text).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text}
            ).execute()


def thresholds() -> Thresholds:
    return Thresholds.from_settings(get_all())


def personal_file() -> Path:
    from contacttracker.paths import config_dir

    return config_dir() / "person.json"


def personal() -> dict[str, object]:
    """What belongs to the person on this computer: their name, their shared database."""
    try:
        data = json.loads(personal_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def update_personal(values: dict[str, object]) -> None:
    """Kept with the person (their config folder), not in the database. Written whole,
    owner-only."""
    data = {**personal(), **values}
    path = personal_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
    os.replace(part, path)


def my_name() -> str:
    """The name this person set in Settings, on this computer ('' when none)."""
    value = personal().get("author", "")
    return value.strip() if isinstance(value, str) else ""


def set_my_name(name: str) -> None:
    """In a shared database each colleague records under their own name."""
    update_personal({"author": name.strip()})


def author() -> str:
    """Who is recording: the name this person set, else one an earlier version kept in the
    database, else the login name."""
    name = storable(my_name() or get("author"))
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
    key, name, link = storable(key), storable(name), storable(link)
    channel = custom_channel(key, name, kind, link)
    if channel.key in catalogue():
        raise ValueError(
            QT_TRANSLATE_NOOP("Settings", "a channel {key!r} already exists").format(
                key=channel.key
            )
        )
    CustomChannel.create(key=channel.key, name=channel.name, kind=channel.kind.value, link=link)
