"""A nudge by e-mail sent from the person's own account: a real SMTP server (aiosmtpd)
delivering into a real IMAP mailbox (Dovecot). The letter's headers (In-Reply-To of the
letter it refers to, the Cyrillic subject encoded), the record, the Sent copy, and the
compose dialog driven in the real window."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc
from tests.conftest import type_text
from tests.test_mail_send import _folder, account, call, smtp  # noqa: F401 (fixtures)
from tests.test_mail_sync import letter

pytestmark = pytest.mark.backends


def _summary_sent(call, account, password):  # noqa: F811
    """The summary e-mail of the call, sent from the account: ours, in Sent, unconfirmed."""
    from contacttracker.io import summary_mail

    d = summary_mail.draft(summary_mail.source(call.id))
    summary_mail.deliver(summary_mail.delivery(call.id, d, account), account, password)
    return Conversation.get(Conversation.summarizes == call.id), d


def _received(smtp, n: int = -1) -> tuple[email.message.EmailMessage, bytes]:  # noqa: F811
    data = smtp.received[n].data
    return email.message_from_bytes(data, policy=email.policy.default), data


def test_a_confirmation_question_by_email_threads_under_our_letter(mailbox, smtp, account, call):  # noqa: F811
    """Asked by e-mail after our summary: "Re: <subject>" encoded for the wire, In-Reply-To
    and References of our letter (found in Sent), recorded under its own Message-ID and
    linked to the letter it asks about; a sync of Sent afterwards adds nothing, and a
    second delivery sends nothing."""
    from contacttracker.io import nudge as nudges
    from contacttracker.io import nudge_mail
    from contacttracker.io.mail_sync import sync_account

    server, user, password = mailbox
    sent, summary = _summary_sent(call, account, password)
    made = nudges.build(sent.uuid, via="email", queue="unconfirmed_email")
    assert nudge_mail.sendable(made) and made.subject == "Re: " + summary.subject
    text = made.text + "\nДякую!"
    job = nudge_mail.deliver(
        nudge_mail.delivery(made, account, [made.handle], made.subject, text), account, password
    )
    assert job.accepted and job.copied_to == "Sent" and len(smtp.received) == 2
    got, raw = _received(smtp)
    assert got["Subject"] == "Re: " + summary.subject
    head = raw.split(b"\r\n\r\n", 1)[0]
    (subject_line,) = [line for line in head.split(b"\r\n") if line.startswith(b"Subject:")]
    assert subject_line.startswith(b"Subject: Re: =?utf-8?b?"), "encoded on the wire (RFC 2047)"
    assert head.isascii()
    assert got["In-Reply-To"] == summary.message_id
    assert got["References"].split() == [summary.message_id]
    assert got["Message-ID"] == job.draft.message_id != summary.message_id
    assert got["From"].endswith(f"<{user}>") and got["To"] == made.handle
    assert got.get_content().rstrip("\n").endswith("Дякую!")

    asked = Conversation.get(Conversation.uuid == mail_uuid(job.draft.message_id))
    assert asked.channel == "email" and asked.direction == "out"
    assert asked.replies_to_id == sent.id and asked.subject == made.subject
    assert asked.summary == text and job.recorded.id == asked.id
    assert Conversation.get_by_id(sent.id).awaiting_confirmation, "asking does not confirm"
    copies = _folder(server, user, "Sent")
    assert sorted(c["Message-ID"] for c in copies) == sorted(
        [summary.message_id, job.draft.message_id]
    )

    before = Conversation.select().count()
    sync_account(account, password)
    assert Conversation.select().count() == before, "the Sent copies are the same rows"
    nudge_mail.deliver(job, account, password)
    again = nudge_mail.delivery(made, account, [made.handle], made.subject, text)
    again.draft.message_id = job.draft.message_id  # the same letter, handed over again
    nudge_mail.deliver(again, account, password)
    assert len(smtp.received) == 2 and again.recorded.id == asked.id, "never sent twice"


def test_a_reply_by_email_answers_the_clients_letter_in_its_thread(
    mailbox,
    smtp,  # noqa: F811
    account,  # noqa: F811
    client_factory,
):
    """The client's letter, synced from INBOX, waits for our reply; the reply sent from the
    app names it in In-Reply-To, carries its References, and takes it out of the queue."""
    from contacttracker.io import nudge as nudges
    from contacttracker.io import nudge_mail
    from contacttracker.io.mail_sync import sync_account
    from contacttracker.store import attention

    server, user, password = mailbox
    address = "taras@client.example"
    client_factory("Тарас Шевченко", channels=[("email", address)])
    question = letter(
        address, user, "Питання щодо договору", "Коли підпишемо?", "q@client.example",
        at=now_utc() - timedelta(hours=3), reply_to="first@studio.example",
    )  # fmt: skip
    server.append(user, "INBOX", [question])
    sync_account(account, password)
    waiting = Conversation.get(Conversation.uuid == mail_uuid("q@client.example"))
    assert waiting.awaiting_reply

    made = nudges.build(waiting.uuid, via="email", queue="awaiting_reply")
    assert made.purpose.value == "reply" and made.subject == "Re: Питання щодо договору"
    assert made.text.startswith("Добрий день, Тарасе!")
    job = nudge_mail.deliver(
        nudge_mail.delivery(made, account, [address], made.subject, "Завтра о 10:00."),
        account,
        password,
    )
    got, _raw = _received(smtp)
    assert smtp.received[-1].recipients == [address]
    assert got["In-Reply-To"] == "<q@client.example>"
    assert got["References"].split() == ["<first@studio.example>", "<q@client.example>"]
    answer = Conversation.get_by_id(job.recorded.id)
    assert answer.replies_to_id == waiting.id and answer.summary == "Завтра о 10:00."
    assert not Conversation.get_by_id(waiting.id).awaiting_reply
    assert attention.items("awaiting_reply") == []


def test_a_check_in_refers_to_no_letter(mailbox, smtp, account, client_factory):  # noqa: F811
    from contacttracker.io import nudge as nudges
    from contacttracker.io import nudge_mail

    _server, _user, password = mailbox
    olena = client_factory(channels=[("email", "olena@client.example")])
    made = nudges.check_in(olena.id, "email")
    job = nudge_mail.deliver(
        nudge_mail.delivery(made, account, [made.handle], made.subject, made.text),
        account,
        password,
    )
    got, _raw = _received(smtp)
    assert got["In-Reply-To"] is None and got["Subject"] == "Як ваші справи?"
    stored = Conversation.get_by_id(job.recorded.id)
    assert stored.replies_to_id is None and stored.client_id == olena.id


def test_the_compose_dialog_shows_the_letter_and_ctrl_enter_sends_it(
    qtbot,
    window,
    scripted,
    mailbox,
    smtp,  # noqa: F811
    account,  # noqa: F811
    call,  # noqa: F811
):
    """With an account that can send, an e-mail nudge opens the app's own dialog with To,
    Subject and the text written; the user edits it, Ctrl+Enter sends it, it is recorded
    and nothing is asked on the way back (the app saw it go)."""
    from contacttracker.ui.mail_compose import ComposeDialog

    _server, user, password = mailbox
    sent, summary = _summary_sent(call, account, password)
    window.refresh()
    window.show_section("unconfirmed_email")
    page = window.attention
    page.table.selectRow(0)
    item = page.current()
    assert item.conversation == sent.uuid

    def compose(dialog: ComposeDialog) -> int:
        assert dialog.to.text() == item_address
        assert dialog.subject.text() == "Re: " + summary.subject
        assert dialog.body.toPlainText().startswith("Добрий день, Олено!")
        assert user in dialog.sender.text()
        assert not smtp.received[1:], "nothing goes out before Send"
        type_text(dialog.body, " Чекаю відповіді.")
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    item_address = summary.to[0]
    scripted.expect(ComposeDialog, compose)
    assert window.follow.nudge(item, page, via="email")
    assert window.follow.pending is None, "nothing to ask on return: the app sent it"
    assert len(smtp.received) == 2
    got, _raw = _received(smtp)
    assert got["In-Reply-To"] == summary.message_id
    assert got.get_content().rstrip("\n").endswith("Чекаю відповіді.")
    asked = Conversation.get(Conversation.uuid == mail_uuid(got["Message-ID"]))
    assert asked.replies_to_id == sent.id and asked.summary.endswith("Чекаю відповіді.")
    assert "Sent: asked by E-mail" in window.statusBar().currentMessage()


def test_cancel_in_the_compose_dialog_sends_and_records_nothing(
    qtbot,
    window,
    scripted,
    mailbox,
    smtp,  # noqa: F811
    account,  # noqa: F811
    client_factory,
):
    from contacttracker.ui.mail_compose import ComposeDialog

    olena = client_factory(channels=[("email", "olena@client.example")])
    before = Conversation.select().count()

    def cancel(dialog: ComposeDialog) -> int:
        dialog.reject()
        return dialog.result()

    scripted.expect(ComposeDialog, cancel)
    assert window.follow.check_in(olena.id, "email", window)
    assert not smtp.received and Conversation.select().count() == before


def test_nudge_send_on_the_command_line(db_path, mailbox, smtp, account, call):  # noqa: F811
    """`nudge C --via email --send` prints the letter, sends it in the thread of our
    summary, records it (the UUID printed); a refused combination writes nothing."""
    from contacttracker.store import open_database
    from tests.test_mail_send import _cli

    _server, _user, password = mailbox
    sent, summary = _summary_sent(call, account, password)
    done = _cli(db_path, "nudge", sent.uuid, "--via", "email", "--send", "--account", "studio")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"To: {summary.to[0]}" and lines[1] == f"Subject: Re: {summary.subject}"
    assert lines[3].startswith("Добрий день, Олено!") and "In the thread of" in done.stderr
    got, _raw = _received(smtp)
    assert got["In-Reply-To"] == summary.message_id and len(smtp.received) == 2
    open_database(str(db_path))
    asked = Conversation.get(Conversation.uuid == lines[-1])
    assert asked.uuid == mail_uuid(got["Message-ID"]) and asked.replies_to_id == sent.id
    for wrong, words in (
        (["--send", "--log"], "no --print or --log"),
        (["--account", "studio"], "--account goes with --send"),
        (["--via", "phone", "--send"], "has no"),
    ):
        refused = _cli(db_path, "nudge", sent.uuid, *wrong)
        assert refused.returncode == 1 and words in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    assert len(smtp.received) == 2


def test_closing_an_edited_letter_asks_first(qtbot, scripted, client_factory):
    """Escape on a changed letter asks; No keeps the dialog open, Yes closes it unsent."""
    from contacttracker.io import nudge as nudges
    from contacttracker.ui.mail_compose import ComposeDialog

    olena = client_factory(channels=[("email", "olena@client.example")])
    dialog = ComposeDialog(nudges.check_in(olena.id, "email"), "Me <me@example.org>")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.body, " Дякую!")
    scripted.answers.append(False)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "not saved anywhere" in scripted.questions[-1]
    scripted.answers.append(True)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.sent_id is None
