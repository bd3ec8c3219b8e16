"""Letters as old or careless mail programs write them, synced from a real Dovecot: read as a
mail program shows them (Cyrillic in a legacy charset, an HTML letter without its styles
and scripts), and each guess the sync had to make named by folder and UID in its report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from contacttracker.io.mail_sync import sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from tests.test_mail_sync import CLIENT, NOW, account, letter, olena  # noqa: F401 - fixtures

pytestmark = pytest.mark.backends

WHEN = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)


def raw(me: str, mid: str, head: bytes, body: bytes, date: bytes = b"") -> bytes:
    lines = [f"From: {CLIENT}".encode(), f"To: {me}".encode(), f"Message-ID: <{mid}>".encode()]
    lines += [date or b"Date: Mon, 16 Nov 2026 10:00:00 +0000", *head.splitlines()]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body + b"\r\n"


def test_legacy_charsets_html_and_guessed_dates(mailbox, account, olena):  # noqa: F811
    server, me, password = mailbox
    letters = [
        # 8-bit KOI8-R in the Subject, as the letter's own charset says: no encoded words.
        raw(me, "koi8@c", b"Subject: " + "Счёт за ноябрь".encode("koi8-r")
            + b"\r\nContent-Type: text/plain; charset=koi8-r", "Добрый день".encode("koi8-r")),
        # A charset no one knows, on Windows-1251 text, in the Subject's encoded word too.
        raw(me, "bogus@c", b"Subject: =?x-bogus?B?" + __import__("base64").b64encode(
            "Рахунок".encode("cp1251")) + b"?=\r\nContent-Type: text/plain; charset=x-bogus",
            "Текст у віндовс-1251".encode("cp1251")),
        # 8-bit Windows-1251 headers and body with no charset at all.
        raw(me, "nocharset@c", "Subject: Привіт".encode("cp1251") + b"\r\nMIME-Version: 1.0",
            "Без кодування".encode("cp1251")),
        # HTML only, with a style sheet, a script and a title.
        raw(me, "html@c", b"Subject: HTML\r\nContent-Type: text/html; charset=utf-8",
            "<html><head><title>Лист</title><style>p {color: red}</style>"
            "<script>alert('hi')</script></head><body><!-- a note --><p>Привіт &amp; "
            "<b>дякую</b></p><br>Олена</body></html>".encode()),
        raw(me, "nodate@c", b"Subject: No date", b"When?", date=b"X-No-Date: yes"),
        raw(me, "absurd@c", b"Subject: Absurd", b"Later",
            date=b"Date: Tue, 31 Feb 9999 99:99:99 +9999"),
    ]  # fmt: skip
    server.append(me, "INBOX", letters, when=WHEN)

    report = sync_account(account, password)
    assert (report.stored, report.others) == (6, 0), report.problems
    rows = {c.uuid: c for c in Conversation.select()}

    def row(mid: str) -> Conversation:
        return rows[mail_uuid(mid)]

    assert (row("koi8@c").subject, row("koi8@c").summary) == ("Счёт за ноябрь", "Добрый день")
    assert (row("bogus@c").subject, row("bogus@c").summary) == (
        "Рахунок",
        "Текст у віндовс-1251",
    )
    assert (row("nocharset@c").subject, row("nocharset@c").summary) == (
        "Привіт",
        "Без кодування",
    )
    html = row("html@c").summary
    assert html == "Привіт & дякую\n\nОлена", html
    for mid in ("nodate@c", "absurd@c"):  # the server's arrival time stands in
        assert row(mid).occurred_at.replace(tzinfo=UTC) == WHEN

    said = sorted(report.problems)
    assert said == [
        "INBOX UID 2: an unknown charset (x-bogus): read as Windows-1251",
        "INBOX UID 5: no Date: the server's arrival time is used",
        "INBOX UID 6: a Date that cannot be right (Tue, 31 Feb 9999 99:99:99 +9999):"
        " the server's arrival time is used",
    ], said
    again = sync_account(account, password)
    assert (again.stored, again.problems) == (0, [])


def test_an_mbox_of_legacy_letters_reads_as_the_sync_does(olena, tmp_path):  # noqa: F811
    from contacttracker.io.message_import import import_messages

    me = "me@studio.example"
    letters = [
        raw(me, "mb-koi8@c", b"Subject: " + "Счёт за ноябрь".encode("koi8-r")
            + b"\r\nContent-Type: text/plain; charset=koi8-r", "Добрый день".encode("koi8-r")),
        raw(me, "mb-html@c", b"Subject: HTML\r\nContent-Type: text/html; charset=utf-8",
            b"<html><head><style>p {color: red}</style></head><body><p>Hi</p></body></html>"),
    ]  # fmt: skip
    box = tmp_path / "old.mbox"
    box.write_bytes(b"".join(b"From x Mon Nov 16 10:00:00 2026\n" + m + b"\n" for m in letters))
    assert import_messages(box, me=me).added == 2
    koi8 = Conversation.get(Conversation.uuid == mail_uuid("mb-koi8@c"))
    assert (koi8.subject, koi8.summary) == ("Счёт за ноябрь", "Добрый день")
    assert Conversation.get(Conversation.uuid == mail_uuid("mb-html@c")).summary == "Hi"


def test_an_auto_reply_neither_confirms_our_letter_nor_waits_for_an_answer(
    mailbox,
    account,  # noqa: F811
    olena,  # noqa: F811
):
    """ "Out of office until Monday" comes from the client's address and names our letter,
    but she has not read it: it is logged, waits for no answer of ours, and our letter still
    waits for her confirmation; a mailing from her address (Precedence: bulk) waits for none
    either. Her real reply then confirms it."""
    server, me, password = mailbox
    server.append(me, "Sent", [letter(me, CLIENT, "Кошторис", mid="est@s")])
    later = f"Date: {format_datetime(NOW - timedelta(hours=1))}".encode()
    away = raw(
        me,
        "away@c",
        b"Subject: Autoreply\r\nAuto-Submitted: auto-replied"
        b"\r\nIn-Reply-To: <est@s>\r\nReferences: <est@s>",
        b"I am away until Monday.",
    )
    news = raw(
        me, "news@c", b"Subject: Our news\r\nPrecedence: bulk", b"News of the month", date=later
    )
    server.append(me, "INBOX", [away, news])  # fmt: skip
    assert sync_account(account, password).stored == 3
    rows = {c.uuid: c for c in Conversation.select()}
    ours = rows[mail_uuid("est@s")]
    for mid in ("news@c", "away@c"):
        logged = rows[mail_uuid(mid)]
        assert logged.direction == "in" and not logged.awaiting_reply
        assert logged.replies_to_id is None
    assert ours.awaiting_confirmation

    reply = letter(CLIENT, me, "Re: Кошторис", mid="ok@c", reply_to="est@s",
                   at=NOW - timedelta(minutes=30))  # fmt: skip
    server.append(me, "INBOX", [reply])
    assert sync_account(account, password).stored == 1
    assert not Conversation.get_by_id(ours.id).awaiting_confirmation
    assert Conversation.get(Conversation.uuid == mail_uuid("ok@c")).awaiting_reply


def test_an_mbox_auto_reply_is_logged_as_the_sync_logs_it(olena, tmp_path):  # noqa: F811
    from contacttracker.io.message_import import import_messages

    me = "me@studio.example"
    ours = letter(me, CLIENT, "Кошторис", mid="mb-est@s", at=NOW - timedelta(hours=2))
    away = raw(me, "mb-away@c", b"Subject: Autoreply\r\nAuto-Submitted: auto-replied"
               b"\r\nIn-Reply-To: <mb-est@s>", b"Away", date=b"Date: "
               + format_datetime(NOW - timedelta(hours=1)).encode())  # fmt: skip
    box = tmp_path / "away.mbox"
    box.write_bytes(
        b"".join(b"From x Mon Nov 16 10:00:00 2026\n" + m + b"\n" for m in (ours, away))
    )
    assert import_messages(box, me=me).added == 2
    logged = Conversation.get(Conversation.uuid == mail_uuid("mb-away@c"))
    assert not logged.awaiting_reply and logged.replies_to_id is None
    assert Conversation.get(Conversation.uuid == mail_uuid("mb-est@s")).awaiting_confirmation
