"""The summary e-mail that turns a spoken agreement into the official record.

Pure composition: the conversation's facts and a template in the client's language become
a subject and a plain-text body. Templates are plain files (``summary_LANG.txt``): the first
line is ``Subject: ...``, the rest is the body, with ``$name``-style placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from string import Template

from contacttracker.domain.greeting import addressed_name, first_name, salutation
from contacttracker.domain.words import QT_TRANSLATE_NOOP

LANGUAGES = ("uk", "ru", "en")

MONTHS = {
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
# What the talk was, as the template's "thank you for ..." needs it.
TALK = {
    "uk": {
        "voice": "нашу телефонну розмову",
        "video": "наш відеодзвінок",
        "in_person": "нашу зустріч",
        "written": "наше листування",
    },
    "ru": {
        "voice": "наш телефонный разговор",
        "video": "наш видеозвонок",
        "in_person": "нашу встречу",
        "written": "нашу переписку",
    },
    "en": {
        "voice": "our phone call",
        "video": "our video call",
        "in_person": "our meeting",
        "written": "our messages",
    },
}
# The subject's words per kind of talk: a meeting is not "our call".
SUBJECT = {
    "uk": {
        "voice": "підсумки розмови",
        "video": "підсумки відеодзвінка",
        "in_person": "підсумки зустрічі",
    },
    "ru": {"voice": "итоги разговора", "video": "итоги видеозвонка", "in_person": "итоги встречи"},
    "en": {
        "voice": "summary of our call",
        "video": "summary of our video call",
        "in_person": "summary of our meeting",
    },
}
# Per channel, where the channel is more specific than its kind.
TALK_BY_CHANNEL = {
    "uk": {"skype": "нашу розмову в Skype", "teams": "нашу зустріч у Microsoft Teams"},
    "ru": {"skype": "наш разговор в Skype", "teams": "нашу встречу в Microsoft Teams"},
    "en": {"skype": "our Skype call", "teams": "our Microsoft Teams meeting"},
}
WORDS = {
    "uk": {
        "subject": "підсумки розмови",
        "greeting": "Добрий день",
        "next": "Наступні кроки:",
        "by": "до",
    },
    "ru": {
        "subject": "итоги разговора",
        "greeting": "Добрый день",
        "next": "Следующие шаги:",
        "by": "до",
    },
    "en": {
        "subject": "summary of our call",
        "greeting": "Hello",
        "next": "Next steps:",
        "by": "by",
    },
}


def long_date(day: date, language: str) -> str:
    """12 листопада 2026 / 12 ноября 2026 / 12 November 2026."""
    month = MONTHS[language][day.month - 1]
    return f"{day.day} {month} {day.year}"


def split_agreements(text: str) -> list[str]:
    """One agreement a line; list markers people type ("-", "•", "1.") are dropped."""
    items = []
    for line in text.splitlines():
        line = line.strip().lstrip("-•*–—").strip()
        head, dot, rest = line.partition(".")
        if dot and head.isdigit() and rest.strip():
            line = rest.strip()
        if line:
            items.append(line)
    return items


@dataclass
class Facts:
    """What the summary is built from."""

    client_name: str
    language: str
    channel: str
    kind: str  # the channel's kind: voice, video, in_person, written
    occurred_on: date
    agreements: list[str]
    project: str = ""
    next_steps: list[str] = field(default_factory=list)
    sender: str = ""


@dataclass
class Draft:
    to: list[str]
    cc: list[str]
    subject: str
    body: str
    #: Our own Message-ID for this letter (kept by the draft, the send and the log alike).
    message_id: str = ""
    #: The client's e-mail this letter answers, and the thread before it.
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    #: Who it is from (an account's address), when known.
    sender: str = ""

    def headers(self) -> dict[str, object]:
        """The letter's own headers, as io.mail.letter takes them."""
        return {
            "sender": self.sender,
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "references": self.references,
        }


def template_text(language: str, folders: Sequence[Path]) -> str:
    """The template for a language: the first folder that has it wins (user copy first)."""
    name = f"summary_{language}.txt"
    for folder in folders:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(
        QT_TRANSLATE_NOOP("Summary", "no template {name} in {value1}").format(
            name=name, value1=", ".join(map(str, folders))
        )
    )


_BREAKS = re.compile("[ \t]*(?:[\r\n\v\f\x1c-\x1e\x85\u2028\u2029][ \t]*)+")


def one_line(text: str) -> str:
    """Text as a header holds it: each line break (Unicode's too: U+2028, U+0085, vertical
    tab), with the blanks around it, folded to one space."""
    return _BREAKS.sub(" ", str(text))


def compose(facts: Facts, template: str, to: Sequence[str] = (), cc: Sequence[str] = ()) -> Draft:
    """Fill the template; numbered agreements, optional next steps, language-proper words."""
    lang = facts.language if facts.language in LANGUAGES else "en"
    words = WORDS[lang]
    talk = TALK_BY_CHANNEL[lang].get(facts.channel) or TALK[lang].get(
        facts.kind, TALK[lang]["voice"]
    )
    subject = SUBJECT[lang].get(facts.kind, words["subject"])
    agreements = "\n".join(f"{i}. {a}" for i, a in enumerate(facts.agreements, start=1))
    steps = [s.strip() for s in facts.next_steps if s.strip()]
    steps_block = ""
    if steps:
        steps_block = "\n" + words["next"] + "\n" + "\n".join(f"— {s}" for s in steps) + "\n"
    values = {
        # A user's older template may still say "$greeting, $name!": it keeps a name.
        "name": addressed_name(facts.client_name, lang) or first_name(facts.client_name),
        "salutation": salutation(facts.client_name, lang),
        "greeting": words["greeting"],
        "talk": talk,
        "date": long_date(facts.occurred_on, lang),
        "agreements": agreements,
        "next_steps_block": steps_block,
        "project_prefix": f"{facts.project}: " if facts.project else "",
        "subject_words": subject.capitalize() if not facts.project else subject,
        "sender": facts.sender,
    }
    head, _, rest = template.partition("\n")
    if not head.lower().startswith("subject:"):
        raise ValueError(
            QT_TRANSLATE_NOOP("Summary", "a summary template starts with a 'Subject: ...' line")
        )
    # The subject line is filled apart, with one-line values: a project name with a line
    # break stays in the subject instead of spilling into the body.
    first = Template(head).safe_substitute({k: one_line(v) for k, v in values.items()})
    subject = one_line(first.split(":", 1)[1]).strip()
    body = Template(rest).safe_substitute(values).strip("\n").rstrip() + "\n"
    return Draft(list(to), list(cc), subject, body)


def next_step_line(due: datetime | None, language: str) -> str:
    """A follow-up date as a next step ("Наступний контакт до 26 листопада 2026")."""
    if due is None:
        return ""
    lead = {"uk": "Наступний контакт", "ru": "Следующий контакт", "en": "We get back to you"}
    lang = language if language in LANGUAGES else "en"
    return f"{lead[lang]} {WORDS[lang]['by']} {long_date(due.date(), lang)}"
