"""Contacts from phones and address books: vCard 2.1/3.0/4.0, Google and Outlook CSV.

Every file is parsed whole before anything is written. A contact that already exists (same
e-mail or same E.164 phone) gains what it lacked instead of being duplicated.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import vobject

from contacttracker.domain.channels import Catalogue, check_handle, is_email, normalise_handle
from contacttracker.domain.storable import storable_fields
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_format import InputError, decode, sep_line, sniff_delimiter

# vCard IMPP schemes and X- fields → our channel keys.
IMPP = {
    "skype": "skype",
    "callto": "skype",
    "xmpp": "",
    "telegram": "telegram",
    "tg": "telegram",
    "viber": "viber",
    "whatsapp": "whatsapp",
    "wa": "whatsapp",
    "msteams": "teams",
    "sip": "",
    "facebook": "social",
    "fb": "social",
}
X_FIELDS = {
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-TELEGRAM": "telegram",
    "X-VIBER": "viber",
    "X-WHATSAPP": "whatsapp",
    "X-MS-IMADDRESS": "teams",
}


@dataclass
class Contact:
    """One person as a file describes them, before matching."""

    name: str
    line: int
    company: str = ""
    notes: str = ""
    tags: str = ""
    channels: list[tuple[str, str]] = field(default_factory=list)  # (key, handle), best first
    language: str = ""
    preferred: int = 0  # how many handles at the front the file marked as preferred
    uid: str = ""  # the card's UID: the same contact in every later export of the book
    #: Handles of messengers no channel stands for ("xmpp:anna@jabber.example").
    unknown: list[str] = field(default_factory=list)


# -- vCard (read with vobject) -----------------------------------------------------------------


def _types(line) -> set[str]:
    types = {t.upper() for t in line.params.get("TYPE", [])}
    types.update(s.upper() for s in getattr(line, "singletonparams", []))  # 2.1: TEL;CELL;PREF
    if line.params.get("PREF"):
        types.add("PREF")
    return types


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if str(v).strip())
    return str(value or "").strip()


def parse_vcards(text: str, name: str = "the file") -> list[Contact]:
    """Every card of a vCard 2.1, 3.0 or 4.0 file (folded lines, QUOTED-PRINTABLE, CHARSET).

    A card left open or a line that is not vCard refuses the file, naming the line.
    """
    try:
        cards = list(vobject.readComponents(text, allowQP=True))
    except vobject.base.ParseError as exc:
        raise InputError(str(exc)) from exc
    contacts = []
    for card in cards:
        if card.name != "VCARD":
            continue
        children = list(card.getChildren())
        line = min((getattr(c, "lineNumber", 0) or 0 for c in children), default=0)
        contact = Contact(name="", line=max(1, line - 1))
        structured = ""
        for child in children:
            if not isinstance(child, vobject.base.ContentLine):
                continue  # a card nested in a card: its lines are not this contact's
            prop, types = child.name.upper(), _types(child)
            value = child.value
            if prop == "FN":
                contact.name = _text(value)
            elif prop == "N" and hasattr(value, "given"):
                structured = " ".join(p for p in (_text(value.given), _text(value.family)) if p)
            elif prop == "ORG":
                contact.company = _text(value[0] if isinstance(value, list) and value else value)
            elif prop == "NOTE":
                contact.notes = _text(value)
            elif prop == "UID":
                contact.uid = _text(value).removeprefix("urn:uuid:")
            elif prop == "LANG" and _text(value)[:2].lower() in ("uk", "ru", "en"):
                contact.language = _text(value)[:2].lower()
            elif prop == "CATEGORIES":
                contact.tags = _text(value)
            elif prop == "EMAIL":
                _add(contact, "email", _text(value).removeprefix("mailto:"), "PREF" in types)
            elif prop == "TEL":
                key = (
                    "viber" if "VIBER" in types else "whatsapp" if "WHATSAPP" in types else "phone"
                )
                _add(contact, key, _text(value).removeprefix("tel:"), "PREF" in types)
            elif prop == "IMPP":
                scheme, _, handle = _text(value).partition(":")
                key = IMPP.get(scheme.lower(), "")
                service = (child.params.get("X-SERVICE-TYPE") or [""])[0].lower()
                key = key or IMPP.get(service, "")
                if key:  # iPhone writes "x-apple:%2B380…": the handle is URL-encoded
                    _add(contact, key, unquote(handle.lstrip("/")), "PREF" in types)
                elif handle.strip():
                    contact.unknown.append(_text(value))
            elif prop == "X-SOCIALPROFILE":
                kind = next((t.lower() for t in types if t != "PREF"), "")
                profile = _text(value)
                if profile.lower().startswith("x-apple:"):  # Apple's: the user is a parameter
                    user = (child.params.get("X-USER") or [""])[0]
                    profile = user.strip() or profile[len("x-apple:") :]
                key = IMPP.get(kind, "social" if profile.startswith("http") else "")
                if key:
                    _add(contact, key, profile, False)
                elif profile.strip():  # LinkedIn, Instagram…: your channel of that name, or said
                    contact.unknown.append(f"{kind or 'social'}:{profile.strip()}")
            elif prop in X_FIELDS:
                _add(contact, X_FIELDS[prop], _text(value), False)
        contact.name = contact.name or structured or contact.company or _first_handle(contact)
        contacts.append(contact)  # one with no name at all is named in the report
    return contacts


def _first_handle(contact: Contact) -> str:
    """What names a contact that has no name nor company: its first address or number."""
    return next((h for _k, h in contact.channels), "")


def _add(contact: Contact, key: str, handle: str, preferred: bool) -> None:
    """Add a handle; preferred ones go before the others, in the order the file gives."""
    pair = (key, handle.strip())
    if not pair[1] or pair in contact.channels:
        return
    if preferred:
        contact.channels.insert(contact.preferred, pair)
        contact.preferred += 1
    else:
        contact.channels.append(pair)


# -- Google and Outlook CSV --------------------------------------------------------------------


#: Outlook writes its column names in the language of Windows: Russian and Ukrainian ones,
#: read as the English they stand for.
OUTLOOK_COLUMNS = {
    "Имя": "First Name",
    "Отчество": "Middle Name",
    "Фамилия": "Last Name",
    "Организация": "Company",
    "Адрес эл. почты": "E-mail Address",
    "Адрес 2 эл. почты": "E-mail 2 Address",
    "Адрес 3 эл. почты": "E-mail 3 Address",
    "Мобильный телефон": "Mobile Phone",
    "Основной телефон": "Primary Phone",
    "Рабочий телефон": "Business Phone",
    "Телефон раб. 2": "Business Phone 2",
    "Домашний телефон": "Home Phone",
    "Телефон дом. 2": "Home Phone 2",
    "Другой телефон": "Other Phone",
    "Основной телефон организации": "Company Main Phone",
    "Заметки": "Notes",
    "Категории": "Categories",
    "Ім'я": "First Name",
    "Ім’я": "First Name",
    "По батькові": "Middle Name",
    "Прізвище": "Last Name",
    "Організація": "Company",
    "Адреса електронної пошти": "E-mail Address",
    "Адреса 2 електронної пошти": "E-mail 2 Address",
    "Мобільний телефон": "Mobile Phone",
    "Основний телефон": "Primary Phone",
    "Робочий телефон": "Business Phone",
    "Домашній телефон": "Home Phone",
    "Інший телефон": "Other Phone",
    "Примітки": "Notes",
    "Категорії": "Categories",
}


def csv_kind(header: list[str]) -> str:
    names = {OUTLOOK_COLUMNS.get(h, h) for h in header}
    if "E-mail 1 - Value" in names or "Phone 1 - Value" in names:
        return "google"
    if "E-mail Address" in names and ("First Name" in names or "Last Name" in names):
        return "outlook"
    return ""


def parse_contact_csv(text: str) -> tuple[str, list[Contact]]:
    """Google Contacts or Outlook CSV; ('', []) when the header is neither."""
    delimiter = sniff_delimiter(text)
    named, table = sep_line(text)  # Excel's "sep=;" line above the header is no row
    reader = csv.reader(io.StringIO(table, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
        # The language Outlook wrote its columns in is its user's, and most likely their
        # contacts': what a name's letters do not tell (Сергей, Олег) is taken from it.
        said = language_of(" ".join(h for h in header if h in OUTLOOK_COLUMNS))
        header = [OUTLOOK_COLUMNS.get(h, h) for h in header]
    except StopIteration:
        return "", []
    except csv.Error as exc:
        raise InputError(QT_TRANSLATE_NOOP("Import", "line 1: {exc}").format(exc=exc)) from exc
    kind = csv_kind(header)
    if not kind:
        return "", []
    contacts = []
    # A row is named by the line it starts on (a note may run on), "sep=;" counted.
    ended = reader.line_num + bool(named)
    try:
        for cells in reader:
            line, ended = ended + 1, reader.line_num + bool(named)
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Import", "line {line_num}: %n cell(s) where the header has {value2}"
                    ).format(line_num=line, n=len(cells), value2=len(header))
                )
            row = dict(zip(header, cells, strict=True))
            contact = _google(row, line) if kind == "google" else _outlook(row, line)
            contact.name = contact.name or _first_handle(contact)
            if contact.name:
                contact.language = language_of(f"{contact.name} {contact.company}") or said
            contacts.append(contact)  # one with no name at all is named in the report
    except csv.Error as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "line {line_num}: {exc}").format(
                line_num=reader.line_num, exc=exc
            )
        ) from exc
    return kind, contacts


def _full_name(row: dict[str, str]) -> str:
    parts = [
        row.get(k, "").strip()
        for k in (
            "First Name",
            "Given Name",
            "Middle Name",
            "Additional Name",
            "Last Name",
            "Family Name",
        )
    ]
    return " ".join(p for p in parts if p) or row.get("Name", "").strip()


def _google(row: dict[str, str], line: int) -> Contact:
    company = (row.get("Organization Name") or row.get("Organization 1 - Name") or "").strip()
    contact = Contact(
        name=_full_name(row)
        or row.get("Nickname", "").strip()
        or row.get("File As", "").strip()
        or company,  # a company-only card: the company is the client
        line=line,
        company=company,
        notes=row.get("Notes", "").strip(),
        tags=", ".join(
            t.strip().lstrip("* ").strip()
            for t in (row.get("Labels") or row.get("Group Membership") or "").split(":::")
            if t.strip() and "myContacts" not in t and "My Contacts" not in t
        ),
    )
    for i in range(1, 10):
        for value in (row.get(f"E-mail {i} - Value") or "").split(":::"):
            _add(contact, "email", value, False)
        for value in (row.get(f"Phone {i} - Value") or "").split(":::"):
            _add(contact, "phone", value, False)
        label = (row.get(f"IM {i} - Service") or row.get(f"IM {i} - Label") or "").lower()
        value = row.get(f"IM {i} - Value") or ""
        key = IMPP.get(label, "")
        if key:
            _add(contact, key, value, False)
        elif value.strip():
            contact.unknown.append(f"{label or 'im'}:{value.strip()}")
    return contact


OUTLOOK_PHONES = (
    "Mobile Phone",
    "Primary Phone",
    "Business Phone",
    "Home Phone",
    "Business Phone 2",
    "Home Phone 2",
    "Other Phone",
    "Company Main Phone",
)


def _outlook(row: dict[str, str], line: int) -> Contact:
    contact = Contact(
        name=_full_name(row) or row.get("Company", "").strip(),
        line=line,
        company=row.get("Company", "").strip(),
        notes=row.get("Notes", "").strip(),
        tags=row.get("Categories", "").replace(";", ","),
    )
    for key in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"):
        _add(contact, "email", row.get(key, ""), False)
    for key in OUTLOOK_PHONES:
        _add(contact, "phone", row.get(key, ""), False)
    im = row.get("IMAddress", "").strip()
    if im:
        _add(contact, "teams" if is_email(im) else "skype", im, False)
    return contact


# -- applying -----------------------------------------------------------------------------------


def read_contacts(path: Path) -> tuple[str, list[Contact]]:
    """(format, contacts) of a file, from its content; raises InputError when unreadable."""
    text = decode(path.read_bytes(), path.name)
    if "BEGIN:VCARD" in text[:2000].upper():
        kind, contacts = "vcard", parse_vcards(text, path.name)
    else:
        kind, contacts = parse_contact_csv(text)
    for contact in contacts:  # a quoted-printable =00 decodes to a NUL, for one
        storable_fields(contact)
        contact.language = contact.language or language_of(f"{contact.name} {contact.company}")
    return kind, contacts


def usable_channels(
    contact: Contact, catalogue: Catalogue, region: str | None = None
) -> tuple[list, list[str]]:
    """(key, typed, normalised) for each handle worth keeping, and the notes to report.

    A phone number that does not normalise is kept as typed (its normalised form is the
    typed one), never dropped; only a handle no channel could store is left out."""
    good, problems = [], []
    for key, handle in contact.channels:
        channel = catalogue.get(key)
        try:
            good.append((key, handle, normalise_handle(channel, handle, region, contact.language)))
        except ValueError as exc:
            try:
                typed = check_handle(handle) if channel.phone_handle else ""
            except ValueError:
                typed = ""
            if typed:
                good.append((key, handle, typed))
                problems.append(
                    QT_TRANSLATE_NOOP(
                        "Import", "{name}: {value1} {handle!r} kept as typed ({exc})"
                    ).format(name=contact.name, value1=channel.name, handle=handle, exc=exc)
                )
                continue
            problems.append(
                QT_TRANSLATE_NOOP("Import", "{name}: {value1} {handle!r} skipped ({exc})").format(
                    name=contact.name, value1=channel.name, handle=handle, exc=exc
                )
            )
    return good, problems


#: How a name shows it is Ukrainian or Russian when its letters do not (both write и, е, а):
#: the Ukrainian soft -ський and -енко, an apostrophe before я, ю, є, ї (Дар'я); a Russian
#: word opening with и (Ukrainian writes Іван, Ігор), -ский, and first names ending -ей,
#: -ия, -ья or -лл, patronymics -овна, -евна, and the first names Russian ends in -ий
#: (Сергей, Мария, Наталья, Кирилл, Дмитрий; Сергій, Марія, Наталя, Кирило, Дмитро).
_UKRAINIAN_FORMS = re.compile(r"[сц]ьк|енко\b|\w['’ʼ][яюєї]")
_RUSSIAN_FORMS = re.compile(
    r"(?<!\w)и|лл\b|[сц]к(?:ий|ая|ой)\b|[^\W\d_]{2}(?:ей|ия|ья|[ое]вна)\b"
    r"|\b(?:дмитр|юр|васил|георг|анатол|витал|геннад|евген|валер|аркад|григор|арсен)ий\b"
)


def language_of(text: str) -> str:
    """'uk' or 'ru' when a name says so: by its letters (і ї є ґ; ы э ъ ё), else by its
    forms (above); '' when it does not tell."""
    lowered = text.lower()
    letters = set(lowered)
    if letters & set("іїєґ"):
        return "uk"
    if letters & set("ыэъё"):
        return "ru"
    ukrainian, russian = (
        bool(_UKRAINIAN_FORMS.search(lowered)),
        bool(_RUSSIAN_FORMS.search(lowered)),
    )
    if ukrainian != russian:
        return "uk" if ukrainian else "ru"
    return ""
