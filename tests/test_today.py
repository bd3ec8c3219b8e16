"""The Today page: every queue in one list, most urgent first, driven from the keyboard."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from contacttracker.store.models import Client, Conversation
from contacttracker.store.timeutil import now_utc
from tests.test_keyboard import press
from tests.test_nudge_window import UrlCatcher, catcher  # noqa: F401 (a fixture)


def day(window) -> list[str]:
    """The page's rows as read: headings as «title», items as queue:subject."""
    model = window.today.model
    rows = []
    for r in range(model.rowCount()):
        item = model.item(r)
        rows.append(
            f"«{model.index(r, 0).data()}»" if item is None else f"{item.queue}:{item.subject}"
        )
    return rows


def fill_a_day(client_factory, log):
    olena = client_factory()
    taras = client_factory("Тарас Шевчук", channels=[("viber", "+380 67 765 4321")])
    now = now_utc()
    log(olena, "email", "out", now - timedelta(hours=2), subject="Рахунок")  # due
    log(olena, "email", "out", now - timedelta(hours=50), subject="Договір")  # overdue
    log(taras, "viber", "in", now - timedelta(hours=30), subject="Питання")  # overdue reply
    log(olena, "phone", "out", now - timedelta(hours=1), subject="Кошторис", agreements="Так")
    return olena, taras


def test_today_is_the_start_page_and_first_sidebar_entry(qtbot, window, client_factory, log):
    fill_a_day(client_factory, log)
    window.refresh()
    assert window.pages.currentWidget() is window.today
    first = window.sidebar.item(0)
    assert first is window.today_item and first.text() == "Today (4)"
    assert window.sidebar.currentItem() is first


def test_all_queues_in_one_list_most_urgent_first(qtbot, window, client_factory, log):
    fill_a_day(client_factory, log)
    window.refresh()
    assert day(window) == [
        "«Messages awaiting our reply (1)»",
        "awaiting_reply:Питання",  # 30 h against 3 h: overdue by 27 h
        "«E-mails awaiting confirmation (2)»",
        "unconfirmed_email:Договір",  # 50 h against 24 h: overdue by 26 h
        "unconfirmed_email:Рахунок",  # due in 22 h
        "«Agreements without a summary (1)»",
        "needs_summary:Кошторис",  # due in 23 h
    ]
    headings = [
        r for r in range(window.today.model.rowCount()) if window.today.model.item(r) is None
    ]
    assert all(window.today.table.columnSpan(r, 0) == 6 for r in headings)


def test_arrows_step_over_headings_and_each_row_offers_its_queues_action(
    qtbot, window, client_factory, log
):
    fill_a_day(client_factory, log)
    window.refresh()
    page = window.today
    assert page.current().subject == "Питання", "the first item is selected, not its heading"
    assert page.reply_button.isVisible() and not page.confirm_button.isVisible()
    assert not page.confirmed_button.isVisible(), "Confirmed by … is for e-mails only"
    press(qtbot, page.table, Qt.Key.Key_Down)
    assert page.current().subject == "Договір", "the heading between is stepped over"
    assert page.confirm_button.isVisible() and not page.reply_button.isVisible()
    press(qtbot, page.table, Qt.Key.Key_Down)
    assert page.current().subject == "Рахунок"
    press(qtbot, page.table, Qt.Key.Key_Down)
    assert page.current().subject == "Кошторис"
    assert page.summary_button.isVisible()
    press(qtbot, page.table, Qt.Key.Key_Up)
    press(qtbot, page.table, Qt.Key.Key_Up)
    assert page.current().subject == "Договір"


def test_done_on_today_closes_the_item_in_its_own_queue(qtbot, window, client_factory, log):
    _olena, _taras = fill_a_day(client_factory, log)
    window.refresh()
    page = window.today
    assert page.current().subject == "Питання"
    press(qtbot, page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.counts["awaiting_reply"] == 0)
    assert not Conversation.get(Conversation.subject == "Питання").awaiting_reply
    assert Conversation.get(Conversation.subject == "Рахунок").awaiting_confirmation
    assert "awaiting_reply:Питання" not in day(window)
    assert page.current() is not None, "the next item takes the closed one's place"


def test_enter_opens_the_nudge_and_ctrl_y_confirms_from_today(
    qtbot,
    window,
    scripted,
    catcher,  # noqa: F811
    client_factory,
    log,
):
    olena = client_factory(
        "Олена Коваленко", channels=[("email", "olena@example.com"), ("telegram", "@olena_k")]
    )
    sent = log(olena, "email", "out", now_utc() - timedelta(hours=30), subject="Звіт")
    window.refresh()
    page = window.today
    assert page.current().conversation_id == sent.id
    press(qtbot, page.table, Qt.Key.Key_Return)
    assert len(catcher.urls) == 1 and catcher.urls[0].startswith("tg://resolve?domain=olena_k")
    window.follow.pending = None  # not asked back here: tests/test_nudge_window.py does that
    assert page.confirmed_button.text() == "Confirmed by Telegram"
    press(qtbot, page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not Conversation.get_by_id(sent.id).awaiting_confirmation
    [confirmation] = Conversation.select().where(Conversation.confirms == sent.id)
    assert confirmation.channel == "telegram"


def test_an_empty_day_says_so(qtbot, window, client_factory, log):
    client = client_factory()
    window.refresh()
    page = window.today
    assert page.stack.currentWidget() is page.day_done
    assert page.day_done.message.text() == "Nothing needs you today."
    assert not page.done_button.isVisible() and not page.confirm_button.isVisible()
    shown = [b.text() for b in page.findChildren(QPushButton) if b.isVisible()]
    assert shown == ["&Log a conversation…"], "only the empty day's own button"
    log(client, "viber", "in", now_utc() - timedelta(hours=1), subject="Питання")
    window.refresh()
    assert page.stack.currentWidget() is page.table
    assert page.snooze_button.isVisible() and page.done_button.isVisible()


def test_no_clients_offers_three_ways_to_begin(qtbot, window, scripted):
    from contacttracker.ui.client_dialog import ClientDialog
    from tests.conftest import type_text

    page = window.today
    assert page.stack.currentWidget() is page.first_steps
    assert [b.text() for b in page.first_steps.buttons] == [
        "&Add a client…",
        "&Import contacts…",
        "&Try sample data",
    ]
    assert "Every e-mail has been confirmed" not in page.first_steps.message.text()

    def add(dialog: ClientDialog):
        type_text(dialog.name, "Ірина Бойко")
        dialog.save()
        return dialog.result()

    scripted.expect(ClientDialog, add)
    qtbot.mouseClick(page.add_client_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in Client.select()] == ["Ірина Бойко"]
    window.show_section("today")
    assert page.stack.currentWidget() is page.day_done


def test_ctrl_1_comes_back_to_today(qtbot, window, client_factory, log):
    fill_a_day(client_factory, log)
    window.show_section("clients")
    press(qtbot, window.clients.filter, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.today and window.today.table.hasFocus()


def test_import_contacts_from_the_empty_start_opens_the_import(qtbot, window, scripted):
    page = window.today
    scripted.files.append([])  # the file dialog, cancelled
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert scripted.files == [], "Import contacts… asked for the files to import"
    assert Client.select().count() == 0


def test_right_click_on_today_offers_the_rows_own_queue(
    qtbot, window, scripted, client_factory, log
):
    from tests.test_context_menus import right_click

    fill_a_day(client_factory, log)
    window.refresh()
    page = window.today
    assert day(window)[1] == "awaiting_reply:Питання"
    scripted.menu_picks.append("&Done")
    right_click(page.table, 1)
    entries = scripted.menus[-1]
    assert "&Log reply…" in entries and not any("Confirm" in e for e in entries)
    assert Conversation.get(Conversation.subject == "Питання").dismissed == "awaiting_reply"
    right_click(page.table, 0)  # a heading: no menu (a menu would fail: none is scripted)
    assert len(scripted.menus) == 1


def test_a_long_queue_shows_its_first_items_and_says_how_many(
    qtbot, window, client_factory, log, monkeypatch
):
    from contacttracker.ui.models import TodayModel

    monkeypatch.setattr(TodayModel, "PER_QUEUE", 1)
    fill_a_day(client_factory, log)
    window.refresh()
    assert day(window)[2:4] == [
        "«E-mails awaiting confirmation — 1 of 2 here; the queue's own page has them all»",
        "unconfirmed_email:Договір",
    ]
