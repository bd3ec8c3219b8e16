"""The channels clients reach us on, what each is good for, and how to open it.

Pure data and functions: the store keeps only a channel's key; everything a rule or a
screen needs to know about that key comes from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from contacttracker.domain.phones import digits_of, to_e164
from contacttracker.domain.words import QT_TRANSLATE_NOOP


class Kind(StrEnum):
    """How a conversation on the channel happens; decides which rules apply."""

    WRITTEN = "written"
    VOICE = "voice"
    VIDEO = "video"
    IN_PERSON = "in_person"


#: The kinds whose agreements must be written up as a summary e-mail.
SPOKEN_KINDS = frozenset({Kind.VOICE, Kind.VIDEO, Kind.IN_PERSON})

EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Channel:
    """One channel: key stored in the database, display name, behaviour."""

    key: str
    name: str
    kind: Kind
    read_receipt: bool = False
    #: A template for the click-to-contact link; see :func:`contact_link`.
    link: str = ""
    #: Whether the handle is a phone number (normalised to E.164).
    phone_handle: bool = False
    #: Messengers are the second step of an escalation and the usual confirmation route.
    messenger: bool = False
    #: Offered for new clients; a closed service (consumer Skype) stays for history.
    default_on: bool = True
    builtin: bool = True

    @property
    def spoken(self) -> bool:
        return self.kind in SPOKEN_KINDS

    @property
    def written(self) -> bool:
        return self.kind is Kind.WRITTEN


BUILTIN_CHANNELS: tuple[Channel, ...] = (
    Channel(EMAIL, QT_TRANSLATE_NOOP("Channel", "E-mail"), Kind.WRITTEN, link="mailto"),
    Channel(
        "phone", QT_TRANSLATE_NOOP("Channel", "Phone"), Kind.VOICE, link="tel", phone_handle=True
    ),
    Channel(
        "sms", QT_TRANSLATE_NOOP("Channel", "SMS"), Kind.WRITTEN, link="sms", phone_handle=True
    ),
    Channel(
        "viber",
        QT_TRANSLATE_NOOP("Channel", "Viber"),
        Kind.WRITTEN,
        read_receipt=True,
        link="viber",
        phone_handle=True,
        messenger=True,
    ),
    Channel(
        "whatsapp",
        QT_TRANSLATE_NOOP("Channel", "WhatsApp"),
        Kind.WRITTEN,
        read_receipt=True,
        link="whatsapp",
        phone_handle=True,
        messenger=True,
    ),
    Channel(
        "telegram",
        QT_TRANSLATE_NOOP("Channel", "Telegram"),
        Kind.WRITTEN,
        read_receipt=True,
        link="telegram",
        messenger=True,
    ),
    Channel(
        "skype",
        QT_TRANSLATE_NOOP("Channel", "Skype"),
        Kind.VOICE,
        read_receipt=True,
        link="skype",
        messenger=True,
        default_on=False,
    ),
    Channel(
        "teams",
        QT_TRANSLATE_NOOP("Channel", "Microsoft Teams"),
        Kind.VIDEO,
        read_receipt=True,
        link="teams",
    ),
    Channel("video", QT_TRANSLATE_NOOP("Channel", "Video call"), Kind.VIDEO, link="https"),
    Channel("meeting", QT_TRANSLATE_NOOP("Channel", "Meeting"), Kind.IN_PERSON),
    Channel(
        "social",
        QT_TRANSLATE_NOOP("Channel", "Social network"),
        Kind.WRITTEN,
        read_receipt=True,
        link="https",
    ),
)

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class Catalogue:
    """The built-in channels plus the user's own, looked up by key."""

    def __init__(self, custom: list[Channel] | tuple[Channel, ...] = ()) -> None:
        self._by_key: dict[str, Channel] = {c.key: c for c in BUILTIN_CHANNELS}
        for channel in custom:
            if channel.key in self._by_key:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Channels", "channel {key!r} already exists").format(
                        key=channel.key
                    )
                )
            self._by_key[channel.key] = channel

    def __iter__(self):
        return iter(self._by_key.values())

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str) -> Channel:
        """The channel for a key; an unknown key (say, from an old export) is a written one."""
        try:
            return self._by_key[key]
        except KeyError:
            return Channel(key, key.capitalize(), Kind.WRITTEN, builtin=False)

    def keys_of(self, predicate) -> list[str]:
        return [c.key for c in self if predicate(c)]

    def spoken_keys(self) -> list[str]:
        return self.keys_of(lambda c: c.spoken)

    def written_keys(self) -> list[str]:
        return self.keys_of(lambda c: c.written)

    def messenger_keys(self) -> list[str]:
        return self.keys_of(lambda c: c.messenger)


def custom_channel(key: str, name: str, kind: Kind | str = Kind.WRITTEN, link: str = "") -> Channel:
    """A user-defined channel (Slack, Signal, ...), validated."""
    key = key.strip().lower()
    if not _KEY_RE.fullmatch(key):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Channels",
                "a channel key is 1-32 lowercase latin letters, digits or '_', starting with a letter",
            )
        )
    if not name.strip():
        raise ValueError(QT_TRANSLATE_NOOP("Channels", "a channel needs a name"))
    if link and not link.startswith(("https://", "http://")) and "{handle}" not in link:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Channels", "a custom link is an https:// address with {handle} in it"
            )
        )
    return Channel(key, name.strip(), Kind(kind), link=link, builtin=False)


#: A handle is looked up by an index; PostgreSQL's holds about 2,700 bytes an entry.
MAX_HANDLE = 500


def normalise_handle(
    channel: Channel, value: str, region: str | None = None, language: str = ""
) -> str:
    """The handle as it should be stored: E.164 for phones, trimmed otherwise.

    ``region`` is the home country of a national number, ``language`` the client's (its
    country is tried next). Raises ValueError with a user-readable reason when the handle
    cannot be valid.
    """
    value = check_handle(value)
    if channel.key == EMAIL:
        if not is_email(value):
            raise ValueError(
                QT_TRANSLATE_NOOP("Channels", "{value!r} is not an e-mail address").format(
                    value=value
                )
            )
        return value
    if channel.phone_handle:
        return to_e164(value, region, language)
    if channel.key == "telegram":
        handle = value.removeprefix("https://t.me/").removeprefix("t.me/").lstrip("@")
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{3,31}", handle):
            return "@" + handle
        return to_e164(value, region, language)
    return value


def check_handle(value: str) -> str:
    """A handle any channel could store (trimmed): one line, not empty, not too long."""
    value = value.strip()
    if not value:
        raise ValueError(QT_TRANSLATE_NOOP("Channels", "the handle is empty"))
    if any(ch in value for ch in "\r\n\t\x00"):
        raise ValueError(QT_TRANSLATE_NOOP("Channels", "a handle is a single line"))
    if len(value) > MAX_HANDLE:
        raise ValueError(
            QT_TRANSLATE_NOOP("Channels", "a handle is at most {most} characters").format(
                most=MAX_HANDLE
            )
        )
    return value


_EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")


def is_email(value: str) -> bool:
    """A practical e-mail syntax check: one @, a dotted domain, nothing a header would split on."""
    return bool(_EMAIL_RE.fullmatch(value)) and ".." not in value


def contact_link(channel: Channel, handle: str) -> str:
    """The click-to-contact URL for a stored handle, every part escaped.

    A handle can never add parameters or change the target: it is percent-encoded
    wherever it lands in the URL.
    """
    handle = handle.strip()
    if not handle:
        return ""
    kind = channel.link
    if kind == "mailto":
        if not is_email(handle):
            return ""
        return "mailto:" + quote(handle, safe="@.+-_")
    if kind in ("tel", "sms"):
        digits = digits_of(handle)
        return f"{kind}:+{digits}" if digits else ""
    if kind == "whatsapp":
        digits = digits_of(handle)
        return f"https://wa.me/{digits}" if digits else ""
    if kind == "viber":
        digits = digits_of(handle)
        return f"viber://chat?number=%2B{digits}" if digits else ""
    if kind == "telegram":
        if handle.startswith("@"):
            return "https://t.me/" + quote(handle[1:], safe="")
        digits = digits_of(handle)
        return f"https://t.me/+{digits}" if digits else ""
    if kind == "skype":
        return "skype:" + quote(handle, safe="._-:") + "?call"
    if kind == "teams":
        return "https://teams.microsoft.com/l/chat/0/0?users=" + quote(handle, safe="@.")
    if kind == "https":
        if handle.startswith(("https://", "http://")) and not any(c.isspace() for c in handle):
            return handle
        return ""
    if "{handle}" in kind:
        return kind.replace("{handle}", quote(handle, safe=""))
    return ""
