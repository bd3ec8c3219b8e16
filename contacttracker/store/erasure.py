"""Deleting a client for good: a checked backup first, then one transaction.

The window and `client delete` both come here, so neither can erase without the copy that
takes it back (File → Restore from backup…, `restore`). A shared database has no file to
copy: its backups are the server's job, and the caller says so before asking.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP, reason_of
from contacttracker.store.database import Location, db


class NotErased(ValueError):
    """The backup before the erase could not be made: nothing was erased."""


@dataclass(frozen=True, slots=True)
class Erased:
    conversations: int
    #: The backup taken just before; None on a shared database.
    backup: Path | None


def conversations_to_erase(client_id: int) -> int:
    """Every conversation the erase takes, those in the Trash included (what to warn of)."""
    (count,) = db.execute_sql(
        "SELECT count(*) FROM conversation WHERE client_id = ?", (client_id,)
    ).fetchone()
    return count


def erase_for_good(location: Location, client_id: int) -> Erased:
    """Back the database up, then erase the client with their channels, projects and every
    conversation in one transaction; a failed backup raises NotErased and erases nothing."""
    from contacttracker.store import backup
    from contacttracker.store.clients import erase_client

    copy = None
    if location.path is not None:
        try:
            copy = backup.backup(location)
        except (OSError, ValueError) as exc:
            raise NotErased(
                QT_TRANSLATE_NOOP(
                    "Clients", "no backup could be taken, so nothing was erased: {reason}"
                ).format(reason=reason_of(exc))
            ) from exc
    return Erased(erase_client(client_id), copy)
