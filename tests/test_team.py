"""Team mode end to end on a real PostgreSQL server: two instances of the app see each
other's conversations, the shared database is set up from the window with its password in
the keyring, a server that cannot be reached leaves the way to the local file open, and a
dropped connection is replaced."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from contacttracker.store.conversations import ConversationInput, log_conversation
from contacttracker.store.database import db

ROOT = Path(__file__).resolve().parent.parent

#: Tests whose own database is the server's (the others open a local file and reach the
#: server from the window).
on_the_server = pytest.mark.parametrize("backend", ["postgresql"])

# A second instance of the app: its own process and window on the same server. It waits
# until it sees the first instance's e-mail among its queues, then logs a reply of its own.
SECOND_INSTANCE = """
import sys
from PySide6.QtCore import QTimer
from contacttracker.store import open_database, resolve
from contacttracker.store.clients import ClientInput, save_client
from contacttracker.store.conversations import ConversationInput, log_conversation
from contacttracker.store.timeutil import now_utc
from contacttracker.ui.app import make_application
from contacttracker.ui.main_window import MainWindow

url = sys.argv[1]
open_database(url)
app = make_application(dark=False)
window = MainWindow(resolve(url))
window.show()

def look():
    if window.counts.get("unconfirmed_email"):
        print("seen", window.counts["unconfirmed_email"], flush=True)
        client = save_client(ClientInput(name="Ірина Бойко", channels=[("viber", "+380501112233")]))
        log_conversation(ConversationInput(client_id=client.id, channel="viber", direction="in",
                                           occurred_at=now_utc(), subject="Питання від Ірини"))
        app.quit()

timer = QTimer()
timer.timeout.connect(look)
timer.start(200)
QTimer.singleShot(60000, app.quit)
app.exec()
"""


@on_the_server
def test_two_instances_see_each_others_conversations(qtbot, window, db_path, client_factory, now):
    from contacttracker.store.timeutil import now_utc

    client = client_factory()
    log_conversation(
        ConversationInput(
            client_id=client.id,
            channel="email",
            direction="out",
            occurred_at=now_utc() - timedelta(hours=2),
            subject="Кошторис",
        )
    )
    second = subprocess.Popen(
        [sys.executable, "-c", SECOND_INSTANCE, str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = second.communicate(timeout=90)
    assert second.returncode == 0, err
    assert out.startswith("seen 1"), (out, err)
    # The first window notices the second instance's message by itself (no action here).
    qtbot.waitUntil(lambda: window.counts.get("awaiting_reply") == 1, timeout=10000)
    window.show_section("awaiting_reply")
    assert window.attention.model.index(0, 2).data() == "Ірина Бойко"


class MemoryKeyring(KeyringBackend):
    """The system keyring's place in tests (no Secret Service runs here)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


def test_shared_database_set_up_from_the_window(
    qtbot, window, scripted, databases, memory_keyring, tmp_path, monkeypatch
):
    """Set up in the window, remembered for the next start, password only in the keyring."""
    from urllib.parse import urlparse

    from contacttracker.store import person_settings, team
    from contacttracker.ui.app import open_store
    from contacttracker.ui.shared_dialog import SharedDatabaseDialog

    server = urlparse(databases.new_server_database())

    def fill(dialog: SharedDatabaseDialog):
        dialog.host.setText(server.hostname)
        dialog.port.setValue(server.port)
        dialog.database.setText(server.path.lstrip("/"))
        dialog.user.setText(server.username)
        dialog.password.setText("s3cret пароль")
        assert dialog.connect_button.isEnabled()
        return SharedDatabaseDialog.DialogCode.Accepted

    scripted.expect(SharedDatabaseDialog, fill)
    [action] = [
        a for a in window.findChildren(type(window.local_action)) if a.text() == "S&hared database…"
    ]
    action.trigger()
    assert window.location.backend == "postgresql"
    assert window.local_action.isEnabled()
    assert window.windowTitle().endswith(server.path.lstrip("/"))
    person = person_settings.path().read_text("utf-8")
    assert "s3cret" not in person and server.hostname in person
    configured, use = team.configured()
    assert use and memory_keyring.kept == {("contacttracker", configured.key): "s3cret пароль"}

    # The next start opens the shared database with the kept password, asking nothing.
    db.close()
    monkeypatch.delenv("CONTACTTRACKER_DB", raising=False)
    location = open_store(None)
    assert location.backend == "postgresql" and "s3cret" not in location.describe()
    db.close()

    # Back to the local file; the address stays for later.
    window.location = open_store(None)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window.databases.use_local_database()
    assert window.location.backend == "sqlite"
    assert not window.local_action.isEnabled()
    assert team.configured() == (configured, False)


def test_unreachable_server_at_start_offers_retry_then_the_local_file(
    qtbot, scripted, tmp_path, monkeypatch
):
    import socket

    from contacttracker.store import close, team
    from contacttracker.ui.app import make_application, open_store

    make_application(dark=False)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    team.configure(team.Server("127.0.0.1", port, "agency", "andrii"), use=True)
    monkeypatch.delenv("CONTACTTRACKER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    scripted.choices += ["Try again", "Open the local database"]
    location = open_store(None)
    try:
        assert location.backend == "sqlite"
        assert location.path.is_relative_to(tmp_path / "data")
        said = scripted.questions
        assert len(said) == 2 and "cannot be reached" in said[0] and "Traceback" not in said[0]
        assert f"127.0.0.1:{port}/agency" in said[0]
    finally:
        close()


@on_the_server
def test_a_dropped_connection_is_replaced(db_path, client_factory, now):
    client = client_factory()

    def drop():
        (pid,) = db.execute_sql("SELECT pg_backend_pid()").fetchone()
        with psycopg.connect(str(db_path), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    drop()
    assert db.execute_sql("SELECT count(*) FROM client").fetchone() == (1,)
    drop()
    for subject in ("Перша", "Друга"):  # writes in transactions, after the drop
        log_conversation(
            ConversationInput(
                client_id=client.id,
                channel="phone",
                direction="out",
                occurred_at=now,
                subject=subject,
            )
        )
    rows = db.execute_sql("SELECT subject FROM conversation ORDER BY id").fetchall()
    assert rows == [("Перша",), ("Друга",)]


def test_copy_into_the_shared_database_from_the_window(
    qtbot, window, scripted, databases, memory_keyring, client_factory, now
):
    """File → Copy into another database offers the shared one once it is set up."""
    from urllib.parse import urlparse

    from contacttracker.store import team
    from tests.helpers.state import query

    url = databases.new_server_database()
    parts = urlparse(url)
    server = team.Server(parts.hostname, parts.port, parts.path.lstrip("/"), parts.username)
    team.configure(server, use=False)
    client = client_factory()
    log_conversation(
        ConversationInput(
            client_id=client.id, channel="phone", direction="out", occurred_at=now, subject="Макет"
        )
    )
    scripted.choices.append(0)  # into the shared database
    window.files.copy_into()
    kind, _title, said = scripted.messages[-1]
    assert kind == "info" and "1 conversations added" in said, said
    assert query(url, "SELECT subject, author FROM conversation") == [("Макет", client_author())]
    assert window.location.backend == "sqlite"  # the window stays on its own database


def client_author():
    from contacttracker.store.settings import author

    return author()


def test_the_network_goes_away_and_comes_back(qtbot, scripted, databases, now):
    """Nothing typed is lost: the save is refused in plain words with the dialog still open,
    the window says the server is gone, and once it is back the same save goes through."""
    from urllib.parse import urlparse

    from contacttracker.store import close, open_database, resolve
    from contacttracker.store.models import Conversation
    from contacttracker.ui.app import make_application
    from contacttracker.ui.log_dialog import LogDialog
    from contacttracker.ui.main_window import MainWindow
    from tests.conftest import type_text
    from tests.helpers.forwarder import Forwarder

    real = urlparse(databases.new_server_database())
    network = Forwarder(real.hostname, real.port)
    url = real._replace(netloc=f"{real.username}@127.0.0.1:{network.port}").geturl()
    open_database(url)
    try:
        from contacttracker.store.clients import ClientInput, save_client

        client = save_client(
            ClientInput(name="Олена Коваленко", channels=[("phone", "0671234567")])
        )
        make_application(dark=False)
        window = MainWindow(resolve(url))
        qtbot.addWidget(window)
        window.show()
        dialog = LogDialog(window.catalogue, window, client_id=client.id)
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(dialog.subject, "Домовились про макет")

        network.cut()
        dialog.save()
        kind, title, said = scripted.messages[-1]
        assert (kind, title) == ("error", "Not saved")
        assert "cannot be reached" in said and "Traceback" not in said
        assert dialog.isVisible() and dialog.subject.text() == "Домовились про макет"
        window._check_outside_changes()
        assert "cannot be reached" in window.statusBar().currentMessage()

        network.restore()
        window._check_outside_changes()
        assert window.statusBar().currentMessage() == "Connected to the database again."
        dialog.save()
        assert not dialog.isVisible()
        assert [c.subject for c in Conversation.select()] == ["Домовились про макет"]
    finally:
        network.cut()
        close()


def test_shared_database_from_settings(qtbot, window, scripted, databases, memory_keyring):
    """Settings shows the shared database's state and connects to it."""
    from urllib.parse import urlparse

    from contacttracker.ui.settings_dialog import SettingsDialog
    from contacttracker.ui.shared_dialog import SharedDatabaseDialog

    server = urlparse(databases.new_server_database())
    settings = SettingsDialog(window.location, window)
    qtbot.addWidget(settings)
    settings.show()
    assert "none set up" in settings.shared.text()

    def fill(dialog: SharedDatabaseDialog):
        dialog.host.setText(server.hostname)
        dialog.port.setValue(server.port)
        dialog.database.setText(server.path.lstrip("/"))
        dialog.user.setText(server.username)
        return SharedDatabaseDialog.DialogCode.Accepted

    scripted.expect(SharedDatabaseDialog, fill)
    qtbot.mouseClick(settings.shared_button, Qt.MouseButton.LeftButton)
    assert window.location.backend == "postgresql"
    assert settings.shared.text().endswith("(in use)")
    assert settings.place.text() == window.location.describe()


@pytest.mark.parametrize(
    ("db_arg", "env", "shared", "loaded"),
    [
        ("postgresql://team@localhost/agency", "", False, True),
        ("", "postgresql://team@localhost/agency", False, True),
        ("", "", True, True),  # the shared database set up in the window, in use
        ("", "", False, False),
        ("/tmp/work.db", "", True, False),  # a file on the command line wins
    ],
)
def test_the_driver_loads_before_the_window_only_for_a_server(
    tmp_path, monkeypatch, db_arg, env, shared, loaded
):
    """The window's start loads psycopg before PySide6 when it will open a server, and not
    at all for a file (a fresh process each: this one has loaded everything)."""
    from contacttracker.store import team

    if shared:
        team.configure(team.Server("db.agency.lan", user="olena"), True)
    monkeypatch.setenv("CONTACTTRACKER_DB", env)
    code = (
        "import sys; from contacttracker.store import team; "
        f"team.load_driver_early({db_arg!r} or None); "
        "print('psycopg' in sys.modules, 'PySide6' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.split()
    assert out == [str(loaded), "False"]


def test_without_the_driver_the_early_load_leaves_the_word_to_the_window(tmp_path):
    """A build without psycopg: the early load passes quietly, and opening the server then
    says in words that the driver is missing (the window shows that with its ways out)."""
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from contacttracker.store import team, open_database, DatabaseError\n"
        "team.load_driver_early('postgresql://team@localhost/agency')\n"
        "try:\n"
        "    open_database('postgresql://team@localhost/agency')\n"
        "except DatabaseError as exc:\n"
        "    print(exc.kind, exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout
    assert out.startswith("unsupported ") and "driver is not installed" in out
