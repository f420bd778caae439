"""Light Markdown shown inside the app, and never anything fetched.

A resource's body is Markdown rendered by Qt (GitHub dialect, raw HTML off). Nothing
it names is loaded: images get a blank pixel, other resources nothing, and a link is
never opened — not in a browser, not through the system. Activating a link only
tells the person where it points, so they can decide for themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def _blank(kind: int) -> Any:
    image = QTextDocument.ResourceType.ImageResource
    if kind in (image, image.value):
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    return None


class OfflineDocument(QTextDocument):
    """A document that never reads a file or the network (for printing and PDFs)."""

    def loadResource(self, kind: int, _name: QUrl | str) -> Any:
        return _blank(kind)


class OfflineMarkdownBrowser(QTextBrowser):
    """Shows Markdown read-only; links are reported, never followed."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))

    def loadResource(self, kind: int, _name: QUrl | str) -> Any:
        return _blank(kind)

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN)
