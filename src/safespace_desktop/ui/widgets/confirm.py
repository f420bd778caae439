"""A question box whose buttons say what will happen ("Withdraw and erase", not "Yes")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    confirm_text: str,
    *,
    cancel_text: str | None = None,
    destructive: bool = False,
) -> bool:
    """Ask, with Cancel as the default button; True only if ``confirm_text`` was chosen.

    ``text`` is shown as plain text (it may hold a name someone typed).
    """
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        cancel_text or QGuiApplication.translate("Confirm", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    confirm.setAccessibleName(confirm_text.replace("&", ""))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return chosen is confirm
