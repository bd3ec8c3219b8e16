"""A client's reply stored before the letter it answers (an older period read again, our
sent mail imported from an mbox after the sync) links to that letter once it arrives, and
confirms it: on SQLite and PostgreSQL, against a real Dovecot."""

from __future__ import annotations

from datetime import timedelta

import pytest

from contacttracker.domain.mail_account import Endpoint, make_account
from contacttracker.io.mail_sync import sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from tests.test_mail_sync import CLIENT, NOW, letter, olena  # noqa: F401 - a fixture

pytestmark = pytest.mark.backends


def row(mid: str) -> Conversation:
    return Conversation.get(Conversation.uuid == mail_uuid(mid))


def test_reading_an_older_period_again_confirms_what_the_replies_answer(mailbox, olena):  # noqa: F811
    server, me, password = mailbox
    sent_at, replied_at = NOW - timedelta(days=100), NOW - timedelta(days=20)
    server.append(me, "Sent", [letter(me, CLIENT, "Договір", mid="deal@s", at=sent_at)],
                  when=sent_at)  # fmt: skip
    server.append(me, "INBOX", [letter(CLIENT, me, "Re: Договір", mid="yes@c", at=replied_at,
                                       reply_to="deal@s")], when=replied_at)  # fmt: skip
    acc = make_account(
        "work", [me], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap"), since_days=30
    )
    assert sync_account(acc, password).stored == 1  # the reply only: ours is older
    assert row("yes@c").replies_to_id is None

    again = sync_account(acc, password, since=(NOW - timedelta(days=365)).date())
    assert (again.stored, again.present) == (1, 1)
    ours = row("deal@s")
    assert row("yes@c").replies_to_id == ours.id
    assert not ours.awaiting_confirmation and ours.confirmed_at is not None


def test_our_letters_imported_after_the_sync_are_confirmed_by_synced_replies(
    mailbox,
    olena,  # noqa: F811
    tmp_path,
):
    from contacttracker.io.message_import import import_messages

    server, me, password = mailbox
    server.append(me, "INBOX", [letter(CLIENT, me, "Re: Кошторис", mid="ok@c", reply_to="est@s"),
                                letter(CLIENT, me, "Інше", mid="other@c")])  # fmt: skip
    acc = make_account("work", [me], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap"))
    assert sync_account(acc, password).stored == 2

    box = tmp_path / "sent.mbox"
    ours = letter(me, CLIENT, "Кошторис", mid="est@s", at=NOW - timedelta(hours=5))
    box.write_bytes(b"From x Mon Nov 16 10:00:00 2026\n" + ours + b"\n")
    assert import_messages(box, me=me).added == 1
    estimate = row("est@s")
    assert row("ok@c").replies_to_id == estimate.id
    assert row("other@c").replies_to_id is None
    assert not estimate.awaiting_confirmation and estimate.confirmed_at is not None
