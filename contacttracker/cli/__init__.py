"""The command line: every operation that needs no window, and the way into the window.

Exit status: 0 done; 1 input rejected or nothing done (a message on stderr says why);
2 wrong usage (argparse's own).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from contacttracker import __version__
from contacttracker.cli import (
    backups,
    clients,
    conversations,
    data,
    mail,
    nudge,
    reports,
    summary,
    window,
)
from contacttracker.cli.common import Failure

# Each group of commands adds its own parsers; the order is that of --help.
GROUPS = (data, reports, clients, conversations, backups, summary, nudge, mail, window)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contacttracker",
        description="Every client's channels and every conversation: unconfirmed e-mails, "
        "agreements without a summary, replies we owe.",
    )
    parser.add_argument("--version", action="version", version=f"contacttracker {__version__}")
    parser.add_argument(
        "--db",
        metavar="D",
        help="database file or URL (default: CONTACTTRACKER_DB, else the user data folder)",
    )
    parser.add_argument("--lang", choices=("uk", "ru", "en"), help="language of the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return window.open_window(args)
    try:
        return args.func(args)
    except Failure as exc:
        print(f"contacttracker: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    finally:
        from contacttracker.store import close

        close()


__all__ = ["Failure", "build_parser", "main"]
