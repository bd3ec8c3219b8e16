"""Words and formats the window shows: translated names, local times, ages in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from contacttracker.domain import queues
from contacttracker.domain.channels import Catalogue
from contacttracker.domain.deadlines import Deadline
from contacttracker.domain.rules import STEP_WORDS, NextStep
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Joined, Message, Phrase


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translate under the name (and argument order) lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def localized(value: object) -> str:
    """A message of the lower layers in the window's language.

    Marked phrases and the messages made from them are translated (their values too, when
    they are messages themselves); an exception shows its first argument; anything else is
    shown as it is.
    """
    if isinstance(value, BaseException):
        if value.args and isinstance(value.args[0], str):
            return localized(value.args[0])
        return str(value) or type(value).__name__
    if isinstance(value, Message):
        values = {
            k: localized(v) if isinstance(v, str | BaseException) else v
            for k, v in value.values.items()
        }
        n = value.values.get("n")
        if "%n" in value.phrase and isinstance(n, int):  # a plural: the language's form
            template = QCoreApplication.translate(value.phrase.context, value.phrase, None, n)
        else:
            template = QCoreApplication.translate(value.phrase.context, value.phrase)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return str(value)
    if isinstance(value, Joined):
        return value.separator.join(localized(p) for p in value.parts)
    if isinstance(value, Phrase):
        return QCoreApplication.translate(value.context, value)
    if isinstance(value, list | tuple):
        return "\n".join(localized(v) for v in value)
    return str(value)


def queue_title(queue: str) -> str:
    return localized(queues.queue(queue).title)


def queue_hint(queue: str) -> str:
    return localized(queues.queue(queue).hint)


def queue_empty(queue: str) -> str:
    return localized(queues.queue(queue).empty)


def channel_name(catalogue: Catalogue, key: str) -> str:
    channel = catalogue.get(key)
    return translate("Channel", channel.name) if channel.builtin else channel.name


# A generic channel's name inside a sentence, after "by" ("Reply by e-mail"); Ukrainian and
# Russian need its accusative and lower case there ("через ел. пошту"). Brand names and the
# user's own channels are written as they are.
CHANNEL_VIA = {
    "email": QT_TRANSLATE_NOOP("ChannelVia", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ChannelVia", "phone"),
    "video": QT_TRANSLATE_NOOP("ChannelVia", "video call"),
    "meeting": QT_TRANSLATE_NOOP("ChannelVia", "meeting"),
    "social": QT_TRANSLATE_NOOP("ChannelVia", "social network"),
}


def channel_via(catalogue: Catalogue, key: str) -> str:
    if key in CHANNEL_VIA and catalogue.get(key).builtin:
        return translate("ChannelVia", CHANNEL_VIA[key])
    return channel_name(catalogue, key)


def direction(value: str) -> str:
    return translate("Direction", "↓ in") if value == "in" else translate("Direction", "↑ out")


def age(hours: float) -> str:
    """ "45 min", "5 h", "3 days" in the window's language."""
    # The counts are worked out first: lupdate skips a call whose count is a call itself.
    minutes, whole_hours, days = max(0, round(hours * 60)), round(hours), round(hours / 24)
    if hours < 1:
        return translate("Age", "%n min", None, minutes)
    if hours < 48:
        return translate("Age", "%n h", None, whole_hours)
    return translate("Age", "%n day(s)", None, days)


def deadline(words: Deadline | None) -> str:
    """ "reply by 14:30 · 25 min left", "overdue by 2 h" in the window's language: the time
    in the locale's short format (with the date when it is not today), the span as age()."""
    if words is None:
        return ""
    moment = ""
    if words.at is not None:
        if words.today:
            local = QDateTime.fromSecsSinceEpoch(int(words.at.timestamp())).time()
            moment = QLocale().toString(local, QLocale.FormatType.ShortFormat)
        else:
            moment = when(words.at)
    template = translate("Deadline", words.phrase)
    return template.replace("{time}", moment).replace("{span}", age(words.span_hours))


def when(value: datetime | None, seconds: bool = False) -> str:
    """A stored UTC time shown in local time, in the locale's short format."""
    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return local.toString("yyyy-MM-dd HH:mm")
    fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yy" in fmt and "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return locale.toString(local, fmt)


def step_text(step: NextStep, catalogue: Catalogue) -> str:
    """The step's words (declared with the steps) in the window's language; only the one
    phrase a row shows is looked up (a queue page paints hundreds)."""
    by_channel, alone = STEP_WORDS[step.step]
    name = channel_via(catalogue, step.channel) if step.channel and by_channel else ""
    if by_channel and (name or alone is None):
        return translate("Step", by_channel).replace("%1", name)
    return translate("Step", alone or "")


LINK_WORDS = {
    "confirms": QT_TRANSLATE_NOOP("Link", "confirms the e-mail of %1"),
    "confirmed_by": QT_TRANSLATE_NOOP("Link", "confirmed by %2, %1"),
    "summarizes": QT_TRANSLATE_NOOP("Link", "summarises the talk of %1"),
    "summarized_by": QT_TRANSLATE_NOOP("Link", "written up by e-mail, %1"),
    "replies_to": QT_TRANSLATE_NOOP("Link", "answers %2 of %1"),
    "replied_by": QT_TRANSLATE_NOOP("Link", "answered by %2, %1"),
}


def link_text(relation: str, channel: str, at: datetime, catalogue: Catalogue) -> str:
    return (
        translate("Link", LINK_WORDS[relation])
        .replace("%1", when(at))
        .replace("%2", channel_via(catalogue, channel))
    )
