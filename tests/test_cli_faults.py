"""The command line when things go wrong: a missing database, a failed import, a full disk,
a locked or damaged file, a closed pipe. Real processes on real files; never a traceback."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

READ_ONLY = [
    ["attention"],
    ["attention", "--format", "csv"],
    ["search", "anything"],
    ["stats"],
    ["export", "clients"],
    ["export", "vcard", "--out", "-"],
    ["summary", "0123456789ab"],
    ["backup"],
    ["copy", "--to", "elsewhere.db"],
]


def run(*args, db=None, check=True, **kw):
    cmd = [sys.executable, "-m", "contacttracker"]
    if db is not None:
        cmd += ["--db", str(db)]
    proc = subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=120, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args}: exit {proc.returncode}\n{proc.stderr}")
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.mark.parametrize("command", READ_ONLY, ids=lambda c: "-".join(c[:2]))
def test_read_only_commands_never_create_a_database(tmp_path, command):
    missing = tmp_path / "typo" / "nested" / "clients.db"
    proc = run(*command, db=missing, check=False, cwd=tmp_path)
    assert proc.returncode == 1
    assert f"no database at {missing}" in proc.stderr
    assert not (tmp_path / "typo").exists()
    assert not (tmp_path / "elsewhere.db").exists()


def test_a_failed_import_leaves_no_new_database(tmp_path):
    junk = tmp_path / "junk.csv"
    junk.write_text("nothing,we,know\n1,2,3\n", "utf-8")
    missing = tmp_path / "new" / "clients.db"
    proc = run("import", str(junk), str(tmp_path / "absent.csv"), db=missing, check=False)
    assert proc.returncode == 1 and "nothing was imported" in proc.stderr
    assert not (tmp_path / "new").exists()
    # Beside an existing folder only the file goes, and the folder stays.
    beside = tmp_path / "clients.db"
    assert run("import", str(junk), db=beside, check=False).returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.csv"]


def test_an_import_into_an_existing_database_that_fails_keeps_it(tmp_path):
    db = tmp_path / "kept.db"
    run("demo", "--clients", "2", "--conversations", "3", db=db)
    junk = tmp_path / "junk.csv"
    junk.write_text("nothing,we,know\n", "utf-8")
    assert run("import", str(junk), db=db, check=False).returncode == 1
    exported = run("export", "clients", "--no-bom", db=db).stdout
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 2


def test_writing_commands_create_the_database(tmp_path):
    db = tmp_path / "made" / "here.db"
    run("demo", "--clients", "2", "--conversations", "2", db=db)
    assert db.exists()
    good = tmp_path / "olena.vcf"
    good.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Olena\nEMAIL:olena@example.com\nEND:VCARD\n")
    other = tmp_path / "also" / "there.db"
    run("import", str(good), db=other)
    assert other.exists()
