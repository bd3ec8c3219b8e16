"""Every view says what to do when it has nothing to show, with the action as a button."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from contacttracker.store.models import Client, Conversation
from contacttracker.store.timeutil import now_utc
from contacttracker.ui.client_dialog import ClientDialog
from contacttracker.ui.log_dialog import LogDialog
from tests.conftest import type_text


def shown(state) -> list[str]:
    return [b.text() for b in state.buttons if b.isVisible()]


def test_clients_with_none_yet_offer_to_add_or_import(qtbot, window, scripted):
    window.show_section("clients")
    page = window.clients
    assert page.list_stack.currentWidget() is page.no_clients
    assert page.no_clients.message.text() == "No clients yet."
    assert shown(page.no_clients) == ["&Add a client…", "&Import contacts…"]

    def add(dialog: ClientDialog) -> int:
        type_text(dialog.name, "Ірина Бойко")
        dialog.save()
        return dialog.result()

    scripted.expect(ClientDialog, add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in Client.select()] == ["Ірина Бойко"]
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.list)


def test_a_filter_matching_no_one_offers_to_clear_it(qtbot, window, client_factory):
    client_factory()
    window.show_section("clients")
    page = window.clients
    page.clients.reload()
    type_text(page.filter, "Зенон")
    assert page.list_stack.currentWidget() is page.no_clients
    assert page.no_clients.message.text() == "No client matches “Зенон”."
    assert shown(page.no_clients) == ["&Clear the filter"]
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.filter.text() == "" and page.list_stack.currentWidget() is page.list


def test_a_client_without_conversations_offers_to_log_one(qtbot, window, scripted, client_factory):
    client = client_factory()
    window.refresh()
    window.open_client(client.id)
    page = window.clients
    assert page.log_stack.currentWidget() is page.no_conversations
    assert shown(page.no_conversations) == ["Log a conversation…", "&Import history…"]

    def log_call(dialog: LogDialog) -> int:
        assert dialog.client.text().startswith("Олена Коваленко"), "for the client on screen"
        dialog.channel.setCurrentIndex(dialog.channel.findData("viber"))
        type_text(dialog.subject, "Привітання")
        dialog.save()
        return dialog.result()

    scripted.expect(LogDialog, log_call)
    qtbot.mouseClick(page.no_conversations.buttons[0], Qt.MouseButton.LeftButton)
    assert Conversation.get(Conversation.subject == "Привітання").client_id == client.id
    qtbot.waitUntil(lambda: page.log_stack.currentWidget() is page.log_view)


def test_search_with_nothing_found_offers_the_clients(qtbot, window, client_factory, log):
    olena = client_factory()
    log(olena, "email", "out", now_utc() - timedelta(hours=2), subject="Кошторис")
    window.show_section("search")
    page = window.search
    type_text(page.box, "Коваленко")
    page.run()
    assert page.stack.currentWidget() is page.nothing
    assert page.nothing.message.text() == "No conversation mentions “Коваленко”."
    assert shown(page.nothing) == ["Find among &clients", "C&lear the search"]
    qtbot.mouseClick(page.clients_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.clients
    assert window.clients.filter.text() == "Коваленко"
    assert window.clients.current_client() == olena.id or window.clients.clients.rowCount() == 1


def test_search_before_any_history_offers_to_log_or_import(qtbot, window):
    window.show_section("search")
    page = window.search
    assert page.stack.currentWidget() is page.nothing
    assert page.nothing.message.text() == "Nothing to search yet."
    assert shown(page.nothing) == ["&Log a conversation…", "&Import history…"]


def test_insights_of_an_empty_period_offer_all_time(qtbot, window, client_factory, log):
    olena = client_factory()
    log(olena, "email", "out", now_utc() - timedelta(days=200), subject="Давній лист")
    window.show_section("insights")
    page = window.insights
    page.period.setCurrentIndex(page.period.findData("30d"))
    assert page.stack.currentWidget() is page.nothing
    assert page.nothing.message.text() == "No conversations in this period."
    assert shown(page.nothing) == ["Show &all time"]
    qtbot.mouseClick(page.all_time_button, Qt.MouseButton.LeftButton)
    assert page.period.currentData() == "all"
    assert page.stack.currentWidget() is not page.nothing


def test_insights_before_any_history_offer_to_log_or_import(qtbot, window, scripted):
    window.show_section("insights")
    page = window.insights
    assert page.nothing.message.text() == "No conversations to measure yet."
    assert shown(page.nothing) == ["&Log a conversation…", "&Import history…"]
    scripted.expect(LogDialog, lambda dialog: 0)  # the button opens the log dialog
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
