"""A long folder is read by processes of their own, each with its own connection to a real
Dovecot, while the sync writes: the same letters, links and report as one connection gives,
and a reader the server refuses ends the sync in words with what was stored kept."""

from __future__ import annotations

from datetime import timedelta

import pytest

from contacttracker.io import mail_sync
from contacttracker.io.mail_sync import sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from tests.test_mail_sync import CLIENT, NOW, account, letter, olena  # noqa: F401 (fixtures)

pytestmark = pytest.mark.backends


def _fill(server, me: str) -> None:
    server.append(me, "Sent", [
        letter(me, CLIENT, f"Етап {n}", "Надсилаю макет.", f"out{n}@studio.example",
               at=NOW - timedelta(hours=20 - n))
        for n in range(4)
    ])  # fmt: skip
    server.append(me, "INBOX", [
        letter(CLIENT, me, f"Re: Етап {n}", "Дякую, все гаразд.", f"in{n}@client.example",
               at=NOW - timedelta(hours=10 - n), reply_to=f"out{n}@studio.example")
        for n in range(4)
    ] + [
        letter("news@shop.example", me, f"Розсилка {n}", "Знижки", f"n{n}@shop.example")
        for n in range(5)
    ] + [
        b"From: " + CLIENT.encode() + b"\r\nTo: " + me.encode() + b"\r\nSubject: =?koi8-r?b?"
        b"8NLJ18XU?=\r\nDate: not a date\r\nMessage-ID: <odd@client.example>\r\n"
        b"Content-Type: text/plain; charset=koi8-r\r\n\r\n\xf0\xd2\xc9\xd7\xc5\xd4\r\n"
    ])  # fmt: skip


def _stored() -> dict[str, Conversation]:
    return {c.uuid: c for c in Conversation.select()}


def test_readers_store_what_one_connection_does(mailbox, account, olena, monkeypatch):  # noqa: F811
    server, me, password = mailbox
    _fill(server, me)
    monkeypatch.setattr(mail_sync, "BATCH", 3)
    monkeypatch.setattr(mail_sync, "PROCESS_FROM", 2)  # INBOX's 10 letters: 4 batches
    started = []
    real = mail_sync._read_elsewhere
    monkeypatch.setattr(
        mail_sync, "_read_elsewhere", lambda f, c, v: started.append(f.folder) or real(f, c, v)
    )

    report = sync_account(account, password)

    assert started == ["Sent", "INBOX"]
    assert (report.stored, report.others) == (9, 5)
    assert len(report.problems) == 1 and "INBOX UID 10" in report.problems[0]
    rows = _stored()
    assert len(rows) == 9
    for n in range(4):
        ours, reply = (
            rows[mail_uuid(f"out{n}@studio.example")],
            rows[mail_uuid(f"in{n}@client.example")],
        )
        assert reply.replies_to_id == ours.id and reply.client_id == olena.id
        assert not ours.awaiting_confirmation  # the client's reply confirms it
    assert rows[mail_uuid("odd@client.example")].subject == "Привет"

    again = sync_account(account, password)
    assert (again.stored, again.present, again.others) == (0, 0, 0)


def test_refused_readers_leave_the_reading_to_this_connection(mailbox, account, olena, monkeypatch):  # noqa: F811
    """A server that allows few connections at once refuses the readers' logins; the sync
    has logged in already, so that is no wrong password: the folder is read here."""
    server, me, password = mailbox
    _fill(server, me)
    monkeypatch.setattr(mail_sync, "BATCH", 3)
    monkeypatch.setattr(mail_sync, "PROCESS_FROM", 2)
    real = mail_sync._read_elsewhere

    def refused_readers(folder, chunks, validity):
        folder.password = "not the password"  # what the readers log in with
        return real(folder, chunks, validity)

    monkeypatch.setattr(mail_sync, "_read_elsewhere", refused_readers)

    report = sync_account(account, password)

    assert (report.stored, report.others) == (9, 5)
    assert len(report.problems) == 1 and "INBOX UID 10" in report.problems[0]
    rows = _stored()
    for n in range(4):
        ours, reply = (
            rows[mail_uuid(f"out{n}@studio.example")],
            rows[mail_uuid(f"in{n}@client.example")],
        )
        assert reply.replies_to_id == ours.id and not ours.awaiting_confirmation
