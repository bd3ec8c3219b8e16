"""Shared fixtures: offscreen Qt, a real database per test, a fixed clock.

Modules marked ``pytest.mark.backends`` run every test twice: on a SQLite file and on a
PostgreSQL server (a fresh schema per database). The server is named by CONTACTTRACKER_TEST_PG
(``.ci/postgres start`` runs a throwaway one and prints it); without it those runs are
skipped and listed, and CI always sets it.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PG_ENV = "CONTACTTRACKER_TEST_PG"


def pytest_configure(config):
    config.addinivalue_line("markers", "backends: run on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], scope="module")


@pytest.fixture(scope="session")
def backend() -> str:
    """SQLite, unless the module is marked to run on both."""
    return "sqlite"


class Databases:
    """Makes empty databases: a file in a temp folder, or a schema of its own on the test
    server (dropped at the end of the run)."""

    def __init__(self) -> None:
        self.schemas: list[str] = []
        self.databases: list[str] = []

    def server(self) -> str:
        url = os.environ.get(PG_ENV, "")
        if not url:
            if os.environ.get("CI_REQUIRE_POSTGRES"):  # CI: never a silent skip
                pytest.fail(f"{PG_ENV} is not set, and CI requires the PostgreSQL runs")
            pytest.skip(f"PostgreSQL runs need {PG_ENV} (see .ci/postgres)")
        return url

    def new(self, backend: str, folder: Path, name: str = "test.db") -> Path | str:
        if backend == "sqlite":
            return folder / name
        base = self.server()
        schema = f"t_{uuid.uuid4().hex[:16]}"
        self._admin(f"CREATE SCHEMA {schema}")
        self.schemas.append(schema)
        joiner = "&" if "?" in base else "?"
        return f"{base}{joiner}options={quote(f'-csearch_path={schema},public')}"

    def new_server_database(self) -> str:
        """A whole database of its own on the test server (for what names a database, not a
        schema: the Shared database dialog)."""
        from urllib.parse import urlparse

        base = self.server()
        name = f"ct_{uuid.uuid4().hex[:12]}"
        self._admin(f"CREATE DATABASE {name}")
        self.databases.append(name)
        return urlparse(base)._replace(path=f"/{name}", query="").geturl()

    def _admin(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.server(), autocommit=True) as con:
            for sql in statements:
                con.execute(sql)

    def drop_all(self) -> None:
        if self.schemas:
            self._admin(*(f"DROP SCHEMA IF EXISTS {s} CASCADE" for s in self.schemas))
        if self.databases:
            self._admin(*(f"DROP DATABASE IF EXISTS {d} WITH (FORCE)" for d in self.databases))


@pytest.fixture(scope="session")
def databases():
    made = Databases()
    if os.environ.get(PG_ENV):
        # Once per database: a schema's migration then finds the extensions in place.
        made._admin(
            "CREATE EXTENSION IF NOT EXISTS pg_trgm", "CREATE EXTENSION IF NOT EXISTS unaccent"
        )
    yield made
    made.drop_all()


@pytest.fixture(autouse=True)
def private_config(tmp_path_factory, monkeypatch):
    """Each test its own config folder: the person's name and templates never come from, or
    land in, the real user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def no_window_outlives_its_test():
    """A main window closed at a test's end is only deleted once an event loop runs again,
    and until then its timers go on reading whatever database a later test opened: each is
    stopped and the window deleted here, so no test sees another's window at work."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    from contacttracker.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            for timer in widget.findChildren(QTimer):
                timer.stop()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def default_locale():
    """A test that switches the interface language leaves Qt's default locale as it found
    it, so the next test's dates, numbers and key names do not depend on the order."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def clock():
    """A controlled clock for the app (domain.clock), standing at the start of this minute
    until the test moves it; the system's clock again afterwards."""
    from contacttracker.domain.clock import ControlledClock, use

    start = datetime.now(UTC).replace(second=0, microsecond=0)
    controlled = ControlledClock(start)
    previous = use(controlled)
    yield controlled
    use(previous)


@pytest.fixture
def db_path(tmp_path, backend, databases):
    """A fresh, migrated database (a file in a temp dir, or a server URL), opened the way
    main() opens it."""
    from contacttracker.store import close, open_database

    target = databases.new(backend, tmp_path)
    open_database(str(target))
    yield target
    close()


@pytest.fixture
def client_factory(db_path):
    from contacttracker.store.clients import ClientInput, save_client

    def make(name="Олена Коваленко", channels=None, **kw):
        channels = (
            channels
            if channels is not None
            else [
                ("email", "olena@example.com"),
                ("viber", "+380 67 123 4567"),
                ("phone", "067 123 4567"),
            ]
        )
        return save_client(ClientInput(name=name, channels=channels, **kw))

    return make


@pytest.fixture
def log(db_path):
    """log(client, channel, direction, at, **fields) → the stored Conversation."""
    from contacttracker.store.conversations import ConversationInput, log_conversation

    def write(client, channel, direction, at, **kw):
        return log_conversation(
            ConversationInput(
                client_id=client.id, channel=channel, direction=direction, occurred_at=at, **kw
            )
        )

    return write


class UnexpectedDialog(AssertionError):
    pass


class ScriptedDialogs:
    """Stands in for every modal dialog: tests say what to do, anything else fails loudly."""

    def __init__(self) -> None:
        self.handlers: list = []
        self.answers: list[bool] = []
        self.choices: list = []  # option texts (or indexes) to pick, in order
        self.files: list[list[str]] = []
        self.save_paths: list[str] = []
        self.messages: list[tuple[str, str, str]] = []
        self.questions: list[str] = []
        self.warnings: list[str] = []  # the texts of warnings before what cannot be undone
        self.passwords: list[str | None] = []
        self.menu_picks: list[str] = []  # the start of each context-menu entry to choose
        self.menus: list[list[str]] = []  # the entries of every menu shown

    def expect(self, kind, handler) -> None:
        """handler(dialog) is called instead of exec(); it returns the dialog's result."""
        self.handlers.append((kind, handler))

    def exec(self, dialog):
        if not self.handlers:
            raise UnexpectedDialog(f"unexpected dialog {type(dialog).__name__}")
        kind, handler = self.handlers.pop(0)
        assert isinstance(dialog, kind), f"expected {kind.__name__}, got {type(dialog).__name__}"
        from PySide6.QtWidgets import QApplication

        dialog.show()
        dialog.activateWindow()  # as exec() would: shortcuts work in the active window
        QApplication.processEvents()
        result = handler(dialog)
        dialog.close()
        return result

    def message(self, parent, kind, title, text):
        self.messages.append((kind, title, text))

    def question(self, parent, title, text):
        self.questions.append(text)
        if not self.answers:
            raise UnexpectedDialog(f"unexpected question: {text}")
        return self.answers.pop(0)

    def danger(self, parent, title, text, act):
        """A warning before what cannot be undone: answered from `answers`, like a question."""
        self.warnings.append(text)
        if not self.answers:
            raise UnexpectedDialog(f"unexpected warning: {text}")
        return self.answers.pop(0)

    def choose(self, parent, title, text, options):
        self.questions.append(text)
        if not self.choices:
            raise UnexpectedDialog(f"unexpected choice: {text} {options}")
        wanted = self.choices.pop(0)
        return options.index(wanted) if isinstance(wanted, str) else wanted

    def password(self, parent, title, text):
        self.questions.append(text)
        if not self.passwords:
            raise UnexpectedDialog(f"unexpected password prompt: {text}")
        return self.passwords.pop(0)

    def open_file(self, parent, title, filters):
        if not self.files:
            raise UnexpectedDialog(f"unexpected file dialog: {title}")
        return self.files.pop(0)

    def save_file(self, parent, title, name, filters):
        if not self.save_paths:
            raise UnexpectedDialog(f"unexpected save dialog: {title}")
        return self.save_paths.pop(0)

    def popup(self, menu, where):
        entries = [a for a in menu.actions() if not a.isSeparator()]
        self.menus.append([a.text() for a in entries])
        if not self.menu_picks:
            raise UnexpectedDialog(f"unexpected menu: {[a.text() for a in entries]}")
        wanted = self.menu_picks.pop(0)
        chosen = next((a for a in entries if a.text().startswith(wanted)), None)
        assert chosen is not None, f"no entry {wanted!r} in {[a.text() for a in entries]}"
        chosen.trigger()
        return chosen


@pytest.fixture
def scripted(monkeypatch, tmp_path):
    """Dialogs scripted, long tasks inline, window settings in a temp folder."""
    from PySide6.QtCore import QSettings

    from contacttracker.ui import dialogs, tasks

    runner = ScriptedDialogs()
    monkeypatch.setattr(dialogs, "runner", runner)
    monkeypatch.setattr(tasks, "synchronous", True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield runner
    assert not runner.handlers, f"dialogs expected but never opened: {runner.handlers}"


@pytest.fixture
def window(qtbot, db_path, scripted):
    from contacttracker.store import resolve
    from contacttracker.ui.app import make_application
    from contacttracker.ui.main_window import MainWindow

    make_application(dark=False)
    from contacttracker.ui import i18n

    if i18n.current() == "en":  # as the app starts: English's plurals come from its file
        i18n.install("en")
    win = MainWindow(resolve(str(db_path)))
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    return win


def type_text(widget, text: str) -> None:
    """Type any text, Cyrillic included, as real key events (QTest handles Latin-1 only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


# -- a real IMAP server (tests/helpers/dovecot.py) ----------------------------------------


@pytest.fixture(scope="session")
def dovecot_server():
    """One Dovecot for the run, on loopback ports; each test gets its own mailbox user.
    Missing Dovecot skips, except where CI_REQUIRE_DOVECOT says it must be there."""
    import shutil
    import tempfile

    from tests.helpers import dovecot

    if not dovecot.available():
        if os.environ.get(dovecot.REQUIRE_ENV):
            pytest.fail("dovecot is not installed, and CI requires the IMAP tests")
        pytest.skip("the IMAP tests need Dovecot (apt-get install dovecot-imapd)")
    # Not under pytest's own temp folder: its owner-only parents keep the mail processes out.
    folder = Path(tempfile.mkdtemp(prefix="ct-dovecot-"))
    server = dovecot.Dovecot(folder)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def mailbox(dovecot_server):
    """A fresh mailbox on the test server: (server, user, password)."""
    user = f"me{uuid.uuid4().hex[:10]}@example.org"
    dovecot_server.add_user(user, "s3cret-pass")
    return dovecot_server, user, "s3cret-pass"


# -- a real desktop notification service (tests/helpers/desktop.py) ----------------------


@pytest.fixture(scope="session")
def desktop_session():
    """Xvfb and a private session bus for the run. Missing programs skip, except where
    CI_REQUIRE_DBUS says they must be there."""
    import shutil
    import tempfile

    from tests.helpers import desktop

    if not desktop.available():
        if os.environ.get(desktop.REQUIRE_ENV):
            pytest.fail("Xvfb, dbus-daemon or dunst is missing, and CI requires them")
        pytest.skip("the notification tests need Xvfb, dbus-daemon and dunst")
    folder = Path(tempfile.mkdtemp(prefix="ct-desktop-"))
    session = desktop.Desktop(folder)
    session.start()
    yield session
    session.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def desktop(desktop_session):
    """The session with a fresh dunst: nothing shown, an empty history."""
    desktop_session.restart_daemon()
    return desktop_session
