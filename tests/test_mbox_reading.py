"""An mbox as mail programs leave it: body lines that were "From " quoted by the writer,
a mailbox of many letters read with progress and a way to stop, one of big attachments
read without holding the letters whole."""

from __future__ import annotations

import base64
import tracemalloc

import pytest

from contacttracker.io.message_import import import_messages
from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from contacttracker.store.progress import Cancelled

ME = "me@studio.example"
CLIENT = "olena@client.example"


def letter(mid: str, body: str, *, attachment: bytes = b"", day: int = 16) -> bytes:
    head = (
        f"From: Олена <{CLIENT}>\nTo: {ME}\nSubject: Лист {mid}\nMessage-ID: <{mid}>\n"
        f"Date: Mon, {day:02d} Nov 2026 10:00:00 +0200\nMIME-Version: 1.0\n"
    )
    if not attachment:
        return (head + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n").encode()
    encoded = base64.encodebytes(attachment).decode()
    return (
        head + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n--b\n"
        'Content-Type: application/pdf; name="brief.pdf"\nContent-Transfer-Encoding: base64\n\n'
        + encoded
        + "--b--\n"
    ).encode()


def mbox(path, letters: list[bytes]) -> None:
    with open(path, "wb") as fh:
        for raw in letters:
            fh.write(b"From olena@client.example Mon Nov 16 08:00:00 2026\n" + raw + b"\n")


@pytest.fixture
def olena(client_factory):
    return client_factory("Олена", channels=[("email", CLIENT)])


def test_from_lines_quoted_by_the_mail_program_read_as_written(olena, tmp_path):
    """Thunderbird (mboxo) writes a body's "From " line as ">From "; mboxrd adds one ">"
    to every such line, quoted or not. The reader takes one away, as mail programs do."""
    box = tmp_path / "Inbox"
    mbox(
        box,
        [
            letter("quoted@c", ">From the brief: two pages.\n>>From the call: Friday.\n> From me"),
        ],
    )
    assert import_messages(box, me=ME).added == 1
    summary = Conversation.get(Conversation.uuid == mail_uuid("quoted@c")).summary
    assert summary.splitlines() == [
        "From the brief: two pages.",
        ">From the call: Friday.",
        "> From me",
    ]


@pytest.mark.parametrize(
    ("postmark", "expected"),
    [
        ("Tue Nov 17 08:00:00 2026", (17, 8, 0)),  # RFC 4155: UTC
        ("Tue Nov 17 08:00 2026", (17, 8, 0)),  # no seconds
        ("Tue Nov 17 10:30:00 +0200 2026", (17, 8, 30)),  # an older program's zone
        ("Tue Nov 17 08:00:00 EET 2026", (17, 8, 0)),  # a zone by name says too little
        ("Tue Nov 17 08:00:00 CET DST 26", (17, 8, 0)),  # two-digit year
        ("Wed Nov 18 00:15:00 1996 remote from gw", (18, 0, 15)),
    ],
)
def test_a_letter_without_a_date_takes_its_from_lines_time(olena, tmp_path, postmark, expected):
    """Only the postmark tells when such a letter came; mail programs write it in more
    shapes than RFC 4155's, and each one found is a letter kept rather than skipped."""
    box = tmp_path / "Inbox"
    raw = letter("undated@c", "Без дати").replace(b"Date: Mon, 16 Nov 2026 10:00:00 +0200\n", b"")
    box.write_bytes(f"From {CLIENT} {postmark}\n".encode() + raw + b"\n")
    assert import_messages(box, me=ME).added == 1
    at = Conversation.get(Conversation.uuid == mail_uuid("undated@c")).occurred_at
    year = 1996 if "1996" in postmark else 2026
    assert (at.year, at.day, at.hour, at.minute) == (year, *expected)


@pytest.mark.backends
def test_a_long_mailbox_shows_progress_while_read_and_stops_when_told(olena, tmp_path):
    box = tmp_path / "Inbox"
    mbox(box, [letter(f"m{i}@c", f"Лист номер {i}", day=1 + i % 28) for i in range(1000)])
    heard: list[tuple[int, int]] = []

    def stop_while_reading(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < 600

    with pytest.raises(Cancelled):
        import_messages(box, me=ME, progress=stop_while_reading)
    assert heard[:3] == [(200, 0), (400, 0), (600, 0)]
    assert Conversation.select().count() == 0

    heard.clear()
    assert import_messages(box, me=ME, progress=lambda d, t: heard.append((d, t)) or True).added
    reading = [d for d, t in heard if t == 0]
    assert reading == [200, 400, 600, 800, 1000], "every 200th letter read is told"
    assert heard[-1] == (1000, 1000)
    assert Conversation.select().count() == 1000


def test_a_mailbox_of_big_attachments_is_not_held_whole(olena, tmp_path):
    """Each letter is parsed and let go: what stays is its text, not its attachment."""
    pdf = bytes(range(256)) * 4096  # 1 MiB
    box = tmp_path / "Inbox"
    mbox(box, [letter(f"big{i}@c", f"Бриф {i}", attachment=pdf) for i in range(36)])
    assert box.stat().st_size > 48 * 2**20
    tracemalloc.start()
    try:
        assert import_messages(box, me=ME).added == 36
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Before: 142 MiB for a 66 MiB mailbox, every letter held parsed until the last was read.
    assert peak < 24 * 2**20, (
        f"{peak / 2**20:.0f} MiB held for a {box.stat().st_size // 2**20} MiB mailbox"
    )
    assert Conversation.get(Conversation.uuid == mail_uuid("big3@c")).summary == "Бриф 3"


@pytest.mark.parametrize("written", ["-0000", "+0000", "GMT", ""])
def test_a_date_in_utc_whose_zone_is_unknown_is_utc_on_any_computer(
    olena, tmp_path, monkeypatch, written
):
    """RFC 5322's "-0000" (and a Date with no zone) had been read in the importing
    computer's own zone: 09:00 became 06:00 in Kyiv and 00:00 in Tokyo."""
    import time

    box = tmp_path / "Inbox"
    date = f"Date: Wed, 1 May 2024 09:00:00 {written}".rstrip().encode()
    raw = letter("utc@c", "Час").replace(b"Date: Mon, 16 Nov 2026 10:00:00 +0200", date)
    box.write_bytes(f"From {CLIENT} Wed May  1 09:00:00 2024\n".encode() + raw + b"\n")
    try:
        for zone in ("Europe/Kyiv", "Asia/Tokyo"):
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            import_messages(box, me=ME)
            at = Conversation.get(Conversation.uuid == mail_uuid("utc@c")).occurred_at
            assert (at.day, at.hour) == (1, 9), (zone, at)
            Conversation.delete().execute()
    finally:
        monkeypatch.delenv("TZ", raising=False)
        time.tzset()


def test_a_letter_without_a_message_id_keeps_its_identity_across_the_utc_fix(
    olena, tmp_path, monkeypatch
):
    """Its identity holds its time: read as UTC now, a "-0000" letter imported before
    (its time read in this computer's zone) would have been stored again."""
    import time
    from datetime import UTC
    from email.utils import parsedate_to_datetime

    from contacttracker.io.messages import uid

    monkeypatch.setenv("TZ", "Europe/Kyiv")
    time.tzset()
    try:
        box = tmp_path / "Inbox"
        raw = letter("x@c", "Без ідентифікатора").replace(b"Message-ID: <x@c>\n", b"")
        raw = raw.replace(b"10:00:00 +0200", b"10:00:00 -0000")
        box.write_bytes(f"From {CLIENT} Mon Nov 16 10:00:00 2026\n".encode() + raw + b"\n")
        import_messages(box, me=ME)
        stored = Conversation.get()
        before = parsedate_to_datetime("Mon, 16 Nov 2026 10:00:00 -0000").astimezone(UTC)
        assert stored.uuid == mail_uuid(uid("Inbox", 1, "Лист x@c", before))
        assert stored.occurred_at.hour == 10, "stored at its time in UTC all the same"
    finally:
        monkeypatch.delenv("TZ", raising=False)
        time.tzset()
