"""Start at login: the XDG autostart entry written and removed (in a temp XDG_CONFIG_HOME);
the Windows and macOS ways live in the same module."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from contacttracker import autostart


def test_the_autostart_entry_is_written_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "io.github.contacttracker.ContactTracker.desktop"
    assert not autostart.enabled()
    autostart.enable(["/opt/contact tracker/bin/contacttracker", "--at-login"])
    assert autostart.enabled()
    text = entry.read_text("utf-8")
    assert 'Exec="/opt/contact tracker/bin/contacttracker" --at-login\n' in text
    assert "Type=Application\n" in text and "Icon=io.github.contacttracker.ContactTracker\n" in text
    assert not list(entry.parent.glob(".*.part")), "written whole, nothing left beside it"
    autostart.disable()
    assert not entry.exists() and not autostart.enabled()
    autostart.disable()  # turning off what is off is nothing


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="no desktop-file-utils")
def test_the_entry_is_a_valid_desktop_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    autostart.enable()
    checked = subprocess.run(
        ["desktop-file-validate", str(autostart.xdg_entry())], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_command_starts_this_installation_at_login():
    program = autostart.command()
    assert program[-1] == "--at-login"
    assert Path(program[0]).exists()


def test_a_launch_agent_on_macos_is_a_property_list(tmp_path, monkeypatch):
    import plistlib

    monkeypatch.setattr(autostart.sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    autostart.enable(["/Applications/contacttracker.app/Contents/MacOS/contacttracker"])
    agent = tmp_path / "Library" / "LaunchAgents" / "io.github.contacttracker.ContactTracker.plist"
    data = plistlib.loads(agent.read_bytes())
    assert data["RunAtLoad"] is True and data["Label"] == "io.github.contacttracker.ContactTracker"
    assert autostart.enabled()
    autostart.disable()
    assert not agent.exists()
