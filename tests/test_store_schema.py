import sqlite3

import pytest

from contacttracker.store import close, open_database
from contacttracker.store.database import APPLICATION_ID, DatabaseError, resolve
from contacttracker.store.models import ALL_MODELS
from contacttracker.store.schema import CURRENT_VERSION, migrate
from tests.helpers.old_rows import add_old_rows, assert_upgraded_with_old_rows


def test_new_database_is_current_with_pragmas(db_path):
    from contacttracker.store.database import db

    assert db.execute_sql("SELECT version FROM schema_version").fetchone()[0] == CURRENT_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert (db_path.stat().st_mode & 0o777) == 0o600


def test_models_match_the_migrated_schema(db_path):
    from contacttracker.store.database import db

    for model in ALL_MODELS:
        table = model._meta.table_name
        stored = {c.name for c in db.get_columns(table)}
        declared = {f.column_name for f in model._meta.sorted_fields}
        assert stored == declared, table


def _old_database(path, version):
    """A database file as an older release left it, with rows in it."""
    import peewee

    database = peewee.SqliteDatabase(str(path))
    migrate(database, target=version)
    add_old_rows(database)
    database.close()


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_upgrade_from_every_older_version_keeps_rows_and_backs_up(tmp_path, version):

    path = tmp_path / "old.db"
    _old_database(path, version)
    open_database(str(path))
    try:
        assert_upgraded_with_old_rows()
    finally:
        close()
    backups = list((tmp_path / "backups").glob("old-before-v*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == version
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_database(str(path))
    close()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = ?", (CURRENT_VERSION + 5,))
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer contacttracker"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_foreign_files_are_refused(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello, this is not a database" * 10)
    with pytest.raises(DatabaseError, match="not a contacttracker database"):
        open_database(str(text))
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE foo (x)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not made by contacttracker"):
        open_database(str(other))
    assert sqlite3.connect(other).execute("SELECT count(*) FROM foo").fetchone()[0] == 0


def test_locations(tmp_path, monkeypatch):
    monkeypatch.delenv("CONTACTTRACKER_DB", raising=False)
    assert resolve(None).path.name == "contacttracker.db"
    assert resolve(str(tmp_path / "a.db")).path == tmp_path / "a.db"
    assert resolve("sqlite:///" + str(tmp_path / "b.db")).path == tmp_path / "b.db"
    assert resolve("postgresql://u@h/db").backend == "postgresql"
    monkeypatch.setenv("CONTACTTRACKER_DB", str(tmp_path / "env.db"))
    assert resolve(None).path == tmp_path / "env.db"
    with pytest.raises(DatabaseError):
        resolve("mysql://x")
