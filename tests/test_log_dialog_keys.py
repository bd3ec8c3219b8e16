"""Log a conversation from the keyboard: one Tab stop a field (the date too, in every
language's date format), Duration labelled, and a date moved far from now asked about."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc
from tests.conftest import type_text


@pytest.fixture
def language(qapp):
    from contacttracker.ui import i18n

    yield i18n.install
    i18n.install("en")


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_tab_stops_once_on_each_field(qtbot, window, client_factory, language, lang):
    from contacttracker.ui.log_dialog import LogDialog

    language(lang)
    dialog = shown(qtbot, LogDialog(window.catalogue, window))
    dialog.follow_up.setChecked(True)
    dialog.client.setFocus()
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
        dialog.follow_date,
        dialog.urgent,
    ]
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        visited.append(focus.parent() if focus.parent() is dialog.project else focus)
    assert visited == expected
    for _ in expected[1:]:  # and back, Shift+Tab
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.client


def test_duration_has_its_own_label_and_key(qtbot, window):
    from PySide6.QtWidgets import QFormLayout

    from contacttracker.ui.log_dialog import LogDialog

    dialog = shown(qtbot, LogDialog(window.catalogue, window))
    form = dialog.findChild(QFormLayout)
    label = form.labelForField(dialog.duration)
    assert label.text() == "&Duration:" and label.buddy() is dialog.duration
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.duration.hasFocus()


def test_a_date_moved_by_a_key_is_said_and_asked_about(
    qtbot, clock, window, scripted, client_factory
):
    """↑ in the date's month moves it by a month: the words beside the date say so at once,
    and saving asks; No keeps the dialog open with nothing saved."""
    from contacttracker.ui.log_dialog import LogDialog, to_utc

    clock.moment = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
    client = client_factory()
    dialog = shown(qtbot, LogDialog(window.catalogue, window, client_id=client.id))
    assert dialog.when_words.text() == "today"
    type_text(dialog.subject, "Кошторис")
    dialog.when.setFocus()
    dialog.when.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClick(dialog.when, Qt.Key.Key_Up)
    moved = dialog.when.dateTime()
    assert dialog.when_words.text() == "in 30 days"

    scripted.answers.append(False)
    dialog.save()
    assert dialog.when_words.text() in scripted.questions[-1]
    assert not Conversation.select().where(Conversation.subject == "Кошторис").exists()
    assert dialog.isVisible() and dialog.when.hasFocus()

    scripted.answers.append(True)
    dialog.save()
    saved = Conversation.get(Conversation.subject == "Кошторис")
    assert saved.occurred_at.replace(tzinfo=UTC) == to_utc(moved)
    assert abs(to_utc(moved) - now_utc()) > timedelta(days=1)
    assert len(scripted.questions) == 2


def test_no_question_within_a_day_or_for_an_untouched_date(
    qtbot, window, scripted, client_factory, log
):
    from contacttracker.ui.log_dialog import LogDialog

    client = client_factory()
    dialog = shown(qtbot, LogDialog(window.catalogue, window, client_id=client.id))
    dialog.when.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))
    type_text(dialog.subject, "Сьогодні")
    dialog.save()
    assert Conversation.get(Conversation.subject == "Сьогодні")

    old = log(client, "phone", "out", now_utc() - timedelta(days=10), subject="Давно")
    editing = shown(qtbot, LogDialog(window.catalogue, window, conversation_id=old.id))
    assert editing.when_words.text() == "10 days ago"
    editing.subject.setText("Давно, уточнено")
    editing.save()
    assert Conversation.get_by_id(old.id).subject == "Давно, уточнено"
    assert scripted.questions == []
