"""Kill the app at random moments; nothing that was saved may be lost or half-written."""

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from contacttracker.io.export import CONVERSATION_COLUMNS
from tests.helpers.state import query

CHILD = Path(__file__).parent / "helpers" / "crash_child.py"
ROOT = Path(__file__).parents[1]
HEADER = CONVERSATION_COLUMNS

# Each test kills dozens of child processes: out of `pytest -m "not slow"`, in every full run.
pytestmark = pytest.mark.slow


def start(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def seeded(tmp_path):
    from contacttracker.store import close, open_database
    from contacttracker.store.clients import ClientInput, save_client

    path = tmp_path / "crash.db"
    open_database(str(path))
    client = save_client(ClientInput(name="Олена", channels=[("email", "o@example.com")]))
    close()
    return path, client.id, client.uuid


def test_an_import_killed_at_any_moment_is_all_or_nothing(seeded, tmp_path):
    path, _client_id, client_uuid = seeded
    rows = 50_000
    data = tmp_path / "big.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(rows):
            w.writerow(
                [
                    str(uuid.uuid4()),
                    client_uuid,
                    "Олена",
                    "",
                    "email",
                    "out",
                    "2026-01-01T10:00:00Z",
                    "",
                    f"Тема {i}",
                    "Текст листа",
                    "",
                    "0",
                    "",
                    "0",
                    "",
                    "",
                    "",
                    "me",
                    "",
                ]
            )
    rnd = random.Random(5)
    outcomes = {"none": 0, "all": 0}
    for _attempt in range(15):
        child = start(str(path), "import", str(data))
        time.sleep(rnd.uniform(0.2, 3.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert integrity(path) == "ok"
        con = sqlite3.connect(path)
        count = con.execute("SELECT count(*) FROM conversation").fetchone()[0]
        indexed = con.execute(
            "SELECT count(*) FROM conversation_fts WHERE conversation_fts MATCH 'тема'"
        ).fetchone()[0]
        triggers = con.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
            " AND name = 'conversation_fts_insert'"
        ).fetchone()[0]
        con.close()
        assert count in (0, rows), f"a killed import left {count} rows"
        assert indexed == count and triggers == 1
        outcomes["all" if count else "none"] += 1
        if count:
            con = sqlite3.connect(path)
            con.execute("DELETE FROM conversation")
            con.commit()
            con.close()
    assert outcomes["none"] > 0, outcomes


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_every_conversation_whose_save_returned_survives_a_kill(backend, databases, tmp_path):
    """On the file and on the server: a save that returned is there, whenever the app dies."""
    from contacttracker.store import close, open_database
    from contacttracker.store.clients import ClientInput, save_client

    path = databases.new(backend, tmp_path, "crash.db")
    open_database(str(path))
    client_id = save_client(ClientInput(name="Олена", channels=[("email", "o@example.com")])).id
    close()
    rnd = random.Random(9)
    confirmed: set[str] = set()
    for _attempt in range(20):
        child = start(str(path), "log", str(client_id))
        assert child.stdout is not None
        # The kill falls at a random moment of the saving, not of the interpreter's start,
        # which on a busy machine can outlast the whole window.
        first = child.stdout.readline().strip()
        assert first, "the child saved nothing"
        confirmed.add(first)
        deadline = time.monotonic() + rnd.uniform(0.3, 1.5)
        while time.monotonic() < deadline:
            line = child.stdout.readline().strip()
            if line:
                confirmed.add(line)
        child.send_signal(signal.SIGKILL)
        child.wait()
        rest = child.stdout.read().split()  # printed after its save returned, before the kill
        confirmed.update(rest)
        if backend == "sqlite":
            assert integrity(path) == "ok"
        stored = {r[0] for r in query(path, "SELECT uuid FROM conversation")}
        missing = confirmed - stored
        assert not missing, f"{len(missing)} saved conversations lost"
    assert len(confirmed) > 50
