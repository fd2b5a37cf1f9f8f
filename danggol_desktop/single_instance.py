"""One app per data folder: a second start (a double-click on the icon) brings the running window to the front
instead of opening a second window on the same file."""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

LOCK_NAME = "danggol.lock"
LISTEN_DELAY_MS = 250

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # a lock left by a killed app is taken over (its process is gone)
        folder = str(Path(data_dir).resolve())
        self._key = f"danggol-{zlib.crc32(folder.encode('utf-8')):08x}-{re.sub(r'[^A-Za-z0-9]+', '_', folder)[-40:]}"
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only app on the folder (or the folder cannot hold a lock: then we go on without
        one rather than refuse to start). False when another app runs: it has been asked to come to the front."""
        if self._lock.tryLock(300):
            # the door for a second start opens once the first screen is up: QtNetwork costs ~5 ms, and a timer of 0
            # ran before the first paint; a double-click within this quarter second finds the first app still coming
            QTimer.singleShot(LISTEN_DELAY_MS, self._listen)
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return True
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._key)
        if socket.waitForConnected(2000):
            socket.write(b"show\n")
            socket.flush()
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        return False

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        QLocalServer.removeServer(self._key)
        server.newConnection.connect(self._on_connection)
        server.listen(self._key)
        self._server = server

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activate_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
