"""Marking texts for translation in layers that do not import Qt.

Qt's lupdate finds `QT_TRANSLATE_NOOP("Context", "text")` by name, so data declared here
(channel names, period names) and the messages of the lower layers land in the translation
files. The mark returns a `Phrase`: plain English text everywhere (command line, logs), which
remembers its context, so the window can show it translated. `Phrase.format(...)` keeps the
template and the values in a `Message` for the same reason.

A text with `%n` is a plural, as Qt's own: the value `n` is the count, English reads
"(s)" by it ("%n message(s)" → "1 message", "2 messages") and the window asks Qt for the
language's form.
"""

from __future__ import annotations

import re
from typing import Any

_PLURAL_S = re.compile(r"\((e?s)\)")


class Phrase(str):
    """English text that knows its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> Phrase:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj

    def format(self, *args: Any, **values: Any) -> Message:  # type: ignore[override]
        return Message(self, values)

    def __reduce__(self):  # whole, with its context, to another process
        return (Phrase, (self.context, str(self)))


class Message(str):
    """A filled-in Phrase: English text, plus the template and values to translate it."""

    phrase: Phrase
    values: dict[str, Any]

    def __new__(cls, phrase: Phrase, values: dict[str, Any]) -> Message:
        # The plural is read off the template, never off the values it is filled with.
        obj = super().__new__(cls, str.format(english(phrase, values.get("n")), **values))
        obj.phrase = phrase
        obj.values = values
        return obj

    def __reduce__(self):
        return (Message, (self.phrase, self.values))


class Joined(str):
    """Several messages shown as one (problems of a form, lines of a refused file)."""

    parts: list[str]
    separator: str

    def __new__(cls, parts: list[str], separator: str = "; ") -> Joined:
        obj = super().__new__(cls, separator.join(parts))
        obj.parts = list(parts)
        obj.separator = separator
        return obj

    def __reduce__(self):
        return (Joined, (self.parts, self.separator))


def english(text: str, n: object) -> str:
    """A plural text in English for the count ``n``: the number in place of `%n`, "(s)"
    kept or dropped by it; any other text as it is."""
    if "%n" not in text or not isinstance(n, int):
        return text
    return _PLURAL_S.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


def reason_of(exc: BaseException) -> str:
    """An exception's message, keeping a marked one (str() would make it plain text)."""
    if exc.args and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:
    """The text unchanged (as a Phrase); the call is the marker lupdate looks for."""
    return Phrase(context, text)
