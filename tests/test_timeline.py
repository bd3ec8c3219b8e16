"""The client's history as a thread: oldest at the top, newest at the bottom, channel,
direction and text of each, the links drawn; choosing one makes the buttons act on it."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QUrl

from contacttracker.store.conversations import record_confirmation
from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc

pytestmark = pytest.mark.backends


@pytest.fixture
def history(client_factory, log):
    """An e-mail confirmed by Viber, a call written up by e-mail, and a hostile subject."""
    olena = client_factory()
    start = now_utc() - timedelta(days=3)
    email = log(olena, "email", "out", start, subject="Рахунок за листопад")
    confirmed = record_confirmation(email.id, "viber", start + timedelta(hours=2), "отримала")
    call = log(
        olena,
        "phone",
        "in",
        start + timedelta(days=1),
        subject="<b>Кошторис</b>",
        agreements="Запуск 15 числа\nДизайн до п'ятниці",
    )
    summary = log(olena, "email", "out", start + timedelta(days=1, hours=1), summarizes_id=call.id)
    return olena, email, confirmed, call, summary


def open_timeline(window, client_id):
    window.open_client(client_id)
    page = window.clients
    page.timeline_button.click()
    assert page.log_stack.currentWidget() is page.timeline
    return page


def test_the_thread_reads_oldest_first_with_its_links(window, history):
    olena, email, confirmed, call, summary = history
    page = open_timeline(window, olena.id)
    shown = page.timeline.toPlainText()
    order = [shown.index(s) for s in ("Рахунок за листопад", "отримала", "<b>Кошторис</b>")]
    assert order == sorted(order), "the oldest at the top, the newest at the bottom"
    assert "confirmed by Viber" in shown and "confirms the e-mail of" in shown
    assert "written up by e-mail" in shown and "summarises the talk of" in shown
    assert "Запуск 15 числа" in shown and "Дизайн до п'ятниці" in shown
    assert "Phone" in shown and "↓ in" in shown and "↑ out" in shown
    html = page.timeline.toHtml()
    for linked in (email, confirmed, call, summary):  # each end of both links
        assert f"conversation:{linked.id}" in html
    assert "<b>Кошторис</b>" not in html, "user text is escaped, never markup"


def test_a_link_chooses_the_conversation_the_buttons_act_on(window, scripted, history):
    olena, email, _confirmed, call, _summary = history
    page = open_timeline(window, olena.id)
    page.timeline.anchorClicked.emit(QUrl(f"conversation:{call.id}"))
    assert page.current_conversation().id == call.id
    assert page.log_stack.currentWidget() is page.timeline, "the thread stays in view"
    scripted.answers.append(True)
    page.trash_button.click()
    assert Conversation.get_by_id(call.id).deleted_at is not None
    assert Conversation.get_by_id(email.id).deleted_at is None


def test_the_timeline_toggles_back_to_the_table(window, history):
    olena, *_ = history
    page = open_timeline(window, olena.id)
    page.timeline_button.click()
    assert page.log_stack.currentWidget() is page.log_view


def test_the_keyboard_reaches_the_timeline_and_its_links(qtbot, window, scripted, history):
    """Alt+M shows it; Tab goes from link to link; Enter chooses; the menu key opens the
    conversation's menu, whose entries are the log's buttons."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from tests.test_keyboard import press

    olena, email, _confirmed, call, _summary = history
    window.open_client(olena.id)
    page = window.clients
    press(qtbot, page.log_view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    # A button's Alt key clicks it the way Qt shows a click: a moment later.
    qtbot.waitUntil(lambda: page.log_stack.currentWidget() is page.timeline)
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_Tab)  # the first link: the oldest, the e-mail
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    assert page.current_conversation().id == email.id
    scripted.menu_picks.append("&History…")
    from contacttracker.ui.history_dialogs import HistoryDialog

    scripted.expect(HistoryDialog, lambda dialog: 0)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), QPoint(5, 5))
    QApplication.sendEvent(page.timeline.viewport(), event)
    assert "Move to &trash" in scripted.menus[-1]
    assert page.current_conversation().id == email.id, "the menu key moves nothing"
    assert call.id != email.id


def test_the_choice_of_thread_or_table_is_remembered(qtbot, window, history):
    """A page built again (the next start) opens the history the way it was left."""
    from contacttracker.ui.clients_page import ClientsPage

    olena, *_ = history
    open_timeline(window, olena.id)
    again = ClientsPage(window.catalogue)
    qtbot.addWidget(again)
    assert again.timeline_button.isChecked()
    again.timeline_button.click()
    third = ClientsPage(window.catalogue)
    qtbot.addWidget(third)
    assert not third.timeline_button.isChecked()
