"""Sending the summary e-mail: a real SMTP server (aiosmtpd) delivering into a real IMAP
mailbox (Dovecot), both on loopback; the letter, the Sent copy and the log checked."""

from __future__ import annotations

import email
import email.policy
import subprocess
import sys
import time
import uuid
from datetime import timedelta

import pytest

from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc
from tests.helpers.smtp import SmtpServer
from tests.test_team import memory_keyring  # noqa: F401 (a fixture)

pytestmark = pytest.mark.backends


@pytest.fixture
def smtp(mailbox):
    """An SMTP server that delivers into the test's IMAP mailboxes (any user it has)."""
    server, _user, _password = mailbox

    def deliver(recipient: str, data: bytes) -> bool:
        if recipient in server.users:
            server.append(recipient, "INBOX", [data])
            return True
        return False

    running = SmtpServer(deliver=deliver).start()
    yield running
    running.stop()


@pytest.fixture
def account(mailbox, smtp, monkeypatch):
    """The person's account: IMAP on the Dovecot, SMTP on the aiosmtpd, plain on loopback."""
    from contacttracker.domain.mail_account import Endpoint, Security, make_account
    from contacttracker.store import mail_accounts

    server, user, password = mailbox
    acc = make_account(
        "Studio",
        [user],
        Endpoint("127.0.0.1", server.port, Security.NONE),
        user=user,
        smtp=Endpoint("127.0.0.1", smtp.port, Security.NONE),
    )
    mail_accounts.save(acc)
    monkeypatch.setenv(mail_accounts.PASSWORD_ENV, password)
    return acc


@pytest.fixture
def call(db_path, client_factory, log, mailbox):
    """A call with agreements, of a client whose address has a mailbox on the server."""
    server, _user, _password = mailbox
    address = f"olena-{uuid.uuid4().hex[:8]}@example.com"
    server.add_user(address, "client-pass")
    _until_login_works(server, address)
    client = client_factory(channels=[("email", address)])
    return log(client, "phone", "out", now_utc() - timedelta(hours=2), agreements="Аванс 50%")


def _until_login_works(server, user: str) -> None:
    """Dovecot reads its users file again when it changes; a login right after the change
    may still meet the old one."""
    deadline = time.monotonic() + 10
    while True:
        try:
            server.client(user).logout()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _folder(server, user: str, folder: str) -> list[email.message.EmailMessage]:
    imap = server.client(user)
    try:
        imap.select_folder(folder, readonly=True)
        uids = imap.search("ALL")
        fetched = imap.fetch(uids, ["RFC822", "FLAGS"]) if uids else {}
        found = []
        for data in fetched.values():
            msg = email.message_from_bytes(data[b"RFC822"], policy=email.policy.default)
            msg["X-Test-Flags"] = " ".join(f.decode() for f in data[b"FLAGS"])
            found.append(msg)
        return found
    finally:
        imap.logout()


def test_send_reaches_the_server_is_kept_in_sent_and_logged(mailbox, smtp, account, call):
    from contacttracker.io import summary_mail
    from contacttracker.io.messages import mail_uuid

    server, user, password = mailbox
    src = summary_mail.source(call.id)
    assert src.sender.endswith(f"<{user}>"), "the letter is from the account"
    d = summary_mail.draft(src)
    assert d.message_id.endswith("@example.org>"), "the Message-ID is on the sender's domain"
    job = summary_mail.deliver(summary_mail.delivery(call.id, d, account), account, password)
    assert job.accepted and not job.refused and job.copied_to == "Sent"
    (got,) = smtp.received
    letter = email.message_from_bytes(got.data, policy=email.policy.default)
    assert letter["Message-ID"] == d.message_id and got.recipients == d.to
    assert got.sender == user and "Аванс 50%" in letter.get_content()
    (delivered,) = _folder(server, d.to[0], "INBOX")
    assert delivered["Message-ID"] == d.message_id
    (copy,) = _folder(server, user, "Sent")
    assert copy["Message-ID"] == d.message_id and "\\Seen" in copy["X-Test-Flags"]
    sent = Conversation.get(Conversation.summarizes == call.id)
    assert sent.uuid == mail_uuid(d.message_id) and sent.awaiting_confirmation
    assert not Conversation.get_by_id(call.id).awaiting_summary
    again = summary_mail.deliver(job, account, password)
    assert again.recorded.id == sent.id and len(smtp.received) == 1, "nothing sent twice"


def test_a_retry_after_a_failure_never_sends_twice(mailbox, smtp, account, call):
    """The server took the letter but the Sent copy failed: a retry keeps the copy, sends
    nothing; a new delivery of a letter already recorded sends nothing either."""
    from dataclasses import replace

    from contacttracker.domain.mail_account import Endpoint, Security
    from contacttracker.io import summary_mail
    from tests.helpers.dovecot import _free_port

    server, user, password = mailbox
    d = summary_mail.draft(summary_mail.source(call.id))
    job = summary_mail.delivery(call.id, d, account)
    no_imap = replace(account, imap=Endpoint("127.0.0.1", _free_port(), Security.NONE))
    summary_mail.deliver(job, no_imap, password)
    assert job.accepted and job.recorded is not None and job.copied_to is None
    assert "connection was refused" in job.copy_problem
    summary_mail.deliver(job, account, password)
    assert job.copied_to == "Sent" and not job.copy_problem and len(smtp.received) == 1
    fresh = summary_mail.delivery(call.id, d, account)
    summary_mail.deliver(fresh, account, password)
    assert len(smtp.received) == 1 and fresh.recorded.id == job.recorded.id
    assert len(_folder(server, user, "Sent")) == 1


def test_starttls_an_untrusted_certificate_a_refused_login_and_recipient(mailbox, account, call):
    """Each failure in words, nothing sent or recorded: a self-signed certificate until the
    person trusts it, a wrong password, a recipient the server refuses."""
    from dataclasses import replace

    from contacttracker.domain.mail_account import Endpoint, Security
    from contacttracker.io import summary_mail
    from contacttracker.io.imap import MailError

    server, _user, password = mailbox
    strict = SmtpServer(
        users={account.login: password},
        refuse={"nobody@example.com"},
        certificate=(server.cert, server.key),
    ).start()
    try:
        acc = replace(account, smtp=Endpoint("127.0.0.1", strict.port, Security.STARTTLS))
        d = summary_mail.draft(summary_mail.source(call.id))

        def attempt(acc, password):
            with pytest.raises(MailError) as failed:
                summary_mail.deliver(summary_mail.delivery(call.id, d, acc), acc, password)
            return failed.value

        untrusted = attempt(acc, password)
        assert untrusted.kind == "certificate" and untrusted.fingerprint == server.fingerprint
        assert "not trusted" in str(untrusted)
        acc = acc.trusting(untrusted.fingerprint)
        refused = attempt(acc, "wrong")
        assert refused.kind == "login" and "login was refused" in str(refused)
        d.to = ["nobody@example.com"]
        nobody = attempt(acc, password)
        assert nobody.kind == "recipient" and "nobody@example.com" in str(nobody)
        assert "no such mailbox" in str(nobody)
        # smtplib tries each mechanism the server offers (PLAIN, then LOGIN) before giving up.
        assert [ok for _login, ok in strict.logins] == [False, False, True]
        assert not strict.received
        assert not Conversation.select().where(Conversation.summarizes == call.id).exists()
    finally:
        strict.stop()


def test_host_not_found_and_refused_say_so(account):
    from dataclasses import replace

    from contacttracker.domain.mail_account import Endpoint, Security
    from contacttracker.io import smtp_send
    from contacttracker.io.imap import MailError
    from tests.helpers.dovecot import _free_port

    nowhere = replace(account, smtp=Endpoint("no-such-host.invalid", 587, Security.STARTTLS))
    with pytest.raises(MailError) as unknown:
        smtp_send.check(nowhere, "x")
    assert unknown.value.kind == "host" and "host not found" in str(unknown.value)
    closed = replace(account, smtp=Endpoint("127.0.0.1", _free_port(), Security.TLS))
    with pytest.raises(MailError) as refused:
        smtp_send.check(closed, "x")
    assert refused.value.kind == "refused" and "refused" in str(refused.value)


def _cli(db_path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    from contacttracker.store import close

    close()
    return subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def test_summary_send_on_the_command_line(db_path, mailbox, smtp, account, call):
    from contacttracker.store import open_database

    server, user, _password = mailbox
    done = _cli(db_path, "summary", call.uuid, "--send", "--account", "studio")
    assert done.returncode == 0, done.stderr
    assert "Sent to olena-" in done.stderr and "A copy is in Sent" in done.stderr
    (got,) = smtp.received
    letter = email.message_from_bytes(got.data, policy=email.policy.default)
    assert letter["From"].addresses[0].addr_spec == user
    again = _cli(db_path, "summary", call.uuid, "--send")
    assert again.returncode == 1 and "has a summary e-mail already" in again.stderr
    assert "--again" in again.stderr and len(smtp.received) == 1
    open_database(str(db_path))
    sent = Conversation.get(Conversation.summarizes == call.id)
    assert letter["Message-ID"] and len(_folder(server, user, "Sent")) == 1
    from contacttracker.io.messages import mail_uuid

    assert sent.uuid == mail_uuid(letter["Message-ID"])
    nobody = _cli(db_path, "summary", call.uuid, "--send", "--again", "--account", "Nope")
    assert nobody.returncode == 1 and "no mail account called 'Nope'" in nobody.stderr


def test_summary_send_refused_login_exits_1_with_words(
    db_path, mailbox, account, call, monkeypatch
):
    from dataclasses import replace

    from contacttracker.domain.mail_account import Endpoint, Security
    from contacttracker.store import mail_accounts

    server, _user, password = mailbox
    strict = SmtpServer(users={account.login: password}, certificate=(server.cert, server.key))
    strict.start()
    try:
        acc = replace(
            account,
            smtp=Endpoint("127.0.0.1", strict.port, Security.STARTTLS),
            trusted_certificates=(server.fingerprint,),
        )
        mail_accounts.save(acc, replace=True)
        monkeypatch.setenv(mail_accounts.PASSWORD_ENV, "wrong")
        failed = _cli(db_path, "summary", call.uuid, "--send")
        assert failed.returncode == 1 and "login was refused" in failed.stderr
        assert "Traceback" not in failed.stderr and not strict.received
    finally:
        strict.stop()


def test_send_in_the_window_asks_again_for_a_refused_password(
    qtbot,
    window,
    scripted,
    mailbox,
    account,
    call,
    monkeypatch,
    memory_keyring,  # noqa: F811
):
    """Send in the summary dialog: a refused password asks again, the letter goes out once
    (clicked twice), the call is written up and the e-mail waits for confirmation."""
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from contacttracker.domain.mail_account import Endpoint, Security
    from contacttracker.store import mail_accounts
    from contacttracker.ui.summary_dialog import SummaryDialog

    server, user, password = mailbox
    strict = SmtpServer(users={account.login: password}, certificate=(server.cert, server.key))
    strict.start()
    try:
        mail_accounts.save(
            replace(account, smtp=Endpoint("127.0.0.1", strict.port, Security.STARTTLS)),
            replace=True,
        )
        monkeypatch.setenv(mail_accounts.PASSWORD_ENV, "wrong")
        scripted.choices.append("Trust it and send")
        scripted.passwords.append(password)

        def send(dialog: SummaryDialog):
            assert dialog.send_button.isVisible() and user in dialog.send_button.toolTip()
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            return dialog.result()

        scripted.expect(SummaryDialog, send)
        window.write_summary(call.id)
    finally:
        strict.stop()
    assert (
        "not trusted" in scripted.questions[0] and "refused the password" in scripted.questions[1]
    )
    assert mail_accounts.account("Studio").trusted_certificates == (server.fingerprint,)
    assert memory_keyring.kept == {("contacttracker", account.key): password}, "kept once right"
    assert len(strict.received) == 1 and not scripted.messages
    letter = email.message_from_bytes(strict.received[0].data, policy=email.policy.default)
    sent = Conversation.get(Conversation.summarizes == call.id)
    assert "Аванс 50%" in sent.summary and sent.awaiting_confirmation
    assert not Conversation.get_by_id(call.id).awaiting_summary
    (copy,) = _folder(server, user, "Sent")
    assert copy["Message-ID"] == letter["Message-ID"]
    qtbot.waitUntil(lambda: window.counts["unconfirmed_email"] == 1)


def test_no_account_no_send_button(qtbot, window, scripted, call):
    from contacttracker.ui.summary_dialog import SummaryDialog

    def look(dialog: SummaryDialog):
        assert not dialog.send_button.isVisible() and dialog.sent_button.isVisible()
        return dialog.reject() or 0

    scripted.expect(SummaryDialog, look)
    window.write_summary(call.id)


def test_the_clients_reply_confirms_the_sent_letter_after_the_next_sync(
    mailbox, smtp, account, call
):
    """Send; the client answers through the same SMTP server into our INBOX; the next sync
    stores her reply, which confirms the letter; the Sent copy adds nothing."""
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    from contacttracker.io import summary_mail
    from contacttracker.io.mail_sync import sync_account

    server, user, password = mailbox
    d = summary_mail.draft(summary_mail.source(call.id))
    summary_mail.deliver(summary_mail.delivery(call.id, d, account), account, password)
    sent = Conversation.get(Conversation.summarizes == call.id)
    assert sent.awaiting_confirmation
    reply = EmailMessage()
    reply["From"] = d.to[0]
    reply["To"] = user
    reply["Subject"] = "Re: " + d.subject
    reply["Date"] = format_datetime(now_utc())
    reply["Message-ID"] = make_msgid(domain="example.com")
    reply["In-Reply-To"] = d.message_id
    reply["References"] = d.message_id
    reply.set_content("Так, усе вірно.")
    import smtplib

    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=30) as client:
        client.send_message(reply)
    assert [m["Message-ID"] for m in _folder(server, user, "INBOX")] == [reply["Message-ID"]]
    report = sync_account(account, password)
    assert report.stored == 1, report  # her reply; our letter in Sent is in the log already
    answer = Conversation.get((Conversation.direction == "in") & (Conversation.channel == "email"))
    assert answer.replies_to_id == sent.id
    sent = Conversation.get_by_id(sent.id)
    assert not sent.awaiting_confirmation and sent.confirmed_at is not None
    assert sync_account(account, password).stored == 0


def test_a_summary_of_a_call_that_answered_an_email_is_threaded_under_it(
    mailbox, smtp, account, db_path, client_factory, log
):
    """The client wrote; we called back (logged as the reply to her e-mail); the summary
    goes out with In-Reply-To and References naming her letter."""
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    from contacttracker.io import summary_mail
    from contacttracker.io.mail_sync import sync_account

    server, user, password = mailbox
    client = client_factory(channels=[("email", "olena@client.example")])
    question = EmailMessage()
    question["From"] = "olena@client.example"
    question["To"] = user
    question["Subject"] = "Коли запуск?"
    question["Date"] = format_datetime(now_utc() - timedelta(hours=3))
    question["Message-ID"] = make_msgid(domain="client.example")
    question["References"] = "<first@client.example>"
    question.set_content("Зателефонуйте, будь ласка.")
    server.append(user, "INBOX", [question.as_bytes()])
    assert sync_account(account, password).stored == 1
    asked = Conversation.get(Conversation.direction == "in")
    call = log(
        client,
        "phone",
        "out",
        now_utc() - timedelta(hours=1),
        agreements="Запуск 15 числа",
        replies_to_id=asked.id,
    )
    d = summary_mail.draft(summary_mail.source(call.id))
    summary_mail.deliver(summary_mail.delivery(call.id, d, account), account, password)
    (got,) = smtp.received
    letter = email.message_from_bytes(got.data, policy=email.policy.default)
    assert letter["In-Reply-To"] == question["Message-ID"]
    assert letter["References"].split() == ["<first@client.example>", question["Message-ID"]]
    assert letter["Message-ID"] == d.message_id
