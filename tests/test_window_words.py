"""The window's words: the follow-up queue's button, the title bar, Settings' wrapped labels
in every language, and Alt keys of a Cyrillic interface typed on a Latin layout."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from contacttracker.ui import mnemonics


@pytest.fixture
def language(qapp):
    from contacttracker.ui import i18n

    yield i18n.install
    i18n.install("en")


def test_the_follow_up_queue_logs_a_follow_up_and_the_reply_queue_a_reply(
    window, client_factory, log, now
):
    client = client_factory()
    log(client, "email", "in", now - timedelta(hours=3))
    log(client, "phone", "out", now - timedelta(days=3), follow_up_due=now - timedelta(hours=2))
    window.refresh()
    window.show_section("follow_up")
    QApplication.processEvents()
    assert window.attention.reply_button.isVisible()
    assert window.attention.reply_button.text() == "&Log follow-up…"
    window.show_section("awaiting_reply")
    QApplication.processEvents()
    assert window.attention.reply_button.text() == "&Log reply…"


def test_the_title_bar_names_the_app_once(qtbot, tmp_path, scripted):
    from contacttracker.store import close, open_database
    from contacttracker.ui.app import make_application
    from contacttracker.ui.main_window import MainWindow

    make_application(dark=False)
    titles = {}
    for name in ("contacttracker.db", "agency.db"):
        location = open_database(str(tmp_path / name))
        win = MainWindow(location)
        qtbot.addWidget(win)
        titles[name] = win.windowTitle()
        win.close()
        close()
    # Qt adds " — contacttracker" itself: the usual database is not named a second time.
    assert "contacttracker" not in titles["contacttracker.db"]
    assert titles["agency.db"].endswith("agency.db")


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_no_wrapped_label_of_settings_is_cut(qtbot, window, language, lang):
    from contacttracker.ui.settings_dialog import SettingsDialog

    language(lang)
    from contacttracker.ui.fit import fit_dialog

    dialog = SettingsDialog(window.location, window)
    qtbot.addWidget(dialog)
    fit_dialog(dialog)  # as every dialog opens (dialogs.exec_dialog)
    dialog.show()
    QApplication.processEvents()
    cut = [
        (label.text(), label.height(), label.heightForWidth(label.width()))
        for label in dialog.findChildren(QLabel)
        if label.wordWrap()
        and label.isVisibleTo(dialog)
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]
    assert cut == []
    dialog.reject()


def latin_key(letter: str) -> Qt.Key:
    """The key of the QWERTY layout where the ЙЦУКЕН layout has `letter`."""
    [latin] = [k for k, letters in mnemonics.ON_KEY.items() if letter in letters]
    return Qt.Key(ord(latin.upper()))


def test_the_keyboard_map_puts_every_cyrillic_letter_on_one_key():
    assert latin_key("м") == Qt.Key.Key_V
    assert latin_key("ь") == Qt.Key.Key_M
    assert latin_key("і") == latin_key("ы") == Qt.Key.Key_S
    assert latin_key("ї") == Qt.Key.Key_BracketRight
    assert mnemonics.mnemonic("Ко&мпанія") == "м"
    assert mnemonics.mnemonic("R&&D &Team") == "t"
    assert mnemonics.mnemonic("no mnemonic") == ""


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_alt_with_a_latin_layout_reaches_each_field_of_a_cyrillic_dialog(
    qtbot, window, client_factory, scripted, language, lang
):
    from contacttracker.ui import dialogs
    from contacttracker.ui.log_dialog import LogDialog

    client = client_factory()
    language(lang)
    reached: dict[str, bool] = {}

    def walk(dialog):
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        labels = [
            label
            for label in dialog.findChildren(QLabel)
            if label.buddy() is not None
            and label.isVisibleTo(dialog)
            and label.buddy().isEnabled()
            and mnemonics.mnemonic(label.text())
        ]
        assert len(labels) >= 5
        for label in labels:
            letter = mnemonics.mnemonic(label.text())
            assert "а" <= letter <= "я" or letter in "іїєґё", label.text()
            dialog.subject.setFocus()
            if label.buddy() is dialog.subject:
                dialog.summary.setFocus()
            qtbot.keyClick(
                QApplication.focusWidget(), latin_key(letter), Qt.KeyboardModifier.AltModifier
            )
            focus = QApplication.focusWidget()
            buddy = label.buddy()
            reached[label.text()] = focus is buddy or buddy.isAncestorOf(focus)
        return 0

    scripted.expect(LogDialog, walk)
    dialogs.exec_dialog(LogDialog(window.catalogue, window, client_id=client.id))
    assert reached and all(reached.values()), reached


def test_alt_with_a_latin_layout_opens_a_cyrillic_menu(qtbot, window, language):
    language("uk")
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    bar = window.menuBar()
    file_menu = bar.actions()[0]
    letter = mnemonics.mnemonic(file_menu.text())
    assert letter == "ф"
    qtbot.keyClick(
        window.focusWidget() or window, latin_key(letter), Qt.KeyboardModifier.AltModifier
    )
    assert bar.activeAction() is file_menu
    file_menu.menu().close()


def test_a_latin_letter_chooses_an_item_of_an_open_cyrillic_menu(qtbot, window, language):
    language("uk")
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    [view] = [a for a in window.menuBar().actions() if mnemonics.mnemonic(a.text()) == "в"]
    [sidebar] = [a for a in window.menu_actions if a.shortcut().toString() == "F9"]
    letter = mnemonics.mnemonic(sidebar.text())
    assert letter == "б"
    window.menuBar().setActiveAction(view)
    qtbot.waitUntil(lambda: view.menu().isVisible(), timeout=2000)
    assert window.splitter.sizes()[0] > 0
    qtbot.keyClick(view.menu(), latin_key(letter))  # the comma key, where Б is
    assert window.splitter.sizes()[0] == 0
    assert not view.menu().isVisible()
