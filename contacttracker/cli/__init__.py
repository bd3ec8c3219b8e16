"""The command line: every operation that needs no window, and the way into the window.

Exit status: 0 done; 1 input rejected or nothing done (a message on stderr says why);
2 wrong usage (argparse's own); 130 interrupted (Ctrl-C), a line on stderr saying what
was left behind.
"""

from __future__ import annotations

import argparse
import errno
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
    reminders,
    reports,
    settings,
    summary,
    window,
)
from contacttracker.cli.common import ClosedOutput, Failure, Interrupted, explain, quiet_stdout

#: The exit status of a command stopped by Ctrl-C (128 + SIGINT), as a shell gives it.
INTERRUPTED = 130

#: What a write to a full disk, a failing device or a closed output raises.
OUTPUT_FULL = {
    errno.ENOSPC,
    errno.EIO,
    errno.EFBIG,
    getattr(errno, "EDQUOT", errno.ENOSPC),
    errno.EBADF,
}

# Each group of commands adds its own parsers; the order is that of --help.
GROUPS = (
    data,
    reports,
    reminders,
    clients,
    conversations,
    backups,
    summary,
    nudge,
    mail,
    settings,
    window,
)


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
    # Started at login (see autostart): into the tray, where the desktop has one.
    parser.add_argument("--at-login", action="store_true", help=argparse.SUPPRESS)
    # A reminder's Open (remind --notify): the window at that conversation.
    parser.add_argument("--open-item", metavar="UUID", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return window.open_window(args)
    if sys.stdout is None:  # started with its output closed: said when there is output
        sys.stdout = ClosedOutput()
    try:
        status = args.func(args)
        sys.stdout.flush()  # here, where a closed or full output is still caught
        return status
    except Failure as exc:
        print(f"contacttracker: {exc}", file=sys.stderr)
        return 1
    except Interrupted as exc:  # the command says what its work left behind
        print(f"contacttracker: interrupted; {exc}", file=sys.stderr)
        return INTERRUPTED
    except KeyboardInterrupt:
        print("contacttracker: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # `contacttracker export … | head`: the reader has had enough
        quiet_stdout()
        return 0
    except OSError as exc:
        if exc.errno not in OUTPUT_FULL:
            raise
        quiet_stdout()
        print(f"contacttracker: cannot write the output: {exc.strerror}", file=sys.stderr)
        return 1
    except Exception as exc:
        words = explain(exc)
        if words is None:
            raise
        print(f"contacttracker: {words}", file=sys.stderr)
        return 1
    finally:
        from contacttracker.store import close

        close()


__all__ = ["Failure", "build_parser", "main"]
