"""Phone numbers: kept as typed for people, as E.164 for the links every messenger needs."""

from __future__ import annotations

import re
from contextlib import suppress

from contacttracker.domain.words import QT_TRANSLATE_NOOP

#: Where a number typed without a country code is assumed to be when neither the person's
#: home country nor this computer's locale says.
DEFAULT_REGION = "UA"
#: The country a client's language suggests for a national number that the home country
#: does not explain (a Russian "8 (916) 123-45-67").
LANGUAGE_REGIONS = {"uk": "UA", "ru": "RU", "en": "GB"}


def digits_of(value: str) -> str:
    """Only the digits of a number, as wa.me and Viber links take them."""
    return "".join(ch for ch in value if ch.isdigit())


def system_region() -> str:
    """The country of this computer's locale (uk_UA.UTF-8 → UA), else DEFAULT_REGION. The
    phone-number locale is asked first; "C" and "POSIX" name no country."""
    import os

    for key in ("LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LANG"):
        match = re.match(r"^[A-Za-z]{2,3}_([A-Za-z]{2})\b", os.environ.get(key) or "")
        if match:
            return match[1].upper()
    return DEFAULT_REGION


#: What a number typed with nothing but digits and the usual marks is made of: it has no
#: extension to look for.
_PLAIN_NUMBER = re.compile(r"[\d\s+()./\-]*")


def as_exported(normalized: str, typed: str) -> str:
    """A handle as exports write it: a number in its international form (the typed
    "067 123 4567" would be read back in the importing side's country) with the extension
    it was typed with ("+380441234567 ext. 123"); any other handle as typed."""
    if not normalized.startswith("+"):
        return typed
    if _PLAIN_NUMBER.fullmatch(typed):
        return normalized
    import phonenumbers

    try:
        number = phonenumbers.parse(
            typed, phonenumbers.region_code_for_number(phonenumbers.parse(normalized))
        )
    except phonenumbers.NumberParseException:
        return normalized
    return f"{normalized} ext. {number.extension}" if number.extension else normalized


def is_national(value: str) -> bool:
    """A number written without its country code (whose country must be guessed)."""
    return not value.lstrip().startswith(("+", "00"))


def to_e164(value: str, region: str | None = None, language: str = "") -> str:
    """Normalise a typed number to E.164, or raise ValueError saying why it is not one.

    A number with its country code needs only to be possible; a national one must be a
    valid number of the home country (``region``), else of the country the client's
    language suggests, so "067-12" is refused rather than stored as +38006712.
    """
    import phonenumbers  # imported on first use: its metadata is a noticeable part of a start

    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    international = text.startswith("+")
    home = region or ("ZZ" if international else system_region())
    try:
        number = phonenumbers.parse(text, home)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Clients", "{value!r} is not a phone number").format(value=value)
        ) from exc
    if international:
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    else:
        for country in dict.fromkeys((home, LANGUAGE_REGIONS.get(language, home))):
            with suppress(phonenumbers.NumberParseException):
                number = phonenumbers.parse(text, country)
                if phonenumbers.is_valid_number(number):
                    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise ValueError(
        QT_TRANSLATE_NOOP("Clients", "{value!r} is not a possible phone number").format(value=value)
    )


def formatted(e164: str) -> str:
    """An E.164 number as people read it (+380 67 123 4567); unchanged if it does not parse."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
