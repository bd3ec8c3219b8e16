"""A real desktop's notification service for the tests: Xvfb, a private session bus
(`dbus-daemon --session`) and Debian's dunst drawing on that display, all in one temp folder.

The app is given the bus's address (never the process-wide one). `dunstctl` reads back what
arrived (`history`: summary, body, default action) and presses buttons like a user: `action`
clicks a notification (its default action), `context` opens its menu, which dunst hands to
a dmenu-like program; ours writes the offered entries to a file and picks the one asked for.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

REQUIRE_ENV = "CI_REQUIRE_DBUS"
BINARIES = ("Xvfb", "dbus-daemon", "dunst", "dunstctl")
#: How long a helper process may take to come up, in seconds.
START_WITHIN = 15.0

_PICK = """#!/bin/sh
# dunst's menu: remember what was offered, choose the entry named in want.txt.
folder=$(dirname "$0")
offered=$(cat)
printf '%s\n' "$offered" > "$folder/offered.part"
mv "$folder/offered.part" "$folder/offered.txt"
printf '%s\n' "$offered" | grep -F -- "$(cat "$folder/want.txt")" | head -n 1
"""

_CONFIG = """[global]
    dmenu = {pick}
    markup = no
    font = DejaVu Sans 10
    show_indicators = no
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


def available() -> bool:
    return all(shutil.which(b) for b in BINARIES)


def wait_for(condition, what: str) -> None:
    """Polls a condition until it holds (a process coming up, a notification arriving),
    failing after a bound."""
    deadline = time.monotonic() + START_WITHIN
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come up")
        time.sleep(0.05)


class Desktop:
    """Xvfb and a session bus for the run; a fresh dunst for each test (`restart_daemon`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.display = ""
        self.address = ""
        self._x: subprocess.Popen | None = None
        self._bus: subprocess.Popen | None = None
        self._dunst: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display, "DBUS_SESSION_BUS_ADDRESS": self.address}

    def start(self) -> None:
        read, write = os.pipe()
        self._x = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self._bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        assert self._bus.stdout is not None
        self.address = self._bus.stdout.readline().strip()
        if not self.address:
            raise RuntimeError("dbus-daemon did not print its address")
        pick = self.folder / "pick.sh"
        pick.write_text(_PICK)
        pick.chmod(0o755)
        (self.folder / "dunstrc").write_text(_CONFIG.format(pick=pick))
        self.restart_daemon()

    def restart_daemon(self) -> None:
        """A fresh dunst: an empty history, nothing displayed."""
        self._stop(self._dunst)
        for name in ("offered.txt", "want.txt"):
            (self.folder / name).unlink(missing_ok=True)
        self._dunst = subprocess.Popen(
            ["dunst", "-config", str(self.folder / "dunstrc")],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for(lambda: self._ctl("count", check=False).returncode == 0, "dunst")

    def _ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["dunstctl", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
            check=check,
        )

    def displayed(self) -> int:
        out = self._ctl("count", "displayed").stdout.strip()
        return int(out or 0)

    def history(self) -> list[dict[str, str]]:
        """What arrived and has gone (closed, or answered): summary, body, default action."""
        data = json.loads(self._ctl("history").stdout)["data"][0]
        return [
            {key: value["data"] for key, value in entry.items() if isinstance(value, dict)}
            for entry in data
        ]

    def close_all(self) -> None:
        self._ctl("close-all")

    def click(self) -> None:
        """A click on the newest notification: its default action."""
        self._ctl("action", "0")

    def choose(self, entry: str) -> list[str]:
        """Opens the notification's menu and picks the entry containing `entry`; returns
        what the menu offered."""
        (self.folder / "want.txt").write_text(entry)
        offered = self.folder / "offered.txt"
        self._ctl("context")  # dunst runs the menu program on its own, a moment later
        wait_for(offered.exists, "the menu")
        return offered.read_text().splitlines()

    def stop(self) -> None:
        for process in (self._dunst, self._bus, self._x):
            self._stop(process)

    @staticmethod
    def _stop(process: subprocess.Popen | None) -> None:
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
