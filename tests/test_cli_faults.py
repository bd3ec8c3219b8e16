"""The command line when things go wrong: a missing database, a failed import, a full disk,
a locked or damaged file, a closed pipe. Real processes on real files; never a traceback."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
import uuid

import pytest

from tests.terminal import on_a_terminal as terminal

READ_ONLY = [
    ["attention"],
    ["attention", "--format", "csv"],
    ["search", "anything"],
    ["stats"],
    ["export", "clients"],
    ["export", "vcard", "--out", "-"],
    ["summary", "0123456789ab"],
    ["backup"],
    ["copy", "--to", "elsewhere.db"],
    ["mail", "sync"],
    ["restore", "--latest"],
    ["client", "add", "Олена Коваленко"],  # a write, but to a database that is not there
]


def run(*args, db=None, check=True, **kw):
    cmd = [sys.executable, "-m", "contacttracker"]
    if db is not None:
        cmd += ["--db", str(db)]
    proc = subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=120, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args}: exit {proc.returncode}\n{proc.stderr}")
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.mark.parametrize("command", READ_ONLY, ids=lambda c: "-".join(c[:2]))
def test_read_only_commands_never_create_a_database(tmp_path, command):
    missing = tmp_path / "typo" / "nested" / "clients.db"
    proc = run(*command, db=missing, check=False, cwd=tmp_path)
    assert proc.returncode == 1
    assert f"no database at {missing}" in proc.stderr
    assert not (tmp_path / "typo").exists()
    assert not (tmp_path / "elsewhere.db").exists()


def test_client_add_starts_a_database_only_when_told(tmp_path):
    new = tmp_path / "new" / "clients.db"
    added = run("client", "add", "Олена Коваленко", "--create", db=new).stdout.strip()
    assert new.is_file() and len(added) == 36
    shown = run("client", "show", added, "--format", "csv", db=new).stdout
    assert "Олена Коваленко" in shown


def test_restore_latest_brings_a_lost_database_back_from_its_backups(tmp_path):
    db = tmp_path / "clients.db"
    run("demo", "--clients", "3", "--conversations", "4", db=db)
    run("backup", db=db)
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    refused = run("restore", str(tmp_path / "absent.db"), db=db, check=False)
    assert refused.returncode == 1 and "no such file" in refused.stderr
    assert not db.exists(), "a refused restore leaves no database behind"
    run("restore", "--latest", db=db)
    exported = run("export", "clients", "--no-bom", db=db).stdout
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 3


def test_a_failed_import_leaves_no_new_database(tmp_path):
    junk = tmp_path / "junk.csv"
    junk.write_text("nothing,we,know\n1,2,3\n", "utf-8")
    missing = tmp_path / "new" / "clients.db"
    proc = run("import", str(junk), str(tmp_path / "absent.csv"), db=missing, check=False)
    assert proc.returncode == 1 and "nothing was imported" in proc.stderr
    assert not (tmp_path / "new").exists()
    # Beside an existing folder only the file goes, and the folder stays.
    beside = tmp_path / "clients.db"
    assert run("import", str(junk), db=beside, check=False).returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.csv"]


def test_an_import_that_stores_nothing_leaves_no_new_database(tmp_path):
    """A mailbox whose letters are from or to no client adds nothing; into a mistyped --db
    it had left a new empty database behind all the same."""
    mbox = tmp_path / "Inbox"
    mbox.write_text(
        "From - Mon Jan 15 09:00:00 2024\nMessage-ID: <a1@example.ua>\n"
        "Date: Mon, 15 Jan 2024 09:00:00 +0200\nFrom: Olena <olena@example.ua>\n"
        "To: Ivan <ivan@example.com>\nSubject: Hello\n\nBody\n",
        "utf-8",
    )
    missing = tmp_path / "typo" / "clients.db"
    proc = run("import", str(mbox), db=missing)
    assert "0 added" in proc.stderr and "left out" in proc.stderr, proc.stderr
    assert not (tmp_path / "typo").exists()
    run("import", "--new-clients", "--me", "ivan@example.com", str(mbox), db=missing)
    assert "Olena" in run("client", "list", db=missing).stdout


def test_an_import_into_an_existing_database_that_fails_keeps_it(tmp_path):
    db = tmp_path / "kept.db"
    run("demo", "--clients", "2", "--conversations", "3", db=db)
    junk = tmp_path / "junk.csv"
    junk.write_text("nothing,we,know\n", "utf-8")
    assert run("import", str(junk), db=db, check=False).returncode == 1
    exported = run("export", "clients", "--no-bom", db=db).stdout
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 2


def test_writing_commands_create_the_database(tmp_path):
    db = tmp_path / "made" / "here.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    assert db.exists()
    good = tmp_path / "olena.vcf"
    good.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Olena\nEMAIL:olena@example.com\nEND:VCARD\n")
    other = tmp_path / "also" / "there.db"
    run("import", str(good), db=other)
    assert other.exists()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, backend, databases):
    target = databases.new(backend, tmp_path_factory.mktemp("faults"), "d.db")
    run("demo", "--clients", "8", "--conversations", "120", db=target)
    return target


FULL_OUTPUT = [
    ["attention"],
    ["attention", "--format", "csv"],
    ["search", "the"],
    ["stats", "--format", "csv"],
    ["export", "conversations"],
    ["export", "vcard"],
]


@pytest.mark.backends
@pytest.mark.skipif(os.name != "posix", reason="closing a child's descriptor")
@pytest.mark.parametrize("command", FULL_OUTPUT, ids=lambda c: "-".join(c))
def test_a_closed_standard_output_is_said_in_words(sample_db, command):
    """`attention >&-` had shown nothing and exited 0, as if there were nothing to show."""
    proc = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(sample_db), *command],
        preexec_fn=lambda: os.close(1),
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "standard output is closed" in proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


def test_a_closed_standard_output_stops_no_command_that_does_not_use_it(tmp_path):
    db = tmp_path / "work.db"
    proc = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db), "demo", "--clients", "2"],
        preexec_fn=lambda: os.close(1),
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "2 clients" in run("stats", db=db).stdout


@pytest.mark.backends
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", FULL_OUTPUT, ids=lambda c: "-".join(c))
def test_a_full_standard_output_is_said_in_words(sample_db, command):
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "contacttracker", "--db", str(sample_db), *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1, proc.stderr
    assert "No space left on device" in proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


@pytest.mark.backends
@pytest.mark.parametrize("table", ["conversations", "clients", "attention"])
def test_export_into_head_is_quiet(sample_db, table):
    export = subprocess.Popen(
        [sys.executable, "-m", "contacttracker", "--db", str(sample_db), "export", table],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert export.stdout is not None
    export.stdout.readline()
    export.stdout.close()  # what head does after its lines
    _, err = export.communicate(timeout=120)
    assert err.decode() == ""


@pytest.mark.backends
def test_demo_twice_adds_to_the_database(sample_db):
    before = run("export", "clients", "--no-bom", db=sample_db).stdout
    proc = run("demo", "--clients", "8", "--conversations", "20", db=sample_db)
    assert "Added 8 clients" in proc.stderr
    after = run("export", "clients", "--no-bom", db=sample_db).stdout
    count = lambda text: len(list(csv.DictReader(io.StringIO(text))))  # noqa: E731
    assert count(after) == count(before) + 8


@pytest.mark.backends
def test_demo_twice_makes_no_two_clients_alike(tmp_path, backend, databases):
    """The second run had given 10 of its 40 clients the name and e-mail address of one
    from the first, so a later import matched them to the wrong one."""
    db = databases.new(backend, tmp_path, "twice.db")
    run("demo", "--conversations", "40", db=db)
    run("demo", "--conversations", "40", db=db)
    rows = list(csv.DictReader(io.StringIO(run("export", "clients", "--no-bom", db=db).stdout)))
    assert len(rows) == 80
    names = [r["name"] for r in rows]
    assert len(set(names)) == len(names), "other people, not the same names again"
    addresses = [line for r in rows for line in r["channels"].splitlines() if "@" in line]
    assert len(set(addresses)) == len(addresses), "no two clients share an address"


def damage_the_middle(path) -> None:
    """Overwrites pages in the middle of the file; the header stays, so it still opens."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek((size // 4096 // 2) * 4096)
        fh.write(b"\xff" * 4096 * 4)


def test_a_damaged_page_is_said_with_the_latest_backup(tmp_path):
    db = tmp_path / "work.db"
    run("demo", "--clients", "30", "--conversations", "3000", db=db)
    run("backup", db=db)
    (latest,) = (tmp_path / "backups").glob("*.db")
    damage_the_middle(db)
    for command in (["stats"], ["export", "conversations", "--out", str(tmp_path / "c.csv")]):
        proc = run(*command, db=db, check=False)
        assert proc.returncode == 1
        assert "damaged" in proc.stderr and str(latest) in proc.stderr, proc.stderr
    # A backup of it is refused as damaged, said of the backup (not of its hidden file).
    proc = run("backup", db=db, check=False)
    assert proc.returncode == 1
    assert "damaged" in proc.stderr and "nothing was kept" in proc.stderr, proc.stderr
    assert ".part" not in proc.stderr and str(latest) in proc.stderr, proc.stderr
    assert list((tmp_path / "backups").iterdir()) == [latest]
    proc = run("restore", str(latest), db=db)
    assert "previous state was kept" in proc.stderr
    assert "30 clients talked to" in run("stats", db=db).stdout
    assert list(tmp_path.glob("work.db.unreadable-*")), "the damaged file is kept aside"


def _files_up_to(limit: int):
    """A child whose files cannot grow past ``limit`` bytes: a disk with that much room."""

    def cap() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return cap


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_restore_with_no_room_for_its_first_copy_changes_nothing(tmp_path):
    """A restore keeps a copy of the database as it is first. On a full disk that copy
    failed, was taken for damage, and the database was set aside and an empty one written
    in its place (which then failed too): the next command found no data at all."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "30", "--conversations", "3000", db=db)
    run("backup", db=db)
    run("client", "add", "Пізній Клієнт", db=db)
    proc = run(
        "restore", "--latest", db=db, check=False, preexec_fn=_files_up_to(db.stat().st_size // 2)
    )
    assert proc.returncode == 1
    assert "not restored" in proc.stderr and "could not be written" in proc.stderr, proc.stderr
    assert not list(tmp_path.glob("work.db.unreadable-*"))
    assert not list(tmp_path.glob(".work.db.*")) and not list(tmp_path.glob("backups/.*"))
    listed = run("client", "list", "--format", "csv", db=db).stdout
    assert len(list(csv.DictReader(io.StringIO(listed)))) == 31
    assert "Пізній Клієнт" in listed, "the client added after the backup is still there"


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_damaged_database_stays_in_place_when_its_backup_cannot_be_written(tmp_path):
    """Too damaged to be copied, the file is set aside and the backup written in its place:
    now the backup is written whole first, so on a full disk the damaged file (all there
    is) stays under its name instead of an empty one."""
    import sqlite3

    db = tmp_path / "work.db"
    run("demo", "--clients", "30", "--conversations", "3000", db=db)
    run("backup", db=db)
    (latest,) = (tmp_path / "backups").glob("*.db")
    with sqlite3.connect(db) as con:  # smaller now than its backup, which has no room left
        con.execute("DELETE FROM conversation WHERE id % 4 <> 0")
    with sqlite3.connect(db) as con:
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert db.stat().st_size < latest.stat().st_size * 0.6
    damage_the_middle(db)
    before = db.read_bytes()
    room = (len(before) + latest.stat().st_size) // 2
    proc = run("restore", "--latest", db=db, check=False, preexec_fn=_files_up_to(room))
    assert proc.returncode == 1 and "nothing was changed" in proc.stderr, proc.stderr
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("work.db.unreadable-*")) and not list(tmp_path.glob(".work.db.*"))
    run("restore", "--latest", db=db)
    assert "30 clients talked to" in run("stats", db=db).stdout
    assert list(tmp_path.glob("work.db.unreadable-*")), "the damaged file is kept aside"


HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE setting SET value = value")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def hold_the_lock(db, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def vcard_file(tmp_path, n: int):
    cards = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nEMAIL:p{i}@example.com\nEND:VCARD\n"
        for i in range(n)
    )
    path = tmp_path / "people.vcf"
    path.write_text(cards, "utf-8")
    return path


def test_a_locked_database_is_waited_for_with_a_message(tmp_path):
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    holder = hold_the_lock(db, 10)
    try:
        proc = run("import", str(vcard_file(tmp_path, 3)), db=db)
    finally:
        holder.wait(timeout=60)
    assert "another program is writing to the database; waiting" in proc.stderr
    assert "3 added" in proc.stderr or "added 3" in proc.stderr.lower(), proc.stderr


def test_every_writing_command_waits_for_another_writer_with_a_message(tmp_path):
    """Only import and demo had waited: log, snooze or client edit met a write lock held past
    the 5 s busy timeout with "the database refused the write: database is locked"."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "6", db=db)
    client = run("client", "list", "--format", "csv", db=db).stdout.splitlines()[1][:36]
    commands = [
        ["log", client, "--channel", "phone", "--out", "--summary", "Зателефонував"],
        ["client", "edit", client, "--company", "ТОВ «Вектор»"],
        ["settings", "response_hours", "4"],
    ]
    for command in commands:
        holder = hold_the_lock(db, 7)
        try:
            proc = run(*command, db=db)
        finally:
            holder.wait(timeout=60)
        assert "another program is writing to the database; waiting" in proc.stderr, command
    shown = run("client", "show", client, "--format", "csv", db=db).stdout
    assert "ТОВ «Вектор»" in shown
    assert float(run("settings", "response_hours", db=db).stdout) == 4


def test_a_lock_held_too_long_is_refused_in_words(tmp_path):
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    holder = hold_the_lock(db, 120)
    try:
        proc = run("import", str(vcard_file(tmp_path, 3)), db=db, check=False)
    finally:
        holder.kill()
        holder.wait(timeout=60)
    assert proc.returncode == 1
    assert "waiting" in proc.stderr and "holding the database locked" in proc.stderr


def _small_disk() -> None:
    """The child's files cannot grow past 2 MB: a full disk, as far as writes go."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2 * 1024 * 1024, 2 * 1024 * 1024))


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_full_disk_during_import_is_said_in_words(tmp_path):
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    people = tmp_path / "clients.csv"
    rows = "".join(
        f"{uuid.uuid4()},Person {i},{'n' * 1000},email: p{i}@example.com\n" for i in range(5000)
    )
    people.write_text("uuid,name,notes,channels\n" + rows, "utf-8")
    proc = run("import", str(people), db=db, check=False, preexec_fn=_small_disk)
    assert proc.returncode == 1
    assert "disk is full" in proc.stderr, proc.stderr
    exported = run("export", "clients", "--no-bom", db=db).stdout
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 2  # all or nothing


def _tiny_disk() -> None:
    """Nothing can grow past 4 KB: a disk already full when the command starts."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_full_disk_during_a_chat_import_is_said_in_words(tmp_path):
    """A chat's client and its messages are one transaction around a savepoint; SQLite
    rolled the whole back by itself, and the savepoint's rollback had hidden the full disk
    behind "no such savepoint"."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    chat = tmp_path / "WhatsApp Chat with Olena Kovalenko.txt"
    lines = (
        f"1/15/24, 9:{i % 60:02d} AM - Olena Kovalenko: повідомлення {i} {'ж' * 200}"
        for i in range(20000)
    )
    chat.write_text("\n".join(lines) + "\n", "utf-8")
    proc = run("import", "--new-clients", str(chat), db=db, check=False, preexec_fn=_small_disk)
    assert proc.returncode == 1
    assert "disk is full" in proc.stderr and "savepoint" not in proc.stderr, proc.stderr
    exported = run("export", "clients", "--no-bom", db=db).stdout
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 2  # all or nothing


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_full_disk_when_opening_is_not_called_damage(tmp_path):
    """Opening a WAL database writes its shared-memory file: on a full disk that failed with
    an I/O error, which was reported as a damaged file (the window then offered a backup in
    its place)."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    assert not db.with_name("work.db-shm").exists()
    before = db.read_bytes()
    proc = run("stats", db=db, check=False, preexec_fn=_tiny_disk)
    assert proc.returncode == 1
    assert "disk is full" in proc.stderr and "damaged" not in proc.stderr, proc.stderr
    assert db.read_bytes() == before
    assert "2 clients talked to" in run("stats", db=db).stdout


def on_a_terminal(*args, db) -> tuple[int, str]:
    """Runs a command with its standard error on a pseudo-terminal; returns what it showed."""
    return terminal([sys.executable, "-m", "contacttracker", "--db", str(db), *args], 120)


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals")
def test_long_work_shows_progress_on_a_terminal_only(tmp_path):
    db = tmp_path / "work.db"
    people = tmp_path / "clients.csv"
    rows = "".join(f"{uuid.uuid4()},Person {i},email: p{i}@example.com\n" for i in range(6000))
    people.write_text("uuid,name,channels\n" + rows, "utf-8")
    status, shown = on_a_terminal("import", str(people), db=db)
    assert status == 0, shown
    assert f"\r  {people}: " in shown and " of 6,000 rows…" in shown, shown
    assert "6000 added" in shown or "6,000 added" in shown or "added" in shown
    status, shown = on_a_terminal("export", "clients", "--out", str(tmp_path / "c.csv"), db=db)
    assert status == 0 and "\r  clients: 5,000 rows…" in shown, shown
    piped = run("import", str(people), db=db)
    assert "\r" not in piped.stderr and "rows…" not in piped.stderr
    status, shown = on_a_terminal("copy", "--to", str(tmp_path / "team.db"), db=db)
    assert status == 0, shown  # clients only: an empty part is nothing to copy, no refusal
    for step in ("reading clients: ", "copying clients: "):
        assert f"\r  {step}" in shown, shown
    assert " of 6,000 rows…" in shown.partition("copying clients: ")[2], shown
    assert shown.endswith("\r\x1b[K"), "the line is wiped before the summary"
    piped = run("copy", "--to", str(tmp_path / "again.db"), db=db)
    assert "\r" not in piped.stderr and "rows…" not in piped.stderr


@pytest.mark.backends
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_summary_into_a_full_output_is_said_in_words(sample_db):
    queue = csv.DictReader(io.StringIO(run("attention", "--format", "csv", db=sample_db).stdout))
    call = next(row["conversation"] for row in queue if row["queue"] == "needs_summary")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "contacttracker", "--db", str(sample_db), "summary", call],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1 and "No space left on device" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


CTRL_C = """
import os, signal, sys
from contacttracker.cli import common, main

# As on a terminal: a shell's background job (a CI runner's, say) starts with SIGINT ignored.
signal.signal(signal.SIGINT, signal.default_int_handler)

def ctrl_c(*_args, **_kw):
    os.kill(os.getpid(), signal.SIGINT)  # as the terminal sends it, half way through
    return True

if sys.argv[1] == "progress":  # an import's or export's rows: inside its work
    common.ProgressLine.rows = ctrl_c
else:  # a backup's copy, written and checked, before it is renamed into place
    sync = os.fsync
    os.fsync = lambda fd: (ctrl_c(), sync(fd))
sys.exit(main(sys.argv[2:]))
"""


def interrupted(where: str, *args, db, script: str = CTRL_C) -> subprocess.CompletedProcess:
    """The command stopped by Ctrl-C half way: one line, exit status 130."""
    proc = subprocess.run(
        [sys.executable, "-c", script, where, "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 130, proc.stderr
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr
    return proc


def test_ctrl_c_says_what_was_left_in_one_line(tmp_path):
    """Ctrl-C during import, export or backup had ended in a traceback."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "3", "--conversations", "4", db=db)
    people = tmp_path / "clients.csv"
    rows = "".join(f"{uuid.uuid4()},Person {i},email: p{i}@example.com\n" for i in range(3000))
    people.write_text("uuid,name,channels\n" + rows, "utf-8")

    proc = interrupted("progress", "import", str(people), db=db)
    assert proc.stderr == "contacttracker: interrupted; nothing was stored\n"
    exported = run("export", "clients", "--no-bom", db=db).stdout
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 3, "rolled back"

    out = tmp_path / "clients-out.csv"
    proc = interrupted("progress", "export", "clients", "--out", str(out), db=db)
    assert proc.stderr == f"contacttracker: interrupted; {out} was not written\n"
    assert not out.exists() and not list(tmp_path.glob(".*.part")), "no half file"

    proc = interrupted("fsync", "backup", db=db)
    assert proc.stderr == "contacttracker: interrupted; no backup was kept\n"
    assert not list(tmp_path.glob("backups/*")), "no backup, no temporary file"


def test_ctrl_c_in_a_later_file_keeps_the_files_before_it(tmp_path):
    db = tmp_path / "work.db"
    first = vcard_file(tmp_path, 2)
    people = tmp_path / "clients.csv"
    rows = "".join(f"{uuid.uuid4()},Олена {i},email: o{i}@example.com\n" for i in range(3000))
    people.write_text("uuid,name,channels\n" + rows, "utf-8")
    script = CTRL_C.replace("common.ProgressLine.rows = ctrl_c", "PATCH")
    patch = (
        "rows = common.ProgressLine.rows\n"
        "    common.ProgressLine.rows = lambda self, done, total=None: (\n"
        "        ctrl_c() if 'clients.csv' in self.what else rows(self, done, total))"
    )
    script = script.replace("PATCH", patch)
    proc = interrupted("progress", "import", str(first), str(people), db=db, script=script)
    assert proc.stderr.endswith(
        f"contacttracker: interrupted; nothing from {people} was stored; the files before it were\n"
    ), proc.stderr
    exported = run("export", "clients", "--no-bom", db=db).stdout
    assert sorted(r["name"] for r in csv.DictReader(io.StringIO(exported))) == [
        "Person 0",
        "Person 1",
    ]


def test_the_chat_name_is_read_with_or_without_a_database(tmp_path):
    """`settings chat_name` had failed with "Cannot use uninitialized Proxy": the name an
    earlier version kept in the database is carried over from there, and no database was
    opened for it."""
    missing = tmp_path / "typo" / "clients.db"
    proc = run("settings", "chat_name", db=missing)
    assert proc.stdout == "\n"
    assert not (tmp_path / "typo").exists(), "a person's setting makes no database"
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO setting (key, value) VALUES ('chat_name', 'Андрій')")
    con.close()
    assert run("settings", "chat_name", db=db).stdout == "Андрій\n"  # an earlier version's
    run("settings", "chat_name", "Андрій Коваль", db=missing)
    assert run("settings", "chat_name", db=db).stdout == "Андрій Коваль\n"
    assert not (tmp_path / "typo").exists()


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="needs /dev/stdout")
def test_export_to_dev_stdout_into_head_is_as_quiet_as_to_standard_output(tmp_path):
    """`export … --out /dev/stdout | head -1` had said "/dev/stdout: Broken pipe", exit 1."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "20", "--conversations", "1500", db=db)  # more than a pipe holds
    for out in ([], ["--out", "/dev/stdout"]):
        command = [sys.executable, "-m", "contacttracker", "--db", str(db), "export"]
        export = subprocess.Popen(
            [*command, "conversations", *out],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert export.stdout is not None
        assert export.stdout.readline().startswith(b"\xef\xbb\xbfuuid,")
        export.stdout.close()  # what head does after its line
        _, err = export.communicate(timeout=120)
        assert (export.returncode, err.decode()) == (0, ""), out


def test_export_into_a_folder_names_it_once(tmp_path):
    db = tmp_path / "work.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    folder = tmp_path / "sub"
    folder.mkdir()
    for table in ("clients", "vcard"):
        proc = run("export", table, "--out", str(folder), db=db, check=False)
        assert proc.returncode == 1
        assert proc.stderr == f"contacttracker: {folder}: is a folder; name a file to write\n"


def test_a_file_refused_for_many_rows_lists_the_first_fifty(tmp_path):
    """A conversations file of 9,600 rows whose clients were unknown printed 9,600 lines."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "3", "--conversations", "120", db=db)
    conversations = tmp_path / "conversations.csv"
    run("export", "conversations", "--out", str(conversations), db=db)
    elsewhere = tmp_path / "empty.db"
    every = run("import", "--all-refusals", str(conversations), db=elsewhere, check=False)
    refused = [line for line in every.stderr.splitlines() if ": line " in line]
    assert every.returncode == 1 and len(refused) > 60, every.stderr
    proc = run("import", str(conversations), db=elsewhere, check=False)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        *refused[:50],
        f"… and {len(refused) - 50} more refusals (--all-refusals lists them)",
        f"{conversations}: nothing was imported from this file.",
    ]
    assert not elsewhere.exists()


def test_import_and_demo_name_a_damaged_file_and_its_backup_as_stats_does(tmp_path):
    """import and demo had said "the database: the database file is damaged (file is not a
    database)": no path, no backup offered."""
    db = tmp_path / "work.db"
    run("demo", "--clients", "3", "--conversations", "4", db=db)
    run("backup", db=db)
    (latest,) = (tmp_path / "backups").glob("*.db")
    with open(db, "r+b") as fh:  # the schema's page, past the header
        fh.seek(100)
        fh.write(b"\xff" * 3996)
    cards = vcard_file(tmp_path, 1)
    for command in (["stats"], ["import", str(cards)], ["demo", "--clients", "1"]):
        proc = run(*command, db=db, check=False)
        assert proc.returncode == 1
        assert proc.stderr.startswith(f"contacttracker: {db}: the database file is damaged")
        assert f"restore {latest}" in proc.stderr, proc.stderr
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list, not a database\n", "utf-8")
    for command in (["stats"], ["import", str(cards)], ["demo", "--clients", "1"]):
        proc = run(*command, db=notes, check=False)
        assert proc.returncode == 1
        assert (
            proc.stderr == f"contacttracker: {notes}: this file is not a contacttracker database\n"
        )
    assert notes.read_text("utf-8") == "shopping list, not a database\n"


def test_databases_whose_names_start_alike_keep_their_own_backups(tmp_path):
    """work.sqlite's restore --latest had brought back work.db's backup (both wrote
    backups/work-*.db), and a rotation of one pruned the other's."""
    from contacttracker.store import backup

    work, other, older = tmp_path / "work.db", tmp_path / "work.sqlite", tmp_path / "work-old.db"
    run("client", "add", "Олена Коваленко", "--create", db=work)
    run("client", "add", "Only Client", "--create", db=other)
    run("client", "add", "Стара Клієнтка", "--create", db=older)
    for db in (work, other, older):
        run("backup", db=db)
    listed = {
        db: run("backup", "--list", "--format", "json", db=db).stdout for db in (work, other, older)
    }
    assert all(listed[db].count('"file"') == 1 for db in listed), listed
    run("client", "add", "Later", "--create", db=other)
    run("restore", "--latest", db=other)
    names = run("client", "list", "--format", "json", db=other).stdout
    assert "Only Client" in names and "Олена" not in names and "Later" not in names
    # A name as the list shows it is enough to restore it.
    table = run("backup", "--list", db=work).stdout
    name = next(w for w in table.split() if w.startswith("work-manual-"))
    assert name.endswith(".db"), "the name is shown whole"
    run("restore", name, db=work)
    assert "Олена Коваленко" in run("client", "list", db=work).stdout
    folder = tmp_path / "backups"
    for _ in range(3):
        run("backup", db=older)
    backup.rotate(folder, keep=1, key="work-old")
    assert len(backup.owned(folder, "work-old")) == 1
    assert len(backup.owned(folder, "work")) >= 2, "work.db's own, and its before-restore"


def test_backups_named_before_after_a_databases_stem_are_still_its_own(tmp_path):
    """Backups of work.sqlite were named work-…; since they are named work.sqlite-…, the
    earlier ones had gone from its list and from restore --latest."""
    import shutil

    db = tmp_path / "work.sqlite"
    run("client", "add", "Олена Коваленко", "--create", db=db)
    run("backup", db=db)
    (made,) = (tmp_path / "backups").glob("*.db")
    older = made.with_name(made.name.replace("work.sqlite-", "work-"))
    shutil.move(made, older)  # as an earlier version named it
    assert str(older.name) in run("backup", "--list", db=db).stdout
    (tmp_path / "work.db").write_bytes(b"")  # …unless work.db beside it is whose they are
    assert str(older.name) not in run("backup", "--list", db=db).stdout
