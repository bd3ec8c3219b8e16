"""The home country: chosen in Settings or on the command line, and read by every national
number typed afterwards."""

from __future__ import annotations

import pytest

from contacttracker.cli import main
from contacttracker.store import person_settings
from contacttracker.store.setting_keys import HOME_COUNTRY


@pytest.fixture(autouse=True)
def ukrainian_system(monkeypatch):
    """A computer whose locale says Ukraine, whatever this one says."""
    for key in ("LC_ALL", "LC_TELEPHONE", "LC_ADDRESS"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")


def numbers(client) -> list[str]:
    from contacttracker.store.models import ContactPoint

    return [p.normalized for p in ContactPoint.select().where(ContactPoint.client == client)]


def test_settings_dialog_keeps_the_country_new_numbers_are_read_in(window, scripted):
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.ui.settings_dialog import SettingsDialog

    def pick_poland(dialog: SettingsDialog) -> int:
        combo = dialog.country
        assert combo.code() == "" and "Ukraine" in combo.currentText()  # the system's, named
        combo.setCurrentIndex(combo.findText("Poland"))
        assert combo.code() == "PL"
        dialog.save()
        return dialog.result()

    scripted.expect(SettingsDialog, pick_poland)
    window.settings()
    assert person_settings.get(HOME_COUNTRY) == "PL"
    client = save_client(ClientInput(name="Jan Kowalski", channels=[("phone", "22 123 45 67")]))
    assert numbers(client) == ["+48221234567"]

    def back_to_the_system(dialog: SettingsDialog) -> int:
        assert dialog.country.code() == "PL" and dialog.country.currentText() == "Poland"
        dialog.country.setCurrentIndex(0)
        dialog.save()
        return dialog.result()

    scripted.expect(SettingsDialog, back_to_the_system)
    window.settings()
    assert person_settings.get(HOME_COUNTRY) == ""
    client = save_client(ClientInput(name="Олена", channels=[("phone", "067 123 4567")]))
    assert numbers(client) == ["+380671234567"]


def test_the_combo_names_countries_in_the_window_language(qtbot):
    from contacttracker.ui import i18n
    from contacttracker.ui.app import make_application
    from contacttracker.ui.country_combo import CountryCombo

    make_application(dark=False)
    try:
        i18n.install("uk")
        combo = CountryCombo("de")
        qtbot.addWidget(combo)
        assert combo.code() == "DE" and combo.currentText() == "Німеччина"
        assert combo.itemText(0) == "Із системи (Україна)"
        names = [combo.itemText(i) for i in range(1, combo.count())]
        # Ukrainian order, not the code points': Ї after І, Є after Е.
        assert names.index("Італія") < names.index("Йорданія") < names.index("Казахстан")
        assert "Україна" in names and len(names) > 200
        combo.set_code("XX")  # none the phone rules know: the system's
        assert combo.code() == ""
    finally:
        i18n.install("en")


def test_command_line_sets_a_known_country_only(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    assert main(["--db", db, "demo", "--clients", "1", "--conversations", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "settings", "home_country", "pl"]) == 0
    assert person_settings.get(HOME_COUNTRY) == "PL"
    for wrong in ("XX", "Poland", "P"):
        assert main(["--db", db, "settings", "home_country", wrong]) == 1
        assert "country code" in capsys.readouterr().err
    assert person_settings.get(HOME_COUNTRY) == "PL"
    assert main(["--db", db, "settings", "home_country", ""]) == 0
    assert person_settings.get(HOME_COUNTRY) == ""
