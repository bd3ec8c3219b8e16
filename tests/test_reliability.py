"""Backups that rotate, one window per database, and writes from outside the window."""

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import timedelta

from contacttracker.store import backup, resolve


def test_daily_backup_once_a_day_checked_and_private(db_path, client_factory, now):
    client_factory()
    location = resolve(str(db_path))
    first = backup.auto_backup(location, now)
    assert first is not None and first.parent == db_path.parent / "backups"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    con = sqlite3.connect(first)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT name FROM client").fetchall() == [("Олена Коваленко",)]
    con.close()
    os.utime(first, (now.timestamp() - 3600, now.timestamp() - 3600))
    assert backup.auto_backup(location, now) is None, "not twice a day"


def test_rotation_keeps_recent_days_and_weeks(tmp_path, now):
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(60):
        for hour in (2, 14):
            path = folder / f"work-auto-{day:02d}{hour:02d}.db"
            path.write_bytes(b"x")
            moment = (now - timedelta(days=day, hours=hour)).timestamp()
            os.utime(path, (moment, moment))
    manual = folder / "work-manual-1.db"
    manual.write_bytes(b"x")
    kept = backup.rotate_automatic(folder, now)
    ages = sorted({(now.timestamp() - p.stat().st_mtime) // 86400 for p in kept})
    assert len([a for a in ages if a < 7]) == 7, "one a day for a week"
    assert max(ages) < 35 and len(kept) <= 7 + 5, "and about one a week for five weeks"
    assert manual.exists(), "hand-made backups are not rotated away by the automatic ones"


def test_a_second_start_brings_the_first_window_forward(qtbot, tmp_path):
    from contacttracker.ui.single import SingleInstance

    first = SingleInstance(str(tmp_path / "a.db"))
    assert not first.already_running()
    second = SingleInstance(str(tmp_path / "a.db"))
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.already_running()
    other = SingleInstance(str(tmp_path / "b.db"))
    assert not other.already_running(), "another database is another window"
    for instance in (first, second, other):
        instance.close()
    qtbot.wait(50)


def test_the_window_shows_what_a_command_wrote(qtbot, window, db_path):
    assert sum(window.counts.values()) == 0
    subprocess.run(
        [
            sys.executable,
            "-m",
            "contacttracker",
            "--db",
            str(db_path),
            "demo",
            "--clients",
            "6",
            "--conversations",
            "60",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    window._watch.setInterval(100)
    qtbot.waitUntil(lambda: sum(window.counts.values()) > 0, timeout=5000)
