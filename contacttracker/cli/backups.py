"""Backups by hand and restoring one."""

from __future__ import annotations

import sys
from pathlib import Path

from contacttracker.cli.common import (
    FORMATS,
    Failure,
    emit,
    latest_backup,
    on_interrupt,
    open_store,
)


def register(sub) -> None:
    backup = sub.add_parser("backup", help="a consistent copy of the database")
    backup.add_argument("--out", help="file to write (default: the backups folder)")
    backup.add_argument("--list", action="store_true", help="list this database's backups")
    backup.add_argument("--format", choices=FORMATS, default="table", help="with --list")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?")
    which.add_argument("--latest", action="store_true", help="the newest backup of this database")
    restore.set_defaults(func=cmd_restore)


def cmd_backup(args) -> int:
    from contacttracker.store import backup

    location = open_store(args, create=False)
    if args.list:
        return _list(location, args.format)
    try:
        with on_interrupt("no backup was kept"):  # the copy is renamed into place once whole
            target = backup.backup(location, Path(args.out) if args.out else None)
    except (OSError, ValueError) as exc:
        damaged = "damaged" in str(exc)  # the database's own pages did not read
        raise Failure(str(exc) + (latest_backup(location) if damaged else "")) from exc
    print(f"Backed up to {target}", file=sys.stderr)
    return 0


def cmd_restore(args) -> int:
    """The backup is found and checked before the database is opened: a mistyped --db with
    no backups, or a file that is no backup, leaves no new database behind. A lost database
    whose backups are still beside it is created again from the newest."""
    from contacttracker.store import DatabaseError, backup, resolve

    try:
        location = resolve(args.db)
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc
    source = _named(location, args.file) if args.file else _latest(location)
    try:
        backup.check_backup(location, source)
    except ValueError as exc:
        raise Failure(str(exc)) from exc
    existed = location.path is not None and location.path.exists()
    location = open_store(args)
    try:
        safety = backup.restore(location, source)
    except (OSError, ValueError) as exc:
        raise Failure(str(exc)) from exc
    if existed:
        print(f"Restored {source}; the previous state was kept in {safety}", file=sys.stderr)
    else:  # nothing was there to keep
        print(f"Restored {source} as {location.path}", file=sys.stderr)
    return 0


def _list(location, fmt: str) -> int:
    """Newest first: the file, when it was taken (UTC), what made it, its size."""
    from datetime import UTC, datetime

    from contacttracker.store import backup
    from contacttracker.store.schema import BACKUP_NAME

    if location.path is None:
        raise Failure("backups of a shared database are the server's job")
    rows = []
    for path in backup.backups_of(location):
        try:
            info = path.stat()
        except OSError:
            continue  # removed by a rotation meanwhile
        named = BACKUP_NAME.fullmatch(path.name)
        kind = named["label"] if named else ""
        taken = datetime.fromtimestamp(info.st_mtime, UTC).replace(microsecond=0)
        rows.append([str(path), taken, kind, info.st_size])
    if fmt == "table" and rows:  # the folder once, so the names are not cut
        print(f"In {backup.backup_dir(location)}:")
        rows = [[Path(r[0]).name, *r[1:]] for r in rows]
    emit(fmt, ["file", "taken_at", "kind", "size_bytes"], rows, whole=0)
    return 0


def _named(location, given: str) -> Path:
    """The backup a user named: a path, or a name as `backup --list` shows it (in the
    database's backups folder)."""
    from contacttracker.store import backup

    path = Path(given)
    if path.exists() or path.name != given or location.path is None:
        return path
    listed = backup.backup_dir(location) / given
    return listed if listed.exists() else path


def _latest(location) -> Path:
    from contacttracker.store import backup

    if location.path is None:
        raise Failure("restoring a shared database is the server's job")
    found = backup.backups_of(location)
    if not found and not location.path.exists():
        raise Failure(f"no database at {location.path}, and no backups of it (check the path)")
    if not found:
        raise Failure(f"no backups of {location.path} yet (backup makes one)")
    return found[0]
