"""The working rules and the person's own settings, read and changed from the shell.

Whose each setting is comes from the registry (store/setting_keys.py): the database's are
shared with everyone working in it, the person's live in their config folder. This
computer's window state, and the mail accounts (see `mail`), are not here.
"""

from __future__ import annotations

import math
from contextlib import suppress

from contacttracker.cli.common import FORMATS, Failure, emit, open_store

COLUMNS = ["key", "value", "scope", "default"]
#: `settings list` is `settings`: the list the help speaks of (no setting has that name).
LIST = "list"


def register(sub) -> None:
    settings = sub.add_parser(
        "settings",
        help="list, read or change a setting",
        description="Without KEY (or with list): every setting with its scope and default. "
        "With KEY: its "
        "value. With KEY VALUE: set it. Database settings are shared with everyone working "
        "in the database; person settings are yours, whichever database you open.",
    )
    settings.add_argument("key", nargs="?")
    settings.add_argument("value", nargs="?")
    settings.add_argument("--format", choices=FORMATS, default="table")
    settings.set_defaults(func=cmd_settings)


def shown():
    """The settings this command lists: the database's and the person's plain values."""
    from contacttracker.store import setting_keys as keys

    hidden = {keys.MAIL_ACCOUNTS, keys.OLD_AUTHOR, *keys.MOVED_TO_PERSON.values()}
    return [
        k
        for k in keys.REGISTRY
        if k.scope in (keys.Scope.DATABASE, keys.Scope.PERSON) and not k.family and k not in hidden
    ]


def _find(name: str):
    for key in shown():
        if key.name == name:
            return key
    raise Failure(f"no setting {name!r}; the settings are: " + ", ".join(k.name for k in shown()))


def _value(key) -> object:
    from contacttracker.store import person_settings, settings
    from contacttracker.store import setting_keys as keys

    if key.scope is keys.Scope.DATABASE:
        return settings.get(key)
    if key == keys.CHAT_NAME:
        return settings.chat_name()  # an earlier version's, carried over once
    return person_settings.get(key)


def _parsed(key, text: str) -> object:
    """The typed text as the setting's kind of value, or exit 1 saying what it takes."""
    from contacttracker.domain.thresholds import Thresholds
    from contacttracker.store import setting_keys as keys

    if key.name in Thresholds.__dataclass_fields__:
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not (math.isfinite(number) and 0 < number <= 24 * 365):
            raise Failure(f"{key.name} takes a number of hours more than 0, not {text!r}")
        return repr(number)
    if key == keys.CSV_DELIMITER:
        from contacttracker.io.csv_format import DELIMITERS

        if text not in DELIMITERS:
            raise Failure(f"{key.name} is one of {', '.join(DELIMITERS)}")
        return text
    if key == keys.HOME_COUNTRY:
        from contacttracker.domain.countries import is_country

        code = text.strip().upper()
        if code and not is_country(code):
            raise Failure(f"{key.name} is a country code (UA, PL, DE…), or '' for the system's")
        return code
    if key in (keys.WORKING_HOURS, keys.WORKING_DAYS):
        from contacttracker.domain.clock import parse_hours
        from contacttracker.domain.working_hours import parse_days

        try:
            (parse_hours if key == keys.WORKING_HOURS else parse_days)(text)
        except ValueError as exc:
            raise Failure(str(exc)) from exc
        return text.strip()
    if isinstance(key.default, bool):
        answers = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}
        if text.lower() not in answers:
            raise Failure(f"{key.name} is yes or no")
        return answers[text.lower()]
    if isinstance(key.default, int):
        if not text.strip().isdigit() or not 1 <= int(text) <= 1440:
            raise Failure(f"{key.name} takes a whole number from 1 to 1440")
        return int(text)
    return text.strip()


def cmd_settings(args) -> int:
    from contacttracker.domain.storable import storable
    from contacttracker.store import person_settings, settings
    from contacttracker.store import setting_keys as keys
    from contacttracker.store.setting_keys import Scope

    if args.key == LIST:
        if args.value is not None:
            raise Failure(f"settings {LIST} takes no value")
        args.key = None
    key = _find(args.key) if args.key is not None else None
    if key is None or key.scope is Scope.DATABASE:
        open_store(args, create=False, writes=args.value is not None)
    elif key in keys.MOVED_TO_PERSON and args.value is None:
        # An earlier version kept it in the database: carried over from there, when there
        # is one to open; the person's value needs none (nor is one made for it).
        with suppress(Failure):
            open_store(args, create=False)
    if key is None:
        emit(args.format, COLUMNS, ([k.name, _value(k), str(k.scope), k.default] for k in shown()))
        return 0
    if args.value is None:
        value = _value(key)
        if args.format == "table":
            print("" if value is None else value)
        else:
            emit(args.format, COLUMNS, [[key.name, value, str(key.scope), key.default]])
        return 0
    value = _parsed(key, storable(args.value))
    if key.scope is Scope.DATABASE:
        from contacttracker.cli.writing import refused

        with refused():
            settings.set_many({key: value})
        return 0
    # A setting with a rule of its own is kept through it (one e-mail address, or none).
    write = {keys.MY_EMAIL: settings.set_my_email}.get(key)
    try:
        if write is not None:
            write(value)
        else:
            person_settings.update({key: value})
    except ValueError as exc:
        raise Failure(str(exc)) from exc
    except OSError as exc:
        raise Failure(f"your settings could not be saved: {exc.strerror or exc}") from exc
    return 0
