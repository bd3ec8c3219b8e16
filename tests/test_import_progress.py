"""A long import shows its progress on a terminal, as one line rewritten in place, and none
when its output goes to a pipe or a file: a conversations CSV written a batch at a time,
and a long chat."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid

import pytest

from contacttracker.io.export import CONVERSATION_COLUMNS
from tests.terminal import on_a_terminal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals")


def run(*args: str, db, terminal: bool) -> tuple[int, str]:
    """The command's status and what it wrote to standard error: a pseudo-terminal, or a
    pipe."""
    command = [sys.executable, "-m", "contacttracker", "--db", str(db), *args]
    if not terminal:
        done = subprocess.run(command, capture_output=True, timeout=300, check=False)
        return done.returncode, done.stderr.decode("utf-8", "replace")
    return on_a_terminal(command)


@pytest.fixture
def client(tmp_path):
    """A database with one client, Олена; its UUID."""
    db = tmp_path / "work.db"
    key = str(uuid.uuid4())
    people = tmp_path / "clients.csv"
    people.write_text(f"uuid,name,channels\n{key},Олена,email: olena@example.com\n", "utf-8")
    status, shown = run("import", str(people), db=db, terminal=False)
    assert status == 0, shown
    return db, key


@pytest.mark.parametrize("terminal", [True, False])
def test_a_long_conversations_file_shows_its_rows_as_they_are_written(tmp_path, client, terminal):
    db, key = client
    path = tmp_path / "conversations.csv"
    blank = dict.fromkeys(CONVERSATION_COLUMNS, "")
    lines = [",".join(CONVERSATION_COLUMNS)]
    for n in range(25_000):
        row = blank | {
            "uuid": str(uuid.UUID(int=n + 1, version=4)),
            "client_uuid": key,
            "client": "Олена",
            "channel": "email",
            "direction": ("in", "out")[n % 2],
            "occurred_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00Z",
            "subject": f"Лист {n}",
        }
        lines.append(",".join(row[c] for c in CONVERSATION_COLUMNS))
    path.write_text("\r\n".join(lines) + "\r\n", "utf-8")
    status, shown = run("import", str(path), db=db, terminal=terminal)
    assert status == 0, shown
    assert "25000 added" in shown or "25,000 added" in shown, shown
    if terminal:
        # At most ten lines a second: which counts show depends on the machine's pace.
        counts = re.findall(rf"\r  {re.escape(str(path))}: ([\d,]+) of [\d,]+ rows…", shown)
        assert counts and all(int(c.replace(",", "")) <= 25_000 for c in counts), shown
    else:
        assert "\r" not in shown and "rows…" not in shown, shown


@pytest.mark.parametrize("terminal", [True, False])
def test_a_long_chat_shows_its_rows(tmp_path, client, terminal):
    db, _key = client
    chat = tmp_path / "WhatsApp Chat with Олена.txt"
    chat.write_text(
        "".join(
            f"{1 + n % 28:02d}.{1 + n // 28 % 12:02d}.24, {n % 24:02d}:{n % 60:02d}"
            f" - {('Олена', 'Андрій')[n % 2]}: повідомлення {n}\n"
            for n in range(12_000)
        ),
        "utf-8",
    )
    status, shown = run("import", str(chat), "--me", "Андрій", db=db, terminal=terminal)
    assert status == 0, shown
    assert "added" in shown, shown
    if terminal:
        assert f"\r  {chat}: " in shown and " rows…" in shown, shown
    else:
        assert "\r" not in shown and "rows…" not in shown, shown
