"""The client dialog from the keyboard: the channel table takes what is typed, Alt+↑/↓
rank the channels, and a time zone is found by its city or country, or suggested by the
phone number's country (and never filled in unasked)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from contacttracker.domain.zones import zone_for_phone, zone_of
from contacttracker.store.models import Client, ContactPoint


def typed(qtbot, text: str) -> None:
    """Keys typed wherever the focus is, as a person types them (the focus may move to an
    editor the first key opened)."""
    from tests.conftest import type_text

    for ch in text:
        type_text(QApplication.focusWidget(), ch)


def opened(qtbot, window, client_id=None):
    from contacttracker.ui.client_dialog import ClientDialog

    dialog = ClientDialog(window.catalogue, window, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def stored_channels(client_id: int) -> list[tuple[str, str]]:
    return [
        (p.channel, p.normalized)
        for p in ContactPoint.select()
        .where(ContactPoint.client == client_id)
        .order_by(ContactPoint.rank)
    ]


def test_the_channel_label_lands_on_a_handle_and_typing_goes_in(qtbot, window):
    dialog = opened(qtbot, window)
    typed(qtbot, "Олена Коваленко")
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Channels:"
    assert dialog.channels.hasFocus() and dialog.channels.currentColumn() == 1
    typed(qtbot, "olena@example.com")
    dialog.save()  # Ctrl+Enter from inside the cell: what is typed there counts
    [client] = Client.select()
    assert stored_channels(client.id) == [("email", "olena@example.com")]


def test_typing_on_the_channel_column_picks_a_channel(qtbot, window, client_factory):
    olena = client_factory(channels=[("email", "olena@example.com"), ("phone", "+380671234567")])
    dialog = opened(qtbot, window, olena.id)
    dialog.channels.setFocus()
    dialog.channels.setCurrentCell(1, 0)
    typed(qtbot, "V")  # the list opens on the first channel with that letter: Viber, taken
    assert dialog.channels.key(1) == "viber"
    dialog.save()
    assert stored_channels(olena.id) == [("email", "olena@example.com"), ("viber", "+380671234567")]


def test_alt_arrows_rank_the_channels(qtbot, window, client_factory):
    olena = client_factory()  # e-mail, Viber, phone
    dialog = opened(qtbot, window, olena.id)
    dialog.channels.setFocus()
    dialog.channels.setCurrentCell(2, 1)
    qtbot.keyClick(dialog.channels, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.channels, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.channels.currentRow() == 0, "the moved channel stays the current one"
    qtbot.keyClick(dialog.channels, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    dialog.save()
    assert [c for c, _ in stored_channels(olena.id)] == ["email", "phone", "viber"]


@pytest.mark.parametrize(
    ("typed_zone", "zone"),
    [
        ("Kyiv", "Europe/Kyiv"),
        ("київ", "Europe/Kyiv"),
        ("Киев", "Europe/Kyiv"),
        ("Польща", "Europe/Warsaw"),
        ("Poland", "Europe/Warsaw"),
        ("europe/berlin", "Europe/Berlin"),
        ("New York — America/New_York", "America/New_York"),
        ("Amsterdam", "Europe/Amsterdam"),
        ("Нідерланди", "Europe/Amsterdam"),  # its own zone, not the one it shares
        ("Belgium", "Europe/Brussels"),
        ("Europe/Kyiv", "Europe/Kyiv"),
        ("Atlantis", "Atlantis"),  # left as typed: the save says what is wrong
    ],
)
def test_a_zone_is_found_by_its_city_or_country(typed_zone, zone):
    assert zone_of(typed_zone) == zone


def test_the_completions_are_the_same_in_every_process():
    """Built from sets of zones and countries: the same list whatever the hash seed."""
    import os
    import subprocess
    import sys

    script = (
        "import hashlib; from contacttracker.domain.zones import completions; "
        "print(hashlib.sha256(repr(completions('uk')).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1


def test_a_phone_number_suggests_its_countrys_main_zone():
    assert zone_for_phone("+380671234567") == "Europe/Kyiv"
    assert zone_for_phone("+48221234567") == "Europe/Warsaw"
    assert zone_for_phone("+74951234567") == "Europe/Moscow"
    assert zone_for_phone("+12125551234") == "America/New_York"
    assert zone_for_phone("not a number") == ""


def test_typing_a_city_stores_its_zone(qtbot, window, client_factory):
    olena = client_factory()
    dialog = opened(qtbot, window, olena.id)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "&Time zone:"
    assert dialog.zone.lineEdit().hasFocus()
    typed(qtbot, "Київ")
    completer = dialog.zone.completer()
    shown = [
        completer.completionModel().index(r, 0).data()
        for r in range(completer.completionModel().rowCount())
    ]
    assert "Київ — Europe/Kyiv" in shown
    dialog.save()
    assert Client.get_by_id(olena.id).time_zone == "Europe/Kyiv"


def test_a_completion_picked_leaves_the_zone_in_the_field(qtbot, window):
    dialog = opened(qtbot, window)
    dialog.zone.setFocus()
    typed(qtbot, "Warsaw")
    dialog.zone.completer().activated.emit("Warsaw — Europe/Warsaw")
    QApplication.processEvents()  # as the event loop runs after a pick
    assert dialog.zone.currentText() == "Europe/Warsaw"
    dialog.done(0)  # closed without the question a changed form asks


def test_the_phone_suggests_a_zone_and_fills_nothing_unasked(qtbot, window):
    dialog = opened(qtbot, window)
    dialog.name.setText("Anna Nowak")
    dialog.channels.item(1, 1).setText("+48 22 123 45 67")
    assert dialog.zone_suggestion.isVisible()
    assert "Europe/Warsaw" in dialog.zone_suggestion.text()
    assert dialog.zone.currentText() == "", "a suggestion, not a change"
    dialog.zone.setCurrentText("Europe/London")
    assert not dialog.zone_suggestion.isVisible(), "a zone chosen: nothing more to suggest"
    dialog.zone.setCurrentText("")
    qtbot.mouseClick(dialog.zone_suggestion, Qt.MouseButton.LeftButton)
    assert dialog.zone.currentText() == "Europe/Warsaw"
    dialog.save()
    assert Client.get(Client.name == "Anna Nowak").time_zone == "Europe/Warsaw"
