"""The words and the link of a one-click nudge: the client's messenger opens with the
message already typed, in the client's language, and nothing is sent without the user.

A nudge has a purpose (ask whether the letter arrived, escalate an urgent one, answer,
follow up, check in with a client gone quiet), a text from a plain template per purpose
and language (the user's copy wins, like the summary e-mail's), and a link per channel.
Where a program takes no text in its link (Viber, Skype, Telegram by phone number) the
text goes to the clipboard; for a phone call it is shown to be read aloud.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from string import Template
from urllib.parse import quote

from contacttracker.domain.greeting import salutation
from contacttracker.domain.phones import digits_of
from contacttracker.domain.rules import Step
from contacttracker.domain.summary import LANGUAGES, MONTHS
from contacttracker.domain.words import QT_TRANSLATE_NOOP


class Purpose(StrEnum):
    CONFIRM = "confirm"
    ESCALATE = "escalate"
    REPLY = "reply"
    FOLLOW_UP = "follow_up"
    CHECK_IN = "check_in"


#: The purpose of each queue item's next step (a summary e-mail is a letter, not a nudge).
PURPOSE_OF_STEP = {
    Step.CONFIRM: Purpose.CONFIRM,
    Step.DUPLICATE_IN_MESSENGER: Purpose.ESCALATE,
    Step.CALL: Purpose.ESCALATE,
    Step.REPLY: Purpose.REPLY,
    Step.FOLLOW_UP: Purpose.FOLLOW_UP,
    Step.GET_IN_TOUCH: Purpose.CHECK_IN,
}

#: The subject of a nudge that goes by e-mail.
EMAIL_SUBJECT = {
    "uk": {"confirm": "Re: $subject", "check_in": "Як ваші справи?"},
    "ru": {"confirm": "Re: $subject", "check_in": "Как ваши дела?"},
    "en": {"confirm": "Re: $subject", "check_in": "Checking in"},
}


@dataclass(frozen=True)
class Facts:
    """What a nudge's text is made of."""

    client_name: str
    language: str
    subject: str = ""  # the letter or conversation it is about
    day: date | None = None  # when that letter went out or that talk was
    today: date | None = None  # to leave out this year's year
    sender: str = ""


@dataclass(frozen=True)
class Link:
    """Where the nudge opens, and whether its text must be pasted there by hand."""

    url: str
    text: str
    paste: bool  # the program takes no text in its link: the text goes to the clipboard
    read_aloud: bool = False  # a phone call: the text is a line to say


def short_date(day: date, language: str, today: date | None = None) -> str:
    """1 грудня / 1 декабря / 1 December; the year only when it is not this year's."""
    lang = language if language in LANGUAGES else "en"
    words = f"{day.day} {MONTHS[lang][day.month - 1]}"
    if today is None or day.year != today.year:
        words += f" {day.year}"
    return words


def template_text(purpose: Purpose, language: str, folders: Sequence[Path]) -> str:
    """The template of a purpose in a language: the first folder that has it wins."""
    lang = language if language in LANGUAGES else "en"
    name = f"nudge_{purpose.value}_{lang}.txt"
    for folder in folders:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(
        QT_TRANSLATE_NOOP("Nudge", "no template {name} in {value1}").format(
            name=name, value1=", ".join(map(str, folders))
        )
    )


# A letter without a subject leaves empty quotes behind: they go, with their space.
_EMPTY_QUOTES = re.compile(r"\s*(«\s*»|“\s*”|\"\s*\")")


def compose(purpose: Purpose, facts: Facts, template: str) -> str:
    """The nudge's text, one paragraph, ready to send."""
    lang = facts.language if facts.language in LANGUAGES else "en"
    values = {
        "salutation": salutation(facts.client_name, lang),
        "subject": " ".join(facts.subject.split()),
        "date": short_date(facts.day, lang, facts.today) if facts.day else "",
        "sender": facts.sender,
    }
    text = Template(template).safe_substitute(values)
    text = _EMPTY_QUOTES.sub("", text)
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def email_subject(purpose: Purpose, facts: Facts) -> str:
    lang = facts.language if facts.language in LANGUAGES else "en"
    pattern = EMAIL_SUBJECT[lang].get(purpose.value, "Re: $subject")
    about = " ".join(facts.subject.split())
    if pattern.startswith("Re: ") and about.lower().startswith(("re:", "ответ:", "відповідь:")):
        return about  # a reply's subject says so once
    subject = Template(pattern).safe_substitute(subject=about)
    return "" if subject == "Re: " else subject


def _q(text: str) -> str:
    """Percent-encoded for a query value: spaces as %20, line breaks as %0A, nothing left
    that a scheme handler could read as a separator (& # + = ?)."""
    return quote(text, safe="")


def message_link(kind: str, handle: str, text: str) -> Link | None:
    """The link of a channel kind (the catalogue's `link`) that opens a chat with `handle`
    and, where the program allows, the text typed in; None where no link can be made.
    E-mail is left to the mail module (RFC 6068), which needs the subject too."""
    handle = handle.strip()
    if not handle:
        return None
    digits = digits_of(handle)
    if kind == "whatsapp":
        return Link(f"https://wa.me/{digits}?text={_q(text)}", text, False) if digits else None
    if kind == "telegram":
        if handle.startswith("@") or not digits:
            user = handle.lstrip("@")
            if not re.fullmatch(r"[A-Za-z0-9_]{3,64}", user):
                return None
            return Link(f"tg://resolve?domain={user}&text={_q(text)}", text, False)
        return Link(f"tg://resolve?phone={digits}", text, True)
    if kind == "viber":
        return Link(f"viber://chat?number=%2B{digits}", text, True) if digits else None
    if kind == "sms":
        return Link(f"sms:+{digits}?body={_q(text)}", text, False) if digits else None
    if kind == "tel":
        return Link(f"tel:+{digits}", text, False, read_aloud=True) if digits else None
    if kind == "skype":
        return Link("skype:" + quote(handle, safe="._-:") + "?chat", text, True)
    if kind == "teams":
        users = quote(handle, safe="@.")
        url = f"https://teams.microsoft.com/l/chat/0/0?users={users}&message={_q(text)}"
        return Link(url, text, False)
    return None
