"""The nudge flow in the real window: Enter opens the client's messenger with the words
written, the focus coming back asks one question, and what the user answers is stored."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc
from contacttracker.ui.log_dialog import LogDialog
from tests.conftest import type_text
from tests.test_keyboard import press


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(bytes(url.toEncoded()).decode())


@pytest.fixture
def catcher():
    caught = UrlCatcher()
    schemes = ("tg", "viber", "tel", "https", "mailto", "sms", "skype")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, caught, "open")
    yield caught
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def away_and_back(window) -> None:
    """The user went to the messenger and came back: the application's state changes
    (the offscreen platform never loses the focus, so the window is told as it would be)."""
    pending = window.follow.pending
    if pending is not None:
        pending.left = True  # what the change to ApplicationInactive records
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)


@pytest.fixture
def email(client_factory, log):
    olena = client_factory(
        "Олена Коваленко",
        channels=[
            ("email", "olena@example.com"),
            ("telegram", "@olena_k"),
            ("phone", "+380671234567"),
        ],
    )
    return olena, log(
        olena, "email", "out", now_utc() - timedelta(hours=30), subject="Звіт за місяць"
    )


def test_enter_asks_by_telegram_and_one_key_logs_it(qtbot, window, scripted, catcher, email):
    _olena, sent = email
    window.refresh()
    window.show_section("unconfirmed_email")
    page = window.attention
    page.table.selectRow(0)
    assert page.message_button.isVisible() and "Telegram" in page.message_button.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    [url] = catcher.urls
    assert url.startswith("tg://resolve?domain=olena_k&text=")
    day = sent.occurred_at.astimezone()
    text = parse_qs(urlsplit(url).query)["text"][0]
    assert text.startswith("Добрий день, Олено! Чи отримали ви мій лист «Звіт за місяць» від ")
    assert str(day.day) in text
    assert not Conversation.select().where(Conversation.channel == "telegram").exists()

    scripted.answers.append(True)  # "Sent: asked by Telegram?" — Enter
    away_and_back(window)
    assert scripted.questions and "Чи отримали" in scripted.questions[-1]
    [asked] = Conversation.select().where(Conversation.channel == "telegram")
    assert (asked.direction, asked.replies_to_id, asked.author != "") == ("out", sent.id, True)
    assert window.statusBar().currentMessage() == "Sent: asked by Telegram"
    # The item says it was asked, and when.
    window.refresh()
    assert "asked 0 min ago" in page.model.index(0, 5).data()
    # Asking is not a confirmation: the e-mail still waits, and nothing is asked twice.
    assert Conversation.get_by_id(sent.id).awaiting_confirmation
    away_and_back(window)
    assert len(scripted.questions) == 1

    # The client answers yes: one key records "Confirmed by Telegram".
    window.refresh()
    page.table.selectRow(0)
    assert page.confirmed_button.text() == "Confirmed by Telegram"
    press(qtbot, page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not Conversation.get_by_id(sent.id).awaiting_confirmation
    [confirmation] = Conversation.select().where(Conversation.confirms == sent.id)
    assert confirmation.channel == "telegram"


def test_not_sent_records_nothing(qtbot, window, scripted, catcher, email):
    window.refresh()
    window.show_section("unconfirmed_email")
    window.attention.table.selectRow(0)
    qtbot.mouseClick(window.attention.message_button, Qt.MouseButton.LeftButton)
    assert len(catcher.urls) == 1
    scripted.answers.append(False)
    away_and_back(window)
    assert not Conversation.select().where(Conversation.channel == "telegram").exists()
    assert "Not sent" in window.statusBar().currentMessage()


def test_viber_gets_the_message_on_the_clipboard(
    qtbot, window, scripted, catcher, client_factory, log
):
    taras = client_factory("Тарас Шевчук", channels=[("viber", "+380 67 765 4321")])
    log(taras, "viber", "in", now_utc() - timedelta(hours=1), subject="Питання")
    window.refresh()
    window.show_section("awaiting_reply")
    window.attention.table.selectRow(0)
    qtbot.keyClick(window.attention.table, Qt.Key.Key_Return)
    assert catcher.urls == ["viber://chat?number=%2B380677654321"]
    assert QGuiApplication.clipboard().text() == "Добрий день, Тарасе! Дякую за ваше повідомлення."
    assert "paste" in window.statusBar().currentMessage()
    window.follow.pending = None


def test_a_call_from_the_card_offers_to_log_it_then_the_summary(
    qtbot, window, scripted, catcher, email
):
    from contacttracker.ui.summary_dialog import SummaryDialog

    olena, _sent = email
    window.clients.clients.reload()
    window.open_client(olena.id)
    assert window.clients.card.contact("phone", "+380671234567")
    assert catcher.urls[-1] == "tel:+380671234567"
    started = window.follow.pending.started

    def fill(dialog: LogDialog):
        assert dialog.client.client_id() == olena.id
        assert dialog.channel.currentData() == "phone"
        assert dialog.duration.value() == 12
        assert abs(dialog.when.dateTime().toSecsSinceEpoch() - started.timestamp()) < 1
        assert dialog.focusWidget() is dialog.agreements
        type_text(dialog.agreements, "Запуск 15 числа")
        qtbot.keyClick(dialog.agreements, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    scripted.answers.append(True)  # "Log this call?"
    scripted.expect(LogDialog, fill)
    scripted.expect(SummaryDialog, lambda dialog: 0)  # straight into the summary e-mail
    window.follow.returned(now=started + timedelta(minutes=12))
    [call] = Conversation.select().where(Conversation.channel == "phone")
    assert call.duration_min == 12 and "Запуск" in call.agreements
    assert not scripted.handlers  # the summary dialog was opened


def test_the_cards_channel_button_writes_a_message_for_a_purpose(
    qtbot, window, scripted, catcher, email
):
    olena, sent = email
    window.clients.clients.reload()
    window.open_client(olena.id)
    card = window.clients.card
    telegram = next(
        b for b in card.findChildren(type(window.attention.done_button)) if "Telegram" in b.text()
    )
    scripted.menu_picks.append("Ask by Telegram: Звіт за місяць")
    telegram.customContextMenuRequested.emit(telegram.rect().center())
    assert scripted.menus[-1][-1] == "Check in by Telegram"
    assert catcher.urls[-1].startswith("tg://resolve?domain=olena_k&text=")
    scripted.answers.append(True)
    away_and_back(window)
    [asked] = Conversation.select().where(Conversation.channel == "telegram")
    assert asked.replies_to_id == sent.id

    scripted.menu_picks.append("Check in by Telegram")
    telegram.customContextMenuRequested.emit(telegram.rect().center())
    text = parse_qs(urlsplit(catcher.urls[-1]).query)["text"][0]
    assert text.startswith("Добрий день, Олено! Давно не спілкувалися.")
    scripted.answers.append(True)
    away_and_back(window)
    assert Conversation.select().where(Conversation.channel == "telegram").count() == 2


def test_asking_by_phone_logs_the_call_linked_to_the_e_mail(
    qtbot, window, scripted, catcher, client_factory, log
):
    andriy = client_factory(
        "Андрій Лисенко", channels=[("email", "a@example.com"), ("phone", "+380639837986")]
    )
    sent = log(andriy, "email", "out", now_utc() - timedelta(hours=30), subject="Терміни")
    window.refresh()
    window.show_section("unconfirmed_email")
    window.attention.table.selectRow(0)
    qtbot.keyClick(window.attention.table, Qt.Key.Key_Return)
    assert catcher.urls == ["tel:+380639837986"]

    def fill(dialog: LogDialog):
        assert dialog.replies_to == sent.id and dialog.channel.currentData() == "phone"
        type_text(dialog.summary, "Лист отримав")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    scripted.answers.append(True)  # "Log this call?"
    scripted.expect(LogDialog, fill)
    away_and_back(window)
    [call] = Conversation.select().where(Conversation.channel == "phone")
    assert call.replies_to_id == sent.id
