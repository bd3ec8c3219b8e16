"""Start at login: the one place that knows each system's way.

Linux and other freedesktop systems: an XDG autostart entry,
``$XDG_CONFIG_HOME/autostart/<app id>.desktop``. Windows: a value under the user's
``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` key. macOS: a LaunchAgent,
``~/Library/LaunchAgents/<app id>.plist``. Each is the user's own (no administrator), is
written whole, and is removed again when the setting is turned off.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from pathlib import Path

from contacttracker.paths import APP_ID, APP_NAME

_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
#: What the app is started with at login: into the tray when it has one.
AT_LOGIN = "--at-login"


def command() -> list[str]:
    """How to start this installation of the app: the bundle's program, the installed
    `contacttracker` script, else this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable, AT_LOGIN]
    script = shutil.which(APP_NAME)
    if script:
        return [script, AT_LOGIN]
    return [sys.executable, "-m", APP_NAME, AT_LOGIN]


def _platform() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "xdg"


def xdg_entry() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{APP_ID}.desktop"


def launch_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def enabled() -> bool:
    """Whether the app starts at login for this user."""
    kind = _platform()
    if kind == "windows":
        return _run_value() is not None
    if kind == "macos":
        return launch_agent().exists()
    return xdg_entry().exists()


def enable(program: list[str] | None = None) -> None:
    """Start at login from now on (OSError when the user's folder or registry refuses)."""
    program = program or command()
    kind = _platform()
    if kind == "windows":
        _set_run_value(" ".join(_quoted_for_windows(part) for part in program))
    elif kind == "macos":
        data = {
            "Label": APP_ID,
            "ProgramArguments": program,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        _write_whole(launch_agent(), plistlib.dumps(data))
    else:
        _write_whole(xdg_entry(), _desktop_entry(program).encode("utf-8"))


def disable() -> None:
    """No longer start at login; nothing to do when it did not."""
    kind = _platform()
    if kind == "windows":
        _delete_run_value()
    elif kind == "macos":
        launch_agent().unlink(missing_ok=True)
    else:
        xdg_entry().unlink(missing_ok=True)


def set_enabled(on: bool) -> None:
    if on:
        enable()
    else:
        disable()


def _desktop_entry(program: list[str]) -> str:
    # The Exec key's quoting (Desktop Entry Specification): each argument in double quotes
    # where it needs them, with \, ", ` and $ escaped; a literal % doubled.
    def quoted(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if arg and all(c.isalnum() or c in "-_./=:+," for c in arg):
            return arg
        for ch in ("\\", '"', "`", "$"):
            arg = arg.replace(ch, "\\" + ch)
        return f'"{arg}"'

    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=contacttracker\n"
        "Comment=Reminders of clients waiting for you\n"
        f"Exec={' '.join(quoted(a) for a in program)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _write_whole(target: Path, data: bytes) -> None:
    """A new file beside the old one, then renamed over it: never half an entry."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part")
    part.write_bytes(data)
    os.replace(part, target)


def _quoted_for_windows(arg: str) -> str:
    return f'"{arg}"' if (" " in arg or not arg) else arg


def _run_value() -> str | None:
    import winreg  # type: ignore[import-not-found]

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, APP_NAME)
    except OSError:
        return None
    return str(value)


def _set_run_value(line: str) -> None:
    import winreg  # type: ignore[import-not-found]

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
        winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, line)


def _delete_run_value() -> None:
    import winreg  # type: ignore[import-not-found]

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, APP_NAME)
    except FileNotFoundError:
        pass
