"""Moving to the team: `copy --to` and File → Copy into another database, UUIDs kept, nothing
copied twice, the team's own edits left alone."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.helpers.state import query
from tests.test_cli import run

pytestmark = pytest.mark.backends

CONVERSATIONS = """SELECT c.uuid, cl.uuid, c.channel, c.subject, c.author,
 coalesce(cf.uuid, ''), coalesce(sm.uuid, ''), coalesce(rp.uuid, '')
FROM conversation c JOIN client cl ON cl.id = c.client_id
LEFT JOIN conversation cf ON cf.id = c.confirms_id
LEFT JOIN conversation sm ON sm.id = c.summarizes_id
LEFT JOIN conversation rp ON rp.id = c.replies_to_id
WHERE c.deleted_at IS NULL ORDER BY c.uuid"""
CLIENTS = """SELECT cl.uuid, cl.name, cp.rank, cp.channel, cp.normalized
FROM client cl LEFT JOIN contact_point cp ON cp.client_id = cl.id
ORDER BY cl.uuid, cp.rank"""

rows = query


def test_copy_keeps_uuids_links_and_copies_nothing_twice(tmp_path, backend, databases):
    """A personal file copied into the team's database (a file, or the PostgreSQL server)."""
    mine, team = tmp_path / "mine.db", databases.new(backend, tmp_path, "team.db")
    run("demo", "--clients", "12", "--conversations", "150", db=mine)
    with sqlite3.connect(mine) as con:  # a channel of this user's own
        con.execute(
            "INSERT INTO custom_channel (key, name, kind, link) VALUES ('signal', 'Signal', 'written', '')"
        )
        con.execute("UPDATE conversation SET channel = 'signal' WHERE id = 1")

    first = json.loads(run("copy", "--to", str(team), "--json", db=mine).stdout)
    assert (first["clients"], first["added"], first["skipped"]) == (12, 150, 0)
    assert rows(team, CONVERSATIONS) == rows(mine, CONVERSATIONS)
    assert rows(team, CLIENTS) == rows(mine, CLIENTS)

    # A colleague renames a client in the team database.
    rows(team, "UPDATE client SET name = 'Перейменовано командою' WHERE id = 1 RETURNING id")
    again = run("copy", "--to", str(team), db=mine).stdout
    assert "0 clients added, 12 were already there; 0 conversations added, 150" in again
    assert rows(team, "SELECT count(*) FROM conversation") == [(150,)]
    assert rows(team, "SELECT name FROM client WHERE id = 1") == [("Перейменовано командою",)]


def test_copy_into_itself_is_refused(tmp_path):
    mine = tmp_path / "mine.db"
    run("demo", "--clients", "3", "--conversations", "10", db=mine)
    refused = run("copy", "--to", str(mine), db=mine, check=False)
    assert refused.returncode == 1
    assert "that is the database being copied" in refused.stderr


def test_copy_from_the_window(qtbot, window, scripted, client_factory, log, now, tmp_path):
    client = client_factory()
    log(client, "phone", "out", now, subject="Кошторис")
    team = tmp_path / "team.db"
    scripted.save_paths.append(str(team))
    [action] = [
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.text() == "Cop&y into another database…"
    ]
    action.trigger()
    kind, _title, said = scripted.messages[-1]
    assert kind == "info"
    assert (
        said
        == f"Copied into {team}: 1 clients added, 0 were already there; 1 conversations added, 0 were already there."
    )
    assert rows(team, "SELECT subject FROM conversation") == [("Кошторис",)]
    assert window.location.path != team  # the window stays on its own database


def test_copy_from_the_window_into_something_else_says_why(
    qtbot, window, scripted, client_factory, tmp_path
):
    client_factory()
    other = tmp_path / "notes.db"
    other.write_text("not a database at all, just notes\n" * 10)
    scripted.save_paths.append(str(other))
    window.files.copy_into()
    kind, title, said = scripted.messages[-1]
    assert (kind, title) == ("warning", "Copy failed")
    assert "not a contacttracker database" in said
    assert other.read_text().startswith("not a database")  # untouched
