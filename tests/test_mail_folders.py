"""The Sent folder where the server marks none \\Sent (RFC 6154), as older servers and
mailboxes moved from a Russian or Ukrainian mail program have: found by its usual name,
Cyrillic included, against a real Dovecot configured without SPECIAL-USE."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from contacttracker.domain.mail_account import Endpoint, make_account
from contacttracker.io.imap import check_account
from contacttracker.io.mail_sync import sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from tests.helpers import dovecot
from tests.test_mail_sync import CLIENT, letter, olena  # noqa: F401 - a fixture

pytestmark = pytest.mark.backends


@pytest.fixture(scope="module")
def plain_server():
    if not dovecot.available():  # as the shared server's fixture: CI never skips
        if os.environ.get(dovecot.REQUIRE_ENV):
            pytest.fail("dovecot is not installed, and CI requires the IMAP tests")
        pytest.skip("the IMAP tests need Dovecot (apt-get install dovecot-imapd)")
    folder = Path(tempfile.mkdtemp(prefix="ct-dovecot-plain-"))
    server = dovecot.Dovecot(folder, special_use=False)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("sent", ["Отправленные", "Надіслані", "INBOX/Sent Items"])
def test_a_sent_folder_without_special_use_is_found_by_its_name(plain_server, olena, sent):  # noqa: F811
    user = f"me-{abs(hash(sent)) % 10**8}-{len(plain_server.users)}@example.org"
    plain_server.add_user(user, "pass-word")
    plain_server.append(user, "Черновики", [letter(user, CLIENT, "Чернетка", mid="draft@s")])
    plain_server.append(user, sent, [letter(user, CLIENT, "Кошторис", mid="bill@s")])
    plain_server.append(user, "INBOX", [letter(CLIENT, user, "Re: Кошторис", mid="re@c",
                                               reply_to="bill@s")])  # fmt: skip
    acc = make_account(
        "old", [user], Endpoint.parse(f"127.0.0.1:{plain_server.port}", "none", "imap")
    )
    found = check_account(acc, "pass-word")
    assert (found.folders.inbox, found.folders.sent) == ("INBOX", sent)
    assert found.counts == {"INBOX": 1, sent: 1}

    report = sync_account(acc, "pass-word")
    assert report.folders == [sent, "INBOX"] and report.stored == 2
    ours = Conversation.get(Conversation.uuid == mail_uuid("bill@s"))
    reply = Conversation.get(Conversation.uuid == mail_uuid("re@c"))
    assert ours.direction == "out" and reply.replies_to_id == ours.id
    assert not ours.awaiting_confirmation
    assert not Conversation.select().where(Conversation.uuid == mail_uuid("draft@s")).exists()


def test_a_first_sync_links_a_reply_to_our_letter_read_in_the_same_sync(mailbox, olena):  # noqa: F811
    """A mailbox connected for the first time holds our letter and the client's reply to
    it: our letter is confirmed at once, not left waiting until someone confirms it."""
    server, me, password = mailbox
    server.append(me, "INBOX", [letter(CLIENT, me, "Re: Договір", mid="yes@c", reply_to="deal@s")])
    server.append(me, "Sent", [letter(me, CLIENT, "Договір", mid="deal@s")])
    acc = make_account("work", [me], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap"))
    assert sync_account(acc, password).stored == 2
    ours = Conversation.get(Conversation.uuid == mail_uuid("deal@s"))
    assert Conversation.get(Conversation.uuid == mail_uuid("yes@c")).replies_to_id == ours.id
    assert not ours.awaiting_confirmation and ours.confirmed_at is not None


def test_a_picked_folder_with_a_cyrillic_name_is_read(mailbox, olena):  # noqa: F811
    """A folder the person picked by the name their mail program shows ("Клієнти/Важливе"),
    which IMAP spells in modified UTF-7 ("&BBoEOwRWBDQEPQRCBDg-/..."), matched whatever
    the case."""
    server, me, password = mailbox
    server.append(me, "Клієнти/Важливе", [letter(CLIENT, me, "У папці", mid="kept@c")])
    acc = make_account("work", [me], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap"),
                       folders=["клієнти/важливе"])  # fmt: skip
    assert check_account(acc, password).folders.picked == ("Клієнти/Важливе",)
    report = sync_account(acc, password)
    assert report.folders == ["Sent", "INBOX", "Клієнти/Важливе"] and report.stored == 1
    assert Conversation.get(Conversation.uuid == mail_uuid("kept@c")).subject == "У папці"
