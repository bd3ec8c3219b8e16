"""Time zones as people name them: "Kyiv", "Київ", "Ukraine", "Польща" as well as the IANA
name, and the zone a phone number's country suggests.

The IANA names come from the system's (or tzdata's) zone database, the city and country
names in English, Ukrainian and Russian from CLDR through Babel, and each country's zones,
most populous first, from tzdata's zone1970.tab.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from contacttracker.domain.clock import _known_zones, valid_zone

LANGUAGES = ("en", "uk", "ru")
SEPARATOR = " — "
#: Countries whose zone1970.tab lists first a zone few of its people live in (it goes from
#: west to east there): the zone a number of theirs suggests.
MAIN_ZONES = {
    "RU": "Europe/Moscow",
    "CA": "America/Toronto",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
}


def _table(name: str) -> list[tuple[list[str], str]]:
    """The rows of one of tzdata's tables: (country codes, zone)."""
    text = resources.files("tzdata").joinpath("zoneinfo", name).read_text("utf-8")
    known = _known_zones()
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        codes, _where, zone, *_ = line.split("\t")
        if zone in known:  # listed by name: opening each zone's file costs half a second
            rows.append((codes.split(","), zone))
    return rows


@cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """Each ISO country code's zones, its main one first: zone1970.tab's order (most
    populous first), then zone.tab's (one country a row), then those another country's
    row lists first."""
    own: dict[str, list[str]] = {}
    shared: dict[str, list[str]] = {}
    for (first, *others), zone in _table("zone1970.tab"):
        own.setdefault(first, []).append(zone)
        for code in others:  # "RU,UA Europe/Simferopol": Kyiv stays Ukraine's first
            shared.setdefault(code, []).append(zone)
    alone: dict[str, list[str]] = {}
    for (code, *_), zone in _table("zone.tab"):  # one country a row: Amsterdam is the NL's
        alone.setdefault(code, []).append(zone)
    found = {}
    for code in sorted(own.keys() | shared.keys() | alone.keys()):
        zones = [MAIN_ZONES.get(code, ""), *own.get(code, []), *alone.get(code, [])]
        found[code] = tuple(z for z in dict.fromkeys(zones + shared.get(code, [])) if z)
    return found


@cache
def _zone_country() -> dict[str, str]:
    """Each zone's own country: zone.tab's (one a row), else the first its zone1970.tab
    row names (Europe/Brussels is Belgium's, though the Netherlands keep to it too)."""
    found = {zone: codes[0] for codes, zone in _table("zone.tab")}
    for codes, zone in _table("zone1970.tab"):
        found.setdefault(zone, codes[0])
    return found


@cache
def _zones() -> tuple[str, ...]:
    """The zones of places, each once (no legacy alias such as Europe/Kiev or US/Eastern)."""
    return tuple(sorted({z for zones in country_zones().values() for z in zones}))


@cache
def _places(language: str) -> dict[str, tuple[str, str]]:
    """zone → (city, country) in a language, from CLDR; a city CLDR leaves to the zone's
    name (most of them, in English) is read from it ("America/New_York" → "New York")."""
    from babel import Locale

    try:
        locale = Locale.parse(language)
    except ValueError:
        return {}
    cities = locale.time_zones
    countries = {zone: locale.territories.get(code, "") for zone, code in _zone_country().items()}
    found = {}
    for zone in _zones():
        city = (cities.get(zone) or {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
        found[zone] = (city, countries.get(zone, ""))
    return found


@cache
def completions(language: str) -> tuple[tuple[str, str], ...]:
    """(what is shown and matched, zone): every zone by its IANA name, and by its city and
    country in each of the three languages, the window's first ("Київ — Europe/Kyiv"):
    a name is typed in the language the client's city is known by, whatever the window's."""
    shown: dict[str, str] = {}
    for zone in _zones():
        shown.setdefault(zone, zone)
    for lang in dict.fromkeys((language, *LANGUAGES)):
        for zone, (city, country) in _places(lang).items():
            for name in (city, country):
                if name:
                    shown.setdefault(f"{name}{SEPARATOR}{zone}", zone)
    shown.setdefault("UTC", "UTC")
    return tuple(shown.items())


@cache
def _by_name() -> dict[str, str]:
    """A casefolded city or country name, in any of the three languages → its zone (a
    country's main one); a name two zones share is left out."""
    names: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for zone, (city, _country) in _places(lang).items():
            if city:
                names.setdefault(city.casefold(), set()).add(zone)
    found = {name: next(iter(zones)) for name, zones in names.items() if len(zones) == 1}
    for lang in LANGUAGES:
        try:
            from babel import Locale

            territories = Locale.parse(lang).territories
        except ValueError:
            continue
        for code, zones in country_zones().items():
            name = territories.get(code, "").casefold()
            if name and name not in found:
                found[name] = zones[0]
    return found


def zone_of(typed: str) -> str:
    """The IANA zone a typed text means: the name itself, a completion picked ("Kyiv —
    Europe/Kyiv"), or a city or country name alone ("київ", "Poland": a legacy alias of
    Europe/Warsaw too, given here as the zone of today). Anything else comes back as typed,
    for the save to refuse in words."""
    text = typed.strip()
    if not text or text in _zones():
        return text
    if SEPARATOR in text:
        zone = text.rsplit(SEPARATOR, 1)[1].strip()
        if valid_zone(zone):
            return zone
    named = _by_name().get(text.casefold())
    if named:
        return named
    for zone in _known_zones():  # "europe/kyiv", "utc"
        if zone.casefold() == text.casefold():
            return zone
    return text


def zone_for_phone(e164: str) -> str:
    """The main zone of the country of an international number ("" when none is known)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    region = phonenumbers.region_code_for_number(number) or ""
    zones = country_zones().get(region, ())
    return zones[0] if zones else ""
