"""Mail accounts: kept with the person (owner-only, no password in the file), the password in
the keyring, and `mail test` saying in words what failed, against a real Dovecot."""

from __future__ import annotations

import io
import json
import stat

import pytest

from contacttracker.cli import main
from contacttracker.store import mail_accounts, person_settings
from tests.test_team import memory_keyring  # noqa: F401 (a fixture)


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def add(capsys, monkeypatch, mailbox, *extra: str, name: str = "work", password: str = ""):
    server, user, right = mailbox
    return run(
        capsys,
        monkeypatch,
        "mail",
        "add",
        name,
        "--address",
        user,
        "--imap",
        f"127.0.0.1:{server.port}",
        "--imap-security",
        "none",
        "--password-stdin",
        *extra,
        stdin=(password or right) + "\n",
    )


def test_account_kept_with_the_person_password_in_the_keyring(
    capsys,
    monkeypatch,
    memory_keyring,  # noqa: F811
):
    code, out, err = run(
        capsys,
        monkeypatch,
        "mail",
        "add",
        "Work",
        "--address",
        "Me@Studio.example",
        "--address",
        "hello@studio.example",
        "--imap",
        "imap.studio.example",
        "--smtp",
        "smtp.studio.example",
        "--folder",
        "Clients",
        "--since",
        "30",
        "--password-stdin",
        stdin="p4ss word\n",
    )
    assert code == 0, err
    kept = mail_accounts.account("work")
    assert kept.addresses == ("me@studio.example", "hello@studio.example")
    assert (str(kept.imap), kept.imap.security) == ("imap.studio.example:993", "tls")
    assert (str(kept.smtp), kept.smtp.security) == ("smtp.studio.example:587", "starttls")
    assert (kept.folders, kept.since_days, kept.login) == (("Clients",), 30, "me@studio.example")
    path = person_settings.path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "p4ss" not in path.read_text()
    assert json.loads(path.read_text())["mail_accounts"][0]["name"] == "Work"
    assert memory_keyring.kept == {("contacttracker", kept.key): "p4ss word"}
    assert mail_accounts.saved_password(kept) == "p4ss word"

    code, out, _ = run(capsys, monkeypatch, "mail", "list")
    assert code == 0 and "Work" in out and "imap.studio.example:993 tls" in out

    code, _, err = run(capsys, monkeypatch, "mail", "add", "work", "--address", "a@b.example",
                       "--imap", "x.example")  # fmt: skip
    assert code == 1 and "already exists" in err

    code, _, err = run(capsys, monkeypatch, "mail", "remove", "WORK")
    assert code == 0 and mail_accounts.accounts() == []
    assert memory_keyring.kept == {}
    code, _, err = run(capsys, monkeypatch, "mail", "remove", "work")
    assert code == 1 and "no mail account called 'work'" in err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--imap", "imap.example.com", "--imap-security", "none"], "unencrypted"),
        (["--imap", "imap.example.com:99999"], "not a port number"),
        (["--imap", "localhost", "--trust", "abc"], "not a SHA-256 fingerprint"),
        (["--imap", "localhost", "--address", "not an address"], "is not an e-mail address"),
    ],
)
def test_bad_accounts_refused_in_words(capsys, monkeypatch, args, words):
    code, _out, err = run(capsys, monkeypatch, "mail", "add", "x", "--address", "me@example.org",
                          *args)  # fmt: skip
    assert code == 1 and words in err
    assert mail_accounts.accounts() == []


def test_period_must_be_positive(capsys, monkeypatch):
    with pytest.raises(SystemExit) as stop:
        run(capsys, monkeypatch, "mail", "add", "x", "--address", "me@example.org", "--imap",
            "localhost", "--since", "0")  # fmt: skip
    assert stop.value.code == 2 and "positive" in capsys.readouterr().err


def test_environment_password_wins_for_scripts(monkeypatch, capsys, memory_keyring):  # noqa: F811
    run(capsys, monkeypatch, "mail", "add", "w", "--address", "me@example.org", "--imap",
        "localhost", "--imap-security", "none", "--password-stdin", stdin="kept\n")  # fmt: skip
    monkeypatch.setenv(mail_accounts.PASSWORD_ENV, "from-env")
    assert mail_accounts.saved_password(mail_accounts.account()) == "from-env"


def test_connection_test_against_dovecot(capsys, monkeypatch, mailbox, memory_keyring):  # noqa: F811
    code, _, err = add(capsys, monkeypatch, mailbox)
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "mail", "test")
    assert code == 0, err
    assert "login accepted" in out
    assert "INBOX: 0 messages (inbox)" in out and "Sent: 0 messages (sent)" in out


def test_wrong_password_refused_in_words(capsys, monkeypatch, mailbox, memory_keyring):  # noqa: F811
    add(capsys, monkeypatch, mailbox, password="not-it")
    code, _, err = run(capsys, monkeypatch, "mail", "test", "work")
    assert code == 1
    assert "the login was refused" in err and "Traceback" not in err


def test_untrusted_certificate_refused_until_trusted(
    capsys,
    monkeypatch,
    mailbox,
    memory_keyring,  # noqa: F811
):
    server, user, password = mailbox
    for name, port, security in (("tls", server.tls_port, "tls"), ("st", server.port, "starttls")):
        code, _, err = run(capsys, monkeypatch, "mail", "add", name, "--address", user, "--imap",
                           f"localhost:{port}", "--imap-security", security, "--password-stdin",
                           stdin=password + "\n")  # fmt: skip
        assert code == 0, err
        code, _, err = run(capsys, monkeypatch, "mail", "test", name)
        assert code == 1
        assert "certificate is not trusted" in err and server.fingerprint in err
        assert f"mail test {name} --trust {server.fingerprint}" in err
        assert mail_accounts.account(name).trusted_certificates == ()

        code, out, err = run(capsys, monkeypatch, "mail", "test", name, "--trust",
                             server.fingerprint.upper())  # fmt: skip
        assert code == 0, err
        assert f"({security}), login accepted" in out
        assert mail_accounts.account(name).trusted_certificates == (server.fingerprint,)
        code, out, err = run(capsys, monkeypatch, "mail", "test", name)
        assert code == 0, err


def test_another_certificate_than_the_trusted_one_is_refused(
    capsys,
    monkeypatch,
    mailbox,
    memory_keyring,  # noqa: F811
):
    server, user, password = mailbox
    other = "ab" * 32
    add(capsys, monkeypatch, mailbox)
    run(capsys, monkeypatch, "mail", "add", "tls", "--address", user, "--imap",
        f"127.0.0.1:{server.tls_port}", "--trust", other, "--password-stdin",
        stdin=password + "\n")  # fmt: skip
    code, _, err = run(capsys, monkeypatch, "mail", "test", "tls")
    assert code == 1 and server.fingerprint in err


def test_unreachable_servers_and_missing_folders_in_words(
    capsys,
    monkeypatch,
    mailbox,
    memory_keyring,  # noqa: F811
):
    import socket

    server, user, password = mailbox
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    cases = [
        ("refused", f"127.0.0.1:{closed}", "none", [], "the connection was refused"),
        ("nohost", "mail.nohost.invalid", "tls", [], "no such server (host not found)"),
        ("nofolder", f"127.0.0.1:{server.port}", "none", ["--folder", "Clients"],
         "there is no folder 'Clients'"),
    ]  # fmt: skip
    for name, imap, security, extra, words in cases:
        code, _, err = run(capsys, monkeypatch, "mail", "add", name, "--address", user, "--imap",
                           imap, "--imap-security", security, "--password-stdin", *extra,
                           stdin=password + "\n")  # fmt: skip
        assert code == 0, err
        code, _, err = run(capsys, monkeypatch, "mail", "test", name)
        assert code == 1, name
        assert words in err and "Traceback" not in err


def test_no_password_anywhere_is_said(capsys, monkeypatch, mailbox, memory_keyring):  # noqa: F811
    server, user, _password = mailbox
    run(capsys, monkeypatch, "mail", "add", "w", "--address", user, "--imap",
        f"127.0.0.1:{server.port}", "--imap-security", "none")  # fmt: skip
    code, _, err = run(capsys, monkeypatch, "mail", "test")
    assert code == 1 and "no password kept" in err and "--password-stdin" in err


def test_servers_are_read_with_their_usual_ports():
    from contacttracker.domain.mail_account import Endpoint, is_loopback

    assert str(Endpoint.parse("IMAP.Example.com", "tls", "imap")) == "imap.example.com:993"
    assert Endpoint.parse("mail.example.com", "starttls", "smtp").port == 587
    assert Endpoint.parse("mail.example.com", "tls", "smtp").port == 465
    six = Endpoint.parse("[::1]:1143", "none", "imap")
    assert (six.host, six.port, str(six)) == ("::1", 1143, "[::1]:1143")
    assert [is_loopback(h) for h in ("localhost", "127.0.0.9", "::1", "10.0.0.1", "lo.cal")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_mail_test_checks_the_sending_server_too(capsys, monkeypatch, mailbox, memory_keyring):  # noqa: F811
    """STARTTLS with a certificate no one vouches for, then trusted; a refused login; a port
    where nothing listens: each said of the SMTP server, in words, exit 1."""
    from tests.helpers.dovecot import _free_port
    from tests.helpers.smtp import SmtpServer

    server, user, password = mailbox
    smtp = SmtpServer(users={user: password}, certificate=(server.cert, server.key)).start()
    try:
        code, _, err = add(capsys, monkeypatch, mailbox, "--smtp", f"localhost:{smtp.port}")
        assert code == 0, err
        code, out, err = run(capsys, monkeypatch, "mail", "test")
        assert code == 1
        assert "login accepted" in out  # IMAP's
        assert f"localhost:{smtp.port}: the certificate is not trusted" in err
        assert f"mail test work --trust {server.fingerprint}" in err

        code, out, err = run(capsys, monkeypatch, "mail", "test", "--trust", server.fingerprint)
        assert code == 0, err
        assert f"work: sends through localhost:{smtp.port} (starttls), login accepted" in out
        assert smtp.logins == [(user, True)]

        smtp.users[user] = "another"  # the sending server's password is not the mailbox's
        code, out, err = run(capsys, monkeypatch, "mail", "test")
        assert code == 1 and "login accepted" in out
        assert f"localhost:{smtp.port}: the login was refused" in err
    finally:
        smtp.stop()
    closed = _free_port()
    add(capsys, monkeypatch, mailbox, "--smtp", f"127.0.0.1:{closed}", "--smtp-security", "none",
        name="third")  # fmt: skip
    code, _, err = run(capsys, monkeypatch, "mail", "test", "third")
    assert code == 1 and f"127.0.0.1:{closed}: the connection was refused" in err
    assert "Traceback" not in err
