"""The window, driven through real widgets; every assertion is on what was stored."""

import re
from datetime import timedelta

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from contacttracker.store.models import Client, ContactPoint, Conversation
from contacttracker.store.timeutil import now_utc
from contacttracker.ui.client_dialog import ClientDialog
from contacttracker.ui.log_dialog import ConfirmDialog, LogDialog
from tests.conftest import type_text

EVIL = "<b>x</b><img src=y>"


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def create_client(qtbot, window, scripted, name="Олена Коваленко"):
    def fill(dialog: ClientDialog):
        type_text(dialog.name, name)
        type_text(dialog.company, "Студія «Смарагд»")
        dialog.channels.item(0, 1).setText("olena@example.com")
        dialog.channels.item(1, 1).setText("067 123 45 67")
        dialog.add_channel("viber", "+380 67 123 4567")
        dialog.channels.setCurrentCell(2, 1)
        dialog._move(-1)  # Viber before the phone: the "Up" button
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.expect(ClientDialog, fill)
    window.new_client()
    return Client.get(Client.name == name)


def log_through_dialog(qtbot, window, scripted, channel, subject, agreements="", typed="Олена"):
    def fill(dialog: LogDialog):
        dialog.client.clear()
        type_text(dialog.client, typed)
        dialog.client.editingFinished.emit()
        dialog.channel.setCurrentIndex(dialog.channel.findData(channel))
        type_text(dialog.subject, subject)
        if agreements:
            type_text(dialog.agreements, agreements)
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    scripted.expect(LogDialog, fill)
    window.log_conversation()


def test_create_log_confirm_the_core_flow(qtbot, window, scripted):
    client = create_client(qtbot, window, scripted)
    points = list(
        ContactPoint.select().where(ContactPoint.client == client).order_by(ContactPoint.rank)
    )
    assert [(p.channel, p.normalized) for p in points] == [
        ("email", "olena@example.com"),
        ("viber", "+380671234567"),
        ("phone", "+380671234567"),
    ]

    log_through_dialog(qtbot, window, scripted, "phone", "Кошторис", "Запуск 15 числа")
    call = Conversation.get(Conversation.subject == "Кошторис")
    assert call.channel == "phone" and call.agreements == "Запуск 15 числа"
    assert call.awaiting_summary
    qtbot.waitUntil(lambda: window.counts["needs_summary"] == 1)
    window.show_section("needs_summary")
    assert [i.conversation for i in window.attention.model.items] == [call.uuid]
    assert "(1)" in window.queue_items["needs_summary"].text()

    log_through_dialog(qtbot, window, scripted, "email", "Лист із кошторисом")
    email = Conversation.get(Conversation.subject == "Лист із кошторисом")
    assert email.direction == "out" and email.awaiting_confirmation
    qtbot.waitUntil(lambda: window.counts["unconfirmed_email"] == 1)
    window.show_section("unconfirmed_email")
    assert window.attention.model.rowCount() == 1

    def confirm(dialog: ConfirmDialog):
        assert dialog.channel.currentData() == "viber", "the client's preferred messenger"
        type_text(dialog.note, "Отримала")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.expect(ConfirmDialog, confirm)
    window.attention.table.selectRow(0)
    qtbot.mouseClick(window.attention.confirm_button, Qt.MouseButton.LeftButton)
    confirmation = Conversation.get(Conversation.confirms == email.id)
    assert confirmation.channel == "viber" and confirmation.summary == "Отримала"
    assert not Conversation.get_by_id(email.id).awaiting_confirmation
    qtbot.waitUntil(lambda: window.counts["unconfirmed_email"] == 0)
    assert window.attention.model.rowCount() == 0
    assert window.attention.stack.currentWidget() is window.attention.empty
    assert window.counts["awaiting_reply"] == 0, "a confirmation needs no answer"


def test_user_text_is_shown_as_plain_text_everywhere(qtbot, window, scripted, log):
    client = create_client(qtbot, window, scripted, name=EVIL)
    log(client, "email", "out", now_utc() - timedelta(hours=30), subject=EVIL)
    window.refresh()
    window.open_client(client.id)
    card = window.clients.card
    assert card.name.text() == EVIL
    assert card.name.textFormat() == Qt.TextFormat.PlainText
    model = window.clients.clients
    assert model.index(model.row_of(client.id), 0).data() == EVIL
    assert window.clients.log.index(0, 3).data() == EVIL
    window.show_section("unconfirmed_email")
    assert window.attention.model.index(0, 2).data() == EVIL
    assert window.attention.model.index(0, 4).data() == EVIL
    window.grab()  # paints every visible view with the text in it


def test_filter_is_instant_and_casefolds_cyrillic(qtbot, window, client_factory):
    client_factory(name="Олена Коваленко")
    client_factory(name="Emily Carter", channels=[("telegram", "@emily_c")], tags="vip")
    window.clients.clients.reload()
    window.show_section("clients")
    page = window.clients
    type_text(page.filter, "ОЛЕНА")
    assert [r.name for r in page.clients.rows] == ["Олена Коваленко"]
    page.filter.clear()
    type_text(page.filter, "emily_c")
    assert [r.name for r in page.clients.rows] == ["Emily Carter"]
    page.filter.clear()
    type_text(page.filter, "VIP")
    assert [r.name for r in page.clients.rows] == ["Emily Carter"]
    page.filter.clear()
    assert page.clients.rowCount() == 2


def test_lists_load_in_pages(qtbot, window, now):
    from contacttracker.store import demo

    demo.build(450, 900, seed=2)
    window.refresh()
    model = window.clients.clients
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    log = window.clients.log
    log.load(None)
    assert log.rowCount() == 900, "the whole log is there to scroll"
    rows = [log.row(i) for i in range(log.rowCount())]
    assert len({r.id for r in rows}) == 900
    times = [r.occurred_at for r in rows]
    assert times == sorted(times, reverse=True)
    assert len(log.pages) <= log.CACHE_PAGES, "memory stays bounded"
    log.pages.clear()
    log.starts.clear()
    assert log.row(850).id == rows[850].id, "a jump to the end"
    assert log.row_of(rows[850].id) == 850


def test_a_long_queue_says_how_many_of_the_sidebar_count_it_shows(qtbot, window, monkeypatch):
    from contacttracker.domain.queues import QUEUES
    from contacttracker.store import attention, demo
    from contacttracker.ui.models import AttentionModel

    monkeypatch.setattr(AttentionModel, "LIMIT", 3)
    demo.build(40, 600, seed=5)
    window.refresh()
    counts = attention.counts()
    long = [q for q in QUEUES if counts[q] > 3]
    assert len(long) >= 2, counts
    for queue in long:
        window.show_section(queue)
        page = window.attention
        assert page.model.rowCount() == 3 and page.model.total == counts[queue]
        assert page.title.text().endswith(f"3 of {counts[queue]}")
        assert f"({counts[queue]})" in window.queue_items[queue].text()


def test_a_long_queue_is_read_a_page_at_a_time_as_it_is_scrolled(qtbot, window, monkeypatch):
    """The window opens on the first page of a queue; scrolling to the bottom reads the next
    ones up to the limit, in order, none twice; a reload keeps what was scrolled to."""
    from dataclasses import fields

    from contacttracker.domain.thresholds import Thresholds
    from contacttracker.store import attention, demo, settings
    from contacttracker.ui.models import AttentionModel

    monkeypatch.setattr(AttentionModel, "PAGE", 4)
    monkeypatch.setattr(AttentionModel, "LIMIT", 10)
    demo.build(40, 600, seed=5)
    window.refresh()
    counts = attention.counts()
    queue = max(counts, key=lambda q: counts[q])
    assert counts[queue] > 10, counts
    page, model = window.attention, window.attention.model
    page.table.setFixedHeight(90)  # two rows on screen: the view asks for more when scrolled
    window.show_section(queue)
    QApplication.processEvents()
    assert model.rowCount() == 4 and page.title.text().endswith(f"10 of {counts[queue]}")
    whole = attention.items(queue, limit=10)
    # Thresholds changed behind the list's back: the later pages are judged as the first was.
    settings.set_many({f.name: "1000000" for f in fields(Thresholds)})
    relaxed = attention.items(queue, limit=10)
    assert [i.overdue for i in relaxed] != [i.overdue for i in whole]
    bar = page.table.verticalScrollBar()
    for _ in range(10):
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    assert model.rowCount() == 10 and not model.canFetchMore()
    assert [(i.conversation, i.client, i.overdue) for i in model.items] == [
        (i.conversation, i.client, i.overdue) for i in whole
    ]
    page.table.selectRow(8)
    page.reload()
    assert model.rowCount() == 10 and page.table.currentIndex().row() == 8


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_click_to_contact_opens_the_right_link(qtbot, window, scripted, client_factory):
    catcher = UrlCatcher()
    for scheme in ("viber", "tel", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        client = client_factory(preferred_hours="00:00-00:01", time_zone="Europe/Kyiv")
        window.clients.clients.reload()
        window.open_client(client.id)
        card = window.clients.card
        assert card.contact("viber", "+380671234567")
        assert catcher.urls[-1].toString() == "viber://chat?number=%2B380671234567"
        scripted.answers.append(False)
        assert not card.contact("phone", "+380671234567"), "declined outside their hours"
        assert "outside their preferred hours" in scripted.questions[-1]
        scripted.answers.append(True)
        assert card.contact("phone", "+380671234567")
        assert catcher.urls[-1].toString() == "tel:+380671234567"
    finally:
        for scheme in ("viber", "tel", "mailto"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_bad_input_in_the_client_dialog_is_explained_and_nothing_saved(qtbot, window, scripted):
    def fill(dialog: ClientDialog):
        type_text(dialog.name, "Bad")
        dialog.channels.item(0, 1).setText("not-an-address")
        dialog.channels.item(1, 1).setText("12")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible(), "stays open for correction"
        scripted.answers.append(False)
        dialog.reject()
        assert dialog.isVisible(), "closing with unsaved changes asks first; No keeps it"
        scripted.answers.append(True)  # the user then closes it for good
        return dialog.result()

    scripted.expect(ClientDialog, fill)
    window.new_client()
    kind, _title, text = scripted.messages[-1]
    assert kind == "warning" and "e-mail address" in text and "phone number" in text
    assert Client.select().count() == 0


def test_closing_the_log_dialog_with_text_asks_first(qtbot, window, scripted, client_factory):
    client_factory()

    def fill(dialog: LogDialog):
        type_text(dialog.summary, "Важлива розмова")
        scripted.answers.append(False)
        dialog.reject()
        assert dialog.isVisible(), "kept open: nothing lost"
        scripted.answers.append(True)
        dialog.reject()
        return dialog.result()

    scripted.expect(LogDialog, fill)
    window.log_conversation()
    assert len(scripted.questions) == 2
    assert Conversation.select().count() == 0


def test_done_and_reply_close_items(qtbot, window, scripted, client_factory, log):
    client = client_factory()
    first = log(client, "telegram", "in", now_utc() - timedelta(hours=5), subject="Питання")
    window.refresh()
    window.show_section("awaiting_reply")
    assert window.attention.model.rowCount() == 1

    def reply(dialog: LogDialog):
        assert dialog.channel.currentData() == "telegram"
        assert dialog.subject.text() == "Re: Питання"
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.saved, scripted.messages
        return dialog.result()

    scripted.expect(LogDialog, reply)
    window.attention.table.selectRow(0)
    qtbot.mouseClick(window.attention.reply_button, Qt.MouseButton.LeftButton)
    answer = Conversation.get(Conversation.replies_to == first.id)
    assert answer.direction == "out" and answer.channel == "telegram"
    qtbot.waitUntil(lambda: window.counts["awaiting_reply"] == 0)

    log(client, "viber", "in", now_utc() - timedelta(hours=1))
    window.refresh()
    window.show_section("awaiting_reply")
    window.attention.table.selectRow(0)
    qtbot.mouseClick(window.attention.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.counts["awaiting_reply"] == 0)


def test_search_opens_the_item_in_its_clients_log(qtbot, window, client_factory, log):
    client = client_factory()
    other = client_factory(name="Emily Carter", channels=[("email", "e@example.com")])
    target = log(
        client, "phone", "out", now_utc() - timedelta(days=2), summary="Обговорили логотип"
    )
    log(other, "email", "out", now_utc(), summary="Nothing related")
    window.show_section("search")
    type_text(window.search.box, "логотип")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.search.model.rowCount() == 1
    window.search.results.activated.emit(window.search.model.index(0, 0))
    assert window.pages.currentWidget() is window.clients
    assert window.clients.current_client() == client.id
    assert window.clients.current_conversation().id == target.id


def test_every_export_of_the_file_menu_writes_its_file(
    qtbot, window, scripted, client_factory, log, now, tmp_path
):
    """The Export menu takes the same dispatch as `contacttracker export`, with the CSV
    delimiter chosen in Settings."""
    from contacttracker.store import settings

    settings.set_many({"csv_delimiter": "semicolon"})
    client = client_factory()
    log(client, "phone", "out", now, subject="Кошторис", follow_up_due=now + timedelta(days=2))
    export_menu = next(
        a.menu() for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Export"
    )
    written = {}
    for action in export_menu.actions():
        out = tmp_path / f"{len(written)}.out"
        scripted.save_paths.append(str(out))
        action.trigger()
        kind, title, said = scripted.messages[-1]
        assert (kind, title) == ("info", "Export")
        assert re.fullmatch(rf"Wrote \d+ (rows?|cards?|events?) to {re.escape(str(out))}", said), (
            said
        )
        if action.text().startswith("Clients for a &spreadsheet"):
            from python_calamine import CalamineWorkbook

            rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
            assert rows[0][:5] == ["Name", "Company", "E-mail", "Phone", "Viber"]
            continue
        written[action.text()] = out.read_bytes().decode("utf-8-sig")
    assert written["&Clients…"].splitlines()[1].startswith(f"{client.uuid};Олена Коваленко;")
    assert written["C&onversations…"].splitlines()[0].startswith("uuid;client_uuid;client;")
    assert "Кошторис" in written["C&onversations…"]
    assert written["&Needs attention…"].startswith("queue;conversation;client;")
    assert "FN:Олена Коваленко" in written["Clients as &vCard…"]
    assert "BEGIN:VEVENT" in written["Follow-ups as ca&lendar (.ics)…"]


def test_a_follow_up_is_overdue_a_full_day_after_it_fell_due_everywhere(
    qtbot, window, db_path, client_factory, log
):
    """The domain, the store's queue, the window and the command line judge a due follow-up
    alike: due (in the queue) once its time has come, overdue once a full day has passed
    (the domain had called it overdue at once, the window only a day later)."""
    import subprocess
    import sys

    from contacttracker.domain import rules
    from contacttracker.store import attention
    from contacttracker.store.timeutil import from_db

    now = now_utc()
    client = client_factory()
    today = log(
        client, "meeting", "out", now - timedelta(days=2), follow_up_due=now - timedelta(hours=2)
    )
    yesterday = log(
        client, "meeting", "out", now - timedelta(days=3), follow_up_due=now - timedelta(hours=30)
    )
    log(client, "meeting", "out", now - timedelta(days=1), follow_up_due=now + timedelta(hours=5))
    expected = {today.uuid: False, yesterday.uuid: True}

    def record(conv):
        return rules.Record(
            conv.channel,
            conv.direction,
            from_db(conv.occurred_at),
            follow_up_due=from_db(conv.follow_up_due),
        )

    states = {c.uuid: rules.follow_up_state(record(c), now) for c in (today, yesterday)}
    assert states == {today.uuid: rules.State.PENDING, yesterday.uuid: rules.State.OVERDUE}
    assert {i.conversation: i.overdue for i in attention.items("follow_up", now)} == expected

    window.refresh()
    window.show_section("follow_up")
    model = window.attention.model
    shown = {
        model.item(row).conversation: model.index(row, 0).data() == "●"
        for row in range(model.rowCount())
    }
    assert shown == expected

    out = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "attention"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    lines = {u: next(line for line in out.splitlines() if u in line) for u in expected}
    assert {u: line.split()[0] == "!" for u, line in lines.items()} == expected


def test_saving_or_archiving_keeps_the_filter_and_the_archived_switch(
    qtbot, window, scripted, client_factory
):
    """Editing a client leaves the user's filter and 'Show archived' as they set them; a
    filter with no match leaves no card behind and nothing to log for."""
    olena = client_factory(name="Олена Коваленко")
    client_factory(name="Emily Carter", channels=[])
    window.show_section("clients")
    page = window.clients
    page.clients.reload()
    type_text(page.filter, "олена")
    page.list.selectRow(0)
    assert page.current_client() == olena.id

    def archive(dialog: ClientDialog):
        dialog.archived.setChecked(True)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.expect(ClientDialog, archive)
    page.edit_client()
    assert Client.get_by_id(olena.id).archived
    qtbot.waitUntil(lambda: page.clients.rowCount() == 0)  # the refresh after any save
    assert page.filter.text() == "олена"
    assert not page.show_archived.isChecked()

    page.filter.clear()
    type_text(page.filter, "emily")
    page.list.selectRow(0)
    assert page.log_button.isEnabled()
    type_text(page.filter, "zzz")  # "emilyzzz": nothing matches
    assert page.clients.rowCount() == 0
    assert page.current_client() is None
    assert not page.log_button.isEnabled()
    assert not page.card.edit.isEnabled()

    # Asked for from another view, an archived client is shown with the archived.
    page.filter.clear()
    window.open_client(olena.id)
    assert page.show_archived.isChecked() and page.current_client() == olena.id


def test_the_window_and_the_command_line_call_the_queues_alike(qtbot, window, db_path):
    """Each queue's title and empty text come from its declaration: the sidebar, the page and
    `attention` say the same words (the command line had titles of its own)."""
    import subprocess
    import sys

    from contacttracker.domain import queues

    out = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "attention"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    for queue in queues.ALL:
        window.show_section(queue.key)
        assert window.queue_items[queue.key].text() == queue.title
        assert window.attention.title.text() == queue.title
        assert window.attention.empty.text() == queue.empty
        assert f"{queue.title} (0)\n  {queue.empty}\n" in out
