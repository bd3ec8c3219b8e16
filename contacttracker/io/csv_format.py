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
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"),
    Windows-1251 or, when its letters read as Western text, Windows-1252, detected; anything
    else is refused.

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
        raise _neither(name) from exc
    if western(*letter_pairs(text)):
        with suppress(UnicodeDecodeError):
            text = data.decode("cp1252")
    letters = sum(ch.isalpha() for ch in text)
    odd = sum(1 for ch in text if not (ch.isprintable() or ch in "\r\n\t"))
    if letters == 0 or odd > len(text) // 100:
        raise _neither(name)
    return text


_LATIN = "A-Za-z"
_CYRILLIC = "\u0400-\u045f\u0490\u0491"
_MIXED_PAIR = re.compile(f"[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]")
_CYRILLIC_PAIR = re.compile(f"[{_CYRILLIC}]{{2}}")


def letter_pairs(text: str) -> tuple[int, int]:
    """(Latin letters beside Cyrillic ones, Cyrillic letters beside Cyrillic ones) in a
    Windows-1251 reading: Western text (Windows-1252: "Müller", "José") read so puts
    single Cyrillic letters inside Latin words; Cyrillic text writes whole words of them."""
    return len(_MIXED_PAIR.findall(text)), len(_CYRILLIC_PAIR.findall(text))


def western(mixed: int, cyrillic: int) -> bool:
    """Whether one-byte text is Windows-1252 rather than Windows-1251, by its letter pairs."""
    return mixed > cyrillic


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


#: The line Excel writes above a CSV's header to name its delimiter ("sep=;").
_SEP_LINE = re.compile(r"\ufeff?sep=([,;\t|])[ \t]*\r?(?:\n|$)", re.IGNORECASE)


def sep_line(text: str) -> tuple[str, str]:
    """(the delimiter a leading "sep=;" line names, the text after that line); ('', text)
    when the text has none."""
    match = _SEP_LINE.match(text)
    return (match[1], text[match.end() :]) if match else ("", text)


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the one a "sep=" line above it names, else whichever
    of , ; tab splits it most (outside quotes)."""
    named, text = sep_line(text)
    if named:
        return named
    header = text.split("\n", 1)[0]
    header = re.sub(r'"[^"]*"', "", header)
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class Streamed(NamedTuple):
    """A file read as it is parsed: its open text, its head (to sniff the delimiter),
    whether any cell in it carries the export's guard apostrophe, and its size in bytes."""

    stream: IO[str]
    head: str
    guarded: bool
    size: int = 0

    def position(self) -> int:
        """How many of the file's bytes have been read so far (for the progress)."""
        return self.stream.buffer.tell()  # type: ignore[attr-defined]


#: How much a check of a file's encoding reads at a time (and keeps: nothing more).
_SCAN_BYTES = 4 << 20


class _Scan:
    """One pass over a file in one encoding, piece by piece, keeping only its head and what
    decode() judges the whole text by (counts). Raises UnicodeDecodeError as soon as the
    bytes are not UTF-8 or Windows-1251, InputError for a NUL in a one-byte reading."""

    def __init__(self, name: str, encoding: str, little_endian: bool = False) -> None:
        self.name, self.encoding, self.little_endian = name, encoding, little_endian
        self.decoder = codecs.getincrementaldecoder(encoding)()
        self.head, self.tail, self.guarded = "", "", False
        self.blank = True  # nothing but ASCII blanks so far, as bytes.strip() sees them
        self.letters, self.odd, self.length = False, 0, 0  # Windows-1251 or -1252
        self.pairs = [0, 0]  # letter_pairs() of a Windows-1251 reading
        self.zeros = [0, 0]  # NUL bytes at even and at odd offsets (UTF-16)
        self.offset = 0
        self.broken = self.nul = False  # UTF-16 bytes that do not decode; a NUL letter

    def feed(self, chunk: bytes, final: bool = False) -> None:
        self.blank = self.blank and not chunk.strip()
        if self.encoding == "utf-16":
            self.zeros[self.offset % 2] += chunk[0::2].count(0)
            self.zeros[1 - self.offset % 2] += chunk[1::2].count(0)
            self.offset += len(chunk)
            if self.broken:
                return
            try:
                text = self.decoder.decode(chunk, final=final)
            except UnicodeDecodeError:
                self.broken = True
                return
            self.nul = self.nul or "\x00" in text
        else:
            if b"\x00" in chunk:  # anywhere: no database of ours could store the text
                raise _binary(self.name)
            text = self.decoder.decode(chunk, final=final)
            if self.encoding == "cp1251":
                mixed, cyrillic = letter_pairs(text)
                self.pairs[0] += mixed
                self.pairs[1] += cyrillic
            if self.encoding in ("cp1251", "cp1252"):
                # The counts decode() takes, without a Python step per letter where the
                # answer is plain (a piece all printable, a letter already seen).
                self.letters = self.letters or any(ch.isalpha() for ch in text)
                if not text.replace("\r", "").replace("\n", "").replace("\t", "").isprintable():
                    self.odd += sum(1 for ch in text if not (ch.isprintable() or ch in "\r\n\t"))
                self.length += len(text)
        if len(self.head) < HEAD_BYTES:
            self.head += text[: HEAD_BYTES - len(self.head)]
        # The guard is two characters: the piece before's last one is enough overlap.
        self.guarded = self.guarded or _GUARDED_RE.search(self.tail + text) is not None
        self.tail = text[-1:] or self.tail

    def verdict(self) -> None:
        """Refuse the text whole as decode() would, in the same order and words."""
        name = self.name
        if self.blank:
            raise InputError(QT_TRANSLATE_NOOP("Import", "{name} is empty").format(name=name))
        if self.encoding == "utf-16":
            even, odd = self.zeros
            high, low = (odd, even) if self.little_endian else (even, odd)
            if low > high:  # latin text zeroes the high bytes: these contradict their BOM
                raise _binary(name)
            if self.broken:
                raise InputError(
                    QT_TRANSLATE_NOOP("Import", "{name} starts as UTF-16 text but is not").format(
                        name=name
                    )
                )
            if not self.head.strip():
                raise InputError(QT_TRANSLATE_NOOP("Import", "{name} is empty").format(name=name))
            if self.nul:
                raise _binary(name)
        one_byte = self.encoding in ("cp1251", "cp1252")
        if one_byte and (not self.letters or self.odd > self.length // 100):
            raise _neither(name)


def _neither(name: str) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP("Import", "{name} is neither UTF-8 nor Windows-1251 text").format(
            name=name
        )
    )


def text_stream(path: Path) -> Streamed:
    """The file as a text stream in the encoding decode() finds for it: UTF-8, UTF-16 with a
    BOM (Excel's "Unicode text") or Windows-1251; raises InputError for what decode()
    refuses, with the same words.

    A pass reads it in 4 MB pieces and keeps none of them (a letter cut between two pieces
    is decoded across them), so a large file is parsed as it is read rather than held whole
    as bytes and again as text (hundreds of megabytes each).
    """
    with open(path, "rb") as fh:
        start = fh.read(2)
    if start in _UTF16_BOMS:
        scan, encoding = _scanned(path, "utf-16", start == b"\xff\xfe"), "utf-16"
    else:
        try:
            scan, encoding = _scanned(path, "utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            try:  # else it may be Windows-1251 (one byte a letter)
                scan, encoding = _scanned(path, "cp1251"), "cp1251"
            except UnicodeDecodeError as exc:
                raise _neither(path.name) from exc
            if western(*scan.pairs):  # or Windows-1252, as decode() tells
                with suppress(UnicodeDecodeError):
                    scan, encoding = _scanned(path, "cp1252"), "cp1252"
    scan.verdict()
    size = path.stat().st_size
    return Streamed(open(path, encoding=encoding, newline=""), scan.head, scan.guarded, size)


def _scanned(path: Path, encoding: str, little_endian: bool = False) -> _Scan:
    """The whole file fed to a scan in `encoding`, a piece at a time. A UTF-8 BOM is not
    part of the text in either one-byte reading (the UTF-16 decoder takes its own)."""
    scan = _Scan(path.name, encoding, little_endian)
    with open(path, "rb") as fh:
        if encoding != "utf-16":
            start = fh.read(3)
            if start == b"\xef\xbb\xbf":
                scan.blank = False  # decode() judges blankness before taking it off
            else:
                scan.feed(start)
        while chunk := fh.read(_SCAN_BYTES):
            scan.feed(chunk)
        scan.feed(b"", final=True)
    return scan


def reader(text: str | Streamed) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Header and (line number, cells) rows; raises InputError when there is no header.

    `text` is the whole text, or a Streamed file whose rows are read as they are asked for."""
    csv.field_size_limit(MAX_FIELD)
    if isinstance(text, Streamed):
        source, head, known_guard = text.stream, text.head, text.guarded
    else:
        source, head, known_guard = io.StringIO(text, newline=""), text, None
    delimiter = sniff_delimiter(head)
    offset = 0
    if sep_line(head)[0]:  # Excel's "sep=;" above the header: not a row of the table
        source.readline()
        offset = 1
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
        ended = rows.line_num  # a row is named by the line it starts on (a note may run on)
        try:
            for cells in rows:
                line, ended = ended + 1, rows.line_num
                if cells:
                    if guarded:
                        cells = [restore(c) if c[:1] == "'" else c for c in cells]
                    yield line + offset, cells
        except csv.Error as exc:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "line {line_num}: {value1}").format(
                    line_num=rows.line_num + offset, value1=_csv_reason(exc)
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
