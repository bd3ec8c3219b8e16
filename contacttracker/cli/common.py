"""What every command shares: the failure that exits 1, opening the store, plain output."""

from __future__ import annotations

import argparse
import csv
import errno
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

FORMATS = ("table", "csv", "json")


class Failure(Exception):
    """Input rejected or nothing done: the message goes to stderr, exit status 1."""


class Interrupted(Exception):
    """Ctrl-C: what the interrupted work left behind, in words; exit status 130."""


@contextmanager
def on_interrupt(left: str, line: ProgressLine | None = None) -> Iterator[None]:
    """Ctrl-C within becomes one line saying ``left`` (what the work left behind: its
    transaction rolled back, its temporary file removed), not a traceback; the progress
    line is ended first, so the words start a line of their own."""
    try:
        yield
    except KeyboardInterrupt:
        if line is not None:
            line.end()
        raise Interrupted(left) from None


def positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def open_store(args, create: bool = True, writes: bool = False):
    """Opens the database the command line names; a refusal becomes words and exit 1.

    Commands that only read pass ``create=False``: a mistyped --db is then "no database at
    …", not a new empty database. A command that creates or ``writes`` first waits, saying
    so, for another program's write to end.
    """
    from contacttracker.store import DatabaseError, open_database, resolve
    from contacttracker.store.database import wait_for_writers

    global opened
    try:
        if create or writes:  # another program's long write is waited for, said so
            wait_for_writers(resolve(args.db), lambda words: print(words, file=sys.stderr))
        opened = open_database(args.db, create=create)
    except DatabaseError as exc:
        text = str(exc)
        if exc.kind == "damaged":  # offered its latest backup, as when met while working
            with suppress(DatabaseError):
                text += latest_backup(resolve(args.db))
        raise Failure(text) from exc
    return opened


#: The database the command opened, for the words of a failure met while working.
opened = None


def explain(exc: BaseException) -> str | None:
    """Words for a database driver's error met while working, or None when ``exc`` is none;
    a damaged file is answered with its latest backup, as the window answers it."""
    import sqlite3

    import peewee

    driver = type(exc).__module__.split(".")[0] == "psycopg"
    if not driver and not isinstance(exc, peewee.PeeweeException | sqlite3.Error):
        return None
    from contacttracker.store.database import explain as words

    failure = words(exc, opened)
    text = str(failure)
    if failure.kind == "damaged":
        text += latest_backup(opened)
    return text


def latest_backup(location) -> str:
    """The line offering a damaged database's latest backup, as the window offers it ("" when
    there is none)."""
    from contacttracker.store import backup

    copies = backup.backups_of(location) if location is not None else []
    if not copies:
        return ""
    return (
        f"\nThe latest backup is {copies[0]}; bring it back with:"
        f"\n  contacttracker --db {location.describe()} restore {copies[0]}"
    )


class ClosedOutput(io.TextIOBase):
    """Standard output when the command started without one (``>&-``): Python then prints
    nothing and says nothing. Writing to it fails as a closed descriptor does, so a command
    that has something to show says it could not, and one that shows nothing goes on."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    @property
    def buffer(self) -> ClosedOutput:
        return self


def quiet_stdout() -> None:
    """Standard output is closed or full: further writes, and the flush at exit, go to
    the null device instead of raising again (as Python's documentation advises)."""
    import os

    with suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def open_store_undoable(args) -> tuple[object, Callable[[], None]]:
    """Opens (or creates) the database, and returns with it a function that removes again
    what a creation made: the file, its journal files and the folders made for it. A
    command that then keeps nothing (every file refused) leaves no new database behind."""
    from contacttracker.store import DatabaseError, close, resolve

    try:
        path = resolve(args.db).path
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc
    made: list[Path] = []
    if path is not None and not path.exists():
        beside = [path.parent / "backups", *path.parents]
        made = [path, *(p for p in beside if not p.exists())]  # nearest first
    location = open_store(args)

    def undo() -> None:
        close()
        for part in made:
            if part == path:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    part.with_name(part.name + suffix).unlink(missing_ok=True)
            else:
                with suppress(OSError):  # a folder something else has put a file into stays
                    part.rmdir()

    return location, undo


class ProgressLine:
    """Long work's progress as one line on standard error, rewritten in place, shown only
    on a terminal (a script reading the output, or a log, gets none of it)."""

    def __init__(self, what: str = "", stream=None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.what = what
        self.on = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = 0.0
        self.said = False

    def say(self, message: str) -> None:
        if self.on:
            print(f"\r  {message}…\x1b[K", end="", file=self.stream, flush=True)
            self.said = True

    def rows(self, done: int, total: int | None = None) -> bool:
        """A progress callback of imports (done, total) and exports (done): never cancels."""
        import time

        now = time.monotonic()
        if self.on and (not self.said or now - self.shown >= 0.1):
            self.shown = now
            of = f" of {total:,}" if total else ""
            self.say(f"{self.what}{done:,}{of} rows")
        return True

    def step(self, what: str) -> Callable[[int, int], bool]:
        """The progress callback of one step of longer work, the line then naming it."""
        self.what = what
        self.shown = 0.0  # a new step shows at once
        return self.rows

    def end(self) -> None:
        """Ends the line, so what is printed next starts on a line of its own."""
        if self.said:
            print("\r\x1b[K", end="", file=self.stream, flush=True)
            self.said = False


def table(rows: list[list[str]], header: list[str], whole: int | None = None) -> str:
    """A plain text table sized to its contents (cells cut at 40 characters, but for the
    column ``whole``: a file's name, to be given back as it is)."""
    cut = [
        [
            (c if len(c) <= 40 or i == whole else c[:39] + "…").replace("\n", " ")
            for i, c in enumerate(r)
        ]
        for r in rows
    ]
    widths = [max([len(h)] + [len(r[i]) for r in cut]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cut]
    return "\n".join(lines)


def csv_out(header: list[str], rows: list[list[str]]) -> None:
    from contacttracker.io.csv_format import neutralise

    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([neutralise(c) for c in row])


def indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def cell(value: object) -> str:
    """A value as the CSV and the table show it: times in ISO UTC, nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def iso_utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_out(header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """An array of objects keyed by the CSV's field names; times in ISO UTC, numbers as
    numbers, text as it is stored (no spreadsheet guard: JSON is read by programs)."""
    records = [
        {k: iso_utc(v) if isinstance(v, datetime) else v for k, v in zip(header, r, strict=True)}
        for r in rows
    ]
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit(
    fmt: str, header: Sequence[str], rows: Iterable[Sequence[object]], whole: int | None = None
) -> None:
    """Rows of typed values in the chosen format: table, csv or json (``whole``: a column a
    table never cuts)."""
    if fmt == "json":
        json_out(header, rows)
        return
    cells = [[cell(v) for v in r] for r in rows]
    if fmt == "csv":
        csv_out(list(header), cells)
    else:
        print(table(cells, list(header), whole))
