"""The real threads behind long work: results, progress and errors arrive on the GUI thread,
Cancel reaches the work, and quitting waits for work still running."""

from __future__ import annotations

import threading
import time

import pytest

from contacttracker.ui import tasks


@pytest.fixture
def threaded(qapp, monkeypatch):
    monkeypatch.setattr(tasks, "synchronous", False)


def test_background_work_reports_on_the_gui_thread(qtbot, threaded):
    gui = threading.get_ident()
    seen = []
    tasks.background(
        qapp_owner(),
        lambda: threading.get_ident(),
        lambda r, e: seen.append((r, e, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    worker_thread, exc, delivered_on = seen[0]
    assert exc is None and worker_thread != gui and delivered_on == gui


def test_an_error_in_the_work_arrives_as_the_exception(qtbot, threaded):
    seen = []

    def fail():
        raise OSError("disk full")

    tasks.background(qapp_owner(), fail, lambda r, e: seen.append(e))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert isinstance(seen[0], OSError) and str(seen[0]) == "disk full"


def test_progress_and_cancel_through_the_dialog(qtbot, threaded):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    gui = threading.get_ident()
    outcome = []

    def work(progress):
        for n in range(1, 400):
            time.sleep(0.01)
            if not progress(n, 400):
                raise RuntimeError(f"cancelled at {n}")
        return "finished"

    def done(result, exc):
        outcome.append((result, exc, threading.get_ident()))

    tasks.run(parent, "Working…", work, done)
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.maximum() == 400 and dialog.value() > 0, timeout=5000)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown once the work takes 300 ms
    [cancel] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    result, exc, delivered_on = outcome[0]
    assert result is None and str(exc).startswith("cancelled at")
    assert delivered_on == gui


def test_quitting_waits_for_running_work(qtbot, threaded):
    finished = []

    def slow():
        time.sleep(0.3)
        finished.append(True)

    tasks.background(qapp_owner(), slow, lambda r, e: None)
    running = list(tasks._running)
    assert running and running[0].thread.isRunning()
    tasks.wait_for_all()
    assert finished == [True]
    assert not running[0].thread.isRunning()
    qtbot.waitUntil(lambda: not tasks._running, timeout=5000)


def qapp_owner():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
