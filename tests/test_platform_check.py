"""The window's X11 plugin: a missing library is named with the package to install."""

from __future__ import annotations

import os
import subprocess
import sys

from contacttracker.ui import platform_check


def test_xcb_is_chosen_by_name_or_by_a_plain_x_session():
    linux = sys.platform.startswith("linux")
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb"}) is linux
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb:display=:1"}) is linux
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"})
    assert platform_check.uses_xcb({"DISPLAY": ":0"}) is linux
    assert not platform_check.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not platform_check.uses_xcb({})


def test_the_advice_names_a_package_for_each_family():
    text = platform_check.advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in text
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in text
    assert "sudo pacman -S xcb-util-cursor xcb-util-wm" in text


def test_what_is_reported_missing_is_missing_and_nothing_else():
    missing = platform_check.missing_libraries()
    assert len(missing) == len(set(missing))
    for name in platform_check.PACKAGES:
        assert platform_check._loadable(name) is (name not in missing)


def test_a_plugin_that_is_not_a_library_is_not_mistaken_for_missing_ones(tmp_path):
    fake = tmp_path / "libqxcb.so"
    fake.write_text("not a library")
    reported = platform_check.missing_libraries(fake)
    assert all(not platform_check._loadable(name) for name in reported)


def test_the_window_says_which_package_to_install(tmp_path):
    """Started for X11 where the plugin's libraries are missing, the app exits 1 with the
    packages to install, not Qt's own abort; where nothing is missing, nothing is said."""
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":97", HOME=str(tmp_path))
    env.pop("WAYLAND_DISPLAY", None)
    missing = platform_check.missing_libraries()
    code = (
        "import sys\n"
        "from contacttracker.cli import main\n"
        f"sys.exit(main(['--db', {str(tmp_path / 'd.db')!r}]))\n"
    )
    if not missing:
        assert platform_check.advice([]).startswith("The window cannot start")
        return
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 1
    assert "sudo apt install" in run.stderr
    for name in missing:
        assert name in run.stderr
    assert "qt.qpa.plugin" not in run.stderr
    assert not (tmp_path / "d.db").exists()
