"""The window's menus as one table: each action's menu, text, shortcut and slot.

A slot is a path of attributes on the window ("files.export"), looked up when the action is
triggered, so it reaches pages built later or rebuilt in another language. Adding a command
to the window is one row here and the method it names.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.ui.text import translate

CONTEXT = "MainWindow"
Key = QKeySequence.StandardKey

#: The menus, in the menu bar's order; "file/export" is a submenu of "file", placed where
#: its first action comes in the table.
MENUS = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "file/export": QT_TRANSLATE_NOOP("MainWindow", "&Export"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "edit/pause": QT_TRANSLATE_NOOP("MainWindow", "&Pause reminders"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}


@dataclass(frozen=True, slots=True)
class Action:
    menu: str
    text: str = ""  # "" is a separator
    slot: str = ""
    args: tuple = ()
    shortcut: str | Key | None = None
    #: The action's object name, for the window to find it ("use_local").
    name: str = ""


def separator(menu: str) -> Action:
    return Action(menu)


ACTIONS = (
    Action("file", QT_TRANSLATE_NOOP("MainWindow", "&New database…"), "databases.new_database"),
    Action(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Open database…"),
        "databases.open_database",
        shortcut=Key.Open,
    ),
    separator("file"),
    Action("file", QT_TRANSLATE_NOOP("MainWindow", "&Import…"), "files.import_files", (), "Ctrl+I"),
    Action(
        "file/export", QT_TRANSLATE_NOOP("MainWindow", "&Clients…"), "files.export", ("clients",)
    ),
    Action(
        "file/export",
        QT_TRANSLATE_NOOP("MainWindow", "Clients for a &spreadsheet (.xlsx, .csv)…"),
        "files.export",
        ("clients", True),
    ),
    Action(
        "file/export",
        QT_TRANSLATE_NOOP("MainWindow", "C&onversations…"),
        "files.export",
        ("conversations",),
    ),
    Action(
        "file/export",
        QT_TRANSLATE_NOOP("MainWindow", "&Needs attention…"),
        "files.export",
        ("attention",),
    ),
    Action(
        "file/export",
        QT_TRANSLATE_NOOP("MainWindow", "Clients as &vCard…"),
        "files.export",
        ("vcard",),
    ),
    Action(
        "file/export",
        QT_TRANSLATE_NOOP("MainWindow", "Follow-ups as ca&lendar (.ics)…"),
        "files.export",
        ("calendar",),
    ),
    separator("file"),
    Action("file", QT_TRANSLATE_NOOP("MainWindow", "&Trash…"), "show_trash"),
    Action("file", QT_TRANSLATE_NOOP("MainWindow", "&Back up now…"), "files.backup"),
    Action("file", QT_TRANSLATE_NOOP("MainWindow", "&Restore from backup…"), "files.restore"),
    separator("file"),
    Action(
        "file", QT_TRANSLATE_NOOP("MainWindow", "Cop&y into another database…"), "files.copy_into"
    ),
    separator("file"),
    Action(
        "file", QT_TRANSLATE_NOOP("MainWindow", "S&hared database…"), "databases.shared_database"
    ),
    Action(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Use the loc&al database"),
        "databases.use_local_database",
        name="use_local",
    ),
    separator("file"),
    Action(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Open sa&mple database"),
        "databases.open_sample_database",
        name="open_sample",
    ),
    Action(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Back to your &database"),
        "databases.back_to_your_database",
        name="leave_sample",
    ),
    separator("file"),
    Action("file", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", shortcut=Key.Quit),
    # Its words name the step it takes back ("Undo done"): see ui/undo_bar.
    Action(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
        "undo_bar.undo",
        shortcut=Key.Undo,
        name="undo",
    ),
    separator("edit"),
    Action(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Log conversation…"),
        "log_conversation",
        (),
        "Ctrl+L",
    ),
    Action(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Write summary e-mail…"),
        "write_summary_for_selection",
        (),
        "Ctrl+Shift+E",
    ),
    Action("edit", QT_TRANSLATE_NOOP("MainWindow", "&New client…"), "new_client", shortcut=Key.New),
    Action(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit client…"),
        "clients.edit_client",
        (),
        "Ctrl+E",
    ),
    Action(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete client for good…"),
        "clients.delete_client",
    ),
    separator("edit"),
    Action(
        "edit/pause",
        QT_TRANSLATE_NOOP("MainWindow", "For 1 &hour"),
        "pause_reminders",
        ("hour",),
    ),
    Action(
        "edit/pause",
        QT_TRANSLATE_NOOP("MainWindow", "Until &tomorrow"),
        "pause_reminders",
        ("tomorrow",),
    ),
    Action(
        "edit/pause",
        QT_TRANSLATE_NOOP("MainWindow", "&Resume reminders"),
        "pause_reminders",
        ("",),
    ),
    Action(
        "edit", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"), "settings", shortcut=Key.Preferences
    ),
    Action("view", QT_TRANSLATE_NOOP("MainWindow", "&Today"), "show_today", (), "Ctrl+1"),
    Action("view", QT_TRANSLATE_NOOP("MainWindow", "&Needs attention"), "show_attention"),
    Action(
        "view", QT_TRANSLATE_NOOP("MainWindow", "&Clients"), "show_section", ("clients",), "Ctrl+2"
    ),
    Action(
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Insights"),
        "show_section",
        ("insights",),
        "Ctrl+3",
    ),
    Action(
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Search"),
        "show_section",
        ("search",),
        Key.Find,
    ),
    Action(
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Show or hide the side&bar"),
        "toggle_sidebar",
        (),
        "F9",
    ),
    separator("view"),
    Action(
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
        "sync_and_refresh",
        shortcut=Key.Refresh,
    ),
    Action("view", QT_TRANSLATE_NOOP("MainWindow", "Sync &mail now"), "mail.sync_now"),
    Action("help", QT_TRANSLATE_NOOP("MainWindow", "&Data location"), "data_location"),
    Action("help", QT_TRANSLATE_NOOP("MainWindow", "Dia&gnostics"), "diagnostics"),
    Action("help", QT_TRANSLATE_NOOP("MainWindow", "&About contacttracker"), "about"),
)


def build_menus(window: QMainWindow) -> list[QAction]:
    """Fill the window's (empty) menu bar from the table, in the window's language; returns
    the actions made, each named ones by its object name."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}

    def menu(path: str) -> QMenu:
        if path not in menus:
            parent, _, _ = path.rpartition("/")
            label = translate(CONTEXT, MENUS[path])
            menus[path] = menu(parent).addMenu(label) if parent else bar.addMenu(label)
        return menus[path]

    for path in MENUS:  # the menu bar's order, whatever the table's
        if "/" not in path:
            menu(path)
    made: list[QAction] = []
    for row in ACTIONS:
        if not row.text:
            menu(row.menu).addSeparator()
            continue
        action = QAction(translate(CONTEXT, row.text), window)
        if row.shortcut is not None:
            action.setShortcut(QKeySequence(row.shortcut))
        action.triggered.connect(lambda _checked=False, row=row: _call(window, row))
        action.setObjectName(row.name)
        menu(row.menu).addAction(action)
        made.append(action)
    return made


def _call(window: QMainWindow, row: Action) -> None:
    operator.attrgetter(row.slot)(window)(*row.args)
