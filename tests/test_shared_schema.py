"""The schema on the PostgreSQL server: the same steps and versions as the SQLite file, every
earlier version upgrades with its rows, two windows opening a new shared database at once
create it once, and a database from a newer release is refused untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contacttracker.store import close, open_database
from contacttracker.store.database import DatabaseError
from contacttracker.store.models import ALL_MODELS
from contacttracker.store.schema import CURRENT_VERSION, migrate
from tests.helpers.old_rows import add_old_rows, assert_upgraded_with_old_rows
from tests.helpers.state import query

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.parametrize("backend", ["postgresql"])


def test_models_match_the_shared_schema(db_path):
    from contacttracker.store.database import db

    assert db.execute_sql("SELECT version FROM schema_version").fetchone()[0] == CURRENT_VERSION
    for model in ALL_MODELS:
        table = model._meta.table_name
        stored = {c.name for c in db.get_columns(table)}
        declared = {f.column_name for f in model._meta.sorted_fields}
        # The search column is the server's own (kept by a trigger), not the models'.
        assert stored - {"search_vector"} == declared, table


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_upgrade_from_every_older_version_keeps_rows(backend, databases, tmp_path, version):
    from contacttracker.store.postgres import open_team

    url = databases.new(backend, tmp_path)
    old = open_team(url)
    migrate(old, target=version)
    add_old_rows(old)
    old.close()
    open_database(url)
    try:
        assert_upgraded_with_old_rows()
    finally:
        close()


OPEN = "import sys; from contacttracker.store import open_database; open_database(sys.argv[1])"


def test_two_windows_creating_a_new_shared_database_at_once(backend, databases, tmp_path):
    url = databases.new(backend, tmp_path)
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, url], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    for start in starts:
        _out, err = start.communicate(timeout=60)
        assert start.returncode == 0, err
    assert query(url, "SELECT version FROM schema_version") == [(CURRENT_VERSION,)]


def test_a_newer_shared_database_is_refused_untouched(backend, databases, tmp_path):
    url = databases.new(backend, tmp_path)
    open_database(url)
    close()
    query(url, f"UPDATE schema_version SET version = {CURRENT_VERSION + 5} RETURNING version")
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert caught.value.kind == "newer"
    close()
    assert query(url, "SELECT version FROM schema_version") == [(CURRENT_VERSION + 5,)]


def test_a_user_who_may_not_create_tables_is_told_so(backend, databases):
    """A login without rights on an empty database: words, not a traceback."""
    from urllib.parse import urlparse

    url = urlparse(databases.new_server_database())
    databases._admin(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ct_intern')"
        " THEN CREATE ROLE ct_intern LOGIN; END IF; END $$"
    )
    as_intern = url._replace(netloc=f"ct_intern@{url.hostname}:{url.port}").geturl()
    with pytest.raises(DatabaseError) as caught:
        open_database(as_intern)
    assert "could not be brought up to date" in str(caught.value)
    assert "permission denied" in str(caught.value)
    close()
