"""Sample data lives in a file of its own: trying it leaves the real database empty."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contacttracker.store.models import Client

pytestmark = pytest.mark.backends


def clients_in(path: Path) -> int:
    """Read a file with sqlite3 itself, apart from the window's connection."""
    with sqlite3.connect(path) as con:
        return con.execute("SELECT count(*) FROM client").fetchone()[0]


def action(window, name: str):
    return next(a for a in window.menu_actions if a.objectName() == name)


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    """This computer's own database folder (a shared database's sample goes there)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "contacttracker"


def test_try_sample_data_opens_a_separate_file_and_back(qtbot, window, db_path, data_home):
    real = window.location
    expected = (
        Path(db_path).with_name("test.sample.db")
        if real.path is not None
        else data_home / "contacttracker.sample.db"
    )
    page = window.today
    assert page.stack.currentWidget() is page.first_steps
    assert action(window, "open_sample").isEnabled()
    assert not action(window, "leave_sample").isEnabled()

    qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    assert window.location.path == expected
    assert Client.select().count() == 40
    assert clients_in(expected) == 40
    assert "(sample data)" in window.windowTitle()
    assert page.stack.currentWidget() is page.table, "the sample's day is full"
    assert not action(window, "open_sample").isEnabled()
    assert action(window, "leave_sample").isEnabled()
    assert window.sample_note.isVisible(), "the status bar says it is the sample"

    qtbot.mouseClick(window.sample_note, Qt.MouseButton.LeftButton)  # the way back
    assert window.location == real and not window.sample_note.isVisible()
    action(window, "open_sample").trigger()
    action(window, "leave_sample").trigger()
    assert window.location == real
    assert Client.select().count() == 0, "the real database stayed empty"
    assert "sample" not in window.windowTitle()
    assert page.stack.currentWidget() is page.first_steps
    if real.path is not None:
        assert clients_in(real.path) == 0
    assert clients_in(expected) == 40, "the sample is kept for next time"

    action(window, "open_sample").trigger()  # File → Open sample database, once more
    assert window.location.path == expected
    assert clients_in(expected) == 40, "opened again, not filled twice"
    action(window, "leave_sample").trigger()
    assert window.location == real


def test_back_from_a_sample_opened_at_start_goes_beside_it(qtbot, window, tmp_path, scripted):
    from contacttracker.store import open_database
    from contacttracker.store.sample import fill_when_empty

    real = tmp_path / "work.db"
    open_database(str(real))
    sample = tmp_path / "work.sample.db"
    window.databases.switch(str(sample), prepare=fill_when_empty)
    assert "(sample data)" in window.windowTitle()
    action(window, "leave_sample").trigger()
    assert window.location.path == real and clients_in(real) == 0
