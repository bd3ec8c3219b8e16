"""The countries a person can call home: every one whose phone numbers can be read, named
in the interface's language.

The names come from the Unicode CLDR through Babel rather than a list of our own, so all
three languages name every country the way their speakers write it.
"""

from __future__ import annotations

from functools import cache


@cache
def codes() -> frozenset[str]:
    """ISO 3166 codes of the countries whose national numbers can be read."""
    import phonenumbers  # imported on first use, as domain.phones does

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


def is_country(code: str) -> bool:
    """A home country the phone rules can work with ("UA", not "XX" or "Ukraine")."""
    return code.upper() in codes()


@cache
def names(language: str) -> dict[str, str]:
    """Code → the country's name in `language` (uk, ru, en); a code CLDR does not name
    keeps its code."""
    from babel import Locale, UnknownLocaleError

    try:
        known = Locale.parse(language or "en").territories
    except (ValueError, UnknownLocaleError):
        known = Locale.parse("en").territories
    return {code: known.get(code, code) for code in codes()}


#: The countries whose short dates put the month first (3/12/24 is March 12th): CLDR's
#: short date patterns "M/d/yy" and "MM/dd/yy" (US and its territories, the Philippines,
#: the Marshall Islands, Panama), and the Pacific states and Belize that write them so as
#: the US does. Canada is left out: its own phones write 2024-03-12, and its slashes may be
#: either order.
MONTH_FIRST = frozenset(
    {"US", "AS", "GU", "MP", "PR", "UM", "VI", "PH", "MH", "FM", "PW", "BZ", "PA"}
)


def writes_month_first(code: str) -> bool:
    """Whether people of this country read 03/04/24 as March 4th."""
    return code.strip().upper() in MONTH_FIRST


#: The countries whose phones, in English, keep the day first on a 12-hour clock (en-IN,
#: en-AU, en-GB and the like write 3/12/24, 2:05 pm for the 3rd of December): a 12-hour
#: clock elsewhere is most often a phone set to US English, which puts the month first.
TWELVE_HOUR_DAY_FIRST = frozenset(
    {"GB", "IE", "AU", "NZ", "IN", "PK", "BD", "LK", "NP", "MY", "SG", "HK", "NG", "KE"}
    | {"GH", "ZA", "MT", "CY", "JM", "TT"}
)


def twelve_hour_day_first(code: str) -> bool:
    """Whether a phone of this country writing a 12-hour clock still puts the day first."""
    return code.strip().upper() in TWELVE_HOUR_DAY_FIRST
