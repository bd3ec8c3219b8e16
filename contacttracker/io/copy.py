"""Moving to the team: copy a personal database into another one (the shared one), UUIDs kept.

The copy goes through the same two files an export writes and an import reads (clients with
their channels, then conversations with their links), so it has their guarantees: each part
arrives whole or not at all, and what the target already holds (same UUID) is not copied
twice. Custom channels go first, so the conversations on them are accepted. Then, in one
transaction, what the files do not hold: the e-mails' Message-IDs and References, running
snoozes and the reminders sent (:mod:`contacttracker.store.carried` says what stays
behind, and why). The Trash stays behind.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_import import import_file
from contacttracker.io.export import export
from contacttracker.store import carried, close, open_database, resolve
from contacttracker.store.database import DatabaseError, Location
from contacttracker.store.import_report import Report
from contacttracker.store.progress import Progress
from contacttracker.store.settings import add_channel, catalogue


@dataclass
class Copied:
    target: str
    clients: Report
    conversations: Report
    #: E-mails whose Message-ID and References were copied.
    mail_headers: int = 0

    def figures(self) -> dict[str, object]:
        return {
            "target": self.target,
            "clients": self.clients.added,
            "known": self.clients.skipped,
            "added": self.conversations.added,
            "skipped": self.conversations.skipped,
            "mail_headers": self.mail_headers,
        }

    def summary(self) -> str:
        return summary(self.figures())


def summary(figures: dict[str, object]) -> str:
    """What a copy did, in words (the window translates it)."""
    return QT_TRANSLATE_NOOP(
        "Copy",
        "Copied into {target}: {clients} clients added, {known} were already there;"
        " {added} conversations added, {skipped} were already there.",
    ).format(**figures)


#: The steps of a copy, each with its own progress (the command line names them).
STEPS = ("reading clients", "reading conversations", "copying clients", "copying conversations")


def copy_to(
    source: Location, target: str, progress: Callable[[str], Progress | None] | None = None
) -> Copied:
    """Copy the open database (at `source`) into `target`; the source is open again after.

    `progress`, when given, is asked for each step's progress callback by the step's name
    (one of STEPS), in that order."""

    def step(name: str) -> Progress | None:
        return progress(name) if progress is not None else None

    into = resolve(target)
    if into.describe() == source.describe() or (
        into.path and source.path and into.path.resolve() == source.path.resolve()
    ):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Copy", "{target}: that is the database being copied").format(
                target=target
            ),
            "usage",
        )
    with tempfile.TemporaryDirectory(prefix="contacttracker-copy-") as tmp:
        folder = Path(tmp)
        channels = [c for c in catalogue() if not c.builtin]
        have_clients = export("clients", folder / "clients.csv", progress=step(STEPS[0]))
        have_talks = export("conversations", folder / "conversations.csv", progress=step(STEPS[1]))
        extras = carried.read()
        with open(folder / "mail_headers.csv", "w", newline="", encoding="utf-8") as out:
            csv.writer(out).writerows(carried.headers())
        close()
        try:
            open_database(target)
            known = catalogue()
            known_clients = carried.known_clients(extras)
            for channel in channels:
                if channel.key not in known:
                    add_channel(channel.key, channel.name, channel.kind.value, channel.link)
            # A client the team already has keeps the team's version.
            # An empty file is refused by an import ("a header but no rows"); an empty
            # part of a copy is nothing to copy.
            clients = (
                import_file(folder / "clients.csv", step(STEPS[2]), update_clients=False)
                if have_clients
                else Report("clients.csv")
            )
            conversations = (
                import_file(folder / "conversations.csv", step(STEPS[3]))
                if have_talks
                else Report("conversations.csv")
            )
            with open(folder / "mail_headers.csv", newline="", encoding="utf-8") as rows:
                headers = carried.write(extras, (tuple(r) for r in csv.reader(rows)), known_clients)
        finally:
            close()
            open_database(str(source.path) if source.path else source.url)
    return Copied(into.describe(), clients, conversations, headers)
