"""The window's mail sync, driven with qtbot against a real Dovecot: at start, on F5 (in a
real thread), the status bar's words, a refused password asked again, a server that
cannot be reached said once and tried again with backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from PySide6.QtCore import Qt

from contacttracker.store.models import Conversation

pytestmark = pytest.mark.backends

CLIENT = "olena@client.example"


def letter(subject: str, sender: str = CLIENT, to: str = "me@example.org") -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime.now(UTC) - timedelta(hours=1))
    m["Message-ID"] = make_msgid(domain="client.example")
    m.set_content("Добрий день! Коли буде макет?")
    return m.as_bytes()


@pytest.fixture
def account(mailbox, client_factory, monkeypatch):
    """An account in the person's settings, its password in the environment; a client."""
    from contacttracker.domain.mail_account import Endpoint, Security, make_account
    from contacttracker.store import mail_accounts

    server, user, password = mailbox
    acc = make_account("Studio", [user], Endpoint("127.0.0.1", server.port, Security.NONE))
    mail_accounts.save(acc)
    monkeypatch.setenv(mail_accounts.PASSWORD_ENV, password)
    client_factory(channels=[("email", CLIENT)])
    return acc


def incoming() -> list[Conversation]:
    return list(
        Conversation.select().where(
            (Conversation.channel == "email") & (Conversation.direction == "in")
        )
    )


@pytest.fixture
def english():
    """English plurals ("1 new e-mail", "2 new e-mails"); the locale as it was afterwards."""
    from PySide6.QtCore import QLocale

    from contacttracker.ui import i18n

    before = QLocale()
    i18n.install("en")
    yield
    QLocale.setDefault(before)


def test_sync_at_start_and_on_f5_in_a_thread(qtbot, mailbox, account, window, monkeypatch, english):
    from contacttracker.ui import tasks

    server, user, _password = mailbox
    server.append(user, "INBOX", [letter("Макет"), letter("Not about work", sender="x@y.org")])
    mail = window.mail
    qtbot.waitUntil(lambda: mail.last_synced is not None, timeout=20_000)  # at start
    assert "Mail synced at" in mail.label.text()
    assert "1 new e-mail with clients" in mail.label.text()
    (first,) = incoming()
    assert first.subject == "Макет" and first.awaiting_reply
    qtbot.waitUntil(lambda: window.counts["awaiting_reply"] == 1)
    assert mail.timer.isActive() and mail.timer.interval() == 5 * 60_000, "every 5 minutes"

    monkeypatch.setattr(tasks, "synchronous", False)  # the real worker thread
    server.append(user, "INBOX", [letter("Правки"), letter("Оплата")])
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert mail.running, "F5 returns at once; the sync goes on in its thread"
    qtbot.waitUntil(lambda: not mail.running, timeout=30_000)
    assert "2 new e-mails with clients" in mail.label.text()
    assert {c.subject for c in incoming()} == {"Макет", "Правки", "Оплата"}
    qtbot.waitUntil(lambda: window.counts["awaiting_reply"] == 3)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not mail.running, timeout=30_000)
    assert "nothing new with clients" in mail.label.text() and len(incoming()) == 3


def test_a_refused_password_is_asked_again(qtbot, mailbox, account, window, scripted, monkeypatch):
    from contacttracker.store import mail_accounts

    server, user, password = mailbox
    monkeypatch.setenv(mail_accounts.PASSWORD_ENV, "wrong")
    window.mail.timer.stop()
    server.append(user, "INBOX", [letter("Макет")])
    scripted.passwords.append(password)
    window.mail.sync_now()
    assert "refused the password" in scripted.questions[-1]
    assert "1 new e-mail with clients" in window.mail.label.text() and len(incoming()) == 1
    scripted.passwords.append(None)  # asked again, and the person closes the prompt
    window.mail._passwords.clear()
    window.mail.sync_now()
    assert "login was refused" in window.mail.label.text()
    assert "Studio" in window.mail._paused, "not asked again until Sync now"
    window.mail.sync(manual=False)
    assert len(scripted.questions) == 2


def test_an_unreachable_server_is_said_once_and_tried_again_later(
    qtbot, mailbox, account, window, scripted
):
    from dataclasses import replace

    from contacttracker.domain.mail_account import Endpoint, Security
    from contacttracker.store import mail_accounts
    from tests.helpers.dovecot import _free_port

    mail = window.mail
    mail.timer.stop()
    gone = replace(account, imap=Endpoint("127.0.0.1", _free_port(), Security.NONE))
    mail_accounts.save(gone, replace=True)
    bar = window.statusBar()
    mail.sync_now()
    assert "cannot be reached" in bar.currentMessage()
    assert "not reachable" in mail.label.text()
    assert mail.timer.interval() == 60_000, "tried again in a minute"
    bar.clearMessage()
    mail.sync(manual=False)
    assert bar.currentMessage() == "", "said once"
    assert mail.timer.interval() == 120_000, "then in two"
    mail_accounts.save(account, replace=True)
    mail.sync(manual=False)
    assert "answers again" in bar.currentMessage() and "Mail synced at" in mail.label.text()
    assert mail.timer.interval() == 5 * 60_000
