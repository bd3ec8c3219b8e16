"""The database: models, opening, migrations and the queries the app runs. No Qt here."""

from __future__ import annotations

import sys

if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    # peewee imports the PostgreSQL driver when it is installed, which costs 0.2 s of every
    # start-up; it is imported only when a shared database is opened (see .postgres).
    sys.modules["psycopg"] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]

from contacttracker.store.database import DatabaseError, Location, close, connect, resolve
from contacttracker.store.schema import migrate


def open_database(value: str | None = None, *, create: bool = True) -> Location:
    """Resolve --db / CONTACTTRACKER_DB / the default, connect and migrate.

    A backup is taken beside the file before an existing database is migrated.
    """
    location = resolve(value)
    database = connect(location, create=create)
    backup_dir = location.path.parent / "backups" if location.path else None
    try:
        migrate(database, backup_dir=backup_dir)
    except DatabaseError:
        close()
        raise
    return location


__all__ = ["DatabaseError", "Location", "close", "open_database", "resolve"]
