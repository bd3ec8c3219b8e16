"""Deleting a client for good from the window: a warning naming what goes, a backup first,
nothing erased when the backup cannot be made or the user cancels."""

from datetime import timedelta

import pytest
from PySide6.QtGui import QAction

from contacttracker.store.models import Client, ContactPoint, Conversation
from contacttracker.store.timeutil import now_utc
from tests.test_context_menus import right_click


@pytest.fixture
def olena(client_factory, log):
    client = client_factory()
    log(client, "phone", "out", now_utc() - timedelta(days=2), agreements="Запуск")
    log(client, "email", "out", now_utc() - timedelta(days=1), subject="Рахунок")
    trashed = log(client, "viber", "in", now_utc() - timedelta(hours=3))
    from contacttracker.store.conversations import delete_conversation

    delete_conversation(trashed.id)  # in the Trash: erased too, and counted
    return client


@pytest.mark.backends
def test_delete_for_good_after_a_backup(
    qtbot, window, scripted, olena, client_factory, log, backend
):
    from contacttracker.store import backup

    oleh = client_factory("Олег Петренко", channels=[("viber", "+380 50 111 2233")])
    kept = log(oleh, "viber", "in", now_utc() - timedelta(hours=1))
    window.show_section("clients")
    page = window.clients
    scripted.menu_picks.append("&Delete client for good…")
    scripted.answers.append(True)
    right_click(page.list, page.clients.row_of(olena.id))

    [warning] = scripted.warnings
    assert "Олена Коваленко" in warning and "3 conversation" in warning
    assert "cannot be undone" in warning
    assert Client.get_or_none(Client.id == olena.id) is None
    assert not Conversation.select().where(Conversation.client == olena.id).exists()
    assert not ContactPoint.select().where(ContactPoint.client == olena.id).exists()
    assert [c.id for c in Conversation.select()] == [kept.id]
    kind, _title, said = scripted.messages[-1]
    assert kind == "info" and "Олена Коваленко" in said
    if backend == "sqlite":
        [copy] = backup.backups_of(window.location)
        assert str(copy) in said
        assert "shared" not in warning
    else:
        assert "shared database" in warning
    assert page.current_client() is None
    qtbot.waitUntil(lambda: page.clients.row_of(olena.id) < 0)


def test_a_backup_that_fails_erases_nothing(window, scripted, olena):
    """On a file (a shared database takes no backup here)."""
    from contacttracker.store import backup

    backup.backup_dir(window.location).write_text("a file where the folder should be")
    window.open_client(olena.id)
    scripted.answers.append(True)
    window.clients.delete_client()
    kind, _title, said = scripted.messages[-1]
    assert kind == "error" and "no backup could be taken, so nothing was erased" in said
    assert Client.get_by_id(olena.id).name == "Олена Коваленко"
    assert Conversation.select().where(Conversation.client == olena.id).count() == 3


@pytest.mark.backends
def test_cancel_keeps_everything(window, scripted, olena):
    """From the Edit menu, on the client on the card; Cancel (the default) keeps them."""
    window.open_client(olena.id)
    [action] = [
        a
        for a in window.findChildren(QAction)
        if a.text().replace("&", "") == "Delete client for good…" and a.parent() is window
    ]
    scripted.answers.append(False)
    action.trigger()
    assert len(scripted.warnings) == 1
    assert Client.get_by_id(olena.id).name == "Олена Коваленко"
    assert Conversation.select().where(Conversation.client == olena.id).count() == 3
