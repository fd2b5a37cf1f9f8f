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
KNOCK_MS = 2500  # how long a second start knocks (the first opens its door 0.25 s after it starts)
ANSWER_MS = 1500
HELLO, SHOWN = b"danggol hello ", b"shown"

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._lock_path = Path(data_dir) / LOCK_NAME
        self._lock = QLockFile(str(self._lock_path))
        self._lock.setStaleLockTime(0)  # a lock left by a killed app is taken over (its process is gone)
        folder = str(Path(data_dir).resolve())
        self._folder = folder
        self.unanswered = False  # another app holds the folder but did not say it came to the front
        self._key = f"danggol-{zlib.crc32(folder.encode('utf-8')):08x}-{re.sub(r'[^A-Za-z0-9]+', '_', folder)[-40:]}"
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only app on the folder (or the folder cannot hold a lock: then we go on without
        one rather than refuse to start). False when another app runs: it was asked to come to the front, and
        `unanswered` says whether it said it did.

        A lock is believed only when the app holding it answers. Process ids are reused: a lock left by a killed app
        whose id now belongs to another program of the same name made every later start exit silently."""
        if self._lock.tryLock(300):
            self._listen_soon()
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return True
        answer = self._ask_first()
        if answer == "shown":
            return False
        if answer is None:  # nothing answers: the lock's app is gone, whatever its process id says now
            Path(self._lock_path).unlink(missing_ok=True)
            if self._lock.tryLock(300):
                self._listen_soon()
                return True
        self.unanswered = True
        return False

    def _listen_soon(self) -> None:
        # the door for a second start opens once the first screen is up: QtNetwork costs ~5 ms, and a timer of 0
        # ran before the first paint; a second start keeps knocking for a while, so it finds the door open
        QTimer.singleShot(LISTEN_DELAY_MS, self._listen)

    def _ask_first(self) -> str | None:
        """Knock at the running app's door with this folder's path: "shown" when it answered that it came to the
        front, "" when it let us in but did not answer, None when nothing is there. Events are processed while
        waiting, so an app in this very process can answer too."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer
        from PySide6.QtNetwork import QLocalSocket

        def wait_until(done, msecs: int) -> bool:
            deadline = QDeadlineTimer(msecs)
            while not done():
                if deadline.hasExpired():
                    return False
                QCoreApplication.processEvents()
                socket.waitForReadyRead(20)
            return True

        socket = QLocalSocket()
        deadline = QDeadlineTimer(KNOCK_MS)
        while True:
            socket.connectToServer(self._key)
            if wait_until(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState, 300):
                break
            socket.abort()
            if deadline.hasExpired():
                return None
        socket.write(HELLO + self._folder.encode("utf-8") + b"\n")
        socket.flush()
        answered = wait_until(lambda: socket.canReadLine(), ANSWER_MS)
        reply = bytes(socket.readLine().data()).strip() if answered else b""
        socket.abort()
        return "shown" if reply == SHOWN else ""

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
            connection.readyRead.connect(self._on_hello)

    def _on_hello(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        connection = self.sender()
        if not isinstance(connection, QLocalSocket) or not connection.canReadLine():
            return
        line = bytes(connection.readLine().data()).rstrip(b"\n")
        if line == HELLO + self._folder.encode("utf-8"):
            self.activate_requested.emit()
            connection.write(SHOWN + b"\n")
            connection.flush()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
