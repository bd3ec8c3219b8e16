"""A copy of a live SQLite database written whole or not at all, as exports are written.

The copy goes to a hidden temporary file beside its final name, owner-only from its first
byte; it is checked with ``integrity_check``, flushed to disk and only then renamed. A
backup killed half way, or stopped by a full disk, leaves no file under a backup's name
(which the window's Restore would offer), and the leftovers of such runs are removed by
the next copy into the same folder.
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP

PART = ".part"
#: A leftover this old is no copy still being written, even where its process is unknown.
STALE_SECONDS = 24 * 3600


class SnapshotFailed(ValueError):
    """The copy could not be written or did not check out; nothing was left behind.

    ``damaged``: it failed because the database copied has pages that do not read, not
    because the copy could not be written (a full disk, a failing one)."""

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


#: SQLite's words for a file whose own pages are at fault.
DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def temporary_beside(target: Path) -> Path:
    """A new empty owner-only file beside ``target``, hidden, named after it, after the
    writing process and as ours (``.NAME.PID.ct-RANDOM.part``), so a later run can tell a
    leftover, whatever name it was for."""
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.{MARK}", suffix=PART, dir=target.parent
    )
    os.close(fd)  # mkstemp creates it 0600, before anything is written
    return Path(name)


_PID = re.compile(r"\.(\d+)\.[^.]+\.part$")
#: What starts the random part of our temporary files' names: a leftover of any name is
#: told from another program's file by it.
MARK = "ct-"
#: How long a temporary file of another name must have lain untouched before it counts as
#: a leftover: its process id says nothing of a file another computer is writing.
QUIET_SECONDS = 600


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # unknown elsewhere: only age tells
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(
    folder: Path, name: str | None = "*.db", now: float | None = None
) -> list[Path]:
    """Removes the temporary files of writes to ``name`` (a glob) whose process is gone
    (killed, or the machine lost power) or that are older than a day; returns what went.
    ``name`` None: our own temporary files of any name (by their mark)."""
    now = time.time() if now is None else now
    gone = []
    pattern = f".*.*.{MARK}*{PART}" if name is None else f".{name}.*{PART}"
    for part in folder.glob(pattern):
        found = _PID.search(part.name)
        try:
            age = now - part.stat().st_mtime
        except OSError:
            continue
        if name is None and age < QUIET_SECONDS:
            continue  # maybe another computer's, on a shared folder, still being written
        stale = age > STALE_SECONDS
        if stale or (found is not None and not _alive(int(found.group(1)))):
            remove_temporary(part)
            gone.append(part)
    return sorted(gone)


def write_copy(
    connection: sqlite3.Connection, target: Path, check: Callable[[Path], None] | None = None
) -> Path:
    """Copies the open database to ``target`` with the online backup API, checked.

    ``check`` (raising ValueError) replaces the plain ``integrity_check`` of the copy.
    """
    part = written_beside(connection, target, check)
    try:
        os.replace(part, target)
        sync_folder(target.parent)
    except BaseException:
        remove_temporary(part)
        raise
    return target


def written_beside(
    connection: sqlite3.Connection, target: Path, check: Callable[[Path], None] | None = None
) -> Path:
    """The copy :func:`write_copy` makes, checked and flushed to disk but left under its
    hidden temporary name beside ``target``, for the caller to rename into place."""
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # In a folder of backups any copy's leftovers go; elsewhere only those of this name.
    clean_leftovers(folder, "*.db" if folder.name == "backups" else glob.escape(target.name))
    # Created owner-only before SQLite writes a byte; its journal takes the same mode.
    part = temporary_beside(target)
    try:
        dest = sqlite3.connect(part)
        try:
            connection.backup(dest)
            # One self-contained file, not a WAL database that needs files beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
            result = "ok" if check else dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if check is not None:
            try:
                check(part)
            except ValueError as exc:  # said of the backup, not of its hidden temporary file
                raise SnapshotFailed(
                    QT_TRANSLATE_NOOP(
                        "Backup",
                        "{target}: {reason}; nothing was kept",
                    ).format(target=target, reason=str(exc).removeprefix(f"{part}: ")),
                    damaged=True,
                ) from exc
        elif result != "ok":
            raise SnapshotFailed(
                QT_TRANSLATE_NOOP(
                    "Backup", "{target}: the copy did not check out ({result}); nothing was kept"
                ).format(target=target, result=result),
                damaged=True,
            )
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
    except sqlite3.Error as exc:
        remove_temporary(part)
        raise SnapshotFailed(
            QT_TRANSLATE_NOOP(
                "Backup", "{target}: the copy could not be written ({exc}); nothing was kept"
            ).format(target=target, exc=exc),
            damaged=getattr(exc, "sqlite_errorname", "") in DAMAGE,
        ) from exc
    except BaseException:
        remove_temporary(part)
        raise
    return part


def remove_temporary(part: Path) -> None:
    """The temporary file and the journal files SQLite keeps beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            part.with_name(part.name + suffix).unlink()


def sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut once the folder is flushed (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def finished(path: Path) -> bool:
    """A file that may be offered as a backup: not empty, an SQLite file, and not a copy
    that stopped half way (its hot journal beside it)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError:
        return False
    if header != b"SQLite format 3\x00":
        return False
    return not path.with_name(path.name + "-journal").exists()
