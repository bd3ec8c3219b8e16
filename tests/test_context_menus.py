"""Right-click menus on queue items, clients and log rows: the buttons' actions, on the row
clicked; the menu key opens the same menu on the current row without moving it."""

from datetime import timedelta

from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from contacttracker.store.models import Client, Conversation
from contacttracker.store.timeutil import now_utc


def right_click(view, row: int) -> None:
    """A right click on a row of a table, as the mouse sends it (to the viewport)."""
    view.scrollTo(view.model().index(row, 0))
    where = view.visualRect(view.model().index(row, 1)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(view.viewport(), event)


def menu_key(view) -> None:
    """The menu key: a keyboard context-menu event to the focused table."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QApplication.sendEvent(view, event)


def test_a_queue_item_menu_closes_the_item_right_clicked(window, scripted, client_factory, log):
    olena = client_factory()
    oleh = client_factory("Олег Петренко", channels=[("viber", "+380 50 111 2233")])
    older = log(olena, "viber", "in", now_utc() - timedelta(hours=5), subject="Старше")
    newer = log(oleh, "viber", "in", now_utc() - timedelta(hours=2), subject="Новіше")
    window.refresh()
    window.show_section("awaiting_reply")
    table = window.attention.table
    assert window.attention.current().conversation_id == older.id

    scripted.menu_picks.append("&Done")
    right_click(table, 1)
    entries = scripted.menus[-1]
    # The buttons this queue shows, in their order, and nothing they do not offer.
    assert entries[0].endswith("…") and "&Log reply…" in entries and "&Open client" in entries
    assert entries[-1] == "&Done\tCtrl+D"
    assert not any("Confirm" in e for e in entries)
    assert Conversation.get_by_id(newer.id).dismissed == "awaiting_reply"
    assert Conversation.get_by_id(older.id).dismissed == ""


def test_the_menu_key_acts_on_the_current_item(qtbot, window, scripted, client_factory, log):
    olena = client_factory()
    first = log(olena, "viber", "in", now_utc() - timedelta(hours=5))
    second = log(olena, "telegram", "in", now_utc() - timedelta(hours=2))
    window.refresh()
    window.show_section("awaiting_reply")
    window.attention.table.selectRow(1)
    scripted.menu_picks.append("&Done")
    menu_key(window.attention.table)
    assert Conversation.get_by_id(second.id).dismissed == "awaiting_reply"
    assert Conversation.get_by_id(first.id).dismissed == ""
    qtbot.waitUntil(lambda: window.counts["awaiting_reply"] == 1)


def test_a_client_menu_edits_the_client_right_clicked(window, scripted, client_factory):
    from contacttracker.ui.client_dialog import ClientDialog

    client_factory("Андрій Бондар", channels=[("email", "a@example.com")])
    olena = client_factory()
    window.show_section("clients")
    page = window.clients
    row = page.clients.row_of(olena.id)

    def rename(dialog: ClientDialog):
        assert dialog.name.text() == "Олена Коваленко"
        dialog.company.setText("Acme")
        dialog.save()
        return dialog.result()

    scripted.expect(ClientDialog, rename)
    scripted.menu_picks.append("&Edit client…")
    right_click(page.list, row)
    assert scripted.menus[-1] == [
        "&Log conversation…",
        "&Edit client…",
        "&Delete client for good…",
    ]
    assert page.current_client() == olena.id
    assert Client.get_by_id(olena.id).company == "Acme"


def test_a_log_row_menu_trashes_the_row_right_clicked(window, scripted, client_factory, log):
    olena = client_factory()
    kept = log(olena, "phone", "out", now_utc() - timedelta(hours=1), subject="Лишається")
    gone = log(olena, "viber", "out", now_utc() - timedelta(hours=3), subject="Геть")
    window.refresh()
    window.open_client(olena.id)
    page = window.clients
    assert page.current_conversation().id == kept.id

    scripted.menu_picks.append("Move to &trash")
    scripted.answers.append(True)
    right_click(page.log_view, page.log.row_of(gone.id))
    entries = scripted.menus[-1]
    assert entries == [
        "&Log conversation…",
        "Con&firm receipt…",
        "&Write summary e-mail…",
        "E&dit…",
        "&History…",
        "Move to &trash",
    ]
    assert Conversation.get_by_id(gone.id).deleted_at is not None
    assert Conversation.get_by_id(kept.id).deleted_at is None


def test_disabled_buttons_are_disabled_entries(window, scripted, client_factory, log):
    """A phone call awaits no confirmation: Confirm receipt… shows, and cannot be chosen."""
    olena = client_factory()
    log(olena, "phone", "out", now_utc() - timedelta(hours=1))
    window.refresh()
    window.open_client(olena.id)
    page = window.clients
    scripted.menu_picks.append("&History…")
    from contacttracker.ui.history_dialogs import HistoryDialog

    scripted.expect(HistoryDialog, lambda dialog: 0)
    right_click(page.log_view, 0)
    assert not page.confirm_button.isEnabled()
    assert "Con&firm receipt…" in scripted.menus[-1]


def test_today_items_have_the_menu_and_its_headings_none(window, scripted, client_factory, log):
    """The Today page's rows are queue items under headings: an item's menu closes that
    item; a heading opens no menu and selects nothing."""
    olena = client_factory()
    asked = log(olena, "viber", "in", now_utc() - timedelta(hours=2), subject="Питання")
    log(olena, "email", "out", now_utc() - timedelta(hours=3), subject="Рахунок")
    window.refresh()
    today = window.today
    model = today.model
    rows = [r for r in range(model.rowCount()) if model.item(r) is not None]
    heading = next(r for r in range(model.rowCount()) if model.item(r) is None)
    target = next(r for r in rows if model.item(r).conversation_id == asked.id)
    before = today.table.currentIndex().row()

    right_click(today.table, heading)  # no menu: scripted.popup would fail on one
    assert today.table.currentIndex().row() == before

    scripted.menu_picks.append("&Done")
    right_click(today.table, target)
    assert Conversation.get_by_id(asked.id).dismissed == "awaiting_reply"


def test_shift_f10_opens_the_current_rows_menu(window, scripted, client_factory, log):
    """For keyboards without a menu key. (The offscreen platform drops Shift from
    shortcuts: the binding is checked and triggered, as the key does on a desktop.)"""
    from PySide6.QtGui import QKeySequence, QShortcut

    olena = client_factory()
    first = log(olena, "viber", "in", now_utc() - timedelta(hours=5))
    second = log(olena, "telegram", "in", now_utc() - timedelta(hours=2))
    window.refresh()
    window.show_section("awaiting_reply")
    window.attention.table.selectRow(1)
    [key] = [
        k
        for k in window.attention.table.findChildren(QShortcut)
        if k.key() == QKeySequence("Shift+F10")
    ]
    scripted.menu_picks.append("&Done")
    key.activated.emit()
    assert Conversation.get_by_id(second.id).dismissed == "awaiting_reply"
    assert Conversation.get_by_id(first.id).dismissed == ""
