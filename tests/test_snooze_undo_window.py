"""Snooze and undo from the window, on both backends: any item put off (Losing touch
included) from its button, its key or its right-click menu; Done, Confirm and Snooze taken
back with Ctrl+Z or the status bar's Undo, each undo a write that keeps the journal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QAction

from contacttracker.store.database import db
from contacttracker.store.models import Client, Conversation
from contacttracker.store.timeutil import from_db

pytestmark = pytest.mark.backends


def undo_action(window) -> QAction:
    [action] = [a for a in window.findChildren(QAction) if a.objectName() == "undo"]
    return action


def settle(qtbot, window) -> None:
    """The refresh a save asks for runs on the next turn of the event loop."""
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive(), timeout=2000)


def snoozed_until(conversation) -> datetime | None:
    return from_db(Conversation.get_by_id(conversation.id).snoozed_until)


def journal() -> list[tuple[str, bool]]:
    rows = db.execute_sql("SELECT action, undone_at FROM undo_step ORDER BY id").fetchall()
    return [(action, undone is not None) for action, undone in rows]


def test_snooze_for_two_hours_then_undo_with_ctrl_z(
    qtbot, clock, window, scripted, client_factory, log
):
    client = client_factory()
    message = log(client, "viber", "in", clock.now() - timedelta(hours=1), subject="Макет")
    window.refresh()
    window.show_section("awaiting_reply")
    assert window.attention.snooze_button.shortcut().toString() == "Ctrl+B"
    scripted.menu_picks.append("For 2 hours")
    window.attention.snooze_button.click()
    settle(qtbot, window)
    assert snoozed_until(message) == clock.now() + timedelta(hours=2)
    assert window.counts["awaiting_reply"] == 0
    assert scripted.menus[-1][0] == "For 2 hours"
    assert scripted.menus[-1][1].startswith("Tomorrow morning, ")
    assert window.undo_bar.offer.isVisible()
    assert window.undo_bar.label.text() == "Snoozed —"
    assert undo_action(window).text() == "&Undo snooze"

    undo_action(window).trigger()  # Ctrl+Z
    settle(qtbot, window)
    assert snoozed_until(message) is None
    assert window.counts["awaiting_reply"] == 1
    assert not window.undo_bar.offer.isVisible()
    assert journal() == [("snooze", True)], "the step stays, marked undone"
    assert not undo_action(window).isEnabled()


def test_a_client_losing_touch_snoozes_until_the_working_days_start(
    qtbot, clock, window, scripted, client_factory, log
):
    from contacttracker.store import person_settings
    from contacttracker.store import setting_keys as keys
    from contacttracker.store.settings import working_hours

    person_settings.update({keys.WORKING_HOURS: "08:30-17:00", keys.WORKING_DAYS: "1-5"})
    client = client_factory(keep_in_touch_days=7)
    log(client, "phone", "out", clock.now() - timedelta(days=10))
    window.refresh()
    window.show_section("losing_touch")
    assert window.counts["losing_touch"] == 1
    scripted.menu_picks.append("Tomorrow morning")
    window.attention.snooze_button.click()
    settle(qtbot, window)
    expected = working_hours().next_morning(clock.now().astimezone())
    assert expected.time().strftime("%H:%M") == "08:30"
    assert from_db(Client.get_by_id(client.id).snoozed_until) == expected.astimezone(UTC)
    assert window.counts["losing_touch"] == 0
    assert window.undo_bar.offer.isVisible()
    window.undo_bar.button.click()  # the status bar's Undo
    settle(qtbot, window)
    assert Client.get_by_id(client.id).snoozed_until is None
    assert window.counts["losing_touch"] == 1


def test_snooze_until_a_date_from_the_right_click_menu(
    qtbot, clock, window, scripted, client_factory, log
):
    from contacttracker.ui.snooze_menu import SnoozeDialog

    client = client_factory()
    email = log(client, "email", "out", clock.now() - timedelta(hours=2), subject="Рахунок")
    window.refresh()
    window.show_section("unconfirmed_email")
    later = (clock.now() + timedelta(days=3)).replace(second=0)

    def pick(dialog: SnoozeDialog):
        from PySide6.QtCore import QDateTime

        dialog.until.setDateTime(QDateTime.fromSecsSinceEpoch(int(later.timestamp())))
        return 1

    scripted.menu_picks += ["S&nooze", "Until a date"]
    scripted.expect(SnoozeDialog, pick)
    window.attention.table.setFocus()
    index = window.attention.model.index(0, 2)
    table = window.attention.table
    window.attention.context_menu.open(
        table.viewport().mapToGlobal(table.visualRect(index).center())
    )
    settle(qtbot, window)
    assert snoozed_until(email) == later
    assert window.counts["unconfirmed_email"] == 0


def test_done_and_a_confirmation_come_back_with_undo(
    qtbot, clock, window, scripted, client_factory, log
):
    client = client_factory()
    message = log(client, "viber", "in", clock.now() - timedelta(hours=1))
    email = log(client, "email", "out", clock.now() - timedelta(hours=30), subject="Звіт")
    window.refresh()
    window.show_section("awaiting_reply")
    window.attention.done_button.click()
    settle(qtbot, window)
    assert not Conversation.get_by_id(message.id).awaiting_reply
    assert window.undo_bar.label.text() == "Done —"
    assert window.undo_bar.hide_timer.isActive()
    assert window.undo_bar.hide_timer.interval() == 10_000
    window.undo_bar.hide_timer.timeout.emit()  # ten seconds on
    assert not window.undo_bar.offer.isVisible()
    assert undo_action(window).text() == "&Undo done", "the menu still offers it"
    undo_action(window).trigger()
    settle(qtbot, window)
    assert Conversation.get_by_id(message.id).awaiting_reply

    window.show_section("unconfirmed_email")
    window.attention.confirmed_by_next_channel()  # Ctrl+Y
    settle(qtbot, window)
    assert not Conversation.get_by_id(email.id).awaiting_confirmation
    assert window.undo_bar.label.text() == "Confirmation recorded —"
    undo_action(window).trigger()
    settle(qtbot, window)
    assert Conversation.get_by_id(email.id).awaiting_confirmation
    assert journal() == [("done", True), ("confirm", True)]
    assert undo_action(window).text() == "&Undo" and not undo_action(window).isEnabled()
    window.undo_bar.undo()  # as if another window had taken the last step back first
    assert "Nothing to undo" in window.statusBar().currentMessage()


def test_mark_as_sent_and_move_to_trash_come_back_with_undo(
    qtbot, clock, window, scripted, client_factory, log
):
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    call = log(
        client, "phone", "out", clock.now() - timedelta(hours=3), agreements="Запуск 15 числа"
    )
    window.refresh()
    window.show_section("needs_summary")

    def mark_sent(dialog: SummaryDialog):
        dialog.sent_button.click()
        return dialog.result()

    scripted.expect(SummaryDialog, mark_sent)
    window.attention.summary_button.click()
    settle(qtbot, window)
    sent = Conversation.get(Conversation.summarizes == call.id)
    assert window.counts["needs_summary"] == 0
    assert window.undo_bar.label.text() == "Marked as sent —"
    assert undo_action(window).text() == "&Undo mark as sent"
    window.undo_bar.button.click()
    settle(qtbot, window)
    assert Conversation.get_by_id(sent.id).deleted_at is not None, "the e-mail to the Trash"
    assert window.counts["needs_summary"] == 1

    window.open_client(client.id, call.id)
    scripted.answers.append(True)  # Move this call to the trash?
    window.clients.trash_button.click()
    settle(qtbot, window)
    assert Conversation.get_by_id(call.id).deleted_at is not None
    assert window.undo_bar.label.text() == "Moved to the Trash —"
    undo_action(window).trigger()
    settle(qtbot, window)
    assert Conversation.get_by_id(call.id).deleted_at is None
    assert window.counts["needs_summary"] == 1
    assert journal() == [("mark_sent", True), ("trash", True)]


def test_ctrl_b_snoozes_an_item_of_today(qtbot, clock, window, scripted, client_factory, log):
    from PySide6.QtCore import Qt

    from tests.test_keyboard import press

    client = client_factory()
    message = log(client, "viber", "in", clock.now() - timedelta(hours=1))
    window.refresh()
    window.show_section("today")
    assert window.today.current() is not None
    scripted.menu_picks.append("Next week")
    press(qtbot, window.today.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: snoozed_until(message) is not None, timeout=3000)
    settle(qtbot, window)
    until = snoozed_until(message)
    assert until is not None and until.astimezone().isoweekday() == 1
    assert window.counts["awaiting_reply"] == 0


def test_ctrl_z_undoes_the_step_but_leaves_typing_to_the_field(
    qtbot, clock, window, scripted, client_factory, log
):
    from PySide6.QtCore import Qt

    from tests.conftest import type_text
    from tests.test_keyboard import press

    client = client_factory()
    message = log(client, "viber", "in", clock.now() - timedelta(hours=1))
    window.refresh()
    window.show_section("awaiting_reply")
    press(qtbot, window.attention.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not Conversation.get_by_id(message.id).awaiting_reply)
    settle(qtbot, window)

    window.show_section("clients")
    box = window.clients.filter
    type_text(box, "Оле")
    press(qtbot, box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == "", "the field's own undo"
    assert not Conversation.get_by_id(message.id).awaiting_reply, "the journal untouched"

    window.show_section("awaiting_reply")
    press(qtbot, window.attention.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Conversation.get_by_id(message.id).awaiting_reply)
    assert journal() == [("done", True)]
