"""Starting the window: Qt application, error handling, the database, the first start."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

import platformdirs
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.paths import APP_ID
from contacttracker.store.database import APP_NAME
from contacttracker.ui.text import localized, translate

log = logging.getLogger("contacttracker")


def log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "contacttracker.log"


def setup_logging() -> None:
    """A rotating log under the user log dir; it never holds conversation text."""
    import logging.handlers

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def excepthook(kind, value, tb) -> None:
    """An unexpected error: logged with its traceback, shown as a dialog, the app goes on."""
    from contacttracker.ui import dialogs

    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if sys.stderr is not None:
        traceback.print_exception(kind, value, tb)
    app = QApplication.instance()
    if app is not None:
        dialogs.message(
            app.activeWindow(),
            "error",
            "contacttracker",
            translate(
                "App",
                "Something went wrong: {error}\n\nNothing you saved was lost. "
                "Details are in the log: {log}",
            ).format(error=value, log=log_path()),
        )


def dark_palette() -> QPalette:
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#222326",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b2c2f",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b2c2f",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, color in colors.items():
        p.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8388"))
    return p


def app_icon():
    """The application icon from the shipped PNG sizes (no SVG plugin needed)."""
    from PySide6.QtGui import QIcon

    from contacttracker.paths import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = folder / f"contacttracker-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def make_application(argv: list[str] | None = None, dark: bool | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("contacttracker")
    app.setDesktopFileName(APP_ID)  # ties the window to its .desktop file and icon
    app.setWindowIcon(app_icon())
    from contacttracker.ui import mnemonics

    mnemonics.install(app)  # Alt+letter of a Cyrillic interface on a Latin layout
    if dark is None:
        from contacttracker.ui import appearance

        appearance.remember_theme(app)  # before Fusion: the desktop's own palette
        app.setStyle("Fusion")
        appearance.apply(app)  # Settings → Colours, else the desktop's scheme
        appearance.follow_system(app)
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return app


# The ways out of a database that cannot be opened; the labels are translated when shown.
RESTORE = QT_TRANSLATE_NOOP("App", "Restore the latest backup")
ANOTHER = QT_TRANSLATE_NOOP("App", "Open another database…")
RETRY = QT_TRANSLATE_NOOP("App", "Try again")
LOCAL = QT_TRANSLATE_NOOP("App", "Open the local database")
PASSWORD = QT_TRANSLATE_NOOP("App", "Enter the password…")
QUIT = QT_TRANSLATE_NOOP("App", "Quit")


def open_store(db_arg: str | None):
    """Open the database; when it cannot be opened, say why and offer the ways out.

    Nothing is written to a file that could not be opened properly: a damaged file is moved
    aside (never deleted) only when the user chooses to restore a backup in its place.
    """
    from contacttracker.store import DatabaseError, backup, open_database, resolve, team
    from contacttracker.store.database import ENV_VAR, default_path
    from contacttracker.ui import dialogs

    value = db_arg
    shared = None
    if value is None and not os.environ.get(ENV_VAR):
        server, use = team.configured()
        if server is not None and use:  # set up in File → Shared database
            shared = server
            value = server.url(team.saved_password(server))
    while True:
        try:
            return open_database(value)
        except DatabaseError as exc:
            log.warning("cannot open database: %s (%s)", exc, exc.kind)
            try:
                location = resolve(value)
            except DatabaseError:
                location = None
            copies = (
                backup.backups_of(location)
                if location and exc.kind in ("damaged", "not_ours")
                else []
            )
            if exc.kind in ("unreachable", "password"):
                # The server is down or the network is: work goes on in the local file.
                options = [PASSWORD if exc.kind == "password" else RETRY, LOCAL, QUIT]
            else:
                options = (
                    ([RESTORE] if copies else [])
                    + ([RETRY] if exc.kind in ("locked", "read_only", "full") else [])
                    + [ANOTHER, QUIT]
                )
            choice = dialogs.choose(
                None, "contacttracker", localized(exc), [translate("App", o) for o in options]
            )
            picked = options[choice] if 0 <= choice < len(options) else QUIT
            if picked == QUIT:
                return None
            if picked == LOCAL:
                value, shared = str(default_path()), None
            elif picked == PASSWORD:
                typed = dialogs.password(
                    None,
                    "contacttracker",
                    translate("App", "Password for {where}:").format(where=location.describe()),
                )
                if typed is None:
                    continue
                if shared is not None:
                    team.save_password(shared, typed)
                    value = shared.url(typed)
                else:
                    value = team.with_password(value or "", typed)
            elif picked == RESTORE:
                try:
                    aside = backup.replace_with(location, copies[0])
                except (OSError, ValueError) as failure:
                    dialogs.message(None, "error", "contacttracker", localized(failure))
                    continue
                dialogs.message(
                    None,
                    "info",
                    "contacttracker",
                    translate(
                        "App",
                        "Restored the backup of {backup}. The file that could not be "
                        "opened was kept as {aside}.",
                    ).format(backup=copies[0].stem, aside=aside),
                )
            elif picked == ANOTHER:
                files = dialogs.open_files(
                    None,
                    translate("App", "Open database"),
                    translate("App", "Databases (*.db);;All files (*)"),
                )
                if not files:
                    return None
                value = files[0]


def run(args) -> int:
    from PySide6.QtCore import QTimer

    from contacttracker.ui import i18n, platform_check

    if platform_check.uses_xcb() and (missing := platform_check.missing_libraries()):
        log.error("the xcb platform plugin cannot load: %s missing", ", ".join(missing))
        if sys.stderr is not None:
            print(f"contacttracker: {platform_check.advice(missing)}", file=sys.stderr)
        return 1
    app = make_application()
    i18n.install(i18n.chosen_language(getattr(args, "lang", None)))
    sys.excepthook = excepthook
    QTimer.singleShot(0, setup_logging)  # after the window is up: start-up shows it first
    location = open_store(args.db)
    if location is None:
        return 1
    from contacttracker.ui.single import SingleInstance

    instance = SingleInstance(location.describe())
    item = getattr(args, "open_item", None) or ""
    if instance.already_running(item):
        return 0  # the running window came forward
    from contacttracker.ui import first_start

    first_start.ask()
    from contacttracker.ui.main_window import MainWindow

    window = MainWindow(location)
    instance.activated.connect(window.bring_forward)
    instance.open_requested.connect(window.open_conversation)
    from contacttracker.ui import background

    if background.start(window, at_login=getattr(args, "at_login", False)):
        window.show()
    if item:
        window.open_conversation(item)
    QTimer.singleShot(3000, lambda: start_daily_backup(window, location))
    return app.exec()


def start_daily_backup(window, location) -> None:
    """The automatic backup, off the GUI thread; a failure is logged and said once."""
    from contacttracker.store import backup
    from contacttracker.store.timeutil import now_utc
    from contacttracker.ui import dialogs, tasks

    def done(result, exc) -> None:
        if exc is not None:
            log.error("automatic backup failed: %s", exc)
            dialogs.message(
                window,
                "warning",
                "contacttracker",
                translate("App", "The automatic backup failed: {error}").format(
                    error=localized(exc)
                ),
            )
        elif result is not None:
            log.info("automatic backup: %s", result)

    def work():
        from contacttracker.store import history

        made = backup.auto_backup(location, now_utc())
        history.purge(now_utc())  # after the backup: the Trash's oldest are still in it
        return made

    tasks.background(window, work, done)
