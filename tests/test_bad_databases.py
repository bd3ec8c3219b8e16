"""Bad databases: every case explained with a way out, and nothing written where it should
not be."""

import os
import sqlite3
import threading

import pytest

from contacttracker.store import DatabaseError, close, open_database
from contacttracker.store.schema import CURRENT_VERSION
from contacttracker.ui import app as app_module


def _digest(path):
    return path.read_bytes() if path.exists() else b""


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Список клієнтів\n" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.kind == "not_ours" and _digest(path) == before


def test_a_damaged_database(tmp_path):
    path = tmp_path / "broken.db"
    open_database(str(path))
    close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page is garbage now
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.kind == "damaged"


def test_a_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    open_database(str(path))
    close()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = ?", (CURRENT_VERSION + 1,))
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.kind == "newer" and _digest(path) == before


def test_a_read_only_file(tmp_path, monkeypatch):
    """Checked through os.access, as the app does (root may write any file, so the test
    shapes what os.access answers rather than the file's mode)."""
    path = tmp_path / "ro.db"
    open_database(str(path))
    close()
    before = _digest(path)
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(path) else real(p, mode)
    )
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.kind == "read_only" and _digest(path) == before


def test_a_database_locked_by_another_program(tmp_path, monkeypatch):
    from contacttracker.store import database

    path = tmp_path / "locked.db"
    open_database(str(path))
    close()
    monkeypatch.setitem(database.SQLITE_PRAGMAS, "busy_timeout", 200)
    holder = sqlite3.connect(path, check_same_thread=False)
    holder.execute("PRAGMA journal_mode=delete")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as caught:
            open_database(str(path))
        assert caught.value.kind == "locked"
    finally:
        holder.rollback()
        holder.close()


def test_a_full_disk_keeps_what_was_typed(qtbot, window, scripted, client_factory):
    from PySide6.QtCore import Qt

    from contacttracker.store.database import db
    from contacttracker.store.models import Conversation
    from contacttracker.ui.log_dialog import LogDialog
    from tests.conftest import type_text

    client = client_factory()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on

    def fill(dialog: LogDialog):
        type_text(dialog.summary, "Довга розмова про кошторис " * 200)
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible(), "still open"
        assert "disk is full" in scripted.messages[-1][2]
        assert dialog.summary.toPlainText().startswith("Довга розмова")
        dialog.saved = -1  # leave without the discard question
        dialog.reject()
        return 0

    scripted.expect(LogDialog, fill)
    window.clients.show_client(client.id)
    window.log_conversation()
    assert Conversation.select().count() == 0
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_import_stopped_by_a_full_disk_says_the_disk_is_full(qtbot, window, scripted, tmp_path):
    """SQLite rolls a transaction back by itself when the disk fills; the window had shown
    what the rollback after it said ("cannot rollback - no transaction is active") instead
    of the full disk. (A full disk is shaped with SQLite's max_page_count.)"""
    from contacttracker.store.database import db
    from contacttracker.store.models import Client, Conversation
    from contacttracker.ui.import_dialog import ImportDialog

    chat = tmp_path / "WhatsApp Chat with Olena Kovalenko.txt"
    lines = (
        f"1/15/24, 9:{i % 60:02d} AM - Olena Kovalenko: повідомлення {i} {'ж' * 200}"
        for i in range(3000)
    )
    chat.write_text("\n".join(lines) + "\n", "utf-8")

    def accept(dialog: ImportDialog):
        dialog.new_clients.setChecked(True)
        return 1

    scripted.files.append([str(chat)])
    scripted.expect(ImportDialog, accept)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 20}")  # the disk is nearly full
    window.files.import_files()
    qtbot.waitUntil(lambda: bool(scripted.messages), timeout=60000)
    said = scripted.messages[-1][2]
    assert "disk is full" in said and "savepoint" not in said, said
    assert Client.select().count() == 0 and Conversation.select().count() == 0


OPEN_ON_A_FULL_DISK = """
import json, os, resource, signal, sys
from contacttracker.ui import app, dialogs
from tests.conftest import ScriptedDialogs

class Runner(ScriptedDialogs):
    def choose(self, parent, title, text, options):
        self.offered = (text, options)
        return options.index(app.QUIT)

runner = dialogs.runner = Runner()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # the disk is full from here on
opened = app.open_store(sys.argv[1])
print(json.dumps([opened is None, *runner.offered]))
"""


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_full_disk_when_opening_offers_to_try_again_not_a_backup(tmp_path):
    """Opening a WAL database writes the file beside it; on a full disk that had been taken
    for damage, and the window offered to put the latest backup in place of a sound file."""
    import json
    import subprocess
    import sys

    from contacttracker.store import backup
    from contacttracker.store.clients import ClientInput, save_client

    path = tmp_path / "work.db"
    location = open_database(str(path))
    save_client(ClientInput(name="Олена", channels=[("email", "o@example.com")]))
    backup.backup(location)
    close()
    before = path.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-c", OPEN_ON_A_FULL_DISK, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    quit_, text, options = json.loads(proc.stdout.splitlines()[-1])
    assert quit_ and "disk is full" in text and "damaged" not in text, text
    assert app_module.RETRY in options and app_module.RESTORE not in options, options
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("work.db.unreadable-*"))


def test_the_window_offers_a_backup_for_a_damaged_file(tmp_path, scripted):
    from contacttracker.store import backup, resolve
    from contacttracker.store.clients import ClientInput, save_client

    path = tmp_path / "work.db"
    location = open_database(str(path))
    save_client(ClientInput(name="Олена", channels=[("email", "o@example.com")]))
    backup.backup(location)
    close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"\xff" * 8000)
    scripted.choices.append(app_module.RESTORE)
    scripted.answers.clear()
    restored = app_module.open_store(str(path))
    try:
        from contacttracker.store.models import Client

        assert restored == resolve(str(path))
        assert [c.name for c in Client.select()] == ["Олена"]
        assert list(tmp_path.glob("work.db.unreadable-*")), "the damaged file was kept aside"
        assert "Restored the backup" in scripted.messages[-1][2]
    finally:
        close()


def test_the_window_can_quit_or_open_another(tmp_path, scripted):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database" * 50)
    scripted.choices.append(app_module.QUIT)
    assert app_module.open_store(str(bad)) is None
    other = tmp_path / "other.db"
    scripted.choices.append(app_module.ANOTHER)
    scripted.files.append([str(other)])
    try:
        assert app_module.open_store(str(bad)).path == other
    finally:
        close()
    assert "not a contacttracker database" in scripted.questions[0]


def test_one_thread_lock_does_not_stop_another_reader(tmp_path):
    """WAL: a long write elsewhere never blocks the window from reading."""
    path = tmp_path / "wal.db"
    open_database(str(path))
    close()
    writer = sqlite3.connect(path, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    done = threading.Event()
    try:
        open_database(str(path))
        from contacttracker.store import attention

        attention.counts()
        done.set()
    finally:
        writer.rollback()
        writer.close()
        close()
    assert done.is_set()
