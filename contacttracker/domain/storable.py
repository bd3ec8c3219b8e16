"""Text as every database of ours can hold it, whatever a file or a paste brought in.

PostgreSQL refuses a NUL character in text, and no UTF-8 encoder takes half of a UTF-16
pair that lost its partner (JSON can spell one: "\\ud83d"). Neither means anything to a
reader, so both are dealt with where text comes in, and the two backends store the same.
"""

from __future__ import annotations

from typing import Any


def storable(text: str) -> str:
    """`text` without NUL characters, with any lone surrogate replaced by U+FFFD."""
    if _fine(text):
        return text
    text = text.replace("\x00", "")
    if _fine(text):
        return text
    # Through UTF-16: a pair split into two code points is joined, a lone half replaced.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def storable_fields(record: Any) -> None:
    """Make every text field of a data class instance storable, in place; text pairs in a
    list field (channels and their handles) too. Cheap when all is well (an import builds
    tens of thousands of these): only a field that needs it is rebuilt."""
    for name, value in vars(record).items():
        if type(value) is str:
            if not _fine(value):
                setattr(record, name, storable(value))
        elif type(value) in (list, tuple) and value and not all(map(_fine_item, value)):
            setattr(record, name, type(value)(_storable_item(item) for item in value))


def _fine(text: str) -> bool:
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _fine_item(item: object) -> bool:
    if type(item) is str:
        return _fine(item)
    if type(item) is tuple:
        return all(_fine(x) for x in item if type(x) is str)
    return True


def _storable_item(item: object) -> object:
    if type(item) is str:
        return storable(item)
    if type(item) is tuple:
        return tuple(storable(x) if type(x) is str else x for x in item)
    return item
