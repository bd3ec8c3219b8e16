"""The person's settings: one JSON file in their config folder (platformdirs), whichever
database they open, never in the shared one.

Read whole and written whole: a new file beside the old one, flushed to disk, then renamed
over it, so a crash leaves the old settings or the new, never half of either. Owner-only
(0600 in a 0700 folder): it holds the shared database's address and the mail accounts.
A file that cannot be read counts as empty; a value of the wrong type as its default.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from contacttracker.store.setting_keys import Key, Scope


def path() -> Path:
    from contacttracker.paths import config_dir

    return config_dir() / "person.json"


def read_all() -> dict[str, object]:
    try:
        data = json.loads(path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def has(key: Key) -> bool:
    """Whether the person has ever set it (to anything, even empty)."""
    return _check(key).name in read_all()


def get(key: Key):
    """The person's value, or the key's default when none (or one of another type)."""
    value = read_all().get(_check(key).name)
    default = key.fallback()
    if value is None or (default is not None and not isinstance(value, type(default))):
        return default
    return value


def update(values: Mapping[Key, object]) -> None:
    """Set these and keep the rest; written atomically, owner-only."""
    data = {**read_all(), **{_check(k).name: v for k, v in values.items()}}
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    part = target.with_name(f".{target.name}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    with contextlib.suppress(OSError, AttributeError):  # the rename itself, where it can
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _check(key: Key) -> Key:
    if key.scope is not Scope.PERSON:
        raise ValueError(f"{key.name!r} is a {key.scope} setting, not the person's")
    return key
