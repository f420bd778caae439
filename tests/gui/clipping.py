"""Finding clipped text on screen, and a pseudo-locale that makes every text longer.

``PseudoTranslator`` turns each of the app's strings into accented text about 40 %
longer, in brackets ("[Ŝàƒé Ŝþàçé ~~~~]"), keeping %1/%n/%L1 placeholders, & mnemonics,
rich-text tags and entities intact; so a page that only fits English shows where it
would clip Spanish or French. Qt's own contexts (key names, layout direction) are left
alone: translating "Ctrl" would break every shortcut.

``clipped_texts(root)`` lists each visible widget whose text needs more room than it
has: a QLabel without word wrap narrower than its text, a word-wrapped QLabel shorter
than its wrapped text, a button narrower than its text, an elided tab, a scrolling page that needs sideways scrolling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

SCREEN = QSize(1366, 768)

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Placeholders, mnemonics, entities and tags pass through unchanged.
_KEEP = re.compile(r"%L?\d+|%n|&[a-zA-Z]+;|&&|&(?=\S)|<[^>]*>")


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        position = match.end()
    parts.append(text[position:].translate(_ACCENTED))
    body = "".join(parts)
    # Padding in short words, as real languages have: one long word would be a test
    # artefact (a wrapped label cannot break it).
    extra = max(1, round(len(text) * 0.4) - 2)
    padding = " ".join("~" * min(4, extra - start) for start in range(0, extra, 5))
    if "\n" in text or text.lstrip().startswith("<"):
        return body + " " + padding  # keep multi-line and rich text in one piece
    return f"[{body} {padding}]"


def _qt_own(context: str) -> bool:
    return len(context) > 1 and context[0] == "Q" and context[1].isupper()


class PseudoTranslator(QTranslator):
    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803  (Qt's name)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if _qt_own(context) or not sourceText:
            return None
        return pseudo(sourceText)

    def isEmpty(self) -> bool:  # noqa: N802  (Qt's name)
        return False


def install_pseudo_locale() -> PseudoTranslator:
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator


def remove_pseudo_locale(translator: PseudoTranslator) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    app.removeTranslator(translator)


def _shown(widget: QWidget) -> bool:
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        if current.objectName():
            names.append(current.objectName())
        current = current.parentWidget()
    return "/".join(reversed(names)) or type(widget).__name__


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if isinstance(label.parentWidget(), QScrollArea):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 2:
            return f"wraps to {needed} px high in {label.height()} px"
        return None
    needed = label.sizeHint().width()
    if needed > label.width() + 2:
        return f"needs {needed} px wide, has {label.width()} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + 2:
        return f"needs {needed} px wide, has {button.width()} px"
    return None


def _tab_problems(bar: QTabBar) -> Iterator[str]:
    if bar.elideMode() == Qt.TextElideMode.ElideNone:
        return
    for index in range(bar.count()):
        needed = bar.tabSizeHint(index).width()
        shown = bar.tabRect(index).width()
        if bar.tabText(index) and needed > shown + 2:
            yield f"tab {bar.tabText(index)!r} elided: needs {needed} px, has {shown} px"


def clipped_texts(root: QWidget) -> list[str]:
    """Each shown widget under ``root`` (and ``root``) whose text does not fit."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            inner = widget.widget()
            needed = inner.minimumSizeHint().width() if inner is not None else 0
            problem = f"scrolls sideways: needs {needed} px, shows {widget.viewport().width()} px"
            problems.append(f"QScrollArea {_where(widget)}: {problem}")
            problem = None
        elif isinstance(widget, QTabBar):
            for tab_problem in _tab_problems(widget):
                problems.append(f"{_where(widget)}: {tab_problem}")
        if problem is not None:
            text = widget.text().replace("\n", " ")[:50]  # type: ignore[attr-defined]
            problems.append(f"{type(widget).__name__} {_where(widget)} {text!r}: {problem}")
    return problems


def window_too_big(window: QWidget) -> list[str]:
    """The window cannot shrink to a 1366×768 screen."""
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    if needed.width() > SCREEN.width() or needed.height() > SCREEN.height():
        return [f"{_where(window)} needs at least {needed.width()}×{needed.height()} px"]
    return []


def screenshot(widget: QWidget, folder: Path | None, name: str) -> None:
    """Keep a picture for people to look at (SAFESPACE_SCREENSHOTS=folder)."""
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(folder / f"{name}.png"))
