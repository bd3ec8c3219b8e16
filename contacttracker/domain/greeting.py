"""How a letter or a message addresses the client: "Добрий день, Олено!".

Ukrainian addresses a person in the vocative case (Олена → Олено, Андрій → Андрію); a
greeting with the nominative reads as a form letter. The declension comes from
shevchenko-py, a dependency-free port of shevchenko-js (the reference declension of
Ukrainian names): it got 50 of 50 common first names right where pymorphy3 with its
Ukrainian dictionary got 39, and that dictionary is large and slow to load. Russian and
English greet with the name as it is. A name the library cannot place (a Latin name, a
company) gets the neutral greeting without a name.
"""

from __future__ import annotations

import re

GREETING = {"uk": "Добрий день", "ru": "Добрый день", "en": "Hello"}
_CYRILLIC_WORD = re.compile(r"^[А-ЩЬЮЯҐЄІЇа-щьюяґєії'’ʼ-]+$")


def first_name(full_name: str) -> str:
    """The name to greet: the first word of the client's name."""
    parts = full_name.split()
    return parts[0] if parts else full_name.strip()


def vocative(name: str) -> str:
    """A Ukrainian first name in the vocative, or "" when the library cannot tell its
    gender (not a Ukrainian first name, or not a name at all)."""
    if not _CYRILLIC_WORD.match(name):
        return ""
    import shevchenko  # loaded when a greeting is first written, not at start

    try:
        return shevchenko.in_vocative(given_name=name)["given_name"]
    except (shevchenko.InputValidationError, KeyError, ValueError):
        return ""


def addressed_name(full_name: str, language: str) -> str:
    """The name as the greeting uses it: the vocative in Ukrainian, else the first name;
    "" when a Ukrainian greeting had better leave it out."""
    name = first_name(full_name)
    if language == "uk":
        return vocative(name)
    return name


def salutation(full_name: str, language: str) -> str:
    """The whole greeting: "Добрий день, Олено!", "Добрый день, Олена!", "Hello Olena,",
    or the neutral "Добрий день!" where the name cannot be addressed."""
    lang = language if language in GREETING else "en"
    name = addressed_name(full_name, lang)
    if lang == "en":
        return f"Hello {name}," if name else "Hello,"
    return f"{GREETING[lang]}, {name}!" if name else f"{GREETING[lang]}!"
