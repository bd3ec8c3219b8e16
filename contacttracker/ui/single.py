"""One window per database: a second start brings the running window forward instead."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


class SingleInstance(QObject):
    """Listens on a local socket named after the database; a second start knocks on it."""

    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = "contacttracker-" + hashlib.sha256(key.encode()).hexdigest()[:20]
        self.server: QLocalServer | None = None

    def already_running(self) -> bool:
        """True (and the running window is asked to come forward) when one is running."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if socket.waitForConnected(500):
            socket.write(b"raise\n")
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
            socket.readAll()
            self.activated.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
