"""One window per database: a second start brings the running window forward instead."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


class SingleInstance(QObject):
    """Listens on a local socket named after the database; a second start knocks on it."""

    activated = Signal()
    #: A second start asked for a conversation (its UUID): a reminder's *Open*.
    open_requested = Signal(str)

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = "contacttracker-" + hashlib.sha256(key.encode()).hexdigest()[:20]
        self.server: QLocalServer | None = None

    def already_running(self, item: str = "") -> bool:
        """True (and the running window is asked to come forward, at `item` when given: a
        conversation's UUID) when one is running."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if socket.waitForConnected(500):
            socket.write(f"open {item}\n".encode() if item else b"raise\n")
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()
            return True
        QLocalServer.removeServer(self.name)  # a stale socket left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._knock)
        self.server.listen(self.name)
        return False

    def _knock(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            words = bytes(socket.readAll().data()).decode("utf-8", "replace").split()
            self.activated.emit()
            if len(words) == 2 and words[0] == "open":
                self.open_requested.emit(words[1])

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
