"""What each column of a contacts spreadsheet holds, guessed from its header (Ukrainian,
Russian, English) and from its values: the mapping step of a spreadsheet import.

Pure: no Qt, no database. The importer reads the table, this module names its columns, the
user may change them, and the store remembers the choice for files with the same header.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

from contacttracker.domain.words import QT_TRANSLATE_NOOP

IGNORE = "ignore"
#: What a column can hold, in the order the mapping step offers them, with its label.
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Columns", "Name"),
    "first_name": QT_TRANSLATE_NOOP("Columns", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Columns", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("Columns", "Last name"),
    "company": QT_TRANSLATE_NOOP("Columns", "Company"),
    "email": QT_TRANSLATE_NOOP("Columns", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Columns", "Phone"),
    "sms": QT_TRANSLATE_NOOP("Columns", "SMS"),
    "telegram": QT_TRANSLATE_NOOP("Columns", "Telegram"),
    "viber": QT_TRANSLATE_NOOP("Columns", "Viber"),
    "whatsapp": QT_TRANSLATE_NOOP("Columns", "WhatsApp"),
    "skype": QT_TRANSLATE_NOOP("Columns", "Skype"),
    "teams": QT_TRANSLATE_NOOP("Columns", "Microsoft Teams"),
    "social": QT_TRANSLATE_NOOP("Columns", "Social network"),
    "tags": QT_TRANSLATE_NOOP("Columns", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Columns", "Notes"),
    "language": QT_TRANSLATE_NOOP("Columns", "Language"),
    "time_zone": QT_TRANSLATE_NOOP("Columns", "Time zone"),
    "preferred_hours": QT_TRANSLATE_NOOP("Columns", "Preferred hours"),
    "response_hours": QT_TRANSLATE_NOOP("Columns", "Response time, hours"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("Columns", "Keep in touch, days"),
    "preferred_channel": QT_TRANSLATE_NOOP("Columns", "Preferred channel"),
    "archived": QT_TRANSLATE_NOOP("Columns", "Archived"),
    IGNORE: QT_TRANSLATE_NOOP("Columns", "Ignore"),
}
#: Fields whose column holds a handle of the channel of the same key.
CHANNEL_FIELDS = (
    "email",
    "phone",
    "sms",
    "telegram",
    "viber",
    "whatsapp",
    "skype",
    "teams",
    "social",
)
#: Fields of the client itself (the others are channels): who, then what about them.
CLIENT_FIELDS = (
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "company",
    "tags",
    "notes",
    "language",
    "time_zone",
    "preferred_hours",
    "response_hours",
    "keep_in_touch_days",
    "preferred_channel",
    "archived",
)
#: Fields that say something about a client but not who it is.
DETAIL_FIELDS = CLIENT_FIELDS[5:]


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# Whole headers, as written once lowered and with punctuation made spaces.
_EXACT: dict[str, tuple[str, ...]] = {
    "name": _names(
        "name|full name|fullname|contact|contact name|display name|client|client name|"
        "customer|person|піб|п і б|фио|ф и о|ім я|имя|клієнт|клиент|контакт|замовник|"
        "заказчик|ім я та прізвище|прізвище та ім я|прізвище ім я|"
        "прізвище ім я по батькові|фамилия имя|фамилия имя отчество|имя фамилия|"
        "повне ім я|полное имя|контактна особа|контактное лицо"
    ),
    "first_name": _names("first name|given name|first|forename"),
    "middle_name": _names("middle name|по батькові|отчество|additional name"),
    "last_name": _names("last name|surname|family name|last|прізвище|фамилия"),
    "company": _names(
        "company|organization|organisation|org|employer|business|firm|компанія|компания|"
        "організація|организация|фірма|фирма|підприємство|предприятие|назва компанії|"
        "название компании"
    ),
    "email": _names(
        "e mail|email|mail|e mail address|email address|пошта|почта|ел пошта|эл почта|"
        "е мейл|емейл|імейл|имейл|мейл|мыло|електронна пошта|электронная почта|"
        "адреса електронної пошти|адрес электронной почты"
    ),
    "phone": _names(
        "phone|tel|telephone|mobile|cell|phone number|mobile phone|телефон|тел|моб|"
        "мобільний|мобильный|номер|номер телефону|номер телефона|мобільний телефон|"
        "мобильный телефон"
    ),
    "sms": _names("sms|смс"),
    "telegram": _names("telegram|телеграм|телеграмм|tg|тг|телега"),
    "viber": _names("viber|вайбер|вайбер номер"),
    "whatsapp": _names("whatsapp|whats app|вотсап|ватсап|вацап|wa"),
    "skype": _names("skype|скайп"),
    "teams": _names("teams|microsoft teams|ms teams"),
    "social": _names(
        "facebook|instagram|linkedin|social|social network|соцмережа|соцмережі|соцсеть|"
        "соцсети|фейсбук|інстаграм|инстаграм"
    ),
    "tags": _names(
        "tags|tag|labels|label|categories|category|group|groups|теги|тег|мітки|мітка|"
        "метки|метка|категорія|категорії|категория|категории|група|группа"
    ),
    "notes": _names(
        "notes|note|comment|comments|remarks|description|примітки|примітка|нотатки|"
        "коментар|коментарі|опис|заметки|примечания|примечание|комментарий|комментарии|"
        "описание"
    ),
    "language": _names("language|lang|мова|язык"),
    "time_zone": _names("time zone|timezone|tz|часовий пояс|часовой пояс|пояс|зона"),
    "preferred_hours": _names(
        "preferred hours|working hours|business hours|hours|зручні години|зручний час|"
        "робочі години|години роботи|удобные часы|удобное время|рабочие часы|часы работы"
    ),
    "response_hours": _names(
        "response time|response hours|reply within|час відповіді|время ответа|"
        "відповідь за|ответ за|відповідь годин|ответ часов"
    ),
    "keep_in_touch_days": _names(
        "keep in touch|keep in touch days|contact every|на зв язку кожні|"
        "нагадувати кожні|контакт кожні|на связи каждые|напоминать каждые|"
        "контакт каждые"
    ),
    "preferred_channel": _names(
        "preferred channel|best channel|channel|бажаний канал|найкращий канал|зручний канал|"
        "канал|предпочтительный канал|лучший канал|удобный канал"
    ),
    "archived": _names("archived|archive|in archive|в архіві|архів|в архиве|архив"),
    # The channels the sheet export may write that no other word above names.
    "video": _names("video call|відеодзвінок|видеозвонок"),
    "meeting": _names("meeting|зустріч|встреча"),
}
# Word beginnings that tell a field when the header is longer ("Моб. телефон", "E-mail 2",
# "Назва компанії", "Примітки менеджера"); tried after the whole headers, in this order.
_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "keep_in_touch_days",
        (
            "keep in touch",
            "every",
            "на зв язку",
            "на связи",
            "тримати зв",
            "поддерживать связь",
            "кожн",
            "кажд",
        ),
    ),
    ("response_hours", ("response", "відповід", "ответ")),
    (
        "preferred_hours",
        ("preferred hours", "working hours", "зручні год", "робочі год", "удобные час"),
    ),
    ("preferred_channel", ("preferred channel", "бажаний канал", "предпочтительный канал")),
    ("time_zone", ("timezone", "time zone", "часов", "часовий")),
    ("email", ("e mail", "email", "пошт", "почт", "мейл", "мэйл")),
    ("telegram", ("telegram", "телеграм")),
    ("viber", ("viber", "вайбер")),
    ("whatsapp", ("whatsapp", "вотсап", "ватсап")),
    ("skype", ("skype", "скайп")),
    ("phone", ("phone", "mobile", "телефон", "тел", "моб")),
    ("company", ("company", "organi", "компан", "організ", "организ", "фірм", "фирм")),
    ("last_name", ("прізвищ", "фамил", "surname", "last name")),
    ("middle_name", ("по батьков", "отчеств")),
    ("first_name", ("first name", "given name")),
    ("name", ("name", "ім я", "имя", "піб", "фио", "клієнт", "клиент")),
    ("tags", ("tag", "тег", "мітк", "метк", "категор")),
    ("notes", ("note", "comment", "приміт", "нотат", "комент", "коммент", "замет", "примеч")),
    ("language", ("language", "мов", "язык")),
)

_APOSTROPHES = "'’ʼ`´‘"
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_TELEGRAM_RE = re.compile(r"^(@|https?://t\.me/|t\.me/)[A-Za-z][A-Za-z0-9_]{3,31}$")
_PHONE_RE = re.compile(r"^\+?[\d\s().\-]{7,22}$")


def header_words(header: str) -> str:
    """A header as compared: lowered, apostrophes and punctuation made spaces, one space."""
    text = header.casefold().replace("ё", "е")
    text = re.sub(rf"[{_APOSTROPHES}]", " ", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def from_header(header: str, own: Mapping[str, str] | None = None) -> str:
    """The field a header names, or '' when it says nothing we know. ``own`` maps the
    names of the person's own channels ("Signal") to their keys: the sheet export heads
    their columns so."""
    words = header_words(header)
    if not words:
        return ""
    bare = re.sub(r"\s*\d+$", "", words)  # "E-mail 2", "Телефон 1"
    for field, names in _EXACT.items():
        if words in names or bare in names:
            return field
    for name, key in (own or {}).items():
        if header_words(name) in (words, bare):
            return key
    padded = f" {words}"
    for field, stems in _STEMS:
        if any(f" {stem}" in padded for stem in stems):
            return field
    return ""


def from_values(values: Sequence[str]) -> str:
    """The field most of a column's values look like: an @ inside is an e-mail, +380… a
    phone, @name a Telegram handle; '' when they look like none."""
    seen = [v.strip() for v in values if v and v.strip()][:50]
    if not seen:
        return ""
    for field, pattern in (
        ("email", _EMAIL_RE),
        ("telegram", _TELEGRAM_RE),
        ("phone", _PHONE_RE),
    ):
        hits = sum(1 for v in seen if pattern.match(v))
        if field == "phone":
            hits = sum(
                1 for v in seen if pattern.match(v) and 9 <= sum(c.isdigit() for c in v) <= 15
            )
        if hits * 5 >= len(seen) * 4:  # four in five
            return field
    return ""


def guess(
    header: Sequence[str], rows: Sequence[Sequence[str]], own: Mapping[str, str] | None = None
) -> list[str]:
    """One field a column: from the header where it says (``own``: the person's channel
    names, see from_header), else from the first rows' values, else ignore. "Ім'я" is the
    whole name unless a surname column stands beside it."""
    fields = []
    for i, title in enumerate(header):
        field = from_header(title, own)
        values = [row[i] if i < len(row) else "" for row in rows]
        found = from_values(values)
        if not field or (found and field in ("name", "notes") and found != field):
            # A column called "Contact" or "Notes" full of addresses holds addresses.
            field = found or field
        fields.append(field or IGNORE)
    if "last_name" in fields:
        fields = ["first_name" if f == "name" else f for f in fields]
    return fields


def is_contact_table(fields: Sequence[str]) -> bool:
    """Whether columns mapped so describe people: one of them tells who a row is (a name,
    a company, a handle)."""
    return any(f != IGNORE and f not in DETAIL_FIELDS for f in fields)


def header_key(header: Sequence[str]) -> str:
    """What files with the same header share (the remembered mapping's key): a hash of the
    header as compared, in order."""
    joined = "\x1f".join(header_words(h) for h in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


class MappingError(ValueError):
    """A mapping as typed (`--map`) that names no column or no field; the message says which."""


def parse_mapping(
    text: str, header: Sequence[str], fields: Sequence[str], known: Sequence[str] = ()
) -> list[str]:
    """``fields`` with the columns a typed mapping names changed: "Телефон=phone,Ім'я=name".

    A column is named by its header (as compared), else by its letter (C) or number (3);
    a field by its key (FIELDS, or the key of a channel in ``known``), or '-' to ignore."""
    result = list(fields)
    allowed = set(FIELDS) | set(known)
    by_header = {}
    for i, title in enumerate(header):
        by_header.setdefault(header_words(title), i)
    for part in _split_pairs(text):
        column, sep, field = part.rpartition("=")
        column, field = column.strip(), field.strip().lower()
        if not sep or not column:
            raise MappingError(
                QT_TRANSLATE_NOOP("Import", "{part!r} is not COLUMN=FIELD").format(part=part)
            )
        field = IGNORE if field in ("-", "") else field
        if field not in allowed:
            raise MappingError(
                QT_TRANSLATE_NOOP("Import", "{field!r} is not a field (one of {fields})").format(
                    field=field, fields=", ".join(sorted(allowed))
                )
            )
        index = by_header.get(header_words(column))
        if index is None:
            index = _column_number(column, len(header))
        if index is None:
            raise MappingError(
                QT_TRANSLATE_NOOP("Import", "no column {column!r} (the columns: {header})").format(
                    column=column, header=", ".join(header)
                )
            )
        result[index] = field
    return result


def _split_pairs(text: str) -> list[str]:
    """Pairs split at commas; a piece without '=' is the start of the next one's header
    ("Phone, mobile=phone")."""
    pairs: list[str] = []
    carry = ""
    for piece in text.split(","):
        if "=" not in piece:
            carry += piece + ","
            continue
        pairs.append(carry + piece)
        carry = ""
    if carry.strip(", "):
        pairs.append(carry.rstrip(","))
    return [p for p in pairs if p.strip()]


def _column_number(column: str, width: int) -> int | None:
    """A spreadsheet's column letter ("C") or a 1-based number ("3") as an index."""
    if column.isdigit():
        n = int(column) - 1
    elif re.fullmatch(r"[A-Za-z]{1,3}", column):
        n = 0
        for ch in column.upper():
            n = n * 26 + ord(ch) - 64
        n -= 1
    else:
        return None
    return n if 0 <= n < width else None


def describe(header: Sequence[str], fields: Sequence[str]) -> str:
    """The mapping as `--map` takes it: "Ім'я=name,Телефон=phone,Примітки=ignore"."""
    return ",".join(
        f"{title or column_letter(i)}={field}"
        for i, (title, field) in enumerate(zip(header, fields, strict=True))
    )


def column_letter(index: int) -> str:
    """A column's letter as spreadsheets name it: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
