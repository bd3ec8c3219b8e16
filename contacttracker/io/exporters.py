"""One way out for every table: what each export is called, what it writes, and the one
dispatch the window's Export menu and `contacttracker export` share."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contacttracker.store.progress import Progress

#: Every export, by the name the command line takes, with its file's suffix.
SUFFIXES = {
    "clients": ".csv",
    "conversations": ".csv",
    "attention": ".csv",
    "vcard": ".vcf",
    "calendar": ".ics",
}
KINDS = tuple(SUFFIXES)


def export_any(
    kind: str,
    out: str | os.PathLike | None,
    delimiter: str = "comma",
    bom: bool = True,
    progress: Progress | None = None,
    *,
    for_spreadsheet: bool = False,
    xlsx: bool = False,
    words: Callable[[str], str] = str,
    language: str = "en",
) -> int:
    """Write one export to a file (atomically) or stdout; returns how many rows, cards or
    events it wrote. The delimiter, byte order mark and progress concern the CSV tables.

    ``for_spreadsheet`` (clients only) writes one column per channel, headers in words of
    the interface ``language``, times as its locale writes them; ``xlsx`` as a workbook."""
    if for_spreadsheet or xlsx:
        if kind != "clients":
            raise ValueError(f"only clients export for a spreadsheet, not {kind!r}")
        from contacttracker.io.sheet_export import export_clients

        return export_clients(
            out,
            xlsx=xlsx,
            words=words,
            language=language,
            delimiter=delimiter,
            bom=bom,
            progress=progress,
        )
    if kind == "vcard":
        from contacttracker.io.vcard_export import export_vcards

        return export_vcards(out)
    if kind == "calendar":
        from contacttracker.io.calendar_export import export_calendar

        return export_calendar(out)
    if kind not in SUFFIXES:
        raise ValueError(f"no export called {kind!r}")
    from contacttracker.io.export import export

    return export(kind, out, delimiter, bom=bom, progress=progress)
