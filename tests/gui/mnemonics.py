"""Alt+letter (mnemonic) checks: Qt only moves focus between controls that share a
letter instead of activating one, so every letter must be used once among the controls
a person sees together."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)


def mnemonic_of(text: str) -> str | None:
    """The lower-case letter after a single ``&`` (``&&`` is a literal ampersand)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def visible_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every visible, enabled control under ``root`` that answers to
    an Alt+letter: buttons and check boxes, labels with a buddy, group boxes and tabs."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if not widget.isEnabled():
            continue
        texts: list[str] = []
        answers_alt = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        )
        if answers_alt:
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(
                widget.tabText(index)
                for index in range(widget.count())
                if widget.isTabVisible(index) and widget.isTabEnabled(index)
            )
        for text in texts:
            letter = mnemonic_of(text)
            if letter is not None:
                found.append((letter, text))
    return found


def duplicate_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letters used by more than one visible control, with the texts that share them."""
    by_letter: dict[str, list[str]] = {}
    for letter, text in visible_mnemonics(root):
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}
