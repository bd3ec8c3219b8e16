"""A trigger or an index that a later migration changes stays changed through an import:
the bulk paths put back what the live database holds, never the first migration's text."""

import csv

import pytest

from contacttracker.io.csv_import import import_file
from contacttracker.io.export import export
from contacttracker.store import close, demo, open_database, search
from contacttracker.store.dialect import is_pg

pytestmark = pytest.mark.backends

#: What a later migration might do to a trigger and an index the bulk paths drop and
#: restore (SQLite) or leave in place (PostgreSQL).
LATER_MIGRATION = {
    "sqlite": [
        "DROP TRIGGER conversation_fts_insert",
        """CREATE TRIGGER conversation_fts_insert AFTER INSERT ON conversation
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO conversation_fts (rowid, subject, summary, agreements)
        VALUES (new.id, new.subject, new.summary, new.agreements);
    END""",
        "DROP TRIGGER client_fts_update",
        """CREATE TRIGGER client_fts_update AFTER UPDATE OF search_text, name ON client BEGIN
        INSERT INTO client_fts (client_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO client_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END""",
        "DROP INDEX queue_reply",
        "CREATE INDEX queue_reply ON conversation (awaiting_reply, occurred_at, client_id,"
        " answered_at) WHERE awaiting_reply = 1",
    ],
    "postgresql": [
        "DROP TRIGGER conversation_search ON conversation",
        "CREATE TRIGGER conversation_search BEFORE INSERT OR UPDATE OF subject, summary,"
        " agreements, channel ON conversation FOR EACH ROW"
        " EXECUTE FUNCTION conversation_search_vector()",
        "DROP INDEX queue_reply",
        "CREATE INDEX queue_reply ON conversation (awaiting_reply, occurred_at, client_id,"
        " answered_at) WHERE awaiting_reply = 1",
    ],
}


def _definitions() -> dict[tuple[str, str], str]:
    """Every trigger's and index's definition as the live database holds it, by kind and
    name (PostgreSQL names them apart: a trigger and an index may share a name)."""
    from contacttracker.store.database import db

    if is_pg():
        triggers = db.execute_sql(
            "SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t"
            " JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal"
        ).fetchall()
        indexes = db.execute_sql(
            "SELECT 'index', indexname, indexdef FROM pg_indexes"
            " WHERE schemaname = current_schema()"
        ).fetchall()
        rows = triggers + indexes
    else:
        rows = db.execute_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index')"
            " AND sql IS NOT NULL"
        ).fetchall()
    return {(kind, name): sql for kind, name, sql in rows}


def test_a_trigger_and_an_index_changed_later_survive_imports(tmp_path, now, backend, databases):
    from contacttracker.store.database import db

    source = tmp_path / "source.db"
    open_database(str(source))
    demo.build(30, 5000, seed=3, now=now)  # enough rows for the import to rebuild indexes
    export("clients", tmp_path / "clients.csv", "comma")
    export("conversations", tmp_path / "conversations.csv", "comma")
    close()

    open_database(str(databases.new(backend, tmp_path, "target.db")))
    try:
        with db.atomic():
            for sql in LATER_MIGRATION[backend]:
                db.execute_sql(sql)
        changed = _definitions()

        assert import_file(tmp_path / "clients.csv").added == 30
        # Every card changed, so the update rewrites each client's search text.
        with open(tmp_path / "clients.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        with open(tmp_path / "renamed.csv", "w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, fieldnames=list(rows[0]))
            out.writeheader()
            out.writerows({**row, "notes": row["notes"] + " (again)"} for row in rows)
        assert import_file(tmp_path / "renamed.csv").updated == 30
        assert import_file(tmp_path / "conversations.csv").added == 5000

        assert _definitions() == changed
        if backend == "sqlite":
            assert "WHEN new.deleted_at IS NULL" in changed["trigger", "conversation_fts_insert"]
            assert "search_text, name" in changed["trigger", "client_fts_update"]
        else:
            assert "agreements, channel" in changed["trigger", "conversation_search"]
        assert "answered_at" in changed["index", "queue_reply"]
        (subject,) = db.execute_sql("SELECT subject FROM conversation LIMIT 1").fetchone()
        word = subject.split()[0]
        assert search.search(word), "the imported rows are indexed for search"
    finally:
        close()
