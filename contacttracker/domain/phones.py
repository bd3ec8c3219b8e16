"""Phone numbers: kept as typed for people, as E.164 for the links every messenger needs."""

from __future__ import annotations

from contacttracker.domain.words import QT_TRANSLATE_NOOP

#: Where a number typed without a country code is assumed to be (changeable in settings).
DEFAULT_REGION = "UA"


def digits_of(value: str) -> str:
    """Only the digits of a number, as wa.me and Viber links take them."""
    return "".join(ch for ch in value if ch.isdigit())


def to_e164(value: str, region: str | None = None) -> str:
    """Normalise a typed number to E.164, or raise ValueError saying why it is not one."""
    import phonenumbers  # imported on first use: it costs ~30 ms at start-up

    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region or DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Clients", "{value!r} is not a phone number").format(value=value)
        ) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValueError(
            QT_TRANSLATE_NOOP("Clients", "{value!r} is not a possible phone number").format(
                value=value
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def formatted(e164: str) -> str:
    """An E.164 number as people read it (+380 67 123 4567); unchanged if it does not parse."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
