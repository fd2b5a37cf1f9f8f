"""One app per data folder: a second start (a double-click on the icon) brings the running window to the front
instead of opening a second window on the same file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "danggol.lock"


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # a lock left by a killed app is taken over (its process is gone)
        self._key = "danggol-" + hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only app on the folder (or the folder cannot hold a lock: then we go on without
        one rather than refuse to start). False when another app runs: it has been asked to come to the front."""
        if self._lock.tryLock(300):
            self._server = QLocalServer(self)
            QLocalServer.removeServer(self._key)
            self._server.newConnection.connect(self._on_connection)
            self._server.listen(self._key)
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return True
        socket = QLocalSocket()
        socket.connectToServer(self._key)
        if socket.waitForConnected(2000):
            socket.write(b"show\n")
            socket.flush()
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        return False

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activate_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
