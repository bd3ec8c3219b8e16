"""Edits keep the earlier version; deleting goes to a Trash that restores for 30 days."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from contacttracker.store import attention, history
from contacttracker.store.conversations import (
    ConversationInput,
    delete_conversation,
    record_confirmation,
    update_conversation,
)
from contacttracker.store.models import Conversation
from contacttracker.store.search import search
from contacttracker.store.settings import set_many
from contacttracker.store.timeutil import now_utc

pytestmark = pytest.mark.backends


def test_an_edit_keeps_the_earlier_version_with_time_and_author(client_factory, log, now):
    client = client_factory()
    call = log(client, "phone", "out", now, subject="Кошторис", agreements="Оплата 50%")
    set_many({"author": "Марія"})
    update_conversation(
        call.id,
        ConversationInput(
            client_id=client.id,
            channel="phone",
            direction="out",
            occurred_at=now,
            subject="Кошторис",
            agreements="Оплата 30%",
        ),
    )
    [v] = history.versions(call.id)
    assert (v.change, v.author, v.data["agreements"], v.version) == (
        "edit",
        "Марія",
        "Оплата 50%",
        1,
    )
    assert Conversation.get_by_id(call.id).agreements == "Оплата 30%"
    assert abs((v.changed_at - now_utc()).total_seconds()) < 60


def test_trash_restore_and_purge(client_factory, log, now):
    client = client_factory()
    email = log(client, "email", "out", now - timedelta(hours=30), subject="Договір")
    confirmation = record_confirmation(email.id, "viber", now)
    delete_conversation(confirmation.id)
    assert [t.id for t in history.trash()] == [confirmation.id]
    assert attention.count("unconfirmed_email", now) == 1, "the e-mail is unconfirmed again"
    history.restore(confirmation.id)
    assert history.trash() == []
    assert attention.count("unconfirmed_email", now) == 0
    delete_conversation(email.id)
    assert email.id not in [h.conversation_id for h in search("договір")], "trashed: not found"
    assert history.purge(now_utc() + timedelta(days=29)) == 0, "kept for 30 days"
    assert history.purge(now_utc() + timedelta(days=31)) == 1
    assert Conversation.get_or_none(Conversation.id == email.id) is None
    assert Conversation.get_by_id(confirmation.id).confirms_id is None


def test_edit_history_and_trash_in_the_window(qtbot, window, scripted, client_factory, log, now):
    from contacttracker.ui.history_dialogs import HistoryDialog, TrashDialog
    from contacttracker.ui.log_dialog import LogDialog

    client = client_factory()
    call = log(client, "phone", "out", now, subject="Кошторис", agreements="Оплата 50%")
    window.clients.clients.reload()
    window.open_client(client.id, call.id)
    page = window.clients

    def edit(dialog: LogDialog):
        assert dialog.agreements.toPlainText() == "Оплата 50%"
        dialog.agreements.setPlainText("Оплата 40%")
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    scripted.expect(LogDialog, edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert Conversation.get_by_id(call.id).agreements == "Оплата 40%"
    assert Conversation.select().count() == 1, "edited, not added"

    def look(dialog: HistoryDialog):
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 7).text() == "Оплата 50%"
        return 0

    scripted.expect(HistoryDialog, look)
    window.open_client(client.id, call.id)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)

    scripted.answers.append(True)
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert Conversation.get_by_id(call.id).deleted_at is not None

    def restore(dialog: TrashDialog):
        assert dialog.table.rowCount() == 1
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 0
        return 0

    scripted.expect(TrashDialog, restore)
    window.show_trash()
    assert Conversation.get_by_id(call.id).deleted_at is None
    assert [v.change for v in history.versions(call.id)] == ["restore", "delete", "edit"]

    def shown(dialog: HistoryDialog):
        changes = [dialog.table.item(i, 2).text() for i in range(dialog.table.rowCount())]
        assert changes == ["taken out of the trash", "moved to the trash", "edited"]
        return 0

    scripted.expect(HistoryDialog, shown)
    qtbot.waitUntil(lambda: page.log.rowCount() == 1)  # the log shows it again
    window.open_client(client.id, call.id)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)


def test_untrash_is_in_the_history_from_the_store_and_the_shell(
    db_path, client_factory, log, now, capsys
):
    from contacttracker.cli import main

    client = client_factory()
    email = log(client, "email", "out", now, subject="Договір")
    delete_conversation(email.id)
    history.restore(email.id)
    assert [(v.change, v.version) for v in history.versions(email.id)] == [
        ("restore", 2),
        ("delete", 1),
    ]
    assert main(["--db", str(db_path), "trash", email.uuid]) == 0
    assert main(["--db", str(db_path), "untrash", email.uuid]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "history", email.uuid, "--format", "json"]) == 0
    import json

    shown = json.loads(capsys.readouterr().out)
    assert [row["change"] for row in shown] == ["restore", "delete", "restore", "delete"]
