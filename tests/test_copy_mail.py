"""`copy --to` between the backends (SQLite → PostgreSQL and back) carries what the two CSV
files do not: the e-mails' Message-IDs and References, running snoozes, the reminders
sent; and leaves behind what belongs to the source (the undo journal, the settings, the
edit history). A reply synced from a real Dovecot into the copy confirms the copied e-mail."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from contacttracker.domain.mail_account import Endpoint, make_account
from contacttracker.io.mail_sync import sync_account
from contacttracker.io.messages import mail_uuid
from contacttracker.store import close, open_database
from contacttracker.store.models import Conversation
from tests.helpers.state import query
from tests.test_cli import run
from tests.test_mail_sync import CLIENT, NOW, letter

pytestmark = pytest.mark.backends

HEADERS = """SELECT c.uuid, h.message_id, h.refs FROM mail_header h
JOIN conversation c ON c.id = h.conversation_id ORDER BY c.uuid"""


@pytest.fixture
def other(backend, databases, tmp_path):
    """An empty database on the other backend: the copy goes across."""
    target = databases.new("postgresql" if backend == "sqlite" else "sqlite", tmp_path, "to.db")
    return target


def test_copied_emails_keep_their_message_ids_and_replies_confirm_them(
    mailbox, db_path, other, client_factory, log
):
    server, me, password = mailbox
    account = make_account(
        "work", [me], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap"), since_days=30
    )
    olena = client_factory(channels=[("email", CLIENT)])
    server.append(me, "INBOX", [
        letter(CLIENT, me, "Re: Макет", "Подзвоніть мені", "in1@client.example",
               reply_to="older@studio.example", at=NOW - timedelta(hours=5)),
    ])  # fmt: skip
    server.append(
        me, "Sent", [letter(me, CLIENT, "Кошторис", "У вкладенні.", "bill@studio.example")]
    )
    assert sync_account(account, password).stored == 2
    theirs = Conversation.get(Conversation.uuid == mail_uuid("in1@client.example"))
    call = log(olena, "phone", "out", NOW - timedelta(hours=4), agreements="Макет до п'ятниці",
               replies_to_id=theirs.id)  # fmt: skip
    kept = query(db_path, HEADERS)
    assert len(kept) == 2

    copied = json.loads(run("copy", "--to", str(other), "--json", db=db_path).stdout)
    assert (copied["added"], copied["mail_headers"]) == (3, 2)
    assert query(other, HEADERS) == kept

    # The summary of the call, drafted from the copy, answers the client's letter in its thread.
    eml = run("summary", call.uuid, "--format", "eml", db=other).stdout
    assert "In-Reply-To: <in1@client.example>" in eml
    assert "References: <older@studio.example> <in1@client.example>" in eml

    # The client answers our e-mail; the copy's first sync reads the mailbox again and stores
    # only her reply, which confirms the copied e-mail.
    server.append(me, "INBOX", [
        letter(CLIENT, me, "Re: Кошторис", "Отримала, дякую.", "ok@client.example",
               reply_to="bill@studio.example", at=NOW - timedelta(hours=1)),
    ])  # fmt: skip
    close()
    open_database(str(other))
    report = sync_account(account, password)
    assert (report.stored, report.present) == (1, 2)
    ours = Conversation.get(Conversation.uuid == mail_uuid("bill@studio.example"))
    reply = Conversation.get(Conversation.uuid == mail_uuid("ok@client.example"))
    assert reply.replies_to_id == ours.id
    assert not ours.awaiting_confirmation and ours.confirmed_at is not None

    # Copying again adds nothing and leaves the headers as they are.
    again = json.loads(run("copy", "--to", str(other), "--json", db=db_path).stdout)
    assert (again["added"], again["mail_headers"]) == (0, 0)
    assert len(query(other, HEADERS)) == 3


def test_a_copy_carries_snoozes_and_reminders_sent_and_leaves_the_journal(db_path, other):
    """Moving to the team: what was put off stays put off, no reminder comes again; the
    source's undo steps, settings and edit history stay with the source."""
    olena = run("client", "add", "Олена Коваленко", "--channel", "viber=+380671234567",
                "--response-hours", "3", db=db_path).stdout.strip()  # fmt: skip
    late = run("log", olena, "--channel", "viber", "--in", "--at=-4h", "--subject", "Макет?",
               db=db_path).stdout.strip()  # fmt: skip
    put_off = run("log", olena, "--channel", "viber", "--in", "--at=-5h", "--subject",
                  "Рахунок?", db=db_path).stdout.strip()  # fmt: skip
    run("snooze", put_off, "--until", "+2d", db=db_path)
    # A client on a weekly rhythm, last called ten days ago, put off for three days.
    petro = run("client", "add", "Петро Шевчук", "--channel", "phone=+380501234567",
                "--keep-in-touch", "7", db=db_path).stdout.strip()  # fmt: skip
    run("log", petro, "--channel", "phone", "--out", "--at=-10d", db=db_path)
    assert "Петро Шевчук" in run("attention", "--format", "csv", db=db_path).stdout
    run("snooze", petro, "--queue", "losing_touch", "--until", "+3d", db=db_path)
    run("trash", late, db=db_path)  # and back: its history holds both steps
    run("untrash", late, db=db_path)
    run("settings", "response_hours", "5", db=db_path)
    reminded = run("remind", "--format", "csv", db=db_path).stdout
    assert "Макет?" in reminded and "Рахунок?" not in reminded
    # The team's database has a client and a rule of its own.
    run("client", "add", "Команда", "--channel", "email=team@studio.example", "--create", db=other)
    run("settings", "response_hours", "2", db=other)

    run("copy", "--to", str(other), db=db_path)
    waiting = run("attention", "--format", "csv", db=other).stdout
    assert late in waiting and put_off not in waiting
    assert "Петро Шевчук" not in waiting
    assert query(other, f"SELECT snoozed_until IS NOT NULL FROM conversation"
                        f" WHERE uuid = '{put_off}'") in ([(True,)], [(1,)])  # fmt: skip
    assert run("remind", db=other).stdout.strip() == "Nothing new since the last reminder."
    assert run("settings", "response_hours", db=other).stdout.strip() == "2.0"
    assert query(other, "SELECT count(*) FROM undo_step") == [(0,)]
    assert query(other, "SELECT count(*) FROM conversation_version") == [(0,)]
    nothing = run("undo", db=other, check=False)
    assert nothing.returncode == 1 and "Traceback" not in nothing.stderr
    assert run("undo", db=db_path).returncode == 0  # the source's own step, undone there
