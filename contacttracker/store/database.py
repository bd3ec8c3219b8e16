"""Where the data lives and how the connection is opened: the one place that decides it.

Every model is bound to :data:`db`, a proxy initialised by :func:`open_database` before
any window or command touches data; tests do the same on a fresh temp file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee
import platformdirs

from contacttracker.domain.words import QT_TRANSLATE_NOOP

APP_NAME = "contacttracker"
#: Marks our SQLite files ("CTRK"), so another program's database is told apart.
APPLICATION_ID = 0x4354524B
ENV_VAR = "CONTACTTRACKER_DB"

db = peewee.DatabaseProxy()


class DatabaseError(Exception):
    """A database that cannot be opened or used, with a message meant for the user.

    ``kind`` lets the window offer the right way out: damaged, not_ours, newer, read_only,
    locked, missing, unsupported, usage; for a shared database also unreachable (the server
    does not answer) and password (it refused the name or password).
    """

    def __init__(self, message: str, kind: str = "usage") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Location:
    """A parsed --db value: a SQLite file or a server URL."""

    backend: str  # "sqlite" or "postgresql"
    path: Path | None = None
    url: str = ""

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        parsed = urlparse(self.url)
        host = parsed.hostname or "localhost"
        port = f":{parsed.port}" if parsed.port else ""
        return f"{parsed.scheme}://{host}{port}{parsed.path}"


def default_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "contacttracker.db"


def resolve(value: str | None = None) -> Location:
    """Turn --db, or CONTACTTRACKER_DB, or nothing into a Location."""
    value = value or os.environ.get(ENV_VAR) or ""
    if not value:
        return Location("sqlite", path=default_path())
    if value.startswith(("postgresql://", "postgres://")):
        return Location("postgresql", url=value)
    if value.startswith("sqlite:///"):
        return Location("sqlite", path=Path(unquote(value[len("sqlite:///") :])).expanduser())
    if value.startswith("sqlite://"):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database", "{value}: write sqlite:///path/to/file.db (three slashes)"
            ).format(value=value)
        )
    if "://" in value:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database", "{value}: unknown kind of database (use a file path or postgresql://)"
            ).format(value=value)
        )
    return Location("sqlite", path=Path(value).expanduser())


SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -16000,  # 16 MB of pages: enough for the queues and search
    "temp_store": "memory",
}


def connect(location: Location, *, create: bool = True) -> peewee.Database:
    """Open the database and bind the proxy to it; no schema work happens here."""
    if location.backend == "postgresql":
        return _connect_team(location)
    assert location.path is not None
    path = location.path
    if not path.exists():
        if not create:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "no database at {path} (check the path; import or demo creates a new one)",
                ).format(path=path),
                "missing",
            )
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Created readable by the owner only: it holds a business's client record.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    _check_sqlite_file(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        # Refused before anything is written: WAL also needs to create files beside it.
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path}: the database is read-only here (no permission to write the file or its folder). Copy it somewhere writable, or open another database.",
            ).format(path=path),
            "read_only",
        )
    # Transactions take the write lock when they begin (BEGIN IMMEDIATE): a transaction that
    # read first and wrote later would fail at once with "database is locked" when another
    # process wrote in between, instead of waiting its turn (found by two processes logging
    # at the same time).
    database = peewee.SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE"
    )
    try:
        database.connect(reuse_if_open=True)
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except peewee.DatabaseError as exc:  # OperationalError among them
        database.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise _locked(path) from exc
        if _cannot_write(exc):
            raise _full(path, exc) from exc
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Database", "{path}: cannot open the database ({exc})").format(
                path=path, exc=exc
            ),
            "damaged",
        ) from exc
    db.initialize(database)
    return database


def _connect_team(location: Location) -> peewee.Database:
    """Open the shared PostgreSQL database; every way it can fail becomes plain words."""
    where = location.describe()
    try:
        from contacttracker.store.postgres import open_team
    except ImportError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "{where}: the PostgreSQL driver is not installed. Install contacttracker with its team extra (psycopg), or open a local file.",
            ).format(where=where),
            "unsupported",
        ) from exc
    try:
        database = open_team(location.url)
    except peewee.PeeweeException as exc:
        text = str(exc)
        if "does not exist" in text and "database" in text:
            message = QT_TRANSLATE_NOOP(
                "Database",
                "{where}: the server has no such database. Ask whoever runs it to create it.",
            )
        elif "password" in text or "authentication" in text:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Database", "{where}: the server refused the user name or password."
                ).format(where=where),
                "password",
            ) from exc
        else:
            message = QT_TRANSLATE_NOOP(
                "Database",
                "{where}: the shared database cannot be reached (the server does not answer, or the network is down).",
            )
        raise DatabaseError(message.format(where=where), "unreachable") from exc
    db.initialize(database)
    return database


def _locked(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Database",
            "{path}: another program is holding the database locked. Close it and try again, or open another database.",
        ).format(path=path),
        "locked",
    )


def _cannot_write(exc: BaseException) -> bool:
    """A full disk (or one failing to write): opening a WAL database writes the shared-memory
    file beside it, so a full disk fails there with an I/O error, and the file is sound."""
    text = str(exc).lower()
    return "disk i/o" in text or "full" in text or "no space" in text or "quota" in text


def _full(path: Path, exc: BaseException) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Database",
            "{path}: cannot be opened: the disk is full or cannot be written ({exc}). The file was not changed; free some space and try again.",
        ).format(path=path, exc=exc),
        "full",
    )


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not ours before peewee writes anything to it."""
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Database", "{path}: is a folder, not a database file").format(
                path=path
            ),
            "not_ours",
        )
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database", "{path}: this file is not a contacttracker database"
            ).format(path=path),
            "not_ours",
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database", "{path}: this database belongs to another program"
            ).format(path=path),
            "not_ours",
        )
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise _locked(path) from exc
        if _cannot_write(exc):
            raise _full(path, exc) from exc
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Database", "{path}: the database file is damaged ({exc})").format(
                path=path, exc=exc
            ),
            "damaged",
        ) from exc


def close() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()


#: How long a command that writes waits for another program's write to end.
LOCK_WAIT_SECONDS = 20


def wait_for_writers(location: Location, say, seconds: float = LOCK_WAIT_SECONDS) -> None:
    """Before a command writes to a file another program is writing to: say so, wait up to
    ``seconds`` for the write lock, and refuse in words if it is still held."""
    if location.path is None or not location.path.exists():
        return
    con = sqlite3.connect(location.path, timeout=0, isolation_level=None)
    try:
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:  # "file is not a database" among them
            if "locked" not in str(exc) and "busy" not in str(exc):
                return  # opening says what else is wrong, naming the file
            say(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path}: another program is writing to the database; waiting up to {seconds} s…",
                ).format(path=location.path, seconds=seconds)
            )
            con.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
            try:
                con.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as again:
                raise _locked(location.path) from again
        con.execute("ROLLBACK")
    finally:
        con.close()


def _after_rollback(exc: BaseException) -> bool:
    text = str(exc)
    return "no transaction is active" in text or "no such savepoint" in text


def explain(exc: BaseException, location: Location | None) -> DatabaseError:
    """Words for what a driver raised while working (opening has its own): a lock held past
    the busy timeout, a full disk, a damaged page, a refused change, a server gone."""
    while _after_rollback(exc) and exc.__context__ is not None:
        # SQLite rolled back by itself (a full disk, an I/O error), and the rollback that
        # followed (of the transaction, or of a savepoint within it) failed: what happened
        # first is the one to tell.
        exc = exc.__context__
    text = str(exc).lower()
    where = location.describe() if location is not None else "the database"
    if "locked" in text or "busy" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "{where}: another program held the database locked for too long; the change under way was not saved. Try again when it has finished.",
            ).format(where=where),
            "locked",
        )
    if "full" in text or "no space" in text or "disk i/o" in text or "quota" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "{where}: the disk is full (or failed) while writing; the change under way was not saved. Free some space and try again.",
            ).format(where=where),
            "full",
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Database", "{where}: the database file is damaged ({exc})").format(
                where=where, exc=exc
            ),
            "damaged",
        )
    if isinstance(exc, peewee.IntegrityError | sqlite3.IntegrityError):
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database", "{where}: the database refused the change ({exc}); it was not saved."
            ).format(where=where, exc=exc),
            "usage",
        )
    if "server closed" in text or ("connection" in text and "lost" in text) or "terminat" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "{where}: the shared database stopped answering; the change under way was not saved.",
            ).format(where=where),
            "unreachable",
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Database", "{where}: the database failed ({exc}); the change under way was not saved."
        ).format(where=where, exc=exc),
        "usage",
    )
