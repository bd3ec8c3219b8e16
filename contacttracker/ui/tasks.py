"""Slow work (import, export, backup) off the GUI thread, with progress and Cancel.

:func:`run` is the one way the window starts such work; tests swap :data:`synchronous`
on to run the same function inline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Run tasks inline (tests set this; the result is delivered before run() returns).
synchronous = False

Work = Callable[[Callable[[int, int], bool]], Any]


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
            if not db.is_closed():
                db.close()  # this thread's own connection

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


def run(
    parent: QWidget,
    label: str,
    work: Work,
    done: Callable[[Any, BaseException | None], None],
) -> None:
    """Run ``work(progress)`` in a thread with a cancellable progress dialog, then ``done``."""
    if synchronous:
        try:
            result = work(lambda _d, _t: True)
        except BaseException as exc:
            done(None, exc)
        else:
            done(result, None)
        return
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Working"))
    dialog.setMinimumDuration(300)
    thread = QThread(parent)
    worker = _Worker(work)
    worker.moveToThread(thread)

    def on_progress(n: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(n, total) if total else 0)

    def on_finished(result: Any, exc: BaseException | None) -> None:
        dialog.reset()
        dialog.deleteLater()
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()
        done(result, exc)

    worker.progressed.connect(on_progress)
    worker.finished.connect(on_finished)
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    thread.started.connect(worker.run)
    thread.start()


def background(
    parent: QObject, work: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
) -> None:
    """Quiet work (the daily backup) in a thread, no dialog; ``done`` runs on the GUI thread."""
    if synchronous:
        try:
            result = work()
        except BaseException as exc:
            done(None, exc)
        else:
            done(result, None)
        return
    thread = QThread(parent)
    worker = _Worker(lambda _progress: work())
    worker.moveToThread(thread)

    def finished(result: Any, exc: BaseException | None) -> None:
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()
        done(result, exc)

    worker.finished.connect(finished)
    thread.started.connect(worker.run)
    thread.start()
