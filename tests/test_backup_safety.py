"""Backups written like exports: a hidden owner-only temporary file, checked, then renamed.

A backup killed half way or stopped by a full disk leaves nothing under a backup's name,
and Restore never offers what is left of one. Backups are SQLite's: a shared database's
are the server's job.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from contacttracker.store import backup, close, open_database, resolve
from contacttracker.store.snapshot import clean_leftovers


def padded_database(path: Path, megabytes: int) -> Path:
    """A real database with ``megabytes`` of extra pages, so a copy takes a while."""
    open_database(str(path))
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE padding (data BLOB)")
    con.executemany("INSERT INTO padding VALUES (randomblob(?))", [(256 * 1024,)] * (4 * megabytes))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    close()
    return path


def cli(db: Path, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "contacttracker", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_backup_leaves_no_file_under_a_backups_name(tmp_path):
    db = padded_database(tmp_path / "work.db", 60)
    folder = tmp_path / "backups"
    before = set(folder.glob("*")) if folder.exists() else set()
    proc = cli(db, "backup")
    seen: set[Path] = set()
    modes: dict[str, int] = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        fresh = set(folder.glob("*")) - before if folder.exists() else set()
        if fresh:
            for path in fresh:
                with contextlib.suppress(FileNotFoundError):
                    modes[path.name] = stat.S_IMODE(path.stat().st_mode)
            seen |= fresh
            proc.kill()
            break
        time.sleep(0.001)
    proc.wait(timeout=30)
    assert seen, "the backup never began"
    assert proc.returncode == -signal.SIGKILL, "the backup finished before it could be killed"
    assert all(mode == 0o600 for mode in modes.values()), modes
    left = set(folder.glob("*")) - before
    assert not [p for p in left if p.name.endswith(".db")], left  # no half backup by name
    assert all(p.name.startswith(".") for p in left), left

    location = resolve(str(db))
    assert backup.backups_of(location) == []  # Restore offers nothing

    done = cli(db, "backup")
    _, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    remaining = sorted(p.name for p in folder.iterdir())
    assert len(remaining) == 1 and remaining[0].endswith(".db"), remaining  # leftovers gone
    assert backup.backups_of(location) == [folder / remaining[0]]


def _small_disk() -> None:
    """The child's files cannot grow past 1 MB: a full disk, as far as writes go."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, 1024 * 1024))


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
@pytest.mark.parametrize("out", [False, True], ids=["backups-folder", "out-file"])
def test_a_full_disk_leaves_no_empty_or_half_backup(tmp_path, out):
    db = padded_database(tmp_path / "work.db", 4)
    folder = tmp_path / "backups"
    before = set(folder.glob("*")) if folder.exists() else set()
    target = tmp_path / "copy.db"
    args = ["backup", "--out", str(target)] if out else ["backup"]
    proc = cli(db, *args, preexec_fn=_small_disk)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "Traceback" not in err and "nothing was kept" in err, err
    assert not target.exists()
    left = (set(folder.glob("*")) if folder.exists() else set()) - before
    assert left == set(), left
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_backup_out_a_symbolic_link_writes_through_it(tmp_path):
    """A link whose file is not there yet had been replaced by a regular file."""
    db = padded_database(tmp_path / "work.db", 1)
    target = tmp_path / "kept" / "copy.db"
    target.parent.mkdir()
    link = tmp_path / "latest.db"
    link.symlink_to(target)
    proc = cli(db, "backup", "--out", str(link))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert link.is_symlink() and link.resolve() == target
    assert sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    proc = cli(db, "backup", "--out", str(link))  # now it names a file: refused, kept
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "already exists" in err, err
    assert link.is_symlink()


def test_restore_never_offers_a_partial_file(db_path, client_factory):
    client_factory()
    location = resolve(str(db_path))
    good = backup.backup(location)
    folder = good.parent
    stem = db_path.stem
    later = time.time() + 60
    empty = folder / f"{stem}-manual-29990101T000000000000.db"
    empty.touch()
    half = folder / f"{stem}-auto-29990101T000000000001.db"
    half.write_bytes(good.read_bytes()[:4096])
    (folder / f"{half.name}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
    for path in (empty, half):
        os.utime(path, (later, later))
    assert backup.backups_of(location) == [good]


def test_leftovers_of_dead_copies_go_and_live_ones_stay(tmp_path):
    gone_child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(gone_child.stdout)
    stale = tmp_path / f".work-manual-1.db.{dead}.k3j_x9a1.part"
    stale.write_bytes(b"half")
    (tmp_path / f"{stale.name}-journal").write_bytes(b"j")
    live = tmp_path / f".work-manual-2.db.{os.getpid()}.12345678.part"
    live.write_bytes(b"being written")
    other = tmp_path / f".notes.txt.{dead}.abcdefgh.part"  # not ours: another file's name
    other.write_bytes(b"x")
    assert clean_leftovers(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])
