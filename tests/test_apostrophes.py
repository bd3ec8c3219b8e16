"""The three Ukrainian apostrophes (' ’ ʼ) are one letter to search and the client filter,
on both backends, and a database from before is folded by its migration."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from contacttracker.domain.apostrophes import fold, shapes
from contacttracker.store.browse import client_page
from contacttracker.store.search import fts_query, search, ts_query

pytestmark = pytest.mark.backends
FORMS = ("п'ятниці", "п’ятниці", "пʼятниці")


def test_folding_and_shapes():
    assert {fold(f) for f in FORMS} == {"п'ятниці"}
    assert shapes("п’ятниці") == ("пʼятниці", ["п", "ятниці"])
    assert shapes("логотип") == ("логотип", ["логотип"])
    assert fts_query("до п'ятниці") == '"до"* ("пʼятниці"* OR "п ятниці"*)'
    assert ts_query("п'ятниці") == "('пʼятниці':* | 'п' <-> 'ятниці':*)"


def test_search_finds_each_apostrophe_by_each(client_factory, log, now):
    client = client_factory()
    made = {
        form: log(client, "phone", "out", now, agreements=f"Оплата до {form}") for form in FORMS
    }
    unrelated = log(client, "phone", "out", now, agreements="Подзвонити п. Іванову у ятниці")
    for typed in FORMS:
        found = {h.conversation for h in search(typed)}
        assert found == {c.uuid for c in made.values()}, typed
        assert unrelated.uuid not in found  # the ASCII form no longer splits into two words
    assert {h.conversation for h in search("п'ятн")} == {c.uuid for c in made.values()}


def test_the_client_filter_folds_them_too(client_factory):
    names = {form: client_factory(f"Ірина Зав{form[1]}ялова", channels=[]) for form in FORMS}
    other = client_factory("Ірина Завялова", channels=[])
    for typed in ("зав'ял", "Зав’ялова", "завʼя"):
        found = {row.id for row in client_page(typed)}
        assert found == {c.id for c in names.values()}, typed
        assert other.id not in found


def test_an_older_database_is_folded_by_its_migration(tmp_path, backend, databases):
    """A client stored with ’ before this release is found by ' after the upgrade."""
    from contacttracker.store import close, open_database
    from contacttracker.store.database import db

    if backend == "sqlite":
        old = tmp_path / "old.db"
        shutil.copy(Path(__file__).parent / "fixtures" / "schema_v7.db", old)
        con = sqlite3.connect(old)
        con.execute(
            "UPDATE client SET name = 'Олег Зав’ялов', search_text = 'олег зав’ялов' WHERE id = 1"
        )
        con.commit()
        con.close()
        open_database(str(old))
    else:
        from contacttracker.store.postgres import open_team
        from contacttracker.store.schema import migrate

        url = databases.new(backend, tmp_path)
        old = open_team(url)
        migrate(old, target=7)
        old.execute_sql(
            "INSERT INTO client (uuid, name, company, language, created_at, updated_at,"
            " search_text) VALUES ('11111111-1111-4111-8111-111111111111', 'Олег Зав’ялов', '',"
            " 'uk', '2026-03-01 10:00:00', '2026-03-01 10:00:00', 'олег зав’ялов')"
        )
        old.close()
        open_database(url)
    try:
        assert [row.name for row in client_page("зав'ялов")] == ["Олег Зав’ялов"]
        (stored,) = db.execute_sql("SELECT search_text FROM client").fetchone()
        assert stored == "олег зав'ялов"
    finally:
        close()
