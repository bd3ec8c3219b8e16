"""Shared fixtures: offscreen Qt, a real SQLite file per test, a fixed clock."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def db_path(tmp_path):
    """A fresh, migrated database file in a temp dir, opened the way main() opens it."""
    from contacttracker.store import close, open_database

    path = tmp_path / "test.db"
    open_database(str(path))
    yield path
    close()


@pytest.fixture
def client_factory(db_path):
    from contacttracker.store.clients import ClientInput, save_client

    def make(name="Олена Коваленко", channels=None, **kw):
        channels = (
            channels
            if channels is not None
            else [
                ("email", "olena@example.com"),
                ("viber", "+380 67 123 4567"),
                ("phone", "067 123 4567"),
            ]
        )
        return save_client(ClientInput(name=name, channels=channels, **kw))

    return make


@pytest.fixture
def log(db_path):
    """log(client, channel, direction, at, **fields) → the stored Conversation."""
    from contacttracker.store.conversations import ConversationInput, log_conversation

    def write(client, channel, direction, at, **kw):
        return log_conversation(
            ConversationInput(
                client_id=client.id, channel=channel, direction=direction, occurred_at=at, **kw
            )
        )

    return write
