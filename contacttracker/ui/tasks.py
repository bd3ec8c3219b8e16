"""Slow work (import, export, backup) off the GUI thread, with progress and Cancel.

:func:`run` is the one way the window starts such work; tests swap :data:`synchronous`
on to run the same function inline (and tests/test_tasks.py runs the real threads).

The worker's signals go to a relay object that lives in the GUI thread, so progress, the
result and `done` always arrive there: a plain Python function connected to a signal
emitted in another thread is called in that thread. A thread still working when the app
quits is waited for, never destroyed while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Run tasks inline (tests set this; the result is delivered before run() returns).
synchronous = False

Work = Callable[[Callable[[int, int], bool]], Any]
Done = Callable[[Any, BaseException | None], None]

_running: set[_Relay] = set()


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, exception

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.cancelled = False

    def run(self) -> None:
        from contacttracker.store.database import db

        try:
            result = self.work(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.finished.emit(None, exc)
        else:
            self.finished.emit(result, None)
        finally:
            if db.obj is not None and not db.is_closed():
                db.close()  # this thread's own connection

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


class _Relay(QObject):
    """Lives in the GUI thread; owns the thread and the worker until the work is done."""

    def __init__(
        self,
        work: Work,
        done: Done,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self.done = done
        self.progress = progress
        self.thread = QThread()
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.worker.progressed.connect(self.on_progress)
        self.worker.finished.connect(self.on_finished)
        self.thread.started.connect(self.worker.run)

    def start(self) -> None:
        _running.add(self)
        _wait_at_quit()
        self.thread.start()

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    @Slot(object, object)
    def on_finished(self, result: Any, exc: BaseException | None) -> None:
        self.thread.quit()
        self.thread.wait()
        _running.discard(self)
        self.worker.deleteLater()
        self.deleteLater()
        self.done(result, exc)


_quit_hooked = False


def _wait_at_quit() -> None:
    """Once: when the app quits, let running work finish instead of killing it mid-write."""
    global _quit_hooked
    if _quit_hooked:
        return
    _quit_hooked = True
    QCoreApplication.instance().aboutToQuit.connect(wait_for_all)


def wait_for_all() -> None:
    for relay in list(_running):
        relay.worker.cancelled = True  # long work stops at its next progress report
        relay.thread.quit()
        relay.thread.wait()


def _inline(work: Work, done: Done) -> None:
    try:
        result = work(lambda _d, _t: True)
    except BaseException as exc:
        done(None, exc)
    else:
        done(result, None)


def run(parent: QWidget, label: str, work: Work, done: Done) -> None:
    """Run ``work(progress)`` in a thread with a cancellable progress dialog, then ``done``."""
    if synchronous:
        _inline(work, done)
        return
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Working"))
    dialog.setMinimumDuration(300)

    def on_progress(n: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(n, total) if total else 0)

    def on_finished(result: Any, exc: BaseException | None) -> None:
        dialog.reset()
        dialog.deleteLater()
        done(result, exc)

    relay = _Relay(work, on_finished, on_progress)
    dialog.canceled.connect(lambda: setattr(relay.worker, "cancelled", True))
    relay.start()


def background(parent: QObject, work: Callable[[], Any], done: Done) -> None:
    """Quiet work (the daily backup) in a thread, no dialog; ``done`` runs on the GUI thread."""
    if synchronous:
        _inline(lambda _progress: work(), done)
        return
    _Relay(lambda _progress: work(), done).start()
