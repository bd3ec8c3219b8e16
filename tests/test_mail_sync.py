"""The mailbox sync against a real Dovecot, on SQLite and on PostgreSQL: what is stored (only
e-mails with clients), what links to what (replies confirm, our replies answer), what a
second sync, a new UIDVALIDITY, an mbox import before it and a cut connection do."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from contacttracker.domain.mail_account import Endpoint, make_account
from contacttracker.io import mail_sync
from contacttracker.io.imap import MailError
from contacttracker.io.mail_sync import SyncFailed, sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store.models import Conversation
from tests.helpers.forwarder import Forwarder

pytestmark = pytest.mark.backends

CLIENT = "olena@client.example"
NOW = datetime.now(UTC).replace(microsecond=0)


def letter(
    sender: str,
    to: str,
    subject: str,
    body: str = "Добрий день!",
    mid: str | None = None,
    at: datetime | None = None,
    reply_to: str = "",
) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(at or NOW - timedelta(hours=2))
    if mid:
        m["Message-ID"] = f"<{mid}>"
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}>"
        m["References"] = f"<{reply_to}>"
    m.set_content(body)
    return m.as_bytes()


@pytest.fixture
def account(mailbox):
    server, user, _password = mailbox
    return make_account(
        "work", [user], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap"), since_days=30
    )


@pytest.fixture
def olena(client_factory):
    return client_factory(channels=[("email", CLIENT), ("viber", "+380 67 123 4567")])


def sync(account, mailbox, **kw):
    return sync_account(account, mailbox[2], **kw)


def stored() -> dict[str, Conversation]:
    return {c.uuid: c for c in Conversation.select()}


def test_first_sync_of_both_folders_then_nothing_new(mailbox, account, olena):
    server, me, _ = mailbox
    server.append(me, "INBOX", [
        letter(CLIENT, me, "Макет сайту", "Надсилаю правки до макета.", "in1@client.example"),
        letter("news@shop.example", me, "Знижки", "Реклама", "n1@shop.example"),
        letter(f"Олена <{CLIENT.upper()}>", me, "Ще одне", "Текст", "in2@client.example"),
    ])  # fmt: skip
    server.append(me, "Sent", [
        letter(me, CLIENT, "Кошторис", "Кошторис у вкладенні.", "out1@studio.example"),
        letter(me, "friend@else.example", "Вечеря", "О сьомій?", "out2@studio.example"),
    ])  # fmt: skip

    report = sync(account, mailbox)
    assert (report.stored, report.others, report.problems) == (3, 2, [])
    assert report.folders == ["Sent", "INBOX"]  # ours first: replies link to them
    assert report.summary() == "3 e-mails with clients, 2 others not stored"
    rows = stored()
    assert set(rows) == {mail_uuid(m) for m in ("in1@client.example", "in2@client.example",
                                                 "out1@studio.example")}  # fmt: skip
    incoming = rows[mail_uuid("in1@client.example")]
    assert (incoming.direction, incoming.channel, incoming.client_id) == ("in", "email", olena.id)
    assert incoming.subject == "Макет сайту" and "правки до макета" in incoming.summary
    assert incoming.author == ""
    outgoing = rows[mail_uuid("out1@studio.example")]
    assert outgoing.direction == "out" and outgoing.author  # the person who synced
    assert outgoing.awaiting_confirmation

    again = sync(account, mailbox)
    assert (again.stored, again.present, again.others) == (0, 0, 0)
    assert len(stored()) == 3

    server.append(me, "INBOX", [letter(CLIENT, me, "Нове", "Ще правки", "in3@client.example")])
    third = sync(account, mailbox)
    assert (third.stored, third.others) == (1, 0)
    assert len(stored()) == 4


def test_new_uidvalidity_reads_again_without_doubling(mailbox, account, olena):
    server, me, _ = mailbox
    server.append(me, "INBOX", [letter(CLIENT, me, f"Лист {n}", mid=f"v{n}@c") for n in range(3)])
    assert sync(account, mailbox).stored == 3
    before = server.uidvalidity(me, "INBOX")
    server.renumber(me, "INBOX")
    assert server.uidvalidity(me, "INBOX") != before
    report = sync(account, mailbox)
    assert (report.stored, report.present) == (0, 3)
    assert len(stored()) == 3
    assert sync(account, mailbox).present == 0  # the new mark was kept


def test_a_clients_reply_confirms_our_email(mailbox, account, olena):
    server, me, _ = mailbox
    server.append(me, "Sent", [
        letter(me, CLIENT, "Підсумок дзвінка", "Домовились про макет.", "sum@studio.example"),
        letter(me, CLIENT, "Рахунок за листопад", "Рахунок у вкладенні.", "bill@studio.example"),
    ])  # fmt: skip
    sync(account, mailbox)
    ours = stored()[mail_uuid("sum@studio.example")]
    assert ours.awaiting_confirmation and ours.confirmed_at is None

    server.append(me, "INBOX", [
        letter(CLIENT, me, "Re: Підсумок дзвінка", "Так, усе вірно.", "ok@client.example",
               reply_to="sum@studio.example", at=NOW - timedelta(hours=1)),
        # No In-Reply-To (a phone's mail app): the subject and the client's address link it.
        letter(CLIENT, me, "RE: Рахунок за листопад", "Отримала.", "got@client.example",
               at=NOW - timedelta(minutes=30)),
    ])  # fmt: skip
    assert sync(account, mailbox).stored == 2
    rows = stored()
    for ours_id, reply_id in (("sum@studio.example", "ok@client.example"),
                              ("bill@studio.example", "got@client.example")):  # fmt: skip
        ours = rows[mail_uuid(ours_id)]
        reply = rows[mail_uuid(reply_id)]
        assert reply.replies_to_id == ours.id
        assert not ours.awaiting_confirmation and ours.confirmed_at is not None


def test_an_incoming_email_awaits_our_reply_until_we_answer(mailbox, account, olena):
    server, me, _ = mailbox
    server.append(me, "INBOX", [
        letter(CLIENT, me, "Питання щодо договору", "Коли підпишемо?", "q@client.example",
               at=NOW - timedelta(hours=3)),
    ])  # fmt: skip
    sync(account, mailbox)
    question = stored()[mail_uuid("q@client.example")]
    assert question.awaiting_reply

    from contacttracker.store import attention

    assert [i.conversation for i in attention.items("awaiting_reply")] == [question.uuid]

    server.append(me, "Sent", [
        letter(me, CLIENT, "Re: Питання щодо договору", "Завтра.", "a@studio.example",
               reply_to="q@client.example", at=NOW - timedelta(hours=1)),
    ])  # fmt: skip
    sync(account, mailbox)
    rows = stored()
    answer, question = rows[mail_uuid("a@studio.example")], rows[question.uuid]
    assert answer.replies_to_id == question.id and answer.direction == "out"
    assert not question.awaiting_reply
    assert attention.items("awaiting_reply") == []


def test_server_gone_mid_sync_keeps_whole_batches_and_resumes(mailbox, account, olena, monkeypatch):
    server, me, _ = mailbox
    server.append(me, "INBOX", [letter(CLIENT, me, f"Лист {n}", mid=f"cut{n}@c") for n in range(7)])
    forwarder = Forwarder("127.0.0.1", server.port)
    via = make_account("work", [me], Endpoint.parse(f"127.0.0.1:{forwarder.port}", "none", "imap"))
    monkeypatch.setattr(mail_sync, "BATCH", 3)
    real = mail_sync.fetch_texts
    calls = []

    def cut_in_second_batch(client, heads):
        calls.append(len(heads))
        if len(calls) == 2:
            forwarder.cut()  # in the middle of the batch: headers read, bodies not
        return real(client, heads)

    monkeypatch.setattr(mail_sync, "fetch_texts", cut_in_second_batch)
    try:
        with pytest.raises(SyncFailed) as failed:
            sync(via, mailbox)
        assert failed.value.kind == "lost" and "Traceback" not in str(failed.value)
        assert failed.value.report.stored == 3
        assert len(stored()) == 3  # the first batch whole, nothing of the second

        forwarder.restore()
        report = sync(via, mailbox)
        assert (report.stored, report.present) == (4, 0)  # resumed after the first batch
        assert len(stored()) == 7
    finally:
        forwarder.cut()


def test_wrong_password_and_unreachable_server_are_words(mailbox, account, olena):
    with pytest.raises(MailError) as refused:
        sync_account(account, "wrong")
    assert refused.value.kind == "login" and "login was refused" in str(refused.value)
    gone = make_account("x", ["me@example.org"], Endpoint.parse("127.0.0.1:1", "none", "imap"))
    with pytest.raises(MailError) as unreachable:
        sync_account(gone, "pw")
    assert unreachable.value.kind == "refused"
    assert Conversation.select().count() == 0


def test_sync_after_mbox_import_adds_nothing(mailbox, account, olena, tmp_path):
    from contacttracker.io.message_import import import_messages

    server, me, _ = mailbox
    letters = [
        letter(CLIENT, me, "Макет", "Правки", "m1@client.example"),
        letter(me, CLIENT, "Re: Макет", "Дякую", "m2@studio.example", reply_to="m1@client.example"),
    ]
    box = tmp_path / "mail.mbox"
    box.write_bytes(b"".join(b"From x Mon Nov 16 10:00:00 2026\n" + m + b"\n" for m in letters))
    assert import_messages(box).added == 2
    server.append(me, "INBOX", letters[:1])
    server.append(me, "Sent", letters[1:])
    report = sync(account, mailbox)
    assert (report.stored, report.present) == (0, 2)
    assert len(stored()) == 2


def test_client_domain_counts_only_when_asked_and_never_webmail(mailbox, olena, client_factory):
    server, me, password = mailbox
    client_factory(name="Gmail client", channels=[("email", "someone@gmail.com")])
    server.append(me, "INBOX", [
        letter("boss@client.example", me, "Від директора", mid="d1@client.example"),
        letter("other@gmail.com", me, "Не клієнт", mid="d2@gmail.com"),
    ])  # fmt: skip
    plain = make_account("w", [me], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap"))
    assert sync_account(plain, password).stored == 0
    wide = make_account("w", [me], plain.imap, match_domains=True)
    # The folder was read already: --since reads the period again (nothing doubles).
    report = sync_account(wide, password, since=(NOW - timedelta(days=2)).date())
    assert report.stored == 1
    assert stored()[mail_uuid("d1@client.example")].client_id == olena.id


@pytest.mark.slow
def test_bad_mail_never_stops_a_sync(mailbox, account, olena):
    server, me, _ = mailbox
    broken_mime = (
        f"From: {CLIENT}\r\nTo: {me}\r\nSubject: Broken\r\nMessage-ID: <b1@c>\r\n"
        "Date: Mon, 16 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n'
        "--never-closed\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"
    ).encode()
    unknown_charset = (
        f"From: {CLIENT}\r\nTo: {me}\r\nSubject: =?x-unknown?Q?Hm?=\r\nMessage-ID: <b2@c>\r\n"
        "Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n"
        "Content-Type: text/plain; charset=x-unknown\r\n\r\nPlain words\r\n"
    ).encode()
    no_date = (f"From: {CLIENT}\r\nTo: {me}\r\nSubject: No date\r\nMessage-ID: <b3@c>\r\n"
               "\r\nWhen?\r\n").encode()  # fmt: skip
    absurd_date = (f"From: {CLIENT}\r\nTo: {me}\r\nSubject: Future\r\nMessage-ID: <b4@c>\r\n"
                   "Date: Sat, 01 Jan 2250 00:00:00 +0000\r\n\r\nLater\r\n").encode()  # fmt: skip
    bad_header = (f"From: {CLIENT}\r\nTo: 0@, @@@, {me}\r\nSubject: \xff\xfe\r\n"
                  "Message-ID: <b5@c>\r\n\r\nbody\r\n").encode("latin-1")  # fmt: skip
    no_mid = (f"From: {CLIENT}\r\nTo: {me}\r\nSubject: No id\r\n"
              "Date: Mon, 16 Nov 2026 11:00:00 +0000\r\n\r\nNo Message-ID\r\n").encode()  # fmt: skip
    big = EmailMessage()
    big["From"], big["To"], big["Subject"], big["Message-ID"] = CLIENT, me, "Big", "<b6@c>"
    big["Date"] = format_datetime(NOW - timedelta(hours=1))
    big.set_content("See the video attached.")
    big.add_attachment(b"\0" * (50 * 1024 * 1024), maintype="video", subtype="mp4",
                       filename="call.mp4")  # fmt: skip
    when = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
    server.append(me, "INBOX", [broken_mime, unknown_charset, no_date, absurd_date, bad_header,
                                no_mid], when=when)  # fmt: skip
    server.append(me, "INBOX", [big.as_bytes()])

    report = sync(account, mailbox)
    assert report.stored == 7, report.problems
    (damaged,) = [p for p in report.problems if p.startswith("INBOX UID 1:")]
    assert "damaged, kept as far as it could be read" in damaged
    assert "CloseBoundaryNotFoundDefect" in damaged
    rows = stored()
    assert "Plain words" in rows[mail_uuid("b2@c")].summary
    for mid in ("b3@c", "b4@c"):  # the server's INTERNALDATE stands in for the Date
        assert rows[mail_uuid(mid)].occurred_at.replace(tzinfo=UTC) == when
    large = rows[mail_uuid("b6@c")]
    assert "See the video attached." in large.summary and "call.mp4 (50.0 MB)" in large.summary
    assert any(p.startswith("INBOX UID 7: a letter of") for p in report.problems)
    assert sync(account, mailbox).stored == 0  # the letter without Message-ID is not doubled


def test_command_line_sync(mailbox, olena, db_path, capsys, monkeypatch):
    from contacttracker.cli import main
    from contacttracker.store import open_database

    server, me, password = mailbox
    monkeypatch.setenv("CONTACTTRACKER_MAIL_PASSWORD", password)
    server.append(me, "INBOX", [letter(CLIENT, me, "Привіт", mid="c1@c"),
                                letter("x@y.example", me, "Spam", mid="c2@c")])  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["mail", "add", "work", "--address", me, "--imap", f"127.0.0.1:{server.port}",
                 "--imap-security", "none"]) == 0  # fmt: skip
    code = main(["--db", str(db_path), "mail", "sync"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "work: 1 e-mails with clients, 1 others not stored" in out

    monkeypatch.setenv("CONTACTTRACKER_MAIL_PASSWORD", "wrong")
    code = main(["--db", str(db_path), "mail", "sync", "work", "--since", "2026-01-01"])
    out, err = capsys.readouterr()
    assert code == 1 and "the login was refused" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(db_path), "mail", "sync", "--since", "yesterday"])
    assert usage.value.code == 2 and "is not a date" in capsys.readouterr().err
    open_database(str(db_path))
    assert Conversation.select().count() == 1


def test_html_only_letters_as_text_and_attachments_by_name(mailbox, account, olena):
    server, me, _ = mailbox
    html = EmailMessage()
    html["From"], html["To"], html["Subject"], html["Message-ID"] = CLIENT, me, "HTML", "<h1@c>"
    html["Date"] = format_datetime(NOW - timedelta(hours=1))
    html.set_content("<p>Перший <b>абзац</b></p><p>Другий &amp; останній</p>", subtype="html")
    html.add_attachment(b"%PDF-1.4" + b"0" * 3000, maintype="application", subtype="pdf",
                        filename="Кошторис.pdf")  # fmt: skip
    server.append(me, "INBOX", [html.as_bytes()])
    sync(account, mailbox)
    text = stored()[mail_uuid("h1@c")].summary
    assert "Перший абзац" in text and "Другий & останній" in text and "<b>" not in text
    assert "[Кошторис.pdf (3 KB)]" in text


def test_headers_in_raw_utf8_and_folded(mailbox, account, olena):
    server, me, _ = mailbox
    raw = (
        f"From: Олена <{CLIENT}>\r\nTo: {me}\r\nSubject: Привіт,\r\n макет готовий\r\n"
        "Message-ID: <raw1@c>\r\nDate: Mon, 16 Nov 2026 10:00:00 +0000\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Текст листа\r\n"
    ).encode()
    server.append(me, "INBOX", [raw])
    assert sync(account, mailbox).stored == 1
    row = stored()[mail_uuid("raw1@c")]
    assert (row.subject, row.summary) == ("Привіт, макет готовий", "Текст листа")
