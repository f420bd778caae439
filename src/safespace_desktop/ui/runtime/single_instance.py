"""One running app per data folder (issue 17).

Two copies on one data folder would open the same vault side by side, each with its
own idle lock and its own idea of what is on screen. The first start holds a
``QLockFile`` inside the data folder and listens on a local socket whose name is
derived from the folder's path; a second start finds the lock taken, asks the first
window to come forward through that socket, and exits.

- A lock left by a crash (``kill -9``, a power cut) names a process that no longer
  runs on this computer: Qt sees it as stale and the next start takes it over.
- A lock written on another computer (a stick moved from one PC to another) cannot be
  checked that way: the person is asked whether the app is still open there.
- On Linux the socket lives in the abstract namespace, so no file is created outside
  the data folder (portable mode); elsewhere Qt uses a named pipe (Windows) or its
  temp folder. The socket carries no data: any connection means "come forward".
- A data folder that cannot be written (a locked stick) cannot hold a lock; the app
  then starts without one.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:  # QtNetwork is imported only when needed: not before the first window
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE_NAME = ".safespace-desktop.lock"
#: How long a second start keeps trying to reach the first (it may still be starting).
CONNECT_TIMEOUT_MS = 10_000


def server_name(data_dir: Path) -> str:
    """A name only this data folder maps to, with nothing of the path readable in it."""
    import hashlib  # only when a socket is needed, after the first window

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:24]
    return f"safespace-desktop-{digest}"


_ABSTRACT = sys.platform.startswith("linux")


def _server_options() -> QLocalServer.SocketOption:
    from PySide6.QtNetwork import QLocalServer

    if _ABSTRACT:
        return QLocalServer.SocketOption.AbstractNamespaceOption
    return QLocalServer.SocketOption.UserAccessOption


def _socket_options() -> QLocalSocket.SocketOption:
    from PySide6.QtNetwork import QLocalSocket

    if _ABSTRACT:
        return QLocalSocket.SocketOption.AbstractNamespaceOption
    return QLocalSocket.SocketOption.NoOptions


class SingleInstance(QObject):
    """Hold the data folder for this process; ``activation_requested`` fires when a
    later start asks this one to come forward."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
        # 0: never treat a live holder's lock as stale because of its age; staleness
        # is decided by whether the process that wrote it still runs.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    @property
    def name(self) -> str:
        return server_name(self.data_dir)

    def acquire(self, ask_parent: QWidget | None = None) -> bool:
        """True when this process may run; False after asking the running one to come
        forward (the caller then exits). Then call ``listen``."""
        if self.lock.tryLock(0):
            return True
        error = self.lock.error()
        if error == self.lock.LockError.PermissionError:
            log.warning("The data folder cannot be written; starting without a lock.")
            return True
        if error != self.lock.LockError.LockFailedError:
            log.warning("The data folder's lock could not be read; starting without it.")
            return True
        host = self._lock_host()
        if host and host != _this_host():
            # Qt can only check a process on this computer; a stick may come from another.
            return self._other_computer_confirmed(host, ask_parent) and self._take_over()
        if self._ask_running_copy():
            return False
        # Same computer, lock held, socket not answering: the other copy is still
        # starting (it locks before it listens) or is shutting down. Do not open a
        # second window on the same vault.
        log.warning("SafeSpace is already open on this data folder.")
        return False

    def _lock_host(self) -> str:
        """The computer named in the lock file, or "" when it cannot be read."""
        info = self.lock.getLockInfo()  # PySide6: (pid, host, app), or False
        if isinstance(info, tuple) and len(info) == 3 and isinstance(info[1], str):
            return info[1]
        return ""

    def _ask_running_copy(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        socket.setSocketOptions(_socket_options())
        deadline = time.monotonic() + CONNECT_TIMEOUT_MS / 1000
        while time.monotonic() < deadline:
            socket.connectToServer(self.name)
            if socket.waitForConnected(250):
                socket.write(b"raise\n")
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return True
            time.sleep(0.1)  # the first copy may lock before it listens
        return False

    def _other_computer_confirmed(self, host: str, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("SafeSpace"))
        box.setText(
            self.tr(
                "SafeSpace may still be open on another computer (%1) with this folder."
            ).replace("%1", host)
        )
        box.setInformativeText(
            self.tr(
                "If it is closed there, for example because that computer stopped "
                "suddenly, you can open SafeSpace here."
            )
        )
        open_here = box.addButton(self.tr("Open here"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_here)
        box.exec()
        return box.clickedButton() is open_here

    def _take_over(self) -> bool:
        self.lock.removeStaleLockFile()
        return self.lock.tryLock(0)

    def listen(self) -> None:
        """Answer later starts. Call once the first window is up (after ``acquire``)."""
        from PySide6.QtNetwork import QLocalServer

        if not self.lock.isLocked() or self.server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(_server_options())
        if not _ABSTRACT:
            # A socket file left by a crash would make listen() fail (not on Linux's
            # abstract namespace, where the kernel drops it with the process).
            QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("Could not listen for later starts: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            connection.close()
        log.info("A second start asked this window to come forward.")
        self.activation_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def _this_host() -> str:
    return QSysInfo.machineHostName()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` above others: restored if minimised, focused if the system allows."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
