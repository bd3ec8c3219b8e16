"""The systemd user timer and service that run `remind --notify` while the app is closed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
SERVICE = LINUX / "contacttracker-remind.service"
TIMER = LINUX / "contacttracker-remind.timer"


def unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def test_the_timer_runs_remind_notify_every_15_minutes():
    service, timer = unit(SERVICE), unit(TIMER)
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["ExecStart"].split()[1:] == ["remind", "--notify"]
    assert timer["Timer"]["OnCalendar"] == "*:0/15"
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not here")
def test_systemd_reads_both_units(tmp_path):
    """systemd's own check, with ExecStart pointed at this checkout's program (it checks
    that the command exists)."""
    program = Path(sys.executable).with_name("contacttracker")
    text = SERVICE.read_text().replace("%h/.local/bin/contacttracker", str(program))
    (tmp_path / SERVICE.name).write_text(text)
    shutil.copy(TIMER, tmp_path / TIMER.name)
    checked = subprocess.run(
        ["systemd-analyze", "verify", TIMER.name, SERVICE.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stderr
    assert "contacttracker" not in checked.stderr, checked.stderr
