"""Where an export's bytes go: a file replaced whole, a device or pipe written through, or
standard output.

A file is written to a hidden owner-only temporary file beside it, flushed to disk and
renamed over it only when complete, so a failed or killed export never leaves half a
file; the leftovers of killed earlier exports are removed first. A file replaced keeps
its permissions; a new one is owner-only. A symbolic link is written through (the file
it points to is replaced, the link stays); a device, a named pipe or /dev/stdout is
written to as it is, never replaced by a file.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.snapshot import (
    clean_leftovers,
    remove_temporary,
    sync_folder,
    temporary_beside,
)


class OutputRefused(OSError):
    """A place an export cannot be written to, said in words."""


def _where(target: Path) -> tuple[Path, bool]:
    """The path to write and whether it is replaced whole (a regular file, or none yet)."""
    real = Path(os.path.realpath(target))
    if any(str(p).startswith(("/dev/", "/proc/")) for p in (Path.absolute(target), real)):
        # /dev/stdout, /dev/fd/3, /proc/self/fd/1 or a link to one: whatever the descriptor
        # is (a pipe, a terminal, a file opened for appending), it is written to, not swapped.
        return target, False
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real, True
    if stat.S_ISDIR(mode):
        raise OutputRefused(
            QT_TRANSLATE_NOOP("Export", "{target}: is a folder; name a file to write").format(
                target=target
            )
        )
    if stat.S_ISREG(mode):
        return real, True
    return target, False  # a terminal, a pipe, a device: written to, never replaced


def replaced_whole(target: str | os.PathLike) -> bool:
    """Whether an export to ``target`` lands whole or not at all (a file, or none yet), not
    written through as it goes (a device, a pipe, standard output)."""
    try:
        return _where(Path(target))[1]
    except OSError:  # a folder: refused when written to
        return False


@contextmanager
def replacing(target: str | os.PathLike, mode: str, encoding: str | None = None) -> Iterator[IO]:
    """A stream whose content lands at ``target`` whole, or not at all (see the module)."""
    path, whole = _where(Path(target))
    newline = "" if "b" not in mode else None
    if not whole:
        with open(path, mode, encoding=encoding, newline=newline) as fh:
            yield fh
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(path.parent, glob.escape(path.name))
    clean_leftovers(path.parent, None)  # and those of killed exports to other names
    tmp = temporary_beside(path)
    try:
        with open(tmp, mode, encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(path, tmp)
        os.replace(tmp, path)
        sync_folder(path.parent)
    except BaseException:
        remove_temporary(tmp)
        raise


def _keep_mode(path: Path, tmp: Path) -> None:
    """A file replaced keeps the permissions it had (a new one stays owner-only): whoever
    shared it with a group, or through a link, still shares the new content."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return
    os.chmod(tmp, mode)


@contextmanager
def text_output(target: str | os.PathLike | None, bom: bool) -> Iterator[IO[str]]:
    """A text stream to ``target``, or standard output for '-' or None."""
    if target in (None, "-"):
        stream = sys.stdout
        if bom:
            stream.write("\ufeff")
        yield stream
        stream.flush()
        return
    with replacing(target, "w", encoding="utf-8-sig" if bom else "utf-8") as fh:
        yield fh


def write_bytes(target: str | os.PathLike | None, data: bytes) -> None:
    """Bytes to ``target``, or to standard output for '-' or None."""
    if target in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    with replacing(target, "wb") as fh:
        fh.write(data)
