"""Every earlier schema, as kept in tests/fixtures, upgrades to the current one intact."""

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from contacttracker.store import close, open_database
from contacttracker.store.schema import CURRENT_VERSION

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_v*.db"))


def test_there_is_a_fixture_for_every_earlier_version():
    versions = sorted(int(p.stem.removeprefix("schema_v")) for p in FIXTURES)
    assert versions == list(range(1, CURRENT_VERSION)), (
        "run tests/fixtures/make_schema_fixtures.py for the new version and commit the file"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_upgrade_keeps_every_row(fixture, tmp_path, now):
    from contacttracker.store import attention, browse, history
    from contacttracker.store.database import db
    from contacttracker.store.search import search

    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    before = sqlite3.connect(path)
    rows = {
        table: before.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("client", "contact_point", "conversation")
    }
    old_version = before.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    before.close()
    open_database(str(path))
    try:
        assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0] == (
            CURRENT_VERSION
        )
        for table, old in rows.items():
            width = len(old[0])
            new = [r[:width] for r in db.execute_sql(f"SELECT * FROM {table} ORDER BY id")]
            if table == "client":  # rollups are derived: compare what the user entered
                new = [r[:11] for r in new]
                old = [r[:11] for r in old]
            assert new == old, table
        assert [h.conversation_id for h in search("логотип")] == [1]
        assert [r.name for r in browse.client_page("380671234567")] == ["Олена Коваленко"]
        assert [r.name for r in browse.client_page("ветер")] == ["Дмитрий Иванов"]
        counts = attention.counts(now)
        assert (counts["unconfirmed_email"], counts["needs_summary"], counts["awaiting_reply"]) == (
            1,
            1,
            1,
        )
        assert counts["losing_touch"] == 2, "rhythms of 14 and 30 days, silent since March"
        card = browse.client_card(3)
        assert card is not None and card.last_contact is not None
        assert db.execute_sql("SELECT open_items FROM client WHERE id = 3").fetchone()[0] == 2
        assert history.versions(1) == []
        # What earlier releases stored can be snoozed and the snooze undone.
        from contacttracker.store import snooze, undo
        from contacttracker.store.timeutil import now_utc

        snooze.snooze_client(1, max(now, now_utc()) + timedelta(days=3))
        assert attention.counts(now)["losing_touch"] == 1
        assert undo.undo().action == "snooze"
        assert attention.counts(now)["losing_touch"] == 2
        # What earlier releases stored is reminded of once, from their first look on.
        from contacttracker.store import reminders

        first = reminders.take(now, person="Марія", quiet=False)
        assert {(d.item.queue, d.reminder.value) for d in first.due} >= {
            ("unconfirmed_email", "overdue"),
            ("needs_summary", "overdue"),
            ("awaiting_reply", "overdue"),
        }
        assert reminders.take(now, person="Марія", quiet=False).due == []
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close()
    saved = list((tmp_path / "backups").glob(f"old-before-v{CURRENT_VERSION}-*.db"))
    assert len(saved) == 1, "a backup before migrating"
    con = sqlite3.connect(saved[0])
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == old_version
    con.close()
