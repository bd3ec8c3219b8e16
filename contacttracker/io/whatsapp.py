"""WhatsApp chat exports: the .txt of Android, the .zip of iOS (its ``_chat.txt``).

A message is known by what the file says of it, never by where or when it is imported: the
time as the phone wrote it, the sender, the text, and how many identical ones came before it
in the same minute (two "Ok" in one minute are two messages). The chat is the person the file
names, in the phone's language; in a chat of two, the other author is you.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from contacttracker.domain.countries import twelve_hour_day_first, writes_month_first
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_format import InputError, decode
from contacttracker.io.messages import Message

#: Marks phones put around names, numbers and notices (left-to-right, embeddings,
#: isolates): invisible, and never part of what was written.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: What a phone writes for a photo, a voice note or a file left out of the export, in its
#: language: Android's one placeholder (English, Ukrainian, Russian, German, French,
#: Spanish, Portuguese, Italian, Polish, Turkish, Dutch), iOS's one per kind, and the name
#: of a file sent along ("IMG-….jpg (file attached)").
MEDIA = re.compile(
    r"^(<(Media omitted|Без медіафайлів|Медіафайл пропущено|Медиафайл пропущен|"
    r"Медиа отсутствуют|Без медиафайлов|Файл пропущено|Medien ausgeschlossen|Médias omis|"
    r"Multimedia omitido|Mídia oculta|Media omessi|Pominięto multimedia|"
    r"Medya dahil edilmedi|Media weggelaten|attached: [^>]*)>|"
    r"(image|video|audio|sticker|GIF|document|Contact card) omitted|"
    r"(изображение|видео|аудио|стикер) отсутствует|"
    r"(зображення|відео|аудіо|стікер) пропущено|"
    r"(Bild|Video|Audio|Sticker|GIF|Dokument) weggelassen|"
    r"image absente|imagen omitida|immagine omessa|"
    r"görüntü dahil edilmedi|"
    r".+ \((file attached|файл вкладено|файл прикреплен|Datei angehängt|fichier joint|"
    r"archivo adjunto|arquivo anexado)\))$",
    re.IGNORECASE,
)
#: The placeholders a message's identity has always read as "[media]": one read so only
#: since (German's, French's…) keeps its own words in its identity, so a chat stored
#: before is found again, not stored twice.
KEYED_AS_MEDIA = re.compile(
    r"^(<(Media omitted|Без медіафайлів|Медіафайл пропущено|Медиафайл пропущен|"
    r"Медиа отсутствуют|Без медиафайлов|Файл пропущено|attached: [^>]*)>|"
    r"(image|video|audio|sticker|GIF|document|Contact card) omitted|"
    r"(изображение|видео|аудио|стикер) отсутствует|"
    r"(зображення|відео|аудіо|стікер) пропущено|"
    r".+ \((file attached|файл вкладено|файл прикреплен)\))$",
    re.IGNORECASE,
)
#: The notice a chat opens with ("Messages and calls are end-to-end encrypted…"), in the
#: languages phones write it in: a note of the app, not a message of anyone's.
ENCRYPTION_NOTICE = re.compile(
    r"end-to-end|наскрізн\w* шифрув|сквозн\w* шифров|Ende-zu-Ende|de extremo a extremo|"
    r"de bout en bout|ponta a ponta|uçtan uca",
    re.IGNORECASE,
)
#: The notice's own opening, for a copy of an iOS export that lost the mark before it:
#: "Messages and calls are end-to-end encrypted", "Сообщения и звонки защищены сквозным
#: шифрованием"… A message that only mentions end-to-end does not read so.
NOTICE_WORDS = re.compile(
    r"^(?:Messages|Сообщения|Повідомлення|Nachrichten|Los mensajes|Les messages|"
    r"As mensagens|Mesajlar|Wiadomości)\b[^.\n]{0,120}?"
    r"(?:end-to-end encrypt|szyfrowan\w* end-to-end|наскрізн\w* шифрув|сквозн\w* шифров|"
    r"Ende-zu-Ende-verschlüsselt|cifrad\w* de extremo a extremo|chiffré\w* de bout en bout|"
    r"criptografia de ponta a ponta|uçtan uca şifrel)",
    re.IGNORECASE,
)
#: What a phone writes in place of a message deleted before the export, in its language:
#: nothing anyone said (and no reply owed), worded differently by each phone.
DELETED = re.compile(
    r"^(This message was deleted|You deleted this message|"
    r"Це повідомлення видалено|Ви видалили це повідомлення|"
    r"Данное сообщение удалено|Это сообщение удалено|Вы удалили (это|данное) сообщение|"
    r"Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht|"
    r"Wiadomość została usunięta|Usunięto tę wiadomość)\.?$",
    re.IGNORECASE,
)
# 12.03.24, 14:05 - Name: text   |   3/12/24, 2:05 PM - Name: text   |   [12.03.24, 14:05:33] Name: text
# [12.3.2022 klo 14.08.18] Name: text   |   2024-03-12 14:05 - Name: text
WHATSAPP_LINE = re.compile(
    r"^\[?(?P<d1>\d{1,4})[./-](?P<d2>\d{1,2})[./-](?P<d3>\d{2,4})\.?,?\s+(?:klo\s+|г\.,?\s+)?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?[\s\u202f\u00a0]*"
    r"(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?\]?\s*(?:[-–]\s*)?(?P<rest>.*)$"
)
#: The other party, as the phone names the file: "WhatsApp Chat with X" (Android, English),
#: "Чат WhatsApp с X" (Russian), "Чат WhatsApp з X" (Ukrainian), "WhatsApp-Chat mit X"
#: (German), "Discussion WhatsApp avec X" (French), "WhatsApp Chat - X" (iOS)…
CHAT_NAME = re.compile(
    r"^(?:WhatsApp Chat with|WhatsApp[- ]Chat mit|Чат WhatsApp с|Чат WhatsApp со|"
    r"Чат WhatsApp з|Чат WhatsApp із|Чат WhatsApp зі|Chat de WhatsApp con|Chat WhatsApp con|"
    r"Discussion WhatsApp avec|Conversa do WhatsApp com|Conversa no WhatsApp com|"
    r"Czat WhatsApp z|"
    r"(?:WhatsApp Chat|Чат WhatsApp|WhatsApp-Chat)\s*[-–—])\s*(?P<name>.+)$",
    re.IGNORECASE,
)
#: A message's time in its key, as the phone wrote it: uuids stored by every import so far
#: are made from it, so it never changes.
KEY_FORMAT = "%Y-%m-%d %H:%M"
#: "… (1)", "… (2)": the copy a browser or a file manager saved beside the first.
COPY_SUFFIX = re.compile(r"\s*\(\d{1,3}\)$")
#: A chat's text, unpacked; a zip that claims more, or unpacks to more than 100 times its
#: size past 16 MB, is refused as damaged or hostile.
MAX_CHAT_BYTES = 256 * 2**20
MAX_RATIO, RATIO_FROM = 100, 16 * 2**20


#: What decided a file's date order: the file itself (a day past 12, the year first, dots),
#: its 12-hour clock (as US phones write), or the home country's way, when nothing in the
#: file tells; "stored": the way the chat's messages already stored read (the import's).
TOLD, CLOCK, COUNTRY, STORED = "file", "clock", "country", "stored"


@dataclass
class Chat:
    """A parsed export: whom it is with (from the file's name, '' when it does not say),
    which author is you ('' when none can be told), its messages in file order, and how its
    dates were read ('dmy', 'mdy' or 'ymd') and what decided that."""

    party: str
    me: str
    messages: list[Message]
    order: str = "dmy"
    decided_by: str = TOLD

    @property
    def authors(self) -> list[str]:
        return list(dict.fromkeys(m.sender for m in self.messages))

    def read_the_other_way(self) -> None:
        """Day and month swapped in every date that reads both ways: for a file that does
        not tell, when the chat is stored already the other way."""
        for msg in self.messages:
            if msg.swapped:
                (msg.key, msg.at), msg.swapped = msg.swapped, (msg.key, msg.at)
        self.order = {"dmy": "mdy", "mdy": "dmy"}.get(self.order, self.order)


def is_whatsapp(text: str) -> bool:
    """An export starts with a message line (the encryption notice or the first message)
    and has more of them; a message of many lines, such as a pasted price list, may fill
    the rest of the head, so the first line counts as much as how many of them match."""
    lines = [
        BIDI_MARKS.sub("", line).lstrip("\ufeff")
        for line in text.splitlines()[:400]
        if line.strip()
    ]
    if not lines:
        return False
    matching = [_a_message_line(line) for line in lines]
    if matching[0] and (len(lines) == 1 or any(matching[1:])):
        return True
    head = matching[:20]
    return sum(head) >= max(1, len(head) // 2)


def _a_message_line(line: str) -> bool:
    """A line as phones write a message: its time closed by "]" (iOS) or followed by a dash
    (Android), not by a comma or semicolon, as a table's first column of dates is."""
    match = WHATSAPP_LINE.match(line)
    if match is None:
        return False
    end = max(match.end(g) for g in ("m", "s", "ampm") if match[g] is not None)
    return line[end:].lstrip(" \t\u202f\u00a0.")[:1] in ("]", "-", "–", ":")


def party_of(stem: str) -> str:
    """The other party a file's name gives ('' when the name is not a phone's)."""
    stem = BIDI_MARKS.sub("", COPY_SUFFIX.sub("", stem.strip())).strip()
    match = CHAT_NAME.match(stem)
    return COPY_SUFFIX.sub("", match["name"]).strip() if match else ""


def _date_order(
    matches: list[re.Match], month_first: bool = False, clock_day_first: bool = False
) -> tuple[str, str]:
    """('dmy', 'mdy' or 'ymd', what decided it) for the whole file: phones write one order
    throughout. Slashes with no day past 12 say nothing: a 12-hour clock is a US phone's
    unless the home country keeps the day first with one (`clock_day_first`), else the
    home country's way decides (`month_first`)."""
    if any(len(m["d1"]) == 4 for m in matches):
        return "ymd", TOLD
    if any(int(m["d1"]) > 12 for m in matches):
        return "dmy", TOLD
    if any(int(m["d2"]) > 12 for m in matches):
        return "mdy", TOLD
    if any("." in m.group(0)[:10] for m in matches):
        return "dmy", TOLD  # no phone writes the month first with dots
    if any(m["ampm"] for m in matches):
        return ("dmy", COUNTRY) if clock_day_first else ("mdy", CLOCK)
    return ("mdy" if month_first else "dmy"), COUNTRY


def _sender_and_body(rest: str) -> tuple[str, str] | None:
    """('Name', 'text') of a message line; None for a line of the app's own ("X joined")."""
    sender, colon, body = rest.partition(": ")
    if not colon:
        if not rest.endswith(":"):
            return None
        sender, body = rest[:-1], ""
    if not sender.strip() or len(sender) > 200:
        return None
    return sender, body


def parse_whatsapp(
    text: str,
    tz=None,
    month_first: bool = False,
    party: str = "",
    clock_day_first: bool = False,
) -> tuple[list[Message], str, str]:
    """(the messages of a chat export, Android or iOS; its date order; what decided it).
    Lines without a date continue the message before them. Notices of the app (encryption,
    members joining; `party`: the chat's name) and the marks of deleted messages are left
    out. A date that reads both ways (03/04/24) keeps the other reading's key and time in
    ``swapped``."""
    raw = text.splitlines()
    lines = [BIDI_MARKS.sub("", line) for line in raw]
    matches = [m for line in lines if (m := WHATSAPP_LINE.match(line))]
    if not any(_sender_and_body(m["rest"]) for m in matches):
        raise InputError(QT_TRANSLATE_NOOP("Import", "no WhatsApp message lines found"))
    order, decided_by = _date_order(matches, month_first, clock_day_first)
    other = {"dmy": "mdy", "mdy": "dmy"}.get(order, "")
    first_line = next(i for i, line in enumerate(lines) if line.strip())
    messages: list[Message] = []
    current: Message | None = None
    for number, (line, original) in enumerate(zip(lines, raw, strict=True), start=1):
        m = WHATSAPP_LINE.match(line)
        parts = _sender_and_body(m["rest"]) if m else None
        if m and parts:
            sender, body = parts
            opening = number == first_line + 1 or _same_name(sender, party)
            if _is_notice(sender, body, original, opening):
                current = None
                continue
            local = _wa_time(m, order, number)
            current = Message(
                "", "whatsapp", sender.strip(), False, _to_utc(local, tz), body, line=number
            )
            current.key = local.strftime(KEY_FORMAT)
            if other and int(m["d1"]) <= 12 and int(m["d2"]) <= 12 and int(m["d1"]) != int(m["d2"]):
                swapped = _wa_time(m, other, number)
                current.swapped = (swapped.strftime(KEY_FORMAT), _to_utc(swapped, tz))
            messages.append(current)
        elif m:
            current = None  # a line of the app's own ("Messages are end-to-end encrypted")
        elif current is not None:
            current.text += "\n" + line
        elif line.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "line {number}: not a WhatsApp message line: {value1!r}"
                ).format(number=number, value1=line[:60])
            )
    for msg in messages:
        msg.text = msg.text.strip()
    messages = [msg for msg in messages if not DELETED.match(msg.text)]
    seen: dict[tuple[str, str, str], int] = {}
    for msg in messages:
        keyed = "[media]" if KEYED_AS_MEDIA.match(msg.text) else msg.text
        if MEDIA.match(msg.text):
            msg.text = "[media]"
        same = (msg.key, msg.sender, keyed)
        ordinal = seen.get(same, 0)
        seen[same] = ordinal + 1
        msg.key = "\x1f".join((*same, str(ordinal)))
        if msg.swapped:  # its place among the same ones is the same read either way
            key, at = msg.swapped
            msg.swapped = ("\x1f".join((key, msg.sender, keyed, str(ordinal))), at)
    return messages, order, decided_by


def _is_notice(sender: str, body: str, original: str, opening: bool) -> bool:
    """The encryption notice: iOS writes it under the chat's name after an invisible mark;
    a language whose notice holds a colon reads, on Android, as a sender that is one. A
    copy that lost the mark still opens the file, or is "written" by the chat's name, in
    the notice's own words (`opening`); a message merely naming end-to-end is no notice."""
    if ENCRYPTION_NOTICE.search(sender):
        return True
    marked = original.partition(": ")[2].startswith("\u200e")
    if marked and ENCRYPTION_NOTICE.search(body):
        return True
    return opening and bool(NOTICE_WORDS.match(body.strip()))


def _same_name(sender: str, party: str) -> bool:
    return bool(party) and sender.strip().casefold() == party.strip().casefold()


def _wa_time(m: re.Match, order: str, number: int) -> datetime:
    """The time as the phone wrote it (no zone: the phone's own)."""
    a, b, c = int(m["d1"]), int(m["d2"]), int(m["d3"])
    year, month, day = {"dmy": (c, b, a), "mdy": (c, a, b), "ymd": (a, b, c)}[order]
    year += 2000 if year < 100 else 0
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    ampm = re.sub(r"[.\s]", "", m["ampm"] or "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "line {number}: {value1!r} is not a date ({exc})").format(
                number=number, value1=m.group(0)[:30], exc=exc
            )
        ) from exc


def _to_utc(local: datetime, tz) -> datetime:
    """Stored in UTC, read in this computer's zone unless one is given."""
    return (
        local.astimezone().astimezone(UTC)
        if tz is None
        else local.replace(tzinfo=tz).astimezone(UTC)
    )


def name_chat(party: str, messages: list[Message], me: str, stem: str = "") -> Chat:
    """Who the chat is with and which author is you; raises InputError asking for your
    name only when the file cannot tell (a group, or a chat whose name says nothing)."""
    authors = list(dict.fromkeys(m.sender for m in messages))
    me = me.strip()
    if me not in authors:
        me = _told_me(party, authors) or me
    only_them = len(authors) == 1 and authors[0].casefold() == party.casefold()
    if me and me not in authors and not only_them:
        # A name (given, or remembered from another chat) that writes nothing here, in a
        # chat that cannot tell: every message would be stored as theirs, for good.
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{me!r} writes nothing in this chat; say which of its authors you are (--me): {authors}",
            ).format(me=me, authors=", ".join(authors))
        )
    if not me and not only_them:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import",
                "say who you are in the chat (--me 'Your Name') so your messages count as sent",
            )
        )
    if not party:
        others = [a for a in authors if a != me]
        party = others[0] if len(others) == 1 else "" if stem == "_chat" else stem
    for msg in messages:
        msg.outgoing = msg.sender == me
    return Chat(party, me, messages)


def _told_me(party: str, authors: list[str]) -> str:
    """In a chat of two named after one of them, the other is you."""
    folded = party.casefold()
    if party and len(authors) == 2 and folded in (a.casefold() for a in authors):
        return next(a for a in authors if a.casefold() != folded)
    return ""


def read_chat(path: Path, me: str, tz=None, country: str | None = None) -> Chat:
    """A WhatsApp export (.txt, or the .zip iOS writes), parsed and named; dates the file
    leaves open are read as `country` writes them (the person's home country when None)."""
    if country is None:
        from contacttracker.store.clients import home_country

        country = home_country()
    stem, data = chat_text(path)
    party = party_of(stem)
    messages, order, decided_by = parse_whatsapp(
        decode(data, path.name),
        tz,
        writes_month_first(country),
        party,
        twelve_hour_day_first(country),
    )
    chat = name_chat(party, messages, me, stem)
    chat.order, chat.decided_by = order, decided_by
    if not chat.party:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import",
                'the chat\'s file name does not say whom it is with: keep the name the phone gave it ("WhatsApp Chat with …")',
            )
        )
    return chat


def chat_text(path: Path) -> tuple[str, bytes]:
    """(the name that tells the party, the chat's bytes): the file itself, or the chat
    inside an iOS or Android .zip, whose photos and voice notes are left alone."""
    if not zipfile.is_zipfile(path):
        return path.stem, path.read_bytes()
    try:
        with zipfile.ZipFile(path) as archive:
            member = _chat_member(archive, path.name)
            if member.flag_bits & 0x1:
                raise InputError(
                    QT_TRANSLATE_NOOP("Import", "{name}: the chat inside is encrypted").format(
                        name=path.name
                    )
                )
            _check_size(member, path.name)
            with archive.open(member) as fh:
                data = fh.read(MAX_CHAT_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{name} is a damaged zip file ({exc})").format(
                name=path.name, exc=exc
            )
        ) from exc
    if len(data) > MAX_CHAT_BYTES:
        raise _too_big(path.name)
    inner = PurePosixPath(member.filename).stem
    return (path.stem if inner == "_chat" else inner), data


def _chat_member(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    texts = [i for i in archive.infolist() if i.filename.lower().endswith(".txt")]
    chats = [i for i in texts if PurePosixPath(i.filename).name == "_chat.txt"] or texts
    if len(chats) != 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: a zip of a WhatsApp chat holds one _chat.txt; this one holds {count} text files",
            ).format(name=name, count=len(chats))
        )
    return chats[0]


def _check_size(member: zipfile.ZipInfo, name: str) -> None:
    ratio_big = (
        member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * member.compress_size
    )
    if member.file_size > MAX_CHAT_BYTES or ratio_big:
        raise _too_big(name)


def _too_big(name: str) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name}: the chat inside unpacks to more than a chat export holds (a damaged or hostile zip)",
        ).format(name=name)
    )
