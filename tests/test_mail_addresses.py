"""Whose a synced letter is, read from its address fields as mail programs write them, against
a real Dovecot on both backends: the quick look that sets most of a mailbox aside must never
set aside a letter with a client, and a client's address that is only a display name makes
nobody's letter theirs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from contacttracker.io.mail_sync import sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from tests.test_mail_sync import account  # noqa: F401 (fixture)

pytestmark = pytest.mark.backends

CLIENT = "olena.koval@client.example"
NOW = datetime.now(UTC).replace(microsecond=0)
DATE = (NOW - timedelta(hours=2)).strftime("%a, %d %b %Y %H:%M:%S +0000")


def raw_letter(headers: str, mid: str) -> bytes:
    """A letter with exactly these header lines (as a mail program wrote them)."""
    head = headers.strip().replace("\n", "\r\n")
    return (
        f"{head}\r\nSubject: =?utf-8?b?0JzQsNC60LXRgg==?=\r\nDate: {DATE}\r\n"
        f"Message-ID: <{mid}>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nТекст листа.\r\n"
    ).encode()


def test_every_way_of_writing_a_clients_address_is_found(mailbox, account, client_factory):  # noqa: F811
    server, me, password = mailbox
    olena = client_factory(name="Олена Коваль", channels=[("email", CLIENT)])
    theirs = {
        "plain": f"From: {CLIENT}\nTo: {me}",
        "upper case": f"From: {CLIENT.upper()}\nTo: {me}",
        "quoted name with a comma": f'From: "Коваль, Олена" <{CLIENT}>\nTo: {me}',
        "encoded name": f"From: =?utf-8?b?0J7Qu9C10L3QsA==?= <{CLIENT}>\nTo: {me}",
        "comment after": f"From: {CLIENT} (Olena)\nTo: {me}",
        "angle brackets with spaces": f"From: < {CLIENT} >\nTo: {me}",
        "8-bit name": f"From: Олена Коваль <{CLIENT}>\nTo: {me}",
        "folded list, copy only": (
            f"From: boss@client.example\nTo: {me},\n team@client.example\nCc: a@b.example,\n\t"
            f"Olena <{CLIENT}>"
        ),
        "group": f"From: {me}\nTo: Clients: {CLIENT}, x@y.example;",
        "ours to the client": f"From: Me <{me}>\nTo: <{CLIENT}>",
    }
    others = {
        "name only": f'From: "{CLIENT}" <spammer@else.example>\nTo: {me}',
        "encoded name only": (
            f"From: =?utf-8?q?{CLIENT.replace('.', '=2E')}?= <spammer@else.example>\nTo: {me}"
        ),
        "a longer address": f"From: x{CLIENT}\nTo: {me}",
        "nobody": f"From: news@shop.example\nTo: {me}",
    }
    letters = {name: raw_letter(h, f"{n}@t.example") for n, (name, h) in enumerate(theirs.items())}
    letters |= {
        name: raw_letter(h, f"other{n}@t.example") for n, (name, h) in enumerate(others.items())
    }
    server.append(me, "INBOX", list(letters.values()))

    report = sync_account(account, password)

    assert (report.stored, report.others, report.problems) == (len(theirs), len(others), [])
    rows = {c.uuid: c for c in Conversation.select()}
    for n, name in enumerate(theirs):
        row = rows.get(mail_uuid(f"{n}@t.example"))
        assert row is not None, name
        assert row.client_id == olena.id, name
    assert rows[mail_uuid(f"{len(theirs) - 1}@t.example")].direction == "out"
    assert rows[mail_uuid("0@t.example")].direction == "in"
