"""Shared steps for the group agreement GUI tests: sessions, clicks, printing to PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from safespace_desktop.ui.session.context import SessionContext

LEFT = Qt.MouseButton.LeftButton
MakeContext = Callable[[], SessionContext]
W = TypeVar("W", bound=QWidget)


def show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def click(qtbot, button: QAbstractButton) -> None:
    """Click like a person: only what is on screen and enabled can be clicked."""
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def plain(text: str) -> str:
    return text.replace("&", "")


def click_box_button(qtbot, box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    matches = [b for b in box.buttons() if plain(b.text()) == text]
    assert matches, [plain(b.text()) for b in box.buttons()]
    qtbot.mouseClick(matches[0], LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())


def click_tab(qtbot, tabs: QTabWidget, title: str) -> None:
    bar = tabs.tabBar()
    titles = [plain(tabs.tabText(i)) for i in range(tabs.count())]
    index = titles.index(title)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_list_row(qtbot, view: QListWidget, starts_with: str) -> None:
    for row in range(view.count()):
        item = view.item(row)
        if item.text().startswith(starts_with):
            rect = view.visualItemRect(item)
            qtbot.mouseClick(view.viewport(), LEFT, pos=QPoint(rect.center()))
            assert view.currentRow() == row
            return
    raise AssertionError(f"no row starting {starts_with!r}")


def list_texts(view: QListWidget) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


def type_number(qtbot, spin: QWidget, value: int) -> None:
    """Select what is in a spin box and type a new number over it."""
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))


def assert_buttons_named(widget: QWidget) -> None:
    for button in widget.findChildren(QAbstractButton):
        assert button.text().strip() or button.accessibleName().strip(), button


class PrintCapture:
    """Stands in for the person at the system print dialog: they pick "Print to PDF"
    (a file in tmp_path) and press Print. Records what each document held."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, pdf: Path, *, accept: bool = True) -> None:
        self.pdf = pdf
        self.dialogs = 0
        self.printed_texts: list[str] = []
        capture = self
        original_print = QTextDocument.print_

        def fake_exec(dialog: QPrintDialog) -> int:
            capture.dialogs += 1
            if not accept:
                return QDialog.DialogCode.Rejected
            printer = dialog.printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(pdf))
            return QDialog.DialogCode.Accepted

        def recording_print(document: QTextDocument, printer: QPrinter) -> None:
            capture.printed_texts.append(document.toPlainText())
            original_print(document, printer)

        monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
        monkeypatch.setattr(QTextDocument, "print_", recording_print)


def open_dialog(qtbot, parent: QWidget, kind: type[W], name: str | None = None) -> W:
    """The visible dialog of ``kind`` (and object name) that ``parent`` just opened."""
    found: list[W] = []

    def shown() -> bool:
        found[:] = [
            child
            for child in parent.findChildren(kind)
            if child.isVisible() and (name is None or child.objectName() == name)
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[-1]


def confirm_box(qtbot, parent: QWidget) -> QMessageBox:
    """The page's open question box (the agreement page names it "agreementConfirm")."""
    return open_dialog(qtbot, parent, QMessageBox, "agreementConfirm")
