"""The schema as one linear list of migrations.

Each step is frozen SQL (never the current models, which move on), run with its version
bump in one transaction. Before an existing database is migrated, a copy is taken with
SQLite's online backup API. A database newer than this code is refused, never touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import peewee

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import APPLICATION_ID, DatabaseError

V1_TABLES = [
    """CREATE TABLE client (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        company TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'uk',
        time_zone TEXT NOT NULL DEFAULT '',
        preferred_hours TEXT NOT NULL DEFAULT '',
        response_hours REAL,
        keep_in_touch_days INTEGER,
        tags TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        last_contact_at TIMESTAMP,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at TIMESTAMP
    )""",
    "CREATE INDEX client_name ON client (name COLLATE NOCASE)",
    "CREATE INDEX client_last_contact ON client (last_contact_at)",
    """CREATE TABLE contact_point (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        value TEXT NOT NULL,
        normalized TEXT NOT NULL,
        rank INTEGER NOT NULL
    )""",
    "CREATE INDEX contact_point_client ON contact_point (client_id, rank)",
    "CREATE INDEX contact_point_normalized ON contact_point (normalized)",
    """CREATE TABLE project (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active'
    )""",
    "CREATE UNIQUE INDEX project_client_name ON project (client_id, name)",
    """CREATE TABLE conversation (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL,
        occurred_at TIMESTAMP NOT NULL,
        duration_min INTEGER,
        subject TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        agreements TEXT NOT NULL DEFAULT '',
        urgent INTEGER NOT NULL DEFAULT 0,
        follow_up_due TIMESTAMP,
        follow_up_done INTEGER NOT NULL DEFAULT 0,
        confirms_id INTEGER REFERENCES conversation (id) ON DELETE SET NULL,
        summarizes_id INTEGER REFERENCES conversation (id) ON DELETE SET NULL,
        replies_to_id INTEGER REFERENCES conversation (id) ON DELETE SET NULL,
        author TEXT NOT NULL DEFAULT '',
        dismissed TEXT NOT NULL DEFAULT '',
        awaiting_confirmation INTEGER NOT NULL DEFAULT 0,
        confirmed_at TIMESTAMP,
        awaiting_summary INTEGER NOT NULL DEFAULT 0,
        awaiting_reply INTEGER NOT NULL DEFAULT 0,
        answered_at TIMESTAMP,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at TIMESTAMP
    )""",
    "CREATE INDEX conversation_client_time ON conversation (client_id, occurred_at)",
    "CREATE INDEX conversation_time ON conversation (occurred_at)",
    "CREATE INDEX conversation_confirms ON conversation (confirms_id) WHERE confirms_id IS NOT NULL",
    "CREATE INDEX conversation_summarizes ON conversation (summarizes_id)"
    " WHERE summarizes_id IS NOT NULL",
    "CREATE INDEX conversation_replies_to ON conversation (replies_to_id)"
    " WHERE replies_to_id IS NOT NULL",
    # The attention queues read only these small partial indexes, never the table.
    "CREATE INDEX queue_unconfirmed ON conversation (awaiting_confirmation, occurred_at)"
    " WHERE awaiting_confirmation = 1",
    "CREATE INDEX queue_summary ON conversation (awaiting_summary, occurred_at)"
    " WHERE awaiting_summary = 1",
    "CREATE INDEX queue_reply ON conversation (awaiting_reply, occurred_at)"
    " WHERE awaiting_reply = 1",
    "CREATE INDEX queue_follow_up ON conversation (follow_up_done, follow_up_due)"
    " WHERE follow_up_done = 0 AND follow_up_due IS NOT NULL",
    """CREATE TABLE channel_score (
        channel TEXT PRIMARY KEY,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        updated_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE custom_channel (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        link TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

FTS_INSERT_TRIGGER = """CREATE TRIGGER conversation_fts_insert AFTER INSERT ON conversation BEGIN
        INSERT INTO conversation_fts (rowid, subject, summary, agreements)
        VALUES (new.id, new.subject, new.summary, new.agreements);
    END"""

V2_FULL_TEXT = [
    """CREATE VIRTUAL TABLE conversation_fts USING fts5(
        subject, summary, agreements,
        content='conversation', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    FTS_INSERT_TRIGGER,
    """CREATE TRIGGER conversation_fts_delete AFTER DELETE ON conversation BEGIN
        INSERT INTO conversation_fts (conversation_fts, rowid, subject, summary, agreements)
        VALUES ('delete', old.id, old.subject, old.summary, old.agreements);
    END""",
    """CREATE TRIGGER conversation_fts_update AFTER UPDATE OF subject, summary, agreements
        ON conversation BEGIN
        INSERT INTO conversation_fts (conversation_fts, rowid, subject, summary, agreements)
        VALUES ('delete', old.id, old.subject, old.summary, old.agreements);
        INSERT INTO conversation_fts (rowid, subject, summary, agreements)
        VALUES (new.id, new.subject, new.summary, new.agreements);
    END""",
    # Existing conversations become searchable in the same step.
    "INSERT INTO conversation_fts (conversation_fts) VALUES ('rebuild')",
]


def _v3_client_search_text(database: peewee.Database) -> None:
    """A casefolded copy of what the client filter matches (SQLite folds only ASCII case)."""
    database.execute_sql("ALTER TABLE client ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    fill_search_text(database)


def fill_search_text(database: peewee.Database) -> None:
    handles: dict[int, list[str]] = {}
    for client_id, value, normal in database.execute_sql(
        "SELECT client_id, value, normalized FROM contact_point"
    ):
        handles.setdefault(client_id, []).extend((value, normal))
    rows = database.execute_sql("SELECT id, name, company, tags FROM client").fetchall()
    updates = [(search_text(n, c, t, handles.get(i, [])), i) for i, n, c, t in rows]
    sql = "UPDATE client SET search_text = ? WHERE id = ?"
    if getattr(database, "backend", "sqlite") == "postgresql":
        database.executemany(sql, updates)
    else:
        database.connection().executemany(sql, updates)


V4_ROLLUPS = [
    "ALTER TABLE client ADD COLUMN open_items INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE client ADD COLUMN touch_due_at TIMESTAMP",
    "CREATE INDEX client_open_items ON client (open_items)",
    "CREATE INDEX client_touch_due ON client (touch_due_at) WHERE keep_in_touch_days > 0",
    # The queues' indexes also carry client_id, so counting a queue reads only the index.
    "DROP INDEX queue_unconfirmed",
    "DROP INDEX queue_summary",
    "DROP INDEX queue_reply",
    "DROP INDEX queue_follow_up",
    "CREATE INDEX queue_unconfirmed ON conversation (awaiting_confirmation, occurred_at,"
    " client_id) WHERE awaiting_confirmation = 1",
    "CREATE INDEX queue_summary ON conversation (awaiting_summary, occurred_at, client_id)"
    " WHERE awaiting_summary = 1",
    "CREATE INDEX queue_reply ON conversation (awaiting_reply, occurred_at, client_id)"
    " WHERE awaiting_reply = 1",
    "CREATE INDEX queue_follow_up ON conversation (follow_up_done, follow_up_due, client_id)"
    " WHERE follow_up_done = 0 AND follow_up_due IS NOT NULL",
    """UPDATE client SET
      last_contact_at = (SELECT max(occurred_at) FROM conversation
                         WHERE client_id = client.id AND deleted_at IS NULL),
      open_items = (SELECT count(*) FROM conversation WHERE client_id = client.id
                    AND (awaiting_confirmation = 1 OR awaiting_summary = 1 OR awaiting_reply = 1))""",
    """UPDATE client SET touch_due_at = CASE WHEN keep_in_touch_days > 0
      THEN coalesce(datetime(last_contact_at, '+' || keep_in_touch_days || ' days'),
                    '0001-01-01 00:00:00') END""",
]


CLIENT_FTS_INSERT_TRIGGER = """CREATE TRIGGER client_fts_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END"""

CLIENT_FTS_UPDATE_TRIGGER = """CREATE TRIGGER client_fts_update AFTER UPDATE OF search_text ON client BEGIN
        INSERT INTO client_fts (client_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO client_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END"""

V5_CLIENT_TRIGRAMS = [
    # Substring search over clients ("олен" finds Олена, Соленко): answers from the index
    # instead of running LIKE over every client on each keystroke.
    """CREATE VIRTUAL TABLE client_fts USING fts5(
        search_text, content='client', content_rowid='id', tokenize='trigram'
    )""",
    CLIENT_FTS_INSERT_TRIGGER,
    """CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN
        INSERT INTO client_fts (client_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    CLIENT_FTS_UPDATE_TRIGGER,
    "INSERT INTO client_fts (client_fts) VALUES ('rebuild')",
]


V6_HISTORY_AND_TRASH = [
    # Every edit and deletion keeps the earlier state of the conversation, with who and when.
    """CREATE TABLE conversation_version (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        change TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        changed_at TIMESTAMP NOT NULL,
        author TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX conversation_version_of ON conversation_version (conversation_id, id)",
    "CREATE INDEX conversation_trash ON conversation (deleted_at) WHERE deleted_at IS NOT NULL",
]


V7_HIDDEN_CLIENTS = [
    # The queue counts take away the items of archived and deleted clients: found from this
    # small index instead of reading every client row.
    "CREATE INDEX client_hidden ON client (id) WHERE archived = 1 OR deleted_at IS NOT NULL",
]


def search_text(name: str, company: str, tags: str, handles: list[str]) -> str:
    """What the client filter looks in, casefolded, one line."""
    return " ".join([name, company, tags, *handles]).casefold().replace("\n", " ")


def _run(statements: list[str]) -> Callable[[peewee.Database], None]:
    def step(database: peewee.Database) -> None:
        for sql in statements:
            database.execute_sql(sql)

    return step


#: MIGRATIONS[i] brings a database from version i to version i + 1 (SQLite; the same steps
#: for PostgreSQL are in .schema_pg).
MIGRATIONS: list[Callable[[peewee.Database], None]] = [
    _run(V1_TABLES),
    _run(V2_FULL_TEXT),
    _v3_client_search_text,
    _run(V4_ROLLUPS),
    _run(V5_CLIENT_TRIGRAMS),
    _run(V6_HISTORY_AND_TRASH),
    _run(V7_HIDDEN_CLIENTS),
]
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
    if getattr(database, "backend", "sqlite") == "postgresql":
        return _migrate_shared(database, start, target)
    if start > 0 and backup_dir is not None:
        backup_copy(database, backup_dir, f"before-v{target}")
    if start == 0:
        database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    for version in range(start, target):
        with database.atomic():
            _step(database, version, MIGRATIONS)
    return start


def _step(database: peewee.Database, version: int, steps: list) -> None:
    if version == 0:
        database.execute_sql("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        database.execute_sql("INSERT INTO schema_version (version) VALUES (0)")
    steps[version](database)
    database.execute_sql("UPDATE schema_version SET version = ?", (version + 1,))


def _migrate_shared(database: peewee.Database, start: int, target: int) -> int:
    """PostgreSQL: each step under a lock held to the step's commit, so two windows opening
    a new shared database at once do not both create it."""
    from contacttracker.store import schema_pg

    for version in range(start, target):
        with database.atomic():
            database.execute_sql("SELECT pg_advisory_xact_lock(?)", (APPLICATION_ID,))
            if version_of(database) > version:
                continue  # another window did this step while we waited
            _step(database, version, schema_pg.MIGRATIONS)
    return start


def backup_copy(database: peewee.Database, folder: Path, label: str) -> Path:
    """A consistent copy of a live SQLite database, made with the online backup API."""
    source_path = Path(database.database)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{source_path.stem}-{label}-{stamp}.db"
    dest = sqlite3.connect(target)
    try:
        database.connection().backup(dest)
    finally:
        dest.close()
    target.chmod(0o600)
    return target
