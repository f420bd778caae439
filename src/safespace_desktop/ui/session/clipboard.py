"""Clipboard hygiene (DESIGN.md §3.4, KeePassXC's Clipboard.cpp).

Text we copy is marked as secret for clipboard managers, cleared after 30 s, and
cleared at once on lock — but only if the clipboard still holds *our* text.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Hints that ask clipboard managers and history not to keep this text.
        mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
        mime.setData("CanIncludeInClipboardHistory", QByteArray(b"\x00\x00\x00\x00"))
        mime.setData("CanUploadToCloudClipboard", QByteArray(b"\x00\x00\x00\x00"))
        mime.setData("application/x-nspasteboard-concealed-type", QByteArray(b"secret"))
        QGuiApplication.clipboard().setMimeData(mime)
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        self._timer.stop()
        if self._ours is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._ours:
            clipboard.clear()
        self._ours = None
