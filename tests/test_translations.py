"""The window in Ukrainian and Russian: complete, current translation files, plurals, Qt's own
buttons, messages of the lower layers, and a live switch that keeps what the user typed."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from tests.conftest import type_text

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def translations_tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards."""
    from contacttracker.ui import i18n

    yield i18n.install
    i18n.install("en")


def test_every_text_in_the_code_is_translated_and_every_qm_is_current():
    """Fails when a string is missing from a .ts file, is unfinished, has the wrong plural
    forms or placeholders, or when a .qm is older than its .ts."""
    assert translations_tool().problems() == []


def test_the_check_catches_a_missing_string(tmp_path, monkeypatch):
    tool = translations_tool()
    original = (FOLDER / "contacttracker_uk.ts").read_text(encoding="utf-8")
    copy = tmp_path / "translations"
    copy.mkdir()
    for f in FOLDER.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    trimmed = original.replace("<source>Losing touch</source>", "<source>Gone</source>", 1)
    (copy / "contacttracker_uk.ts").write_text(trimmed, encoding="utf-8")
    monkeypatch.setattr(tool, "FOLDER", copy)
    found = tool.problems()
    assert any("missing [Queue] 'Losing touch'" in p for p in found)
    assert any("contacttracker_uk.qm is older" in p for p in found)


def english_texts() -> set[str]:
    """English texts whose Ukrainian differs (brand names and the like are the same)."""
    root = ET.parse(FOLDER / "contacttracker_uk.ts").getroot()
    texts = set()
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") != "yes" and translation.text != source:
            texts.add(source.replace("&", ""))
    return texts


def shown_texts(root: QWidget) -> list[str]:
    found = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        found += [w.toolTip(), w.accessibleName()]
        for action in w.actions():
            found.append(action.text())
            if action.menu():
                found += [a.text() for a in action.menu().actions()]
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            for column in range(w.horizontalHeader().count()):
                found.append(str(m.headerData(column, Qt.Orientation.Horizontal) or ""))
    return [t.replace("&", "") for t in found if t]


def test_the_whole_window_speaks_ukrainian(
    qtbot, window, client_factory, log, now, scripted, language
):
    from contacttracker.ui.client_dialog import ClientDialog
    from contacttracker.ui.log_dialog import LogDialog
    from contacttracker.ui.settings_dialog import SettingsDialog
    from contacttracker.ui.shared_dialog import SharedDatabaseDialog
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    call = log(client, "phone", "out", now, agreements="Запуск 15 числа")
    log(client, "email", "out", now)
    language("uk")
    QApplication.processEvents()
    window.refresh()
    english = english_texts()
    leftovers = []
    for section in ("unconfirmed_email", "clients", "search", "insights"):
        window.show_section(section)
        if section == "clients":
            window.open_client(client.id)
        QApplication.processEvents()
        leftovers += [(section, t) for t in shown_texts(window) if t in english]
    for dialog in (
        LogDialog(window.catalogue, window, client_id=client.id),
        ClientDialog(window.catalogue, window, client.id),
        SummaryDialog(call.id, window),
        SettingsDialog(window.location, window),
        SharedDatabaseDialog(window),
    ):
        dialog.show()
        leftovers += [(type(dialog).__name__, t) for t in shown_texts(dialog) if t in english]
        dialog.reject()
    assert leftovers == [], leftovers
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.sidebar.item(0).text().startswith("Сьогодні")
    assert window.sidebar.item(1).text() == "Потребує уваги"


def test_standard_buttons_come_translated_from_qt(qtbot, language):
    language("ru")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Сохранить"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("uk", 1, "1 клієнт"),
        ("uk", 3, "3 клієнти"),
        ("uk", 5, "5 клієнтів"),
        ("uk", 21, "21 клієнт"),
        ("ru", 2, "2 клиента"),
        ("ru", 11, "11 клиентов"),
        ("ru", 22, "22 клиента"),
        ("en", 1, "1 client"),
        ("en", 3, "3 clients"),
    ],
)
def test_plural_forms(qapp, language, lang, n, expected):
    from contacttracker.ui.text import translate

    language(lang)
    assert translate("ClientsPage", "%n client(s)", None, n) == expected


def test_counts_of_the_lower_layers_take_the_languages_plural(qapp, language):
    from contacttracker.domain.words import QT_TRANSLATE_NOOP
    from contacttracker.ui.text import localized

    skipped = QT_TRANSLATE_NOOP("Import", "chat {name!r} ({kind}, %n message(s)) skipped: {why}")
    why = QT_TRANSLATE_NOOP("Import", "only personal chats are imported")
    one, five = (skipped.format(name="Студія", kind="group", n=n, why=why) for n in (1, 5))
    assert one == "chat 'Студія' (group, 1 message) skipped: only personal chats are imported"
    assert five.startswith("chat 'Студія' (group, 5 messages)")
    odd = skipped.format(name="Clientes(es) 100%new", kind="group", n=3, why=why)
    assert odd.startswith("chat 'Clientes(es) 100%new' (group, 3 messages)"), "values untouched"
    language("uk")
    assert localized(one).startswith("чат 'Студія' (group, 1 повідомлення) пропущено")
    assert localized(five).startswith("чат 'Студія' (group, 5 повідомлень) пропущено")
    language("ru")
    assert localized(one).startswith("чат 'Студія' (group, 1 сообщение) пропущен")


def test_ages_in_words(qapp, language):
    from contacttracker.ui import text

    language("uk")
    assert [text.age(0.5), text.age(5), text.age(72), text.age(24 * 5)] == [
        "30 хв",
        "5 год",
        "3 дні",
        "5 днів",
    ]


def test_messages_of_the_store_are_shown_in_the_window_language(tmp_path, language):
    from contacttracker.store import DatabaseError, open_database
    from contacttracker.ui.text import localized

    with pytest.raises(DatabaseError) as caught:
        open_database(str(tmp_path))
    assert str(caught.value) == f"{tmp_path}: is a folder, not a database file"
    language("ru")
    assert localized(caught.value) == f"{tmp_path}: это папка, а не файл базы"


def test_problems_of_a_form_are_translated_one_by_one(db_path, language):
    from contacttracker.store.clients import ClientInput, ValidationError, save_client
    from contacttracker.ui.text import localized

    with pytest.raises(ValidationError) as caught:
        save_client(ClientInput(name="", channels=[("phone", "12")], response_hours=-1))
    language("uk")
    shown = localized(caught.value)
    assert "клієнтові потрібне ім’я" in shown
    assert "строк відповіді має бути більшим за 0 і не більшим за 240 год" in shown
    assert "the client needs a name" not in shown


def test_switching_in_settings_keeps_what_was_typed(
    qtbot, window, client_factory, scripted, language
):
    from contacttracker.ui.settings_dialog import SettingsDialog

    olena = client_factory()
    client_factory(name="Софія Мельник", channels=[("email", "sofia@example.com")])
    window.show_section("search")
    type_text(window.search.box, "макет")
    window.show_section("clients")
    type_text(window.clients.filter, "Олена")
    qtbot.waitUntil(lambda: window.clients.clients.rowCount() == 1)
    window.clients.list.selectRow(0)
    assert window.clients.current_client() == olena.id

    def choose_ukrainian(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("uk"))
        dialog.save()
        return 1

    scripted.expect(SettingsDialog, choose_ukrainian)
    window.settings()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Файл")
    QApplication.processEvents()
    assert window.pages.currentWidget() is window.clients
    assert window.clients.filter.text() == "Олена"
    assert window.clients.current_client() == olena.id
    assert window.clients.card.name.text() == "Олена Коваленко"
    assert window.search.box.text() == "макет"
    assert window.clients.count.text() == "1 клієнт"
    from PySide6.QtCore import QSettings

    assert QSettings().value("language") == "uk"


def test_dates_and_numbers_follow_the_chosen_language(qapp, language, monkeypatch):
    """On an English system, choosing Ukrainian brings Ukrainian dates and digit grouping."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    from contacttracker.ui import i18n, text

    class EnglishSystem(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale("en_US")

    monkeypatch.setattr(i18n, "QLocale", EnglishSystem)
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    try:
        language("uk")
        assert QLocale().name() == "uk_UA"
        assert text.when(datetime(2026, 11, 20, 14, 5, tzinfo=UTC)) == "20.11.2026 14:05"
        assert QLocale().toString(12345) == "12\N{NO-BREAK SPACE}345"
        language("en")
        assert QLocale().name() == "en_US"
        assert (
            text.when(datetime(2026, 11, 20, 14, 5, tzinfo=UTC))
            == "11/20/2026 2:05\N{NARROW NO-BREAK SPACE}PM"
        )
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_the_language_follows_the_system_unless_chosen(qapp, monkeypatch, tmp_path):
    from PySide6.QtCore import QLocale, QSettings

    from contacttracker.ui import i18n

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)

    class RussianSystem(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale("ru_RU")

    monkeypatch.setattr(i18n, "QLocale", RussianSystem)
    QSettings().remove("language")
    assert i18n.chosen_language() == "ru"
    QSettings().setValue("language", "uk")
    assert i18n.chosen_language() == "uk"
    assert i18n.chosen_language("en") == "en"  # --lang wins
    QSettings().setValue("language", "")  # "As the system"
    assert i18n.chosen_language() == "ru"


def test_channels_inside_a_sentence_take_their_case(qapp, language):
    """'Ask by e-mail' is 'Запитати через ел. пошту', not 'через Ел. пошта'."""
    from contacttracker.domain.channels import Catalogue
    from contacttracker.domain.rules import NextStep, Step
    from contacttracker.ui import text

    catalogue = Catalogue()
    language("uk")
    assert text.step_text(NextStep(Step.REPLY, "email"), catalogue) == "Відповісти через ел. пошту"
    assert text.step_text(NextStep(Step.CONFIRM, "viber"), catalogue) == "Запитати через Viber"
    language("en")
    assert text.step_text(NextStep(Step.CONFIRM, "phone"), catalogue) == "Ask by phone"


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter keys of the visible labels and buttons of a window."""
    keys = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not isinstance(w, QLabel | QAbstractButton):
            continue
        label = w.text().replace("&&", "")
        at = label.find("&")
        if at >= 0 and at + 1 < len(label):
            keys.append(label[at + 1].lower())
    return keys


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_no_two_controls_of_a_dialog_share_a_key(
    qtbot, window, client_factory, log, now, language, lang
):
    from collections import Counter

    from contacttracker.ui.client_dialog import ClientDialog
    from contacttracker.ui.import_dialog import ImportDialog
    from contacttracker.ui.log_dialog import LogDialog
    from contacttracker.ui.settings_dialog import SettingsDialog
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    call = log(client, "phone", "out", now, agreements="Запуск 15 числа")
    language(lang)
    clashes = {}
    for dialog in (
        LogDialog(window.catalogue, window, client_id=client.id),
        ClientDialog(window.catalogue, window, client.id),
        SummaryDialog(call.id, window),
        SettingsDialog(window.location, window),
        ImportDialog([], window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        twice = [k for k, n in Counter(mnemonics(dialog)).items() if n > 1]
        if twice:
            clashes[type(dialog).__name__] = twice
        dialog.reject()
    assert clashes == {}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_no_two_items_of_a_menu_share_a_key(qtbot, window, language, lang):
    from collections import Counter

    language(lang)
    qtbot.waitUntil(lambda: lang == "en" or window.menuBar().actions()[0].text() != "&File")

    def keys(actions):
        found = []
        for action in actions:
            label = action.text().replace("&&", "")
            at = label.find("&")
            if at >= 0:
                found.append(label[at + 1].lower())
        return [k for k, n in Counter(found).items() if n > 1]

    menus = [window.menuBar().actions()]
    for action in window.menuBar().actions():
        menus.append(action.menu().actions())
        menus += [a.menu().actions() for a in action.menu().actions() if a.menu()]
    assert [keys(m) for m in menus if keys(m)] == []


def test_a_c_locale_takes_the_interface_languages_formats(qapp, language, monkeypatch, qtbot):
    """Under LANG=C (or POSIX) a Ukrainian or Russian window writes dates and decimals as
    that language does, not "1 12 2026 18:44" and "24.00"."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDoubleSpinBox

    from contacttracker.ui import i18n, text

    class CSystem(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale(QLocale.Language.C)

    monkeypatch.setattr(i18n, "QLocale", CSystem)
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    try:
        for lang, name, day in (
            ("uk", "uk_UA", "20.11.2026 14:05"),
            ("ru", "ru_RU", "20.11.2026 14:05"),
        ):
            language(lang)
            assert QLocale().name() == name
            assert text.when(datetime(2026, 11, 20, 14, 5, tzinfo=UTC)) == day
            assert QLocale().toString(24.0, "f", 2) == "24,00"
            box = QDoubleSpinBox()
            qtbot.addWidget(box)
            box.setValue(24)
            assert box.text() == "24,00"
        language("en")
        assert QLocale().name() == "en_US"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
