"""CSV as spreadsheets need it: safe cells, the right delimiter, text in any likely encoding."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import IO, NamedTuple

from contacttracker.domain.words import QT_TRANSLATE_NOOP

DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}
#: Largest single cell an import accepts; a longer one is junk, not a summary.
MAX_FIELD = 1_000_000

# A cell a spreadsheet would run as a formula, and any cell already starting with our guard
# apostrophe before such a character (so the guard round-trips exactly).
_FORMULA_RE = re.compile(r"^'*[=+\-@\t\r]")
_GUARDED_RE = re.compile(r"'[=+\-@\t\r]")


class InputError(ValueError):
    """A file that cannot be read as CSV at all; the message says why, for the user."""


def neutralise(cell: str) -> str:
    """Prefix an apostrophe so a spreadsheet shows the cell as text, never as a formula."""
    return "'" + cell if _FORMULA_RE.match(cell) else cell


def restore(cell: str) -> str:
    """Undo :func:`neutralise` on import."""
    return cell[1:] if cell.startswith("'") and _FORMULA_RE.match(cell[1:]) else cell


#: How much of a file is read to tell what it is.
HEAD_BYTES = 65536
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, name: str = "the file", partial: bool = False) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text") or
    Windows-1251, detected; anything else is refused.

    ``partial``: the bytes are the head of a longer file, so a letter cut at their end is
    not a fault (the head is decoded as far as it goes).
    """
    if not data.strip():
        raise InputError(QT_TRANSLATE_NOOP("Import", "{name} is empty").format(name=name))
    if data.startswith(_UTF16_BOMS):
        return _utf16(data, name, partial)
    if b"\x00" in data:  # anywhere: no database of ours could store the text as it is
        raise _binary(name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    with suppress(UnicodeDecodeError):
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=not partial)
    try:  # else it may be Windows-1251 (one byte a letter: a head is never cut inside one)
        text = data.decode("cp1251")
    except UnicodeDecodeError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{name} is neither UTF-8 nor Windows-1251 text").format(
                name=name
            )
        ) from exc
    letters = sum(ch.isalpha() for ch in text)
    odd = sum(1 for ch in text if not (ch.isprintable() or ch in "\r\n\t"))
    if letters == 0 or odd > len(text) // 100:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{name} is neither UTF-8 nor Windows-1251 text").format(
                name=name
            )
        )
    return text


def _utf16(data: bytes, name: str, partial: bool) -> str:
    body = data[2:]
    zero_even, zero_odd = body[0::2].count(0), body[1::2].count(0)
    high, low = (zero_odd, zero_even) if data.startswith(b"\xff\xfe") else (zero_even, zero_odd)
    if low > high:  # latin text zeroes the high bytes: these bytes contradict their BOM
        raise _binary(name)
    try:
        text = codecs.getincrementaldecoder("utf-16")().decode(data, final=not partial)
    except UnicodeDecodeError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{name} starts as UTF-16 text but is not").format(name=name)
        ) from exc
    if not text.strip():
        raise InputError(QT_TRANSLATE_NOOP("Import", "{name} is empty").format(name=name))
    if "\x00" in text:
        raise _binary(name)
    return text


def _binary(name: str) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP("Import", "{name} is not a text file (it contains binary data)").format(
            name=name
        )
    )


def read_head(path: Path) -> str:
    """The text of a file's first HEAD_BYTES, for telling what it is; a multi-byte letter
    cut at the end of the head is left out, never taken for a wrong encoding."""
    with open(path, "rb") as fh:
        data = fh.read(HEAD_BYTES + 1)
    longer = len(data) > HEAD_BYTES
    return decode(data[:HEAD_BYTES], path.name, partial=longer)


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: whichever of , ; tab splits it most (outside quotes)."""
    header = text.split("\n", 1)[0]
    header = re.sub(r'"[^"]*"', "", header)
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class Streamed(NamedTuple):
    """A UTF-8 file read as it is parsed: its open text, its head (to sniff the delimiter)
    and whether any cell in it carries the export's guard apostrophe."""

    stream: IO[str]
    head: str
    guarded: bool


#: How much a check of a file's encoding reads at a time (and keeps: nothing more).
_SCAN_BYTES = 4 << 20


def utf8_stream(path: Path) -> Streamed | None:
    """The file as a text stream when it is UTF-8 through and through, else None.

    One pass reads it in 4 MB pieces and keeps none of them, so a large file is parsed as it
    is read rather than held whole as bytes and again as text (hundreds of megabytes each).
    Anything else (Windows-1251, UTF-16, a NUL, nothing but blanks) is None: decode() reads
    those whole and says what they are.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    head, tail, guarded, first = "", "", False, True
    with open(path, "rb") as fh:
        while chunk := fh.read(_SCAN_BYTES):
            if first:
                if chunk.startswith(_UTF16_BOMS) or not chunk.strip():
                    return None
                chunk = chunk.removeprefix(b"\xef\xbb\xbf")
                first = False
            if b"\x00" in chunk:
                return None
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError:
                return None
            head = head or text[:HEAD_BYTES]
            # The guard is two characters: the piece before's last one is enough overlap.
            guarded = guarded or _GUARDED_RE.search(tail + text) is not None
            tail = text[-1:]
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None
    if first:
        return None
    return Streamed(open(path, encoding="utf-8-sig", newline=""), head, guarded)


def reader(text: str | Streamed) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Header and (line number, cells) rows; raises InputError when there is no header.

    `text` is the whole text, or a Streamed file whose rows are read as they are asked for."""
    csv.field_size_limit(MAX_FIELD)
    if isinstance(text, Streamed):
        source, head, known_guard = text.stream, text.head, text.guarded
    else:
        source, head, known_guard = io.StringIO(text, newline=""), text, None
    delimiter = sniff_delimiter(head)
    rows = csv.reader(source, delimiter=delimiter, strict=True)
    try:
        header = next(rows)
    except StopIteration as exc:
        raise InputError(QT_TRANSLATE_NOOP("Import", "the file has no header line")) from exc
    except csv.Error as exc:
        raise InputError(QT_TRANSLATE_NOOP("Import", "line 1: {exc}").format(exc=exc)) from exc
    header = [h.strip().lstrip("\ufeff") for h in header]

    # Only a cell our export guarded starts with an apostrophe before a formula character;
    # a file without one anywhere (most files) skips the per-cell look.
    guarded = _GUARDED_RE.search(head) is not None if known_guard is None else known_guard

    def body() -> Iterator[tuple[int, list[str]]]:
        try:
            for cells in rows:
                if cells:
                    if guarded:
                        cells = [restore(c) if c[:1] == "'" else c for c in cells]
                    yield rows.line_num, cells
        except csv.Error as exc:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "line {line_num}: {value1}").format(
                    line_num=rows.line_num, value1=_csv_reason(exc)
                )
            ) from exc

    return header, body()


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a cell is longer than {MAX_FIELD // 1000} KB"
    return text


def writer(stream: IO[str], delimiter: str = ","):
    return csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
