"""CLIENT, CONVERSATION and WHEN as typed on the command line, or exit 1 saying why."""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from contacttracker.cli.common import Failure, iso_utc


def client(text: str) -> int:
    """The one client a UUID, the start of one, a name or a handle names."""
    from contacttracker.store import lookup

    found = lookup.clients(text)
    if not found:
        raise Failure(f"no client matches {text!r}")
    if len(found) > 1:
        lines = [f"  {m.uuid}  {m.name}" + (f" ({m.company})" if m.company else "") for m in found]
        if len(found) > lookup.MOST:
            lines[-1] = "  …"
        raise Failure(
            f"{text!r} matches several clients; name one by its UUID:\n" + "\n".join(lines)
        )
    return found[0].id


def conversation(text: str, *, trashed: bool = False) -> int:
    """The one conversation a UUID or the start of one (6 characters or more) names;
    conversations in the Trash only when `trashed`."""
    from contacttracker.store import lookup

    if not lookup.uuid_like(text):
        raise Failure(
            f"{text!r} is not a conversation's UUID or the start of one"
            f" ({lookup.MIN_PREFIX} characters or more)"
        )
    found = [m for m in lookup.conversations(text) if trashed or not m.deleted]
    if not found:
        raise Failure(f"no conversation {text}")
    if len(found) > 1:
        lines = [
            f"  {m.uuid}  {iso_utc(m.occurred_at)}  {m.client}  {m.channel}  {m.subject}"
            for m in found
        ]
        raise Failure(f"{text!r} matches several conversations:\n" + "\n".join(lines))
    return found[0].id


def user_zone() -> tzinfo:
    """The person's time zone: TZ when it names one, else the system's, by name where it
    can be found (so that "tomorrow 15:00" is right across a change of summer time)."""
    from zoneinfo import ZoneInfo

    from contacttracker.domain.clock import valid_zone

    name = os.environ.get("TZ", "").removeprefix(":")
    if not valid_zone(name):
        try:
            target = str(Path("/etc/localtime").resolve())
        except OSError:
            target = ""
        name = target.partition("zoneinfo/")[2]
    if valid_zone(name):
        return ZoneInfo(name)
    return datetime.now().astimezone().tzinfo or UTC


def when(text: str, option: str) -> datetime:
    """WHEN in the person's zone → an aware UTC time; `option` names it in the refusal."""
    from contacttracker.domain.when import parse_when
    from contacttracker.store.settings import working_hours
    from contacttracker.store.timeutil import now_utc

    # A bare day ("tomorrow", "2026-11-21") means the start of the person's working day.
    morning = working_hours().start
    try:
        moment = parse_when(text, now_utc().astimezone(user_zone()), morning)
    except ValueError as exc:
        raise Failure(f"{option}: {exc}") from exc
    return moment.astimezone(UTC)
