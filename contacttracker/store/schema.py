"""Bringing a database to the current schema: the steps of .migrations, in order.

Each step runs with its version bump in one transaction. Before an existing SQLite file is
migrated, a copy is taken with the online backup API; on PostgreSQL each step holds an
advisory lock. A database newer than this code is refused, never touched.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import peewee

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import APPLICATION_ID, DatabaseError
from contacttracker.store.migrations import MIGRATIONS, apply, backend_of

CURRENT_VERSION = len(MIGRATIONS)


def version_of(database: peewee.Database) -> int:
    """The schema version stored in the database; 0 for an empty file."""
    tables = set(database.get_tables())
    if "schema_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Database", "this database was not made by contacttracker"),
                "not_ours",
            )
        return 0
    row = database.execute_sql("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(
    database: peewee.Database,
    *,
    target: int = CURRENT_VERSION,
    backup_dir: Path | None = None,
) -> int:
    """Bring the schema up to ``target``; returns the version it started from."""
    start = version_of(database)
    if start > CURRENT_VERSION:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "This database was written by a newer contacttracker (schema {start}, this version understands up to {CURRENT_VERSION}). Update the app to open it; nothing was changed.",
            ).format(start=start, CURRENT_VERSION=CURRENT_VERSION),
            "newer",
        )
    if start >= target:
        return start
    if backend_of(database) == "postgresql":
        return _migrate_shared(database, start, target)
    if start > 0 and backup_dir is not None:
        backup_copy(database, backup_dir, f"before-v{target}")
    if start == 0:
        database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    for version in range(start, target):
        with database.atomic():
            _step(database, version)
    return start


def _step(database: peewee.Database, version: int) -> None:
    if version == 0:
        database.execute_sql("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        database.execute_sql("INSERT INTO schema_version (version) VALUES (0)")
    for statement in MIGRATIONS[version]:
        apply(database, statement)
    database.execute_sql("UPDATE schema_version SET version = ?", (version + 1,))


def _migrate_shared(database: peewee.Database, start: int, target: int) -> int:
    """PostgreSQL: each step under a lock held to the step's commit, so two windows opening
    a new shared database at once do not both create it."""
    for version in range(start, target):
        with database.atomic():
            database.execute_sql("SELECT pg_advisory_xact_lock(?)", (APPLICATION_ID,))
            if version_of(database) > version:
                continue  # another window did this step while we waited
            _step(database, version)
    return start


def backup_key(database_path: Path) -> str:
    """What a database's backups are named after: its stem for a .db file (as backups have
    always been named), else its whole name, so work.db and work.sqlite beside it never
    take each other's backups."""
    return database_path.stem if database_path.suffix == ".db" else database_path.name


def backup_keys(database_path: Path) -> tuple[str, ...]:
    """The names a database's backups may carry: its key, and for a file not named .db the
    stem its backups were named after before, unless a .db file of that stem lies beside
    it (whose backups those are)."""
    key = backup_key(database_path)
    if key == database_path.stem or database_path.with_suffix(".db").exists():
        return (key,)
    return (key, database_path.stem)


#: A backup's name: its database's key, what made it, when (see backup_copy).
BACKUP_NAME = re.compile(
    r"(?P<key>.+)-(?P<label>auto|manual|before-restore|before-v\d+)-[\dT]+\.db"
)


def backup_copy(database: peewee.Database, folder: Path, label: str, check=None) -> Path:
    """A consistent copy of a live SQLite database, made with the online backup API."""
    source_path = Path(database.database)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{backup_key(source_path)}-{label}-{stamp}.db"
    from contacttracker.store.snapshot import write_copy  # whole and checked, or nothing

    return write_copy(database.connection(), target, check)
