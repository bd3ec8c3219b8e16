"""The core flow from the keyboard: log a call, write its summary, find it again."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc
from tests.conftest import type_text


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key in the widget's window, once that window is active (shortcuts need it)."""
    from PySide6.QtWidgets import QApplication

    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)
    qtbot.keyClick(widget, key, modifiers)


def test_log_summarise_and_search_without_the_mouse(qtbot, window, scripted, client_factory, log):
    from contacttracker.ui.log_dialog import LogDialog
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    window.clients.clients.reload()
    window.open_client(client.id)

    def log_call(dialog: LogDialog):
        assert dialog.client.text().startswith("Олена Коваленко"), "the client on screen"
        dialog.channel.setFocus()
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        type_text(dialog.subject, "Кошторис")
        type_text(dialog.agreements, "Запуск 15 числа")
        press(qtbot, dialog.agreements, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    scripted.expect(LogDialog, log_call)
    press(qtbot, window.clients.log_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    call = Conversation.get(Conversation.subject == "Кошторис")
    assert call.awaiting_summary

    def write(dialog: SummaryDialog):
        assert dialog.to.text() == "olena@example.com"
        press(qtbot, dialog.agreements, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    window.refresh()
    window.open_client(client.id, call.id)
    scripted.expect(SummaryDialog, write)
    # The offscreen platform's key mapper drops Shift for shortcuts: check the binding on
    # the action and trigger it, as the key does on a real desktop.
    [action] = [
        a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+Shift+E")
    ]
    action.trigger()
    assert Conversation.get(Conversation.summarizes == call.id).awaiting_confirmation
    assert not Conversation.get_by_id(call.id).awaiting_summary

    press(qtbot, window.clients.log_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.search and window.search.box.hasFocus()
    type_text(window.search.box, "кошторис")
    press(qtbot, window.search.box, Qt.Key.Key_Return)
    assert window.search.model.rowCount() >= 1 and window.search.results.hasFocus()
    press(qtbot, window.search.results, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.clients


def test_done_from_the_keyboard(qtbot, window, client_factory, log):
    client = client_factory()
    log(client, "viber", "in", now_utc() - timedelta(hours=1))
    window.refresh()
    window.show_section("awaiting_reply")
    window.attention.table.selectRow(0)
    press(qtbot, window.attention.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.counts["awaiting_reply"] == 0)


def test_confirm_an_email_without_the_mouse(qtbot, window, scripted, client_factory, log):
    """Confirm receipt… from the keyboard opens the confirmation; Ctrl+Enter records it.
    (Enter asks the client in their messenger: tests/test_nudge_window.py.)"""
    from contacttracker.ui.log_dialog import ConfirmDialog

    client = client_factory()
    email = log(client, "email", "out", now_utc() - timedelta(hours=30), subject="Рахунок")
    window.refresh()
    window.show_section("unconfirmed_email")
    window.attention.table.selectRow(0)

    def confirm(dialog: ConfirmDialog):
        assert dialog.channel.currentData() == "viber", "the client's next channel is offered"
        type_text(dialog.note, "отримали")
        press(qtbot, dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    scripted.expect(ConfirmDialog, confirm)
    window.attention.confirm_button.setFocus()
    press(qtbot, window.attention.confirm_button, Qt.Key.Key_Space)
    assert not Conversation.get_by_id(email.id).awaiting_confirmation
    [confirmation] = Conversation.select().where(Conversation.confirms == email.id)
    assert confirmation.channel == "viber" and "отримали" in confirmation.summary


def test_tab_goes_through_the_log_dialog_in_reading_order(qtbot, window, client_factory):
    from PySide6.QtWidgets import QApplication

    from contacttracker.ui.log_dialog import LogDialog

    dialog = LogDialog(window.catalogue, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.client.setFocus()
    visited = [dialog.client]
    for _ in range(14):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    expected = [
        dialog.client,
        dialog.channel,
        dialog.direction,
        dialog.when,
        dialog.duration,
        dialog.project,
        dialog.subject,
        dialog.summary,
        dialog.agreements,
        dialog.follow_up,
        dialog.urgent,
    ]

    def owner(w):  # an editable combo box's line edit stands for the combo box
        return w.parent() if w is not None and w.parent() in expected else w

    order = [owner(w) for w in visited]
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions), [type(w).__name__ for w in order]


def test_form_labels_point_at_their_fields(qtbot, window, client_factory, log):
    """Alt+letter of every form label goes to its field (the label is its buddy)."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

    from contacttracker.ui.client_dialog import ClientDialog
    from contacttracker.ui.log_dialog import LogDialog
    from contacttracker.ui.settings_dialog import SettingsDialog
    from contacttracker.ui.shared_dialog import SharedDatabaseDialog
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    call = log(client, "phone", "out", now_utc(), agreements="Запуск 15 числа")
    missing = []
    for dialog in (
        LogDialog(window.catalogue, window, client_id=client.id),
        ClientDialog(window.catalogue, window, client.id),
        SummaryDialog(call.id, window),
        SettingsDialog(window.location, window),
        SharedDatabaseDialog(window),
    ):
        qtbot.addWidget(dialog)
        for form in dialog.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), QLabel):
                    continue
                text = label.widget().text()
                target = field.widget() or field.layout().itemAt(0).widget()
                if not text or not isinstance(target, QWidget) or isinstance(target, QLabel):
                    continue
                if "&" not in text or label.widget().buddy() is not target:
                    missing.append(f"{type(dialog).__name__}: {text!r}")
    assert missing == []
