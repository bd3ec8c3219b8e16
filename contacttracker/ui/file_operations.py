"""The window's file operations: import, export, backup, restore and copying into another
database. Each asks what it needs through the dialogs, runs long work in the background and
says in words how it went; the writing itself is the store's and io's."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from contacttracker.ui import dialogs, tasks, text
from contacttracker.ui.bus import bus
from contacttracker.ui.errors import STORE_ERRORS

if TYPE_CHECKING:
    from contacttracker.ui.main_window import MainWindow


class FileOperations(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def import_files(self) -> None:
        """Choose files, see what will be stored, then import in the background."""
        from contacttracker.io.importers import import_any
        from contacttracker.store.import_report import ImportRejected
        from contacttracker.ui.import_dialog import ImportDialog

        files = dialogs.open_files(
            self.window,
            self.tr("Import"),
            self.tr(
                "Everything importable (*.csv *.tsv *.xlsx *.xls *.ods *.vcf *.vcard *.txt *.json"
                " *.eml *.mbox *);;"
                "All files (*)"
            ),
        )
        if not files:
            return
        preview = ImportDialog(files, self.window)
        if not dialogs.exec_dialog(preview):
            return
        paths, me, new_clients = preview.options()
        sheets = preview.sheet_choices()

        def work(progress):
            reports, problems = [], []
            for path in paths:
                sheet, mapping = sheets.get(path, (None, None))
                try:
                    reports.append(
                        import_any(path, me, new_clients, progress, sheet=sheet, mapping=mapping)
                    )
                except ImportRejected as exc:
                    problems.append(text.localized(exc))
            return reports, problems

        def done(result, exc):
            if exc is not None:
                self.failed(self.tr("Import stopped"), exc)
                return
            reports, problems = result
            lines = [text.localized(r.summary()) for r in reports]
            lines += [text.localized(n) for r in reports for n in r.notes[:10]]
            if problems:
                lines.append(self.tr("Not imported (nothing was written from these files):"))
                lines += problems
            dialogs.message(
                self.window,
                "warning" if problems else "info",
                self.tr("Import"),
                "\n".join(lines),
            )
            bus.changed.emit()

        tasks.run(self.window, self.tr("Importing…"), work, done)

    def export(self, kind: str, for_spreadsheet: bool = False) -> None:
        """Any export of `io.exporters`, to a file the user names; `for_spreadsheet`: the
        clients with a column per channel, as a workbook or CSV as the name ends."""
        from contacttracker.io.exporters import SUFFIXES, export_any
        from contacttracker.store import setting_keys as keys
        from contacttracker.store import settings
        from contacttracker.ui import i18n

        suffix = ".xlsx" if for_spreadsheet else SUFFIXES[kind]
        kinds = {
            ".vcf": self.tr("vCard files (*.vcf)"),
            ".ics": self.tr("Calendar files (*.ics)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"),
        }.get(suffix, self.tr("CSV files (*.csv)"))
        path = dialogs.save_file(self.window, self.tr("Export"), f"{kind}{suffix}", kinds)
        if not path:
            return
        language = i18n.current()
        xlsx = for_spreadsheet and not path.lower().endswith(".csv")
        delimiter = settings.get(keys.CSV_DELIMITER)
        if for_spreadsheet and language in ("uk", "ru"):
            delimiter = "semicolon"  # what Excel in these languages splits on

        def work(progress):
            return export_any(
                kind,
                path,
                delimiter,
                progress=progress,
                for_spreadsheet=for_spreadsheet,
                xlsx=xlsx,
                words=text.localized,
                language=language,
            )

        def done(result, exc):
            if exc is not None:
                self.failed(self.tr("Export failed"), exc)
                return
            wrote = {
                ".vcf": self.tr("Wrote %n card(s) to %1", None, result),
                ".ics": self.tr("Wrote %n event(s) to %1", None, result),
            }.get(suffix, self.tr("Wrote %n row(s) to %1", None, result))
            dialogs.message(self.window, "info", self.tr("Export"), wrote.replace("%1", path))

        tasks.run(self.window, self.tr("Exporting…"), work, done)

    def backup(self) -> None:
        from contacttracker.store import backup

        try:
            target = backup.backup(self.window.location)
        except (OSError, ValueError) as exc:
            self.failed(self.tr("Backup failed"), exc)
            return
        dialogs.message(
            self.window,
            "info",
            self.tr("Backup"),
            self.tr("Saved to %1").replace("%1", str(target)),
        )

    def restore(self) -> None:
        from contacttracker.store import backup

        files = dialogs.open_files(
            self.window,
            self.tr("Restore from backup"),
            self.tr("Databases (*.db);;All files (*)"),
        )
        if not files:
            return
        if not dialogs.question(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace everything in this database with the backup? "
                "The current state is backed up first."
            ),
        ):
            return
        try:
            safety = backup.restore(self.window.location, Path(files[0]))
        except (OSError, ValueError) as exc:
            self.failed(self.tr("Restore failed"), exc)
            return
        bus.changed.emit()
        dialogs.message(
            self.window,
            "info",
            self.tr("Restore"),
            self.tr("Restored. The previous state was kept in %1").replace("%1", str(safety)),
        )

    def _copy_target(self) -> str:
        """Where to copy: the shared database when one is set up (and not the one open),
        else a file."""
        from contacttracker.store import team

        server, _use = team.configured()
        if server is not None and self.window.location.backend != "postgresql":
            options = [
                self.tr("Into the shared database (%1)").replace(
                    "%1", f"{server.host}/{server.database}"
                ),
                self.tr("Into a file…"),
                self.tr("Cancel"),
            ]
            choice = dialogs.choose(
                self.window,
                self.tr("Copy into another database"),
                self.tr("Copy this database:"),
                options,
            )
            if choice == 0:
                password = team.saved_password(server)
                return server.url(password)
            if choice != 1:
                return ""
        return dialogs.save_file(
            self.window,
            self.tr("Copy into another database"),
            "contacttracker-team.db",
            self.tr("Databases (*.db);;All files (*)"),
        )

    def copy_into(self) -> None:
        """Copy this database into another (the team's), in a separate process: the copy
        opens both databases in turn, and the window keeps this one open meanwhile."""
        import json
        import subprocess
        import sys

        target = self._copy_target()
        if not target:
            return
        program = (
            [sys.executable]
            if getattr(sys, "frozen", False)
            else [sys.executable, "-m", "contacttracker"]
        )
        location = self.window.location
        source = str(location.path) if location.path else location.url
        # Both addresses reach the copy through its environment and input, never its command
        # line, where anyone on the computer could read a password.
        env = {**os.environ, "CONTACTTRACKER_DB": source}

        def work(_progress):
            import tempfile

            with tempfile.TemporaryDirectory(prefix="contacttracker-copy-") as tmp:
                report = Path(tmp) / "report.json"
                subprocess.run(
                    [*program, "copy", "--to", "-", "--report", str(report)],
                    input=target,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                try:
                    outcome = json.loads(report.read_text("utf-8"))
                except (OSError, ValueError) as exc:
                    raise RuntimeError(
                        self.tr("The copy stopped before it could say why.")
                    ) from exc
            if "error" in outcome:
                raise RuntimeError(outcome["error"])
            return outcome["figures"]

        def done(figures, exc):
            if exc is not None:
                self.failed(self.tr("Copy failed"), exc)
                return
            from contacttracker.io.copy import summary

            dialogs.message(self.window, "info", self.tr("Copy"), text.localized(summary(figures)))

        tasks.run(self.window, self.tr("Copying…"), work, done)

    def failed(self, title: str, exc: BaseException) -> None:
        """A long task that stopped: a cancel wrote nothing; anything else, in words."""
        from contacttracker.store.progress import Cancelled

        if isinstance(exc, Cancelled):
            dialogs.message(self.window, "info", title, self.tr("Cancelled; nothing was written."))
            return
        if isinstance(exc, STORE_ERRORS):  # the store's words: a full disk, a lock, damage
            from contacttracker.store.database import explain

            exc = explain(exc, None)
        dialogs.message(self.window, "warning", title, text.localized(exc))
