"""Working side by side: a save made by someone else in between is caught, shown and chosen
about; nothing is overwritten silently; two processes writing at once lose no row."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from contacttracker.store.conflicts import Conflict
from contacttracker.store.conversations import ConversationInput, update_conversation
from contacttracker.store.models import Client, Conversation
from contacttracker.store.timeutil import from_db
from tests.conftest import type_text

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.backends

OTHER_MANAGER = """
import sys
from contacttracker.store import open_database
from contacttracker.store.conversations import ConversationInput, update_conversation
from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import from_db
open_database(sys.argv[1])
c = Conversation.get_by_id(int(sys.argv[2]))
update_conversation(c.id, ConversationInput(
    client_id=c.client_id, channel=c.channel, direction=c.direction,
    occurred_at=from_db(c.occurred_at), subject=sys.argv[3], summary=c.summary,
    agreements=c.agreements))
"""


def other_manager_edits(db_path, conversation_id: int, subject: str) -> None:
    """Another process (another manager's app) saves the same conversation."""
    subprocess.run(
        [sys.executable, "-c", OTHER_MANAGER, str(db_path), str(conversation_id), subject],
        check=True,
        cwd=ROOT,
        timeout=60,
    )


def mine(conv: Conversation, subject: str) -> ConversationInput:
    return ConversationInput(
        client_id=conv.client_id,
        channel=conv.channel,
        direction=conv.direction,
        occurred_at=from_db(conv.occurred_at),
        subject=subject,
    )


def test_a_save_after_someone_elses_is_refused_with_theirs(db_path, client_factory, log, now):
    call = log(client_factory(), "phone", "out", now, subject="Кошторис")
    opened = Conversation.get_by_id(call.id).version
    other_manager_edits(db_path, call.id, "Кошторис (Олена)")
    with pytest.raises(Conflict) as caught:
        update_conversation(call.id, mine(call, "Кошторис (Андрій)"), expected_version=opened)
    conflict = caught.value
    assert conflict.theirs["subject"] == "Кошторис (Олена)"
    assert conflict.version == opened + 1
    assert Conversation.get_by_id(call.id).subject == "Кошторис (Олена)"  # untouched
    # Saving again against the version now stored is a choice, and it goes through.
    update_conversation(call.id, mine(call, "Кошторис (Андрій)"), expected_version=conflict.version)
    assert Conversation.get_by_id(call.id).subject == "Кошторис (Андрій)"


def test_a_client_edited_twice(db_path, client_factory):
    from contacttracker.store.clients import ClientInput, save_client

    client = client_factory()
    opened = Client.get_by_id(client.id).version
    save_client(ClientInput(name="Олена Коваленко-Шевчук", channels=[]), client.id)
    with pytest.raises(Conflict) as caught:
        save_client(ClientInput(name="О. Коваленко", channels=[]), client.id, opened)
    assert caught.value.theirs["name"] == "Олена Коваленко-Шевчук"
    assert Client.get_by_id(client.id).name == "Олена Коваленко-Шевчук"


def test_the_window_shows_both_and_keeps_what_was_typed(
    qtbot, window, scripted, client_factory, log, now, db_path
):
    from contacttracker.store.history import versions
    from contacttracker.ui.log_dialog import LogDialog

    call = log(client_factory(), "phone", "out", now - timedelta(hours=1), subject="Кошторис")
    dialog = LogDialog(window.catalogue, window, conversation_id=call.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.subject.clear()
    type_text(dialog.subject, "Кошторис, друга версія")
    other_manager_edits(db_path, call.id, "Кошторис від Олени")

    scripted.choices.append("Keep editing")
    dialog.save()
    assert "Кошторис від Олени" in scripted.questions[-1]  # theirs is shown
    assert "Кошторис, друга версія" in scripted.questions[-1]  # and mine
    assert dialog.isVisible() and dialog.subject.text() == "Кошторис, друга версія"
    assert Conversation.get_by_id(call.id).subject == "Кошторис від Олени"

    scripted.choices.append("Save mine over theirs")
    dialog.save()
    assert Conversation.get_by_id(call.id).subject == "Кошторис, друга версія"
    assert [v.data["subject"] for v in versions(call.id)][:2] == [
        "Кошторис від Олени",
        "Кошторис",
    ]


def test_taking_theirs_closes_without_saving(
    qtbot, window, scripted, client_factory, log, now, db_path
):
    from contacttracker.ui.log_dialog import LogDialog

    call = log(client_factory(), "phone", "out", now - timedelta(hours=1), subject="Кошторис")
    dialog = LogDialog(window.catalogue, window, conversation_id=call.id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.subject, " мій")
    other_manager_edits(db_path, call.id, "Кошторис від Олени")
    scripted.choices.append("Take theirs, drop mine")
    dialog.save()
    assert not dialog.isVisible()
    assert Conversation.get_by_id(call.id).subject == "Кошторис від Олени"


WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from contacttracker.store import open_database
from contacttracker.store.conversations import ConversationInput, log_conversation
open_database(sys.argv[1])
start = datetime(2026, 11, 1, tzinfo=UTC)
for i in range(int(sys.argv[3])):
    log_conversation(ConversationInput(
        client_id=int(sys.argv[2]), channel="viber", direction="in",
        occurred_at=start + timedelta(minutes=i), subject=f"{sys.argv[4]} {i}"))
"""


def test_two_processes_logging_at_once_lose_nothing(db_path, client_factory):
    client = client_factory()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(client.id), "150", who], cwd=ROOT
        )
        for who in ("Олена", "Андрій")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    for who in ("Олена", "Андрій"):
        subjects = {
            c.subject for c in Conversation.select().where(Conversation.subject.startswith(who))
        }
        assert subjects == {f"{who} {i}" for i in range(150)}


def test_mine_or_everyone_in_the_queues_and_the_log(qtbot, window, client_factory, log, now):
    """Olena and Andrii share a database; 'Only mine' shows Andrii his own work."""
    from contacttracker.store import settings

    settings.set_many({"author": "Андрій"})
    client = client_factory()
    log(client, "email", "out", now - timedelta(hours=40), subject="Рахунок", author="Олена")
    log(client, "email", "out", now - timedelta(hours=30), subject="Договір")  # by Андрій
    log(client, "viber", "in", now - timedelta(hours=5), subject="Питання", author="Олена")
    window.refresh()
    assert window.counts["unconfirmed_email"] == 2
    assert window.counts["awaiting_reply"] == 1

    window.whose.setCurrentIndex(window.whose.findData("mine"))
    assert window.counts["unconfirmed_email"] == 1
    assert window.counts["awaiting_reply"] == 0
    window.show_section("unconfirmed_email")
    assert [i.subject for i in window.attention.model.items] == ["Договір"]
    window.open_client(client.id)
    log_model = window.clients.log
    assert [log_model.row(r).subject for r in range(log_model.rowCount())] == ["Договір"]

    window.whose.setCurrentIndex(window.whose.findData("everyone"))
    assert window.clients.log.rowCount() == 3
    from PySide6.QtCore import QSettings

    assert QSettings().value("whose") == "everyone"


def test_every_edit_records_who_made_it(db_path, client_factory, log, now):
    from contacttracker.store import settings
    from contacttracker.store.history import versions

    settings.set_many({"author": "Олена"})
    call = log(client_factory(), "phone", "out", now, subject="Кошторис")
    assert Conversation.get_by_id(call.id).author == "Олена"
    settings.set_many({"author": "Андрій"})
    update_conversation(call.id, mine(call, "Кошторис, уточнено"))
    [earlier] = versions(call.id)
    assert (earlier.author, earlier.data["subject"]) == ("Андрій", "Кошторис")
    assert Conversation.get_by_id(call.id).author == "Олена"  # who recorded it stays


def test_each_colleague_records_under_their_own_name(
    db_path, client_factory, log, now, tmp_path, monkeypatch
):
    """The name lives with the person, not in the shared database."""
    from contacttracker.store import settings

    client = client_factory()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "olena"))
    settings.set_my_name("Олена")
    first = log(client, "phone", "out", now, subject="Дзвінок Олени")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "andrii"))
    settings.set_my_name("Андрій")
    second = log(client, "phone", "out", now, subject="Дзвінок Андрія")
    authors = [Conversation.get_by_id(c.id).author for c in (first, second)]
    assert authors == ["Олена", "Андрій"]
    assert (tmp_path / "andrii" / "contacttracker" / "person.json").stat().st_mode & 0o077 == 0
    assert settings.get("author") == ""  # nothing of it in the database


TRASHER = """
import sys
from contacttracker.store import open_database
from contacttracker.store.conversations import delete_conversation
open_database(sys.argv[1])
delete_conversation(int(sys.argv[2]))
"""


def test_editing_what_someone_moved_to_the_trash(
    qtbot, window, scripted, client_factory, log, now, db_path
):
    from contacttracker.ui.log_dialog import LogDialog

    call = log(client_factory(), "phone", "out", now - timedelta(hours=1), subject="Кошторис")
    dialog = LogDialog(window.catalogue, window, conversation_id=call.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.subject.setText("Кошторис (мій)")
    subprocess.run(
        [sys.executable, "-c", TRASHER, str(db_path), str(call.id)], check=True, cwd=ROOT
    )
    scripted.choices.append("Keep editing")
    dialog.save()
    assert "moved it to the trash" in scripted.questions[-1]
    assert dialog.isVisible() and dialog.subject.text() == "Кошторис (мій)"
    scripted.choices.append("Close without saving")
    dialog.save()
    assert not dialog.isVisible()
    stored = Conversation.get_by_id(call.id)
    assert stored.deleted_at is not None and stored.subject == "Кошторис"


def test_the_client_dialog_catches_a_colleagues_save(qtbot, window, scripted, client_factory):
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.ui.client_dialog import ClientDialog

    client = client_factory()
    dialog = ClientDialog(window.catalogue, window, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText("Дзвонити після обіду")
    save_client(ClientInput(name="Олена Коваленко", tags="VIP", channels=[]), client.id)
    scripted.choices.append("Save mine over theirs")
    dialog.save()
    assert "VIP" in scripted.questions[-1]  # theirs, shown
    stored = Client.get_by_id(client.id)
    assert stored.notes == "Дзвонити після обіду" and stored.version == 3
