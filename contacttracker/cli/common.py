"""What every command shares: the failure that exits 1, opening the store, plain output."""

from __future__ import annotations

import argparse
import csv
import sys


class Failure(Exception):
    """Input rejected or nothing done: the message goes to stderr, exit status 1."""


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


def open_store(args, create: bool = True):
    """Opens the database the command line names; a refusal becomes words and exit 1."""
    from contacttracker.store import DatabaseError, open_database

    try:
        return open_database(args.db, create=create)
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc


def table(rows: list[list[str]], header: list[str]) -> str:
    """A plain text table sized to its contents (cells cut at 40 characters)."""
    cut = [[(c if len(c) <= 40 else c[:39] + "…").replace("\n", " ") for c in r] for r in rows]
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
