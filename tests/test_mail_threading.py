"""A letter's own Message-ID and References are kept beside its row (synced, imported,
recorded as sent), so what answers it threads under it: the summary e-mail's .eml draft and
mailto: link, Mark as sent, and a nudge by e-mail handed to the mail program."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from urllib.parse import unquote

import pytest

from contacttracker.io.messages import mail_uuid
from contacttracker.store import mail_headers
from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc
from tests.test_mail_sync import CLIENT, account, letter, olena, sync  # noqa: F401 (fixtures)

pytestmark = pytest.mark.backends


def _fields(url: str) -> dict[str, str]:
    return {
        k: unquote(v) for k, _s, v in (f.partition("=") for f in url.split("?", 1)[1].split("&"))
    }


def test_a_sync_keeps_each_letters_message_id_and_references(mailbox, account, olena):  # noqa: F811
    server, me, _password = mailbox
    server.append(me, "INBOX", [
        letter(CLIENT, me, "Макет", "Правки", "m1@client.example", reply_to="m0@studio.example"),
    ])  # fmt: skip
    sync(account, mailbox)
    synced = Conversation.get(Conversation.uuid == mail_uuid("m1@client.example"))
    assert mail_headers.of(synced.id) == ("<m1@client.example>", ["<m0@studio.example>"])
    sync(account, mailbox)
    assert mail_headers.of(synced.id) == ("<m1@client.example>", ["<m0@studio.example>"])


def test_a_summary_draft_answers_the_clients_letter_and_mark_as_sent_keeps_ours(
    tmp_path, client_factory, log
):
    """The client's letter came in by an mbox import; the call answering it is written up:
    the .eml draft and the mailto: link name her letter in In-Reply-To and References;
    Mark as sent keeps our Message-ID, so a nudge asking after it (no mail account: the
    mail program) threads under our letter in turn."""
    from contacttracker.io import nudge as nudges
    from contacttracker.io import summary_mail
    from contacttracker.io.message_import import import_messages

    client_factory(channels=[("email", CLIENT)])
    question = letter(
        CLIENT, "me@studio.example", "Договір", "Коли зідзвонимось?", "q1@client.example",
        at=now_utc() - timedelta(hours=5), reply_to="q0@studio.example",
    )  # fmt: skip
    box = tmp_path / "mail.mbox"
    box.write_bytes(b"From x Mon Nov 16 10:00:00 2026\n" + question + b"\n")
    assert import_messages(box).added == 1
    theirs = Conversation.get(Conversation.uuid == mail_uuid("q1@client.example"))
    assert mail_headers.of(theirs.id) == ("<q1@client.example>", ["<q0@studio.example>"])
    call = log(
        Conversation.get_by_id(theirs.id).client,
        "phone",
        "out",
        now_utc() - timedelta(hours=2),
        agreements="Підписуємо в п'ятницю",
        replies_to_id=theirs.id,
    )

    d = summary_mail.draft(summary_mail.source(call.id))
    assert d.in_reply_to == "<q1@client.example>"
    eml = message_from_bytes(summary_mail.render(d, "eml"), policy=policy.default)
    assert eml["In-Reply-To"] == "<q1@client.example>"
    assert eml["References"].split() == ["<q0@studio.example>", "<q1@client.example>"]
    assert eml["Message-ID"] == d.message_id
    link = summary_mail.render(d, "mailto").decode().strip()
    assert "In-Reply-To=%3Cq1@client.example%3E" in link, "RFC 6068 6.1's spelling"
    fields = _fields(link)
    assert fields["References"] == "<q0@studio.example> <q1@client.example>"

    sent = summary_mail.mark_sent(call.id, d)
    assert mail_headers.of(sent.id) == (
        d.message_id,
        ["<q0@studio.example>", "<q1@client.example>"],
    )
    made = nudges.build(sent.uuid, via="email", queue="unconfirmed_email")
    assert made.in_reply_to == d.message_id
    fields = _fields(made.url)
    assert fields["In-Reply-To"] == d.message_id
    assert fields["References"].split() == [
        "<q0@studio.example>",
        "<q1@client.example>",
        d.message_id,
    ]


def test_a_letter_without_kept_headers_is_drafted_as_before(client_factory, log):
    """Rows from before the headers were kept (or logged by hand): no In-Reply-To, and a
    mailto: link exactly as it was."""
    from contacttracker.io import summary_mail

    client = client_factory(channels=[("email", CLIENT)])
    theirs = log(client, "email", "in", now_utc() - timedelta(hours=5), subject="Договір")
    call = log(
        client, "phone", "out", now_utc() - timedelta(hours=1), agreements="Так",
        replies_to_id=theirs.id,
    )  # fmt: skip
    d = summary_mail.draft(summary_mail.source(call.id))
    assert d.in_reply_to == "" and d.references == []
    link = summary_mail.render(d, "mailto").decode()
    assert "In-Reply-To" not in link and "References" not in link
