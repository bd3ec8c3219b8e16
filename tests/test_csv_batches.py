"""A conversations file longer than one batch is written a batch at a time inside one
transaction: links across batches both ways, copies of a row in different batches, a bad
row in a late batch, and files in every encoding the import takes, read as they stream."""

from __future__ import annotations

import csv
import io
import uuid

import pytest

from contacttracker.io import csv_format, csv_import
from contacttracker.io.csv_import import import_file
from contacttracker.io.export import CONVERSATION_COLUMNS
from contacttracker.store import flags
from contacttracker.store.database import db
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.settings import catalogue
from tests.helpers.state import stored_state

pytestmark = pytest.mark.backends

STATE = (
    "SELECT uuid, confirms_id, summarizes_id, replies_to_id, confirmed_at,"
    " awaiting_confirmation, awaiting_summary, answered_at, awaiting_reply"
    " FROM conversation ORDER BY id"
)

CLIENTS = "SELECT id, last_contact_at, open_items, touch_due_at FROM client ORDER BY id"


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(csv_import, "BATCH_ROWS", 3)


def key(n: int) -> str:
    return str(uuid.UUID(int=n + 1000, version=4))


def row(n: int, client, direction: str, hour: int, channel: str = "email", **links) -> dict:
    return (
        dict.fromkeys(CONVERSATION_COLUMNS, "")
        | {
            "uuid": key(n),
            "client_uuid": client.uuid,
            "client": client.name,
            "channel": channel,
            "direction": direction,
            "occurred_at": f"2026-03-01T{hour:02d}:00:00Z",
            "subject": f"Лист {n}",
            "summary": "Погодили кошторис",
            "agreements": "Кошторис до п'ятниці" if channel == "phone" else "",
            "urgent": "0",
            "follow_up_done": "0",
        }
        | {k: key(v) for k, v in links.items()}
    )


def write(path, rows: list[dict], encoding: str = "utf-8", delimiter: str = ",") -> None:
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(CONVERSATION_COLUMNS)
    w.writerows([r[c] for c in CONVERSATION_COLUMNS] for r in rows)
    path.write_bytes(out.getvalue().encode(encoding))


def ids() -> dict[str, int]:
    return dict(db.execute_sql("SELECT uuid, id FROM conversation"))


def test_links_across_batches_both_ways_and_the_rule_state_is_exact(
    tmp_path, client_factory, db_path
):
    """Batches of three: a reply in the third batch to a letter of the first, a phone call
    of the first written up by an e-mail of the fourth, an e-mail of the first confirmed
    by a message of the third; the state is what a refresh of every row stores."""
    olena, taras = client_factory("Олена"), client_factory("Тарас", channels=[])
    rows = [
        row(1, olena, "in", 1),
        row(2, olena, "out", 2, channel="phone"),  # written up by 10, a later batch
        row(3, taras, "out", 3),  # confirmed by 8, a later batch
        row(4, taras, "in", 4),
        row(5, olena, "in", 5),
        row(6, taras, "in", 6),
        row(7, olena, "out", 7, replies_to=1),  # back to the first batch
        row(8, taras, "in", 8, channel="telegram", confirms=3),
        row(9, olena, "in", 9),
        row(10, olena, "out", 10, summarizes=2),
    ]
    path = tmp_path / "conversations.csv"
    write(path, rows)
    report = import_file(path)
    assert (report.added, report.rejected) == (10, [])
    stored = ids()
    linked = dict(
        db.execute_sql(
            "SELECT uuid, replies_to_id FROM conversation WHERE replies_to_id IS NOT NULL"
        )
    )
    assert linked == {key(7): stored[key(1)]}
    (confirms,) = db.execute_sql("SELECT confirms_id FROM conversation WHERE uuid = ?", [key(8)])
    (summarizes,) = db.execute_sql(
        "SELECT summarizes_id FROM conversation WHERE uuid = ?", [key(10)]
    )
    assert (confirms[0], summarizes[0]) == (stored[key(3)], stored[key(2)])
    state = list(db.execute_sql(STATE))
    clients = list(db.execute_sql(CLIENTS))
    flags.refresh(None, catalogue())  # every row's state and every client's rollups
    assert list(db.execute_sql(STATE)) == state
    assert list(db.execute_sql(CLIENTS)) == clients
    assert clients[0][2] > 0, "the rollups were refreshed once, at the end"
    by_uuid = {r[0]: r for r in state}
    assert by_uuid[key(2)][6] == 0, "the call is written up by a later batch's e-mail"
    assert by_uuid[key(3)][5] == 0, "the e-mail is confirmed by a later batch's message"
    assert by_uuid[key(9)][7] is not None, "the letter is answered in the next batch"
    # The same file again adds nothing, and says so.
    again = import_file(path)
    assert (again.added, again.skipped) == (0, 10)


def test_a_copy_of_a_row_in_another_batch_is_refused(tmp_path, client_factory, db_path):
    olena = client_factory("Олена")
    rows = [row(n, olena, "in", n) for n in range(1, 8)]
    rows.append(row(2, olena, "out", 9))  # line 9: the row of line 3 again, two batches on
    path = tmp_path / "conversations.csv"
    write(path, rows)
    before = stored_state(db_path)
    with pytest.raises(ImportRejected) as refused:
        import_file(path)
    assert refused.value.report.rejected == [(9, f"uuid {key(2)} appears twice in the file")]
    assert stored_state(db_path) == before


def test_a_bad_row_in_a_late_batch_leaves_the_database_as_it_was(tmp_path, client_factory, db_path):
    """Every bad row is listed with its line, those after the first included: a copy of a
    row read after the refusal, and a link to a row that never comes."""
    olena = client_factory("Олена")
    stored = tmp_path / "stored.csv"
    write(stored, [row(100, olena, "in", 0)])
    import_file(stored)
    rows = [row(n, olena, "in" if n % 2 else "out", n) for n in range(1, 9)]
    rows[6]["direction"] = "sideways"  # line 8, the third batch
    rows.append(row(20, olena, "in", 20, replies_to=99))  # line 10: 99 is nowhere
    rows.append(row(21, olena, "in", 21))
    rows.append(row(21, olena, "in", 22))  # line 12: a copy, both read after the refusal
    rows.append(row(100, olena, "in", 0))  # stored before: already present, not a fault
    path = tmp_path / "conversations.csv"
    write(path, rows)
    before = stored_state(db_path)
    with pytest.raises(ImportRejected) as refused:
        import_file(path)
    assert [line for line, _why in refused.value.report.rejected] == [8, 10, 12]
    reasons = [why for _line, why in refused.value.report.rejected]
    assert "direction" in reasons[0]
    assert reasons[1] == f"{key(20)} links to {key(99)}, which is nowhere"
    assert reasons[2] == f"uuid {key(21)} appears twice in the file"
    assert stored_state(db_path) == before


def test_a_forward_link_to_nowhere_is_refused_with_its_line(tmp_path, client_factory, db_path):
    olena = client_factory("Олена")
    rows = [row(1, olena, "out", 1, replies_to=50)] + [row(n, olena, "in", n) for n in range(2, 8)]
    path = tmp_path / "conversations.csv"
    write(path, rows)
    before = stored_state(db_path)
    with pytest.raises(ImportRejected) as refused:
        import_file(path)
    assert refused.value.report.rejected == [(2, f"{key(1)} links to {key(50)}, which is nowhere")]
    assert stored_state(db_path) == before


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("cp1251", ";"), ("utf-16", "\t"), ("utf-8-sig", ",")],
)
def test_files_in_every_encoding_stream_across_pieces(
    tmp_path, client_factory, db_path, monkeypatch, encoding, delimiter
):
    """Windows-1251 and Excel's "Unicode text" (UTF-16 with a BOM, tab-separated) are read
    in pieces as UTF-8 is: pieces of an odd size cut a UTF-16 letter in two somewhere."""
    monkeypatch.setattr(csv_format, "_SCAN_BYTES", 4097)
    olena = client_factory("Олена")
    rows = [row(n, olena, "in", n % 24) for n in range(1, 200)]
    path = tmp_path / "conversations.txt"
    write(path, rows, encoding, delimiter)
    assert path.stat().st_size > 3 * 4097
    report = import_file(path)
    assert (report.added, report.rejected) == (199, [])
    subjects = {s for (s,) in db.execute_sql("SELECT subject FROM conversation")}
    assert subjects == {f"Лист {n}" for n in range(1, 200)}


def test_a_row_a_colleague_stores_meanwhile_is_already_present(tmp_path, databases):
    """On a shared database a colleague's import can store one of the file's rows between
    two batches: it is already present, not a second copy in the file (only the ids this
    import gave are the file's)."""
    import psycopg

    from contacttracker.store import close, open_database
    from contacttracker.store.clients import ClientInput, save_client

    url = str(databases.new("postgresql", tmp_path))
    open_database(url)
    try:
        olena = save_client(ClientInput(name="Олена", channels=[]))
        path = tmp_path / "conversations.csv"
        write(path, [row(n, olena, "in", n) for n in range(1, 8)])
        meanwhile: list[int] = []

        def colleague(done: int, _total: int) -> bool:
            if done >= 3 and not meanwhile:  # the first batch is written
                with psycopg.connect(url, autocommit=True) as con:
                    con.execute(
                        "INSERT INTO conversation (id, uuid, client_id, channel, direction,"
                        " occurred_at, created_at, updated_at) VALUES"
                        " (1000, %s, %s, 'email', 'in', '2026-03-01 06:00:00', now(), now())",
                        (key(6), olena.id),
                    )
                meanwhile.append(done)
            return True

        report = import_file(path, colleague)
        assert meanwhile and (report.added, report.skipped, report.rejected) == (6, 1, [])
        assert len(ids()) == 7
    finally:
        close()
