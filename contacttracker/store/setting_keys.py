"""Every setting the app keeps, with whose it is and its default: one line a key.

Three scopes, as a desktop app with a shared database needs them:
- the database's (the `setting` table): shared with every colleague working in it, so the
  working rules and the team's conventions are the same for all;
- the person's (a file in their config folder, see person_settings): who they are and what
  is theirs alone, whichever database they open;
- this computer's (Qt's QSettings, read and written by the window only): the window's
  state and choices of this desktop session.

Code names a setting by its constant here, never by its text.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from enum import StrEnum

from contacttracker.domain.thresholds import Thresholds
from contacttracker.domain.working_hours import DEFAULT_DAYS, DEFAULT_HOURS


class Scope(StrEnum):
    DATABASE = "database"
    PERSON = "person"
    MACHINE = "machine"


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    scope: Scope
    default: object = field(default="", compare=False)  # a key is its scope and name
    #: A family of keys: `name` is their common start, `member()` makes each one.
    family: bool = field(default=False, compare=False)

    def fallback(self) -> object:
        """The default, a fresh copy for a list or a dict."""
        return copy.deepcopy(self.default)

    def member(self, rest: str) -> Key:
        """One key of a family: "mail_sync_state:" + mailbox/folder."""
        if not self.family:
            raise ValueError(f"the {self.scope} setting {self.name!r} is not a family")
        return Key(self.name + rest, self.scope, self.default)


REGISTRY: list[Key] = []


def _key(scope: Scope, name: str, default: object, family: bool) -> Key:
    key = Key(name, scope, default, family)
    if any(k.name == name and k.scope == scope for k in REGISTRY):
        raise ValueError(f"the {scope} setting {name!r} is declared twice")
    REGISTRY.append(key)
    return key


def database(name: str, default: object = "", *, family: bool = False) -> Key:
    return _key(Scope.DATABASE, name, default, family)


def person(name: str, default: object = "", *, family: bool = False) -> Key:
    return _key(Scope.PERSON, name, default, family)


def machine(name: str, default: object = "", *, family: bool = False) -> Key:
    return _key(Scope.MACHINE, name, default, family)


# -- the database's: shared with colleagues ----------------------------------------------
#: The working rules' numbers (domain.thresholds names them and holds their defaults).
THRESHOLDS = tuple(database(f.name, repr(f.default)) for f in fields(Thresholds))
CSV_DELIMITER = database("csv_delimiter", "comma")
#: Kept in the database by earlier versions; read only where the person has set nothing.
OLD_AUTHOR = database("author")
OLD_CHAT_NAME = database("chat_name")
#: How far the mailbox sync read each folder: "mail_sync_state:" + mailbox/folder.
MAIL_SYNC_STATE = database("mail_sync_state:", family=True)

# -- the person's: their config folder --------------------------------------------------
AUTHOR = person("author")  # the name they record under
CHAT_NAME = person("chat_name")  # their own name in chat exports (import --me)
SHARED_DATABASE = person("shared_database")  # the team server's address, no password
USE_SHARED = person("use_shared", False)  # start on the shared database
MAIL_ACCOUNTS = person("mail_accounts", [])
HOME_COUNTRY = person("home_country")  # ISO code for numbers typed without one; "" = locale
MY_EMAIL = person("my_email")  # their own address: the From of a draft sent without an account
WELCOMED = person("welcomed", False)  # the first start's questions were asked (or skipped)
MAIL_SYNC_MINUTES = person("mail_sync_minutes", 5)  # how often the window syncs mail
#: Their working day (domain.working_hours parses both; store.settings.working_hours reads
#: them): "tomorrow morning" is its start, and nothing should disturb them outside it.
WORKING_HOURS = person("working_hours", DEFAULT_HOURS)
WORKING_DAYS = person("working_days", DEFAULT_DAYS)  # ISO weekdays, Monday 1: "1-5", "1,2,3,4,6"
# Reminders are the person's: colleagues on one shared database each get their own, and
# none come outside the working day above.
REMINDERS = person("reminders", True)  # desktop notifications of items coming due
REMINDER_LEAD_MINUTES = person("reminder_lead_minutes", 30)  # warned this long before a reply
REMINDERS_PAUSED_UNTIL = person("reminders_paused_until")  # ISO time; "" not paused
#: A spreadsheet's columns as last chosen: "column_map/" + a hash of its header → fields.
COLUMN_MAPS = person("column_map/", [], family=True)

# -- this computer's: QSettings ---------------------------------------------------------
LANGUAGE = machine("language")  # "" follows the system
COLOR_SCHEME = machine("color_scheme")  # "" follows the system, "light" or "dark"
WHOSE = machine("whose", "everyone")  # everyone's conversations or only mine
LAST_DATABASE = machine("database")  # the file the window last switched to
WINDOW_GEOMETRY = machine("window/geometry", None)
WINDOW_SPLITTER = machine("window/splitter", None)
CLIENTS_SPLITTER = machine("clients/splitter", None)
CLIENTS_TIMELINE = machine("clients/timeline", False)  # the history as a thread, not the table
KEEP_IN_TRAY = machine("tray/keep_running", False)  # closing the window leaves the app in the tray

#: Settings that moved from the database to the person: each person's file takes the
#: database's value once, when it has none of its own (see settings.carried_over).
MOVED_TO_PERSON = {CHAT_NAME: OLD_CHAT_NAME}


def named(scope: Scope, name: str) -> Key:
    """The declared key of that scope and name (or a member of a declared family); an
    undeclared one is a mistake in the code."""
    for key in REGISTRY:
        if key.scope == scope and key.name == name:
            return key
        if key.scope == scope and key.family and name.startswith(key.name):
            return key.member(name.removeprefix(key.name))
    raise KeyError(f"no {scope} setting {name!r} is declared in setting_keys")
