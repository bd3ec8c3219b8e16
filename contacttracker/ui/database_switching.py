"""Which database the window works in: a new or another file, the team's shared database,
back to this computer's own file, the sample database and back. A switch that fails says
why and stays where it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from contacttracker.store import setting_keys as keys
from contacttracker.store.database import Location
from contacttracker.ui import dialogs, machine_settings, text

if TYPE_CHECKING:
    from contacttracker.ui.main_window import MainWindow


class DatabaseSwitching(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: Where the window was before the sample database: where going back returns.
        self.before_sample: Location | None = None

    def open_sample_database(self) -> None:
        """Try sample data: a separate file, filled on first use; the real one is untouched."""
        from contacttracker.store import sample

        here = self.window.location
        if sample.is_sample(here):
            return
        if self.switch(
            str(sample.sample_path(here)), prepare=sample.fill_when_empty, remember=False
        ):
            self.before_sample = here
        self.window.sample_changed()

    def back_to_your_database(self) -> None:
        """Leave the sample database for the one it was opened from (else the one beside it)."""
        from contacttracker.store import sample

        here = self.window.location
        if not sample.is_sample(here):
            return
        back = self.before_sample
        target = (back.url or str(back.path)) if back is not None else str(sample.real_path(here))
        if self.switch(target):
            self.before_sample = None
        self.window.sample_changed()

    def new_database(self) -> None:
        path = dialogs.save_file(
            self.window, self.tr("New database"), "contacttracker.db", self.tr("Databases (*.db)")
        )
        if path:
            self.switch(path)

    def open_database(self) -> None:
        files = dialogs.open_files(
            self.window, self.tr("Open database"), self.tr("Databases (*.db);;All files (*)")
        )
        if files:
            self.switch(files[0])

    def shared_database(self) -> None:
        """Connect to the team's database; from then on the app starts on it."""
        from contacttracker.store import team
        from contacttracker.ui.shared_dialog import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self.window)
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        server, password = dialog.server(), dialog.password.text()
        if not self.switch(server.url(password)):
            return
        team.configure(server, use=True)
        remember = dialog.remember.isChecked()
        if not team.save_password(server, password if remember else "") and remember and password:
            dialogs.message(
                self.window,
                "info",
                self.tr("Shared database"),
                self.tr(
                    "This computer has no keyring to keep the password in, so the app will "
                    "ask for it at each start."
                ),
            )

    def use_local_database(self) -> None:
        """Back to this computer's own file; the shared database's address is kept."""
        from contacttracker.store import team
        from contacttracker.store.database import default_path

        server, _use = team.configured()
        if self.switch(str(default_path())):
            team.configure(server, use=False)

    def switch(
        self, path: str, prepare: Callable[[], object] | None = None, remember: bool = True
    ) -> bool:
        """Open another database in the window; on failure say why and stay where we are.
        `prepare` runs in the new database before the window shows it (the sample's rows)."""
        from contacttracker.store import DatabaseError, close, open_database

        window = self.window
        previous = window.location
        close()
        try:
            window.location = open_database(path)
            if prepare is not None:
                prepare()
        except DatabaseError as exc:
            dialogs.message(
                window, "warning", self.tr("Cannot open the database"), text.localized(exc)
            )
            window.location = open_database(str(previous.path) if previous.path else previous.url)
            return False
        finally:
            window.database_opened()
        if remember:
            machine_settings.set_value(keys.LAST_DATABASE, str(window.location.path or ""))
        window.database_switched()
        return True
