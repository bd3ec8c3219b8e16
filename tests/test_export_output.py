"""Where an export lands: a file replaced whole, leftovers of killed exports cleaned, a
symbolic link written through, a pipe or device written to and never replaced by a file."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.backends

FORMATS = [
    ("clients", "uuid,name"),
    ("conversations", "uuid,client_uuid"),
    ("vcard", "BEGIN:VCARD"),
    ("calendar", "BEGIN:VCALENDAR"),
]


def run(*args, db, check=True, **kw):
    proc = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kw,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, backend, databases):
    target = databases.new(backend, tmp_path_factory.mktemp("out"), "d.db")
    run("demo", "--clients", "6", "--conversations", "30", db=target)
    return target


def dead_pid() -> int:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    return int(gone.stdout)


def test_leftovers_of_killed_exports_are_removed(demo_db, tmp_path):
    out = tmp_path / "clients.csv"
    dead = dead_pid()
    killed = tmp_path / f".clients.csv.{dead}.x7_k2m9q.part"
    killed.write_text("uuid,name\nhalf", "utf-8")
    old_style = tmp_path / ".clients.csv.a1b2c3d4.part"  # written before names held the pid
    old_style.write_text("half", "utf-8")
    os.utime(old_style, (0, 0))
    someone_elses = tmp_path / f".notes.txt.{dead}.abcdefgh.part"
    someone_elses.write_text("keep", "utf-8")
    ours_to_another_name = tmp_path / f".notes.csv.{dead}.ct-q1w2e3r4.part"
    ours_to_another_name.write_text("half", "utf-8")
    alive = tmp_path / f".other.csv.{os.getpid()}.ct-a1s2d3f4.part"  # being written now
    alive.write_text("half", "utf-8")
    # Another computer's on a shared folder: its process id tells nothing, but it is fresh.
    elsewhere = tmp_path / f".shared.csv.{dead}.ct-z9x8c7v6.part"
    elsewhere.write_text("half", "utf-8")
    hour_ago = time.time() - 3600
    for part in (ours_to_another_name, alive):
        os.utime(part, (hour_ago, hour_ago))
    run("export", "clients", "--out", str(out), db=demo_db)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([out.name, someone_elses.name, alive.name, elsewhere.name])
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_file_replaced_keeps_its_permissions(demo_db, tmp_path):
    """A shared file, or one behind a link, had come back owner-only after an export."""
    shared = tmp_path / "shared.csv"
    shared.write_text("old", "utf-8")
    shared.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(shared)
    for out in (shared, link):
        run("export", "clients", "--out", str(out), db=demo_db)
        assert stat.S_IMODE(shared.stat().st_mode) == 0o640
        assert "uuid" in shared.read_text("utf-8-sig")


@pytest.mark.parametrize(("table", "start"), FORMATS)
def test_a_symbolic_link_is_written_through(demo_db, tmp_path, table, start):
    real = tmp_path / "real" / "export.out"
    real.parent.mkdir()
    real.write_text("old", "utf-8")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    run("export", table, "--out", str(link), db=demo_db)
    assert link.is_symlink() and link.resolve() == real
    assert start in real.read_text("utf-8-sig")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(("table", "start"), FORMATS)
def test_a_named_pipe_is_written_to_not_replaced(demo_db, tmp_path, table, start):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    try:
        run("export", table, "--out", str(fifo), db=demo_db)
        got, _ = reader.communicate(timeout=30)
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert start in got


def test_dev_stdout_and_links_to_it_are_written_to(demo_db, tmp_path):
    link = tmp_path / "to-stdout"
    link.symlink_to("/proc/self/fd/1")
    for out in ("/dev/stdout", str(link)):
        proc = run("export", "clients", "--no-bom", "--out", out, db=demo_db)
        rows = list(csv.DictReader(io.StringIO(proc.stdout)))
        assert len(rows) == 6
    assert link.is_symlink()


def test_a_folder_or_a_full_device_is_refused_in_words(demo_db, tmp_path):
    proc = run("export", "clients", "--out", str(tmp_path), db=demo_db, check=False)
    assert proc.returncode == 1 and "is a folder" in proc.stderr
    if os.path.exists("/dev/full"):
        proc = run("export", "vcard", "--out", "/dev/full", db=demo_db, check=False)
        assert proc.returncode == 1 and "No space left" in proc.stderr
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
