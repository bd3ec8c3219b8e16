"""A spreadsheet of contacts into clients: each row read through the column mapping (guessed,
remembered for files with the same header, or given), checked whole before anything is
written, matched to clients already stored (by e-mail or phone, else by name and company),
and written in one transaction through the store's bulk path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from contacttracker.domain.column_guess import (
    CLIENT_FIELDS,
    IGNORE,
    describe,
    from_header,
    guess,
    header_key,
    header_words,
    is_contact_table,
    parse_mapping,
)
from contacttracker.domain.words import QT_TRANSLATE_NOOP, reason_of
from contacttracker.io.contact_import import Known
from contacttracker.io.contacts import Contact, language_of
from contacttracker.io.csv_format import InputError
from contacttracker.io.spreadsheet import Table, read_table
from contacttracker.store import person_settings
from contacttracker.store.bulk_write import (
    all_or_nothing,
    give_clients_what_they_lack,
    write_clients,
)
from contacttracker.store.clients import (
    MAX_NAME,
    ClientInput,
    ValidationError,
    validate,
)
from contacttracker.store.import_report import ImportRejected, Report
from contacttracker.store.models import new_uuid
from contacttracker.store.progress import Progress
from contacttracker.store.setting_keys import COLUMN_MAPS
from contacttracker.store.settings import catalogue

#: How many rows the guess looks at.
SAMPLE_ROWS = 50
LANGUAGE_WORDS = {
    "uk": ("uk", "ua", "ukr", "укр", "українська", "украинский", "ukrainian", "україна"),
    "ru": ("ru", "rus", "рус", "російська", "русский", "russian"),
    "en": ("en", "eng", "англ", "англійська", "английский", "english"),
}
YES_WORDS = ("yes", "y", "true", "x", "+", "✓", "✔", "так", "т", "да", "д", "в архіві", "в архиве")
NO_WORDS = ("no", "n", "false", "-", "ні", "н", "нет")
_SPLIT = {"email": r"[,;\s]+", "phone": r"[,;\n]+|\s/\s", "sms": r"[,;\n]+|\s/\s"}
#: A number Excel wrote in its own short form (3,80671E+11): its last digits are gone.
_SHORTENED = re.compile(r"\d(?:[.,]\d+)?[Ee]\+\d{1,2}")
#: A number a spreadsheet program wrote as a decimal (380671234567.0).
_DECIMAL = re.compile(r"(\+?\d{6,15})\.0+")
#: A label typed after a number: "(роб.)", "(дом.)", "(work)".
_LABEL = re.compile(r"\s*\((?:[^\d()]{1,12})\)\s*$")


def _phone_parts(value: str) -> list[str]:
    """A phone cell's numbers: one or several, each without a trailing label; a decimal's
    ".0" dropped; a number in Excel's short form kept whole (the report names it)."""
    if _SHORTENED.fullmatch(value.strip()):
        return [value.strip()]
    parts = [p.strip() for p in re.split(_SPLIT["phone"], value) if p.strip()]
    parts = [_LABEL.sub("", p) for p in parts]
    return [m[1] if (m := _DECIMAL.fullmatch(p)) else p for p in parts]


@dataclass
class Mapping:
    """What each column holds, and where that came from: 'guessed', 'remembered' or
    'given' (typed, or chosen in the preview)."""

    fields: list[str]
    source: str = "guessed"


@dataclass
class Planned:
    """What an import of a sheet would do: the new clients, the rows that name stored
    clients, and the rows refused (with their numbers) — nothing written yet."""

    table: Table
    mapping: Mapping
    report: Report
    new: list[ClientInput] = field(default_factory=list)
    checked: list[list[tuple[str, str, str]]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # each new client's row
    #: (client id, channels, company, notes) of rows matched to stored clients.
    known: list[tuple[int, list[tuple[str, str, str]], str, str]] = field(default_factory=list)
    matched: int = 0


def remembered(header: list[str]) -> list[str] | None:
    """The mapping chosen last for files with this header, if one was."""
    stored = person_settings.get(COLUMN_MAPS.member(header_key(header)))
    if isinstance(stored, list) and len(stored) == len(header):
        return [str(f) for f in stored]
    return None


def remember(header: list[str], fields: list[str]) -> None:
    """Keep a mapping for files with this header (the person's, whichever database)."""
    person_settings.update({COLUMN_MAPS.member(header_key(header)): list(fields)})


def mapping_for(table: Table, given: str | list[str] | None = None) -> Mapping:
    """The mapping to use: ``given`` (a typed `--map` over the guess or remembered one, or
    a whole list of fields), else the remembered one, else the guess."""
    sample = [cells for _n, cells in table.rows[:SAMPLE_ROWS]]
    base = remembered(table.header)
    own = {c.name: c.key for c in catalogue() if not c.builtin}
    mapping = Mapping(base, "remembered") if base else Mapping(guess(table.header, sample, own))
    if isinstance(given, list):
        return Mapping(list(given), "given")
    if given:
        known = list(catalogue().keys_of(lambda c: True))
        return Mapping(parse_mapping(given, table.header, mapping.fields, known), "given")
    return mapping


def plan(
    path: Path,
    sheet: str | None = None,
    given: str | list[str] | None = None,
    table: Table | None = None,
) -> Planned:
    """Read and check every row (of ``table`` when the caller has read it already);
    raises ImportRejected when the file cannot be read, names no contact, or has rows
    that cannot be read (each listed with its number)."""
    report = Report(file=str(path))
    try:
        table = table or read_table(path, sheet)
        report.kind = table.kind + (f" [{table.sheet}]" if table.sheet else "")
        mapping = mapping_for(table, given)
    except (InputError, OSError, ValueError) as exc:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP("Import", "{path}: {exc}").format(path=path, exc=reason_of(exc)),
        ) from exc
    report.columns, report.columns_from = describe(table.header, mapping.fields), mapping.source
    planned = Planned(table, mapping, report)
    if not is_contact_table(mapping.fields):
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP(
                "Import", "{path}: no column holds a name, company, e-mail or phone ({mapping})"
            ).format(path=path, mapping=describe(table.header, mapping.fields)),
        )
    known_channels = catalogue()
    matches = Known()
    pending: dict[int, int] = {}  # a negative stand-in id → the new client's place
    for number, cells in table.rows:
        try:
            data = row_input(cells, mapping.fields, table.header)
        except ValueError as exc:
            report.rejected.append((number, reason_of(exc)))
            continue
        if data is None:
            report.notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "row {row}: left out (no name, company, e-mail or phone)"
                ).format(row=number)
            )
            continue
        try:
            channels = validate(data, known_channels)
        except ValidationError as exc:
            report.rejected.append((number, reason_of(exc)))
            continue
        report.notes.extend(_kept_as_typed(number, channels, known_channels))
        contact = Contact(name=data.name, line=number, company=data.company)
        match = matches.match(contact, channels)
        if match is None:
            stand_in = -(len(planned.new) + 1)
            pending[stand_in] = len(planned.new)
            planned.new.append(data)
            planned.checked.append(channels)
            planned.lines.append(number)
            matches.add(stand_in, "", contact, channels)
        elif match < 0:  # a row above in the same file
            _merge(planned, pending[match], data, channels)
            matches.add(match, "", contact, channels)
        else:
            planned.known.append((match, channels, data.company, data.notes))
            planned.matched += 1
            matches.add(match, "", contact, channels)
    if report.rejected:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP(
                "Import", "{path}: %n row(s) cannot be read; nothing was imported"
            ).format(path=path, n=len(report.rejected)),
        )
    return planned


def _kept_as_typed(row: int, channels: list[tuple[str, str, str]], known) -> list[str]:
    """The report's words for each number of a row kept as typed, not being one."""
    notes = []
    for key, typed, normal in channels:
        if known.get(key).phone_handle and not normal.startswith("+"):
            why = (
                QT_TRANSLATE_NOOP(
                    "Import",
                    "row {row}: {typed!r} kept as typed: the spreadsheet shortened the number (format its column as text)",
                )
                if _SHORTENED.fullmatch(typed)
                else QT_TRANSLATE_NOOP(
                    "Import", "row {row}: {typed!r} kept as typed: not a phone number"
                )
            )
            notes.append(why.format(row=row, typed=typed))
    return notes


def _addresses(value: str) -> list[str]:
    """The addresses of a cell written as a mail program writes them ("Олена <o@x.ua>",
    '"Коваленко, Олена" <o@x.ua>', "mailto:o@x.ua"); [] for plain addresses, which the
    usual split reads."""
    if "<" not in value and "mailto:" not in value.lower():
        return []
    from email.utils import getaddresses

    found = getaddresses([value.replace(";", ",")])
    return [re.sub(r"(?i)^mailto:", "", address) for _name, address in found if address]


def row_input(
    cells: list[str], fields: list[str], header: list[str] | None = None
) -> ClientInput | None:
    """A row as a client (None for a row that names nobody); raises ValueError for a value
    that cannot be read (a language, a number, a yes or no).

    Handles keep the column order, except that the column a "Preferred channel" cell
    names (by its header, as the sheet export writes it, or by its channel) goes first."""
    got: dict[str, list[str]] = {}
    by_column: list[tuple[int, str, str]] = []
    for i, (value, name) in enumerate(zip(cells, fields, strict=False)):
        value = value.strip()
        if value and name != IGNORE:
            if name in CLIENT_FIELDS:
                got.setdefault(name, []).append(value)
            else:
                by_column.append((i, name, value))
    first = _preferred_column(got.get("preferred_channel", []), by_column, header or [])
    by_column.sort(key=lambda column: column[0] != first)  # stable: the rest keep their order
    channels: list[tuple[str, str]] = []
    for _i, name, value in by_column:
        parts = _addresses(value) if name == "email" else None
        if name in ("phone", "sms"):
            parts = _phone_parts(value)
        parts = parts or (re.split(_SPLIT[name], value) if name in _SPLIT else [value])
        channels += [(name, p.strip()) for p in parts if p.strip()]
    name = " ".join(got.get("name", [])) or " ".join(
        v for key in ("first_name", "middle_name", "last_name") for v in got.get(key, [])
    )
    company = " ".join(got.get("company", []))
    if not (name or company or channels):
        return None
    name = name or company or channels[0][1]
    language = _language(got.get("language", []), f"{name} {company}", header or [])
    return ClientInput(
        name=name[:MAX_NAME],
        company=company[:MAX_NAME],
        language=language,
        time_zone=" ".join(got.get("time_zone", [])),
        preferred_hours=" ".join(got.get("preferred_hours", [])),
        response_hours=_number(got.get("response_hours"), float),
        keep_in_touch_days=_number(got.get("keep_in_touch_days"), int),
        tags=", ".join(got.get("tags", [])),
        notes="\n".join(got.get("notes", [])),
        archived=_yes(got.get("archived", [])),
        channels=channels,
        uuid=new_uuid(),
        keep_typed_phones=True,
    )


def _preferred_column(
    values: list[str], columns: list[tuple[int, str, str]], header: list[str]
) -> int | None:
    """The column a "Preferred channel" cell names: one headed so ("Telegram", "Ел. пошта
    2"), else the first of the channel it names ("telegram", "Телеграм"); None when it
    names none that holds a handle in this row (a preference only orders, never refuses)."""
    if not values:
        return None
    said = header_words(values[0])
    for i, _name, _value in columns:
        if i < len(header) and header_words(header[i]) == said:
            return i
    key = from_header(values[0]) or said
    return next((i for i, name, _value in columns if name == key), None)


def _yes(values: list[str]) -> bool:
    """An "Archived" cell: 1 or 0 as the sheet export writes it, or a yes or no in words."""
    for value in values:
        word = value.casefold().strip().rstrip(".")
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
        try:
            number = float(word.replace(",", "."))
        except ValueError:
            raise ValueError(
                QT_TRANSLATE_NOOP("Import", "{value!r} is neither yes nor no").format(value=value)
            ) from None
        return number == number and number != 0  # "nan", as a data tool writes an empty cell
    return False


def _language(values: list[str], text: str, header: list[str] | None = None) -> str:
    """A row's language: its own column's, else its name's, else the language its sheet's
    header is written in (a Russian header's "Ольга Петрова" is Russian)."""
    for value in values:
        word = value.casefold().strip().rstrip(".")
        for code, words in LANGUAGE_WORDS.items():
            if word in words:
                return code
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{value!r} is not a language (uk, ru or en)").format(
                value=value
            )
        )
    return language_of(text) or language_of(" ".join(header or [])) or ClientInput.language


def _number(values: list[str] | None, kind: type) -> float | int | None:
    if not values:
        return None
    text = values[0].replace(",", ".").strip()
    try:
        number = float(text)
        if kind is int:
            if not number.is_integer():
                raise ValueError(text)
            return int(number)
        return number
    except ValueError as exc:
        if kind is int:
            said = QT_TRANSLATE_NOOP("Import", "{value!r} is not a whole number of days")
        else:
            said = QT_TRANSLATE_NOOP("Import", "{value!r} is not a number of hours")
        raise ValueError(said.format(value=values[0])) from exc


def _merge(planned: Planned, index: int, data: ClientInput, channels: list) -> None:
    """A later row naming the same person as an earlier new one gives it what it lacks."""
    have = {(k, n.lower()) for k, _t, n in planned.checked[index]}
    planned.checked[index] += [c for c in channels if (c[0], c[2].lower()) not in have]
    first = planned.new[index]
    if not first.company and data.company:
        first.company = data.company
    if data.notes and data.notes not in first.notes:
        first.notes = (first.notes + "\n" + data.notes).strip()
    planned.report.skipped += 1


def import_sheet(
    path: str | Path,
    sheet: str | None = None,
    given: str | list[str] | None = None,
    progress: Progress | None = None,
    *,
    keep_mapping: bool = True,
) -> Report:
    """Import a spreadsheet whole or not at all; a mapping that was chosen or given is
    remembered for files with the same header once the import is written (unless
    ``keep_mapping`` is False: a dry run)."""
    path = Path(path)
    planned = plan(path, sheet, given)
    report = planned.report
    with all_or_nothing():
        changed = give_clients_what_they_lack(planned.known)
        report.updated += changed
        report.skipped += len(planned.known) - changed
        write_clients(planned.new, planned.checked, report, progress, update=False)
    if keep_mapping and planned.mapping.source == "given":
        try:
            remember(planned.table.header, planned.mapping.fields)
        except OSError as exc:  # imported all the same; only not remembered
            report.notes.append(
                QT_TRANSLATE_NOOP("Import", "the columns were not remembered: {exc}").format(
                    exc=exc.strerror or exc
                )
            )
    return report
