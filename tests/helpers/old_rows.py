"""Rows an older release left behind, and the check that an upgrade kept them and can
still find them, for the SQLite and the PostgreSQL schema tests alike."""

from __future__ import annotations

OLD_ROWS = [
    "INSERT INTO client (uuid, name, created_at, updated_at) VALUES"
    " ('11111111-1111-4111-8111-111111111111', 'Старий клієнт', '2025-01-01 00:00:00',"
    " '2025-01-01 00:00:00')",
    # On a 30-day rhythm and never contacted: due 30 days after being added.
    "INSERT INTO client (uuid, name, keep_in_touch_days, created_at, updated_at) VALUES"
    " ('33333333-3333-4333-8333-333333333333', 'Новий клієнт', 30, '2025-06-01 00:00:00',"
    " '2025-06-01 00:00:00')",
    "INSERT INTO conversation (uuid, client_id, channel, direction, occurred_at, subject,"
    " summary, created_at, updated_at) VALUES ('22222222-2222-4222-8222-222222222222',"
    " (SELECT id FROM client WHERE name = 'Старий клієнт'), 'phone', 'out', '2025-01-02 10:00:00', 'Кошторис',"
    " 'Обговорили кошторис на логотип', '2025-01-02 10:00:00', '2025-01-02 10:00:00')",
]


def add_old_rows(database) -> None:
    for sql in OLD_ROWS:
        database.execute_sql(sql)


def assert_upgraded_with_old_rows() -> None:
    """The open database is at the current version, with the old rows, searchable."""
    from contacttracker.store.database import db
    from contacttracker.store.schema import CURRENT_VERSION
    from contacttracker.store.search import search

    assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0] == (
        CURRENT_VERSION
    )
    names = db.execute_sql("SELECT name FROM client ORDER BY name DESC").fetchall()
    assert names == [("Старий клієнт",), ("Новий клієнт",)]
    from datetime import UTC, datetime

    from contacttracker.store.timeutil import from_db

    (due,) = db.execute_sql(
        "SELECT touch_due_at FROM client WHERE name = 'Новий клієнт'"
    ).fetchone()
    assert from_db(due) == datetime(2025, 7, 1, tzinfo=UTC), "the rhythm counts from when added"
    hits = search("кошторис")
    assert [h.conversation for h in hits] == ["22222222-2222-4222-8222-222222222222"]
