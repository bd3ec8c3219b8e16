"""One signal that says "the data changed", so every view refreshes after any save."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    changed = Signal()


bus = Bus()
