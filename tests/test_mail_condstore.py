"""CONDSTORE (RFC 7162) against the real Dovecot, which offers it: a folder read whole keeps
its HIGHESTMODSEQ, and a later sync asks only what changed since (nothing at all while it
has not moved). The commands are read off the wire, through a forwarder between the app
and the server."""

from __future__ import annotations

import pytest

from contacttracker.domain.mail_account import Endpoint, make_account
from contacttracker.io.mail_sync import sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store import mail_sync as state
from contacttracker.store.models import Conversation
from tests.helpers.forwarder import Forwarder
from tests.test_mail_sync import CLIENT, letter, olena  # noqa: F401 (fixtures)

pytestmark = pytest.mark.backends


@pytest.fixture
def wire(mailbox):
    """(account, commands): the account reaches the server through a forwarder, and
    commands() says which IMAP commands it sent since the last call."""
    server, me, _password = mailbox
    forwarder = Forwarder("127.0.0.1", server.port)
    acc = make_account(
        "work", [me], Endpoint.parse(f"127.0.0.1:{forwarder.port}", "none", "imap"), since_days=30
    )

    def commands() -> list[str]:
        lines = bytes(forwarder.sent).decode("utf-8", "replace").splitlines()
        forwarder.sent.clear()
        return [" ".join(line.split()[1:]) for line in lines if line.strip()]

    yield acc, commands
    forwarder.cut()


def _searches(commands: list[str]) -> list[str]:
    return [c for c in commands if "SEARCH" in c.split()[:2]]


def test_a_later_sync_asks_only_for_changes_since_the_highest_modseq(mailbox, wire, olena):  # noqa: F811
    server, me, password = mailbox
    acc, commands = wire
    server.append(me, "INBOX", [letter(CLIENT, me, "Макет", mid="c1@client.example")])
    assert sync_account(acc, password).stored == 1
    first = state.folder_state(acc.key, "INBOX")
    assert first is not None and first.modseq > 0 and first.last_uid == 1
    assert "ENABLE CONDSTORE" in commands()

    # Nothing moved: not one SEARCH in any folder, nothing stored.
    assert sync_account(acc, password).stored == 0
    assert _searches(commands()) == []

    # A flag changed (read in another mail program): asked by MODSEQ, nothing new stored,
    # and the mark moves on, so the sync after asks nothing again.
    imap = server.client(me)
    try:
        imap.select_folder("INBOX")
        imap.add_flags(imap.search("ALL"), [b"\\Seen"])
    finally:
        imap.logout()
    assert sync_account(acc, password).stored == 0
    assert _searches(commands()) == [f"UID SEARCH MODSEQ {first.modseq + 1}"]
    moved = state.folder_state(acc.key, "INBOX")
    assert moved.modseq > first.modseq and moved.last_uid == 1
    sync_account(acc, password)
    assert _searches(commands()) == []

    # A new letter: found by MODSEQ, stored once.
    server.append(me, "INBOX", [letter(CLIENT, me, "Re: Макет", mid="c2@client.example")])
    assert sync_account(acc, password).stored == 1
    assert _searches(commands()) == [f"UID SEARCH MODSEQ {moved.modseq + 1}"]
    assert Conversation.get_or_none(Conversation.uuid == mail_uuid("c2@client.example"))
    assert state.folder_state(acc.key, "INBOX").last_uid == 2


def test_a_mark_without_modseq_is_read_by_uid_as_before(mailbox, wire, olena):  # noqa: F811
    """A folder's mark from before CONDSTORE was used (or of a sync cut off before the
    folder's last batch) holds no HIGHESTMODSEQ: the next sync asks by UID after the mark,
    stores what came since, and keeps the HIGHESTMODSEQ from then on."""
    server, me, password = mailbox
    acc, commands = wire
    server.append(me, "INBOX", [letter(CLIENT, me, "Перший", mid="u1@client.example")])
    sync_account(acc, password)
    kept = state.folder_state(acc.key, "INBOX")
    with state.db.atomic():
        state.keep_folder_state(acc.key, "INBOX", state.FolderState(kept.validity, 1))
    server.append(me, "INBOX", [letter(CLIENT, me, "Другий", mid="u2@client.example")])
    commands()
    assert sync_account(acc, password).stored == 1
    assert "UID SEARCH UID 2:*" in _searches(commands())
    assert state.folder_state(acc.key, "INBOX").modseq > 0
