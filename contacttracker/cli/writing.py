"""What every writing command shares: refusals in words, and the UUID it wrote on stdout."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from contacttracker.cli.common import Failure


@contextmanager
def refused() -> Iterator[None]:
    """A write the store refuses (bad input, someone else's newer save, a failing disk or
    server) becomes words and exit 1; the store's transaction has written nothing."""
    import peewee

    from contacttracker.store.conflicts import Conflict

    try:
        yield
    except Conflict as exc:
        who = f" ({exc.changed_by})" if exc.changed_by else ""
        raise Failure(f"{exc}{who}; nothing was saved, run the command again") from exc
    except ValueError as exc:
        raise Failure(str(exc)) from exc
    except (peewee.DatabaseError, peewee.InterfaceError, sqlite3.OperationalError) as exc:
        raise Failure(f"the database refused the write: {exc}") from exc


def wrote(uuid: str) -> None:
    """What a writing command prints: the UUID, so that a script can chain the next one."""
    print(uuid)
