"""What an import did, or why it refused a file: one report and one rejection for every
format (CSV, vCard, chats, mail) and for the store's bulk writer, which refuses what it
finds wrong only once the rows meet the database (a link to a conversation nowhere)."""

from __future__ import annotations

from dataclasses import dataclass, field

from contacttracker.domain.words import QT_TRANSLATE_NOOP, Joined


@dataclass
class Report:
    """What an import did, or why it did nothing."""

    file: str
    kind: str = ""
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    #: Things skipped without refusing the file (a phone number that is not one, say).
    notes: list[str] = field(default_factory=list)
    #: How a spreadsheet's columns were read, as `--map` takes it, and whence ("guessed",
    #: "remembered", "given").
    columns: str = ""
    columns_from: str = ""

    def summary(self) -> str:
        return QT_TRANSLATE_NOOP(
            "Import", "{file}: {kind}: {added} added, {updated} updated, {skipped} already present"
        ).format(
            file=self.file,
            kind=self.kind,
            added=self.added,
            updated=self.updated,
            skipped=self.skipped,
        )

    def would(self) -> str:
        """The summary of a dry run: what the import would have done."""
        return QT_TRANSLATE_NOOP(
            "Import",
            "{file}: {kind}: would add {added}, update {updated}; {skipped} already present",
        ).format(
            file=self.file,
            kind=self.kind,
            added=self.added,
            updated=self.updated,
            skipped=self.skipped,
        )


class ImportRejected(Exception):
    """The file was refused whole; ``report.rejected`` lists (line, reason)."""

    def __init__(self, report: Report, message: str = "") -> None:
        self.report = report
        self.message = message
        super().__init__(Joined(self.lines(), "\n"))

    def lines(self, most: int | None = None) -> list[str]:
        """The message, then a line for each refused row: the first ``most`` of them (the
        caller says how many more there are), or every one."""
        report = self.report
        lines = [self.message] if self.message else []
        lines += [
            QT_TRANSLATE_NOOP("Import", "{file}: line {line}: {reason}").format(
                file=report.file, line=n, reason=why
            )
            for n, why in report.rejected[:most]
        ]
        if not lines:
            lines = [QT_TRANSLATE_NOOP("Import", "{file}: rejected").format(file=report.file)]
        return lines
