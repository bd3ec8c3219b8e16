"""Settings → E-mail accounts, driven with qtbot: add an account against a real Dovecot
(TLS with a self-signed certificate, trusted from Test connection), the words for what
fails, edit, remove, the sync interval, and every field reachable by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import type_text
from tests.test_team import memory_keyring  # noqa: F401 (a fixture)


def _fill(dialog, server, user, password, port=None):
    from contacttracker.domain.mail_account import Security

    type_text(dialog.name, "Робота")
    type_text(dialog.addresses, user)
    dialog.imap.host.setText("127.0.0.1")
    dialog.imap.security.setCurrentIndex(dialog.imap.security.findData(Security.TLS.value))
    dialog.imap.port.setValue(port or server.tls_port)
    dialog.password.setText(password)


def test_add_an_account_trusting_its_certificate(
    qtbot,
    window,
    scripted,
    mailbox,
    memory_keyring,  # noqa: F811
):
    from contacttracker.store import mail_accounts
    from contacttracker.ui.mail_accounts_page import AccountDialog
    from contacttracker.ui.settings_dialog import SettingsDialog

    server, user, password = mailbox
    seen = {}

    def account(dialog: AccountDialog):
        _fill(dialog, server, user, password)
        scripted.choices.append("Trust this certificate")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert (
            "not trusted" in scripted.questions[-1] and server.fingerprint in scripted.questions[-1]
        )
        seen["status"] = dialog.status.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def settings(dialog: SettingsDialog):
        dialog.tabs.setCurrentWidget(dialog.mail)
        assert dialog.mail.list.count() == 0 and not dialog.mail.edit_button.isEnabled()
        scripted.expect(AccountDialog, account)
        qtbot.mouseClick(dialog.mail.add_button, Qt.MouseButton.LeftButton)
        assert dialog.mail.list.count() == 1 and "Робота" in dialog.mail.list.item(0).text()
        dialog.mail.minutes.setValue(15)
        dialog.save()
        return dialog.result()

    scripted.expect(SettingsDialog, settings)
    window.settings()
    assert "connected, login accepted" in seen["status"] and "INBOX: 0 messages" in seen["status"]
    (kept,) = mail_accounts.accounts()
    assert kept.name == "Робота" and kept.addresses == (user,) and kept.imap.port == server.tls_port
    assert kept.trusted_certificates == (server.fingerprint,)
    assert memory_keyring.kept == {("contacttracker", kept.key): password}
    assert mail_accounts.sync_minutes() == 15
    assert window.mail.timer.isActive(), "the new account syncs without waiting for a start"
    window.mail.timer.stop()


def test_test_connection_says_what_failed(qtbot, scripted, mailbox, db_path):
    from contacttracker.ui.mail_accounts_page import AccountDialog
    from tests.helpers.dovecot import _free_port

    server, user, password = mailbox
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, server, user, "wrong", port=server.port)
    dialog.imap.security.setCurrentIndex(dialog.imap.security.findData("none"))
    dialog.test_button.click()
    assert "login was refused" in dialog.status.text()
    dialog.imap.port.setValue(_free_port())
    dialog.test_button.click()
    assert "connection was refused" in dialog.status.text()
    dialog.imap.host.setText("no-such-host.invalid")
    dialog.imap.security.setCurrentIndex(dialog.imap.security.findData("tls"))
    dialog.test_button.click()
    assert "host not found" in dialog.status.text()
    dialog.imap.security.setCurrentIndex(dialog.imap.security.findData("none"))
    dialog.test_button.click()
    assert "this computer only" in dialog.status.text()
    dialog.imap.host.setText("127.0.0.1")
    dialog.imap.port.setValue(server.port)
    dialog.password.setText(password)
    dialog.folders.setText("Проєкти")
    dialog.test_button.click()
    assert "no folder 'Проєкти'" in dialog.status.text()
    dialog.folders.setText("")
    dialog.smtp.host.setText("127.0.0.1")
    dialog.smtp.security.setCurrentIndex(dialog.smtp.security.findData("none"))
    dialog.smtp.port.setValue(_free_port())
    dialog.test_button.click()
    text = dialog.status.text()
    assert "IMAP 127.0.0.1" in text and "login accepted" in text
    assert "connection was refused" in text, "the SMTP server's failure, in words"
    assert not scripted.messages


def test_edit_and_remove_an_account(qtbot, scripted, db_path, mailbox):
    from contacttracker.domain.mail_account import Endpoint, Security, make_account
    from contacttracker.store import mail_accounts
    from contacttracker.ui.mail_accounts_page import AccountDialog, MailAccountsPage

    server, user, _password = mailbox
    mail_accounts.save(
        make_account("Work", [user], Endpoint("127.0.0.1", server.port, Security.NONE))
    )
    page = MailAccountsPage()
    qtbot.addWidget(page)
    assert page.list.count() == 1 and page.edit_button.isEnabled()

    def edit(dialog: AccountDialog):
        assert dialog.imap.host.text() == "127.0.0.1" and dialog.imap.port.value() == server.port
        dialog.name.setText("Studio")
        dialog.smtp.host.setText("smtp.studio.example")
        dialog.since.setValue(30)
        dialog.save()
        return dialog.result()

    scripted.expect(AccountDialog, edit)
    page.edit_button.click()
    (kept,) = mail_accounts.accounts()
    assert kept.name == "Studio" and kept.since_days == 30
    assert kept.smtp == Endpoint("smtp.studio.example", 465, Security.TLS)
    scripted.answers.append(False)
    page.remove_button.click()
    assert len(mail_accounts.accounts()) == 1
    scripted.answers.append(True)
    page.remove_button.click()
    assert mail_accounts.accounts() == [] and page.list.count() == 0


def test_every_field_is_reachable_by_keyboard(qtbot, db_path):
    from contacttracker.ui.mail_accounts_page import AccountDialog

    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    reached, widget = [], dialog.name
    for _ in range(60):  # Tab's order: the focus chain, visible widgets that take Tab
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    for field in (
        dialog.name,
        dialog.addresses,
        dialog.imap.host,
        dialog.imap.port,
        dialog.imap.security,
        dialog.smtp.host,
        dialog.smtp.security,
        dialog.user,
        dialog.password,
        dialog.since,
        dialog.folders,
        dialog.domains,
        dialog.test_button,
    ):
        assert any(w is field or (w is not None and w.parent() is field) for w in reached), field


@pytest.fixture(autouse=True)
def _no_real_servers_hang(monkeypatch):
    """Connection tests here talk to loopback or to a name that does not resolve."""
    from contacttracker.io import imap

    monkeypatch.setattr(imap, "TIMEOUT", 10.0)


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_the_account_dialog_speaks_each_language_with_distinct_keys(qtbot, db_path, lang):
    from collections import Counter

    from PySide6.QtCore import QLocale

    from contacttracker.ui import i18n
    from contacttracker.ui.mail_accounts_page import AccountDialog, MailAccountsPage
    from tests.test_translations import mnemonics

    before = QLocale()
    i18n.install(lang)
    try:
        for widget in (AccountDialog(), MailAccountsPage()):
            qtbot.addWidget(widget)
            widget.show()
            keys = mnemonics(widget)
            assert len(keys) >= 3 and not [k for k, n in Counter(keys).items() if n > 1]
        if lang != "en":
            assert AccountDialog().windowTitle() != "New e-mail account"
    finally:
        i18n.install("en")
        QLocale.setDefault(before)


def test_every_control_has_a_name_for_screen_readers(qtbot, db_path):
    from contacttracker.ui.mail_accounts_page import AccountDialog, MailAccountsPage
    from tests.test_accessibility import unnamed

    for widget in (AccountDialog(), MailAccountsPage()):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed(widget) == [], type(widget).__name__
