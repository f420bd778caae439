"""Switching language while the app runs (issue 14).

Pages write their texts once, when they are built, so a new language is shown by
building the screen again: the session, its keys and the page the person was on are
kept. Before that:

- a window of the session that is open (the meeting console, a dialog) would close with
  the old pages, so the switch waits until it is closed, and the person is told why;
- typing that is not saved yet is asked about first; when the person goes ahead, the
  pages that keep drafts (journal, member form, agreement, meeting notes) keep it as a
  sealed draft, exactly as before a lock, and offer it back on the new page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import (
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from safespace_desktop.ui.appearance.language import Language

if TYPE_CHECKING:
    from safespace_desktop.ui.appearance.controller import AppearanceController
    from safespace_desktop.ui.session.context import SessionContext
    from safespace_desktop.ui.shell.app_controller import AppController
    from safespace_desktop.ui.shell.main_window import MainWindow
    from safespace_desktop.ui.shell.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageSwitch", text)


def open_windows(screen: QWidget) -> list[QWidget]:
    """Windows of the screen's own (the meeting console, dialogs) that are showing."""
    return [w for w in screen.findChildren(QWidget) if w.isWindow() and w.isVisible()]


def unsaved_typing(screen: QWidget) -> list[QWidget]:
    """Fields on the screen the person typed into since they were last filled."""
    found: list[QWidget] = []
    for line in screen.findChildren(QLineEdit):
        if line.isModified() and line.text() and not line.isReadOnly():
            found.append(line)
    for text in screen.findChildren(QTextEdit):
        if text.document().isModified() and not text.isReadOnly() and text.toPlainText():
            found.append(text)
    for plain in screen.findChildren(QPlainTextEdit):
        if plain.document().isModified() and not plain.isReadOnly() and plain.toPlainText():
            found.append(plain)
    return found


def ready_to_switch(screen: QWidget | None, window: MainWindow) -> bool:
    """True when the screen may be built again now (asking the person if needed)."""
    if screen is None:
        return True
    if open_windows(screen):
        QMessageBox.information(
            window,
            _tr("Change the language"),
            _tr(
                "Please close the other open window first (for example the meeting "
                "console), then choose the language again."
            ),
        )
        return False
    if not unsaved_typing(screen):
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Change the language"),
        _tr(
            "The pages are redrawn in the new language. Something you typed is not saved "
            "yet: the journal, a member's form, the agreement and meeting notes keep it as "
            "a draft and offer it back; on other pages, save it first."
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    switch = box.addButton(_tr("&Change now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setObjectName("languageSwitchQuestion")
    box.exec()
    return box.clickedButton() is switch


def rebuild_workspace(window: MainWindow, old: Workspace, context: SessionContext) -> Workspace:
    """The same person's workspace, built again in the current language, on the same page."""
    from safespace_desktop.ui.shell.workspace import Workspace

    row = old.nav.currentRow()
    key = old.specs[row].key if 0 <= row < len(old.specs) else ""
    # As before a lock: pages queue sealed drafts of unsaved typing; the single worker
    # writes them before the new pages read theirs.
    context.signals.about_to_lock.emit()
    workspace = Workspace(context, old.group_label.text())
    window.set_screen(workspace)
    if key and workspace.has_page(key):
        workspace.show_page(key)
    return workspace


class ShellLanguage(QObject):
    """The View menu's Language choices, and the screen built again after a change."""

    def __init__(self, shell: AppController, appearance: AppearanceController) -> None:
        super().__init__(shell)
        self._shell = shell
        self._appearance = appearance
        window = shell.window
        for language, action in window.language_actions.items():
            action.triggered.connect(lambda _checked=False, chosen=language: self.choose(chosen))
        appearance.language_changed.connect(self._changed)
        window.screen_language_generation = appearance.language_generation

    def choose(self, language: Language) -> None:
        appearance, window = self._appearance, self._shell.window
        if appearance.choice.language == language:
            return
        if not ready_to_switch(window.screen_widget, window):
            choice = appearance.choice  # the menu ticks the language still in use
            window.show_appearance(choice.theme, choice.zoom, choice.language)
            return
        appearance.set_language(language)

    def _changed(self) -> None:
        # After the event loop turns: an unlock or a lock changes the language while it
        # is itself replacing the screen, and the new screen is then built in it already.
        QTimer.singleShot(0, self, self.rebuild_screen)

    def rebuild_screen(self) -> None:
        from safespace_desktop.ui.screens.lock_screen import LockScreen
        from safespace_desktop.ui.screens.welcome import WelcomeScreen
        from safespace_desktop.ui.shell.workspace import Workspace

        shell = self._shell
        screen = shell.window.screen_widget
        if screen is None:
            return
        if shell.window.screen_language_generation == self._appearance.language_generation:
            return
        if isinstance(screen, Workspace) and shell.context is not None:
            rebuild_workspace(shell.window, screen, shell.context)
        elif isinstance(screen, LockScreen) and shell.vault is not None:
            shell.show_lock_screen()
        elif isinstance(screen, WelcomeScreen):
            shell.show_picker()
        # Claim and recovery screens stay as they are: one may be showing a new recovery
        # code that must not vanish. They are built in the new language the next time.
