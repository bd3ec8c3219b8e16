"""Text as every database of ours can hold it, whatever a file or a paste brought in.

PostgreSQL refuses a NUL character in text, and no UTF-8 encoder takes half of a UTF-16
pair that lost its partner (JSON can spell one: "\\ud83d"). Neither means anything to a
reader, so both are dealt with where text comes in, and the two backends store the same.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any


def storable(text: str) -> str:
    """`text` without NUL characters, with any lone surrogate replaced by U+FFFD."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Through UTF-16: a pair split into two code points is joined, a lone half replaced.
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def storable_fields(record: Any) -> None:
    """Make every text field of a data class instance storable, in place; text pairs in a
    list field (channels and their handles) too."""
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, str):
            setattr(record, field.name, storable(value))
        elif isinstance(value, list | tuple) and value:
            setattr(record, field.name, _storable_items(value))


def _storable_items(items: list | tuple) -> list | tuple:
    def one(item: object) -> object:
        if isinstance(item, str):
            return storable(item)
        if isinstance(item, tuple):
            return tuple(storable(x) if isinstance(x, str) else x for x in item)
        return item

    return type(items)(one(item) for item in items)
