"""Light or dark is a setting (as the system, light, dark), applied live; "as the system"
follows the desktop's scheme when it changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def window_lightness(widget=None) -> int:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness()


@pytest.fixture
def light_again(qapp):
    yield
    from contacttracker.ui import appearance

    appearance.apply(qapp, appearance.LIGHT)
    qapp.styleHints().unsetColorScheme()


def choose_in_settings(qtbot, window, scripted, label: str) -> None:
    from contacttracker.ui.settings_dialog import SettingsDialog

    def pick(dialog):
        dialog.colours.setCurrentIndex(dialog.colours.findText(label))
        dialog.save()
        return 1

    scripted.expect(SettingsDialog, pick)
    window.settings()


def test_dark_chosen_in_settings_redraws_the_open_window(qtbot, window, scripted, light_again):
    from contacttracker.store import setting_keys as keys
    from contacttracker.ui import machine_settings

    window.show_section("clients")
    list_view = window.clients.list
    assert window_lightness(list_view) > 128
    choose_in_settings(qtbot, window, scripted, "Dark")
    assert machine_settings.value(keys.COLOR_SCHEME) == "dark"
    assert window_lightness() < 128
    # The open window, without a restart.
    qtbot.waitUntil(lambda: window_lightness(list_view) < 128)
    assert list_view.palette().color(QPalette.ColorRole.Base).lightness() < 128
    choose_in_settings(qtbot, window, scripted, "Light")
    assert machine_settings.value(keys.COLOR_SCHEME) == "light"
    qtbot.waitUntil(lambda: window_lightness(list_view) > 128)


def test_the_insights_charts_take_the_new_palette(qtbot, window, scripted, light_again):
    window.show_section("insights")
    from PySide6.QtCharts import QChartView

    views = window.insights.findChildren(QChartView)
    assert views
    choose_in_settings(qtbot, window, scripted, "Dark")
    qtbot.waitUntil(
        lambda: all(v.chart().backgroundBrush().color().lightness() < 128 for v in views)
    )


def test_as_the_system_follows_the_desktop_when_it_changes(qapp, scripted, light_again):
    from contacttracker.store import setting_keys as keys
    from contacttracker.ui import appearance, machine_settings

    machine_settings.set_value(keys.COLOR_SCHEME, "")
    appearance.follow_system(qapp)
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the desktop says it
    assert window_lightness() < 128
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_lightness() > 128
    # A choice of its own stays, whatever the desktop does.
    machine_settings.set_value(keys.COLOR_SCHEME, "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_lightness() > 128


def test_a_desktop_that_reports_no_scheme_is_judged_by_its_palette(qapp):
    from contacttracker.ui import appearance
    from contacttracker.ui.app import dark_palette

    assert appearance.is_dark(appearance.DARK, Qt.ColorScheme.Unknown)
    assert not appearance.is_dark(appearance.LIGHT, Qt.ColorScheme.Dark)
    assert appearance.is_dark(appearance.SYSTEM, Qt.ColorScheme.Dark)
    saved = appearance._theme_palette
    try:
        appearance._theme_palette = dark_palette()
        assert appearance.is_dark(appearance.SYSTEM, Qt.ColorScheme.Unknown)
        appearance._theme_palette = qapp.style().standardPalette()
        assert not appearance.is_dark(appearance.SYSTEM, Qt.ColorScheme.Unknown)
    finally:
        appearance._theme_palette = saved


def test_the_choice_is_kept_for_the_next_start(qapp, scripted, light_again):
    from contacttracker.store import setting_keys as keys
    from contacttracker.ui import machine_settings
    from contacttracker.ui.app import make_application

    machine_settings.set_value(keys.COLOR_SCHEME, "dark")
    make_application()
    assert window_lightness() < 128
