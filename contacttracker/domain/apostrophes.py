"""The three Ukrainian apostrophes as one letter, for searching.

Ukrainian writes the apostrophe of "п'ятниця" as ASCII ' (most keyboards), as ’ (word
processors and phones) or as ʼ (the modifier letter the standard prefers). A search must
find each by each. Full-text tokenizers split a word at ' and ’ but keep ʼ inside it, so
"пʼятниці" is one token and "п'ятниці" two; a query word is therefore asked for in both
shapes. The client filter compares casefolded text, which is folded to ' outright.
"""

from __future__ import annotations

import re

APOSTROPHES = "'’ʼ"
_FOLD = str.maketrans({"’": "'", "ʼ": "'"})
#: A word as a user types it: letters and digits, with apostrophes inside.
WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")
_SPLIT = re.compile(r"['’ʼ]")


def fold(text: str) -> str:
    """Every apostrophe as ASCII '."""
    return text.translate(_FOLD)


def shapes(word: str) -> tuple[str, list[str]]:
    """A typed word as an index keeps it: whole with ʼ (one token), and the pieces a
    tokenizer makes of it at ' or ’ (one piece for a word without an apostrophe)."""
    pieces = _SPLIT.split(word)
    return "ʼ".join(pieces), pieces
