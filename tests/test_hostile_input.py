"""Hostile input: whatever a file holds, an import is whole or refused, never half, never a
traceback; user text is shown as typed, however long or strange."""

import csv
import io
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contacttracker.io.csv_import import ImportRejected, import_file
from contacttracker.io.export import CLIENT_COLUMNS, CONVERSATION_COLUMNS

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CELL = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)


def _state(path):
    con = sqlite3.connect(path)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("client", "contact_point", "conversation", "project")
        )
    finally:
        con.close()


def _attempt(db_path, tmp_path, content: bytes):
    from contacttracker.store.database import db

    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _state(db_path)
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    try:
        report = import_file(path)
    except ImportRejected as exc:
        assert str(exc), "a refusal says why"
        assert _state(db_path) == before, "a refused file changes nothing"
        return None
    return report


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes(db_path, tmp_path, data):
    _attempt(db_path, tmp_path, data)


def _csv(header, rows, delimiter=","):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue()


@FAST
@given(
    st.lists(st.lists(CELL, min_size=0, max_size=14), max_size=6),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]),
)
def test_client_files_of_any_shape(db_path, tmp_path, rows, delimiter, encoding):
    text = _csv(CLIENT_COLUMNS, rows, delimiter)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    report = _attempt(db_path, tmp_path, data)
    if report is not None:
        assert report.added + report.updated == len([r for r in rows if r])


@FAST
@given(st.lists(st.lists(CELL, min_size=19, max_size=19), min_size=1, max_size=5))
def test_conversation_files_of_any_content(db_path, tmp_path, rows):
    _attempt(db_path, tmp_path, _csv(CONVERSATION_COLUMNS, rows).encode())


def test_a_huge_name_and_markup_break_nothing(qtbot, window, client_factory, log, now):
    name = "<img src=x onerror=alert(1)>" + "Щ" * 10_000
    client = client_factory(name=name)
    log(client, "email", "out", now, subject="<script>" * 500)
    window.refresh()
    window.open_client(client.id)
    assert window.clients.card.name.text() == name
    window.grab()
    window.show_section("unconfirmed_email")
    assert window.attention.model.index(0, 2).data() == name
    window.grab()
