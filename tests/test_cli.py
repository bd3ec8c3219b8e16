"""The command-line contract, run as a user runs it: a real process on a real file."""

import csv
import io
import re
import subprocess
import sys

import pytest

from contacttracker.domain import queues

QUEUES = {"unconfirmed_email", "needs_summary", "awaiting_reply", "follow_up", "losing_touch"}


def run(*args, db=None, check=True):
    cmd = [sys.executable, "-m", "contacttracker"]
    if db is not None:
        cmd += ["--db", str(db)]
    proc = subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=120)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args}: exit {proc.returncode}\n{proc.stderr}")
    return proc


pytestmark = pytest.mark.backends


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, backend, databases):
    """Sample data in a file, or in a schema of the PostgreSQL server."""
    target = databases.new(backend, tmp_path_factory.mktemp("cli"), "d.db")
    run("demo", db=target)
    return target


def test_demo_fills_every_attention_queue(demo_db):
    out = run("attention", "--format", "csv", db=demo_db).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "queue",
        "conversation",
        "client",
        "channel",
        "occurred_at",
        "age_hours",
        "subject",
        "next_step",
    ]
    assert {r["queue"] for r in rows} == QUEUES
    table = run("attention", db=demo_db).stdout
    assert "E-mails awaiting confirmation" in table
    assert not any(q.empty in table for q in queues.ALL), "every queue of the sample has items"


def test_summary_takes_the_conversation_column(demo_db):
    out = run("attention", "--format", "csv", db=demo_db).stdout
    rows = [r for r in csv.DictReader(io.StringIO(out)) if r["queue"] == "needs_summary"]
    assert all(len(r["conversation"]) == 36 for r in rows)


def test_export_import_export_through_the_command_line(demo_db, tmp_path):
    run("export", "clients", "--out", str(tmp_path / "c1.csv"), db=demo_db)
    run(
        "export",
        "conversations",
        "--out",
        str(tmp_path / "v1.csv"),
        "--delimiter",
        "semicolon",
        db=demo_db,
    )
    empty = tmp_path / "empty.db"
    proc = run("import", str(tmp_path / "c1.csv"), str(tmp_path / "v1.csv"), db=empty)
    assert "40 added" in proc.stderr
    run("export", "clients", "--out", str(tmp_path / "c2.csv"), db=empty)
    run(
        "export",
        "conversations",
        "--out",
        str(tmp_path / "v2.csv"),
        "--delimiter",
        "semicolon",
        db=empty,
    )
    assert (tmp_path / "c1.csv").read_bytes() == (tmp_path / "c2.csv").read_bytes()
    assert (tmp_path / "v1.csv").read_bytes() == (tmp_path / "v2.csv").read_bytes()
    again = run("import", str(tmp_path / "v1.csv"), db=empty)
    assert "0 added" in again.stderr


def test_export_to_stdout_without_bom(demo_db):
    out = run("export", "attention", "--no-bom", db=demo_db).stdout
    assert out.startswith("queue,conversation")


def test_conversations_to_stdout_are_the_file_byte_for_byte(demo_db, tmp_path):
    """The lines go to the byte layer of the output: the same bytes on stdout as in a
    file, the byte-order mark first when asked for, the header before the rows."""
    run("export", "conversations", "--out", str(tmp_path / "v.csv"), db=demo_db)
    in_file = (tmp_path / "v.csv").read_bytes()
    cmd = [sys.executable, "-m", "contacttracker", "--db", str(demo_db), "export"]
    with_bom = subprocess.run([*cmd, "conversations"], capture_output=True, timeout=120)
    plain = subprocess.run([*cmd, "conversations", "--no-bom"], capture_output=True, timeout=120)
    assert with_bom.returncode == plain.returncode == 0
    assert with_bom.stdout == in_file and in_file.startswith(b"\xef\xbb\xbfuuid,client_uuid,")
    assert plain.stdout == in_file[3:]
    assert in_file.count(b"\r\n") > 40 and "Андрій".encode() in in_file


def test_search_finds_a_word_from_a_summary(demo_db):
    proc = run("search", "макет", db=demo_db)
    assert "[" in proc.stdout and "]" in proc.stdout
    first = proc.stdout.splitlines()[1]  # below the header: a time, said to be in UTC
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ", first), first
    missing = run("search", "zzzzqqq", db=demo_db, check=False)
    assert missing.returncode == 1 and "nothing found" in missing.stderr


def test_search_ignores_query_syntax(demo_db):
    for text in ['"', "AND OR NOT", "a*", "NEAR(", "-", "'"]:
        proc = run("search", text, db=demo_db, check=False)
        assert proc.returncode in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr


def test_stats(demo_db):
    out = run("stats", "--format", "csv", db=demo_db).stdout
    rows = {r["channel"]: r for r in csv.DictReader(io.StringIO(out))}
    assert float(rows["email"]["share_pct"]) > 50
    assert "clients talked to" in run("stats", db=demo_db).stdout
    assert "Channel fit" in run("stats", "--period", "quarter", db=demo_db).stdout


def test_bad_input_exits_1_with_a_message(tmp_path):
    db = tmp_path / "x.db"
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02")
    proc = run("import", str(junk), db=db, check=False)
    assert proc.returncode == 1 and "binary" in proc.stderr and "Traceback" not in proc.stderr
    notdb = tmp_path / "notes.db"
    notdb.write_text("not a database at all" * 20)
    proc = run("attention", db=notdb, check=False)
    assert proc.returncode == 1 and "not a contacttracker database" in proc.stderr


def test_wrong_usage_exits_2(tmp_path):
    assert run("export", "nonsense", db=tmp_path / "x.db", check=False).returncode == 2
    assert run("demo", "--clients", "0", db=tmp_path / "x.db", check=False).returncode == 2
    assert run("frobnicate", check=False).returncode == 2


def clients(db):
    return len(
        list(csv.DictReader(io.StringIO(run("export", "clients", "--no-bom", db=db).stdout)))
    )


def test_backup_and_restore(tmp_path):
    db = tmp_path / "b.db"
    run("demo", "--clients", "5", "--conversations", "20", db=db)
    copy = tmp_path / "copy.db"
    run("backup", "--out", str(copy), db=db)
    run("demo", "--clients", "3", "--conversations", "10", "--seed", "2", db=db)
    assert clients(db) == 8
    proc = run("restore", str(copy), db=db)
    assert "previous state was kept" in proc.stderr
    assert clients(db) == 5
    bad = run("restore", str(tmp_path / "nope.db"), db=db, check=False)
    assert bad.returncode == 1


def test_env_var_chooses_the_database(tmp_path):
    import os

    env = dict(os.environ, CONTACTTRACKER_DB=str(tmp_path / "env.db"))
    subprocess.run(
        [sys.executable, "-m", "contacttracker", "demo", "--clients", "2", "--conversations", "4"],
        check=True,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert (tmp_path / "env.db").exists()


def test_export_says_what_it_counted(demo_db, tmp_path):
    """A vCard export had said "Wrote 40 vcard rows", a calendar "… calendar rows"."""
    cards, events, clients = (tmp_path / n for n in ("c.vcf", "e.ics", "c.csv"))
    said = run("export", "vcard", "--out", str(cards), db=demo_db).stderr
    assert said == f"Wrote {cards.read_text('utf-8').count('BEGIN:VCARD')} cards to {cards}.\n"
    said = run("export", "calendar", "--out", str(events), db=demo_db).stderr
    assert said == f"Wrote {events.read_text('utf-8').count('BEGIN:VEVENT')} events to {events}.\n"
    said = run("export", "clients", "--out", str(clients), db=demo_db).stderr
    assert said == f"Wrote 40 rows of clients to {clients}.\n"
