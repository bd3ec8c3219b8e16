"""Backups by hand and restoring one."""

from __future__ import annotations

import sys
from pathlib import Path

from contacttracker.cli.common import Failure, open_store


def register(sub) -> None:
    backup = sub.add_parser("backup", help="a consistent copy of the database")
    backup.add_argument("--out", help="file to write (default: the backups folder)")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file")
    restore.set_defaults(func=cmd_restore)


def cmd_backup(args) -> int:
    from contacttracker.store import backup

    location = open_store(args, create=False)
    try:
        target = backup.backup(location, Path(args.out) if args.out else None)
    except (OSError, ValueError) as exc:
        raise Failure(str(exc)) from exc
    print(f"Backed up to {target}", file=sys.stderr)
    return 0


def cmd_restore(args) -> int:
    from contacttracker.store import backup

    location = open_store(args)
    try:
        safety = backup.restore(location, Path(args.file))
    except (OSError, ValueError) as exc:
        raise Failure(str(exc)) from exc
    print(f"Restored {args.file}; the previous state was kept in {safety}", file=sys.stderr)
    return 0
