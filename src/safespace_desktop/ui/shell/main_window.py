"""The shell: one screen at a time, menus, and a status bar. No page logic here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QPushButton, QStackedWidget, QWidget

from safespace_desktop.ui.appearance.language import (
    LANGUAGE_NAMES,
    Language,
    language_generation,
)
from safespace_desktop.ui.appearance.themes import Theme
from safespace_desktop.ui.wording.placeholders import fill

SMALL_SCREEN_WIDTH = 1600  # up to 1600×900, the window takes the whole screen
_Key = TypeVar("_Key", Theme, Language)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._screen: QWidget | None = None
        # Which language the screen was built in (see ui/shell/app_controller.py).
        self.screen_language_generation = 0
        # Set by the controller: lock and tidy up before the window closes.
        self.close_handler: Callable[[], None] | None = None

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_action = QAction(self)
        self.hide_action.setShortcut(QKeySequence(Qt.Key.Key_F12))
        self.hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.switch_action = QAction(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.about_action = QAction(self)
        self.privacy_action = QAction(self)

        self.vault_menu = self.menuBar().addMenu("")
        self.vault_menu.addAction(self.lock_action)
        self.vault_menu.addAction(self.hide_action)
        self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.switch_action)
        self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.quit_action)
        self.view_menu = self._build_view_menu()
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.privacy_action)
        self.help_menu.addAction(self.about_action)
        # Actions must live on the window so their shortcuts work with the menu closed.
        for action in (
            self.lock_action,
            self.hide_action,
            self.quit_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
        ):
            self.addAction(action)

        self.who_label = QLabel()
        self.countdown_label = QLabel()
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock_action.trigger)
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(self.hide_action.trigger)
        status = self.statusBar()
        status.addWidget(self.who_label)
        status.addPermanentWidget(self.zoom_label)
        status.addPermanentWidget(self.countdown_label)
        status.addPermanentWidget(self.hide_button)
        status.addPermanentWidget(self.lock_button)
        self._zoom_percent = 100
        self._set_texts()
        self.set_unlocked(None)

    def _set_texts(self) -> None:
        """Every text of the window's own menus and status bar, in the current language
        (again on a change of language: the window outlives the screens)."""
        self.setWindowTitle(self.tr("SafeSpace"))
        self.lock_action.setText(self.tr("&Lock"))
        self.hide_action.setText(self.tr("&Hide now"))
        self.hide_action.setToolTip(self.tr("Lock at once and minimise the window (F12)"))
        self.switch_action.setText(self.tr("&Choose another vault…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About SafeSpace"))
        self.privacy_action.setText(self.tr("How your &privacy is protected"))
        self.vault_menu.setTitle(self.tr("&Vault"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.view_menu.setTitle(self.tr("V&iew"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.zoom_reset_action.setText(self.tr("&Actual size"))
        self.themes_menu.setTitle(self.tr("&Colours"))
        theme_names = {
            Theme.SYSTEM: self.tr("Follow the &system"),
            Theme.LIGHT: self.tr("&Light"),
            Theme.DARK: self.tr("&Dark"),
            Theme.HIGH_CONTRAST: self.tr("&High contrast"),
        }
        for theme, name in theme_names.items():
            self.theme_actions[theme].setText(name)
        self.language_menu.setTitle(self.tr("Lan&guage"))
        self.language_actions[Language.SYSTEM].setText(self.tr("Follow the s&ystem"))
        for language, name in LANGUAGE_NAMES.items():
            self.language_actions[language].setText(name)
        self.zoom_label.setAccessibleName(self.tr("Text size"))
        self.who_label.setAccessibleName(self.tr("Who is unlocked"))
        self.countdown_label.setAccessibleName(self.tr("Time until the vault locks itself"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setToolTip(self.hide_action.toolTip())
        self.hide_button.setAccessibleName(self.tr("Hide now"))
        self._show_zoom()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()

    def _build_view_menu(self) -> QMenu:
        menu = self.menuBar().addMenu("")
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            menu.addAction(action)
        menu.addSeparator()
        self.themes_menu = menu.addMenu("")
        self.theme_actions: dict[Theme, QAction] = self._choices(self.themes_menu, list(Theme))
        # Language (issue 14): the system's, or one the person chooses, applied at once.
        self.language_menu = menu.addMenu("")
        self.language_actions: dict[Language, QAction] = self._choices(
            self.language_menu, [Language.SYSTEM, *LANGUAGE_NAMES]
        )
        self.language_menu.insertSeparator(self.language_actions[Language.ENGLISH])
        self.zoom_label = QLabel()
        return menu

    def _choices(self, menu: QMenu, keys: list[_Key]) -> dict[_Key, QAction]:
        """One checkable action per key, only one checked at a time."""
        group = QActionGroup(self)
        group.setExclusive(True)
        actions: dict[_Key, QAction] = {}
        for key in keys:
            action = QAction(self)
            action.setCheckable(True)
            group.addAction(action)
            menu.addAction(action)
            actions[key] = action
        return actions

    def show_appearance(
        self, theme: Theme, zoom_percent: int, language: Language = Language.SYSTEM
    ) -> None:
        """Tick the theme and language in use and show the zoom when it is not 100 %."""
        self.theme_actions[theme].setChecked(True)
        self.language_actions[language].setChecked(True)
        self._zoom_percent = zoom_percent
        self._show_zoom()

    def _show_zoom(self) -> None:
        zoom_percent = self._zoom_percent
        self.zoom_label.setText(
            "" if zoom_percent == 100 else fill(self.tr("Text %1 %"), zoom_percent)
        )
        self.zoom_label.setVisible(zoom_percent != 100)

    def sizeHint(self) -> QSize:
        char = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().height()
        return QSize(char * 140, line * 40)

    def fit_to_screen(self) -> None:
        """Open at three quarters of a large screen and filling a small one (a 1366×768
        laptop has no room to spare): never smaller than the layout needs, never larger
        than the screen."""
        available = self.screen().availableGeometry().size()
        hint = self.sizeHint()
        small = available.width() <= SMALL_SCREEN_WIDTH
        share = 1.0 if small else 0.75
        self.resize(
            min(max(hint.width(), int(available.width() * share)), available.width()),
            min(max(hint.height(), int(available.height() * share)), available.height()),
        )
        if small:
            # Maximised, the window manager fits the frame and the taskbar in as well.
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    @property
    def screen_widget(self) -> QWidget | None:
        return self._screen

    def set_screen(self, widget: QWidget) -> None:
        """Show ``widget``; the previous screen is destroyed with everything it held."""
        previous = self._screen
        self.screen_language_generation = language_generation()
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        self._screen = widget
        if previous is not None and previous is not widget:
            self._stack.removeWidget(previous)
            previous.hide()
            previous.setParent(None)
            previous.deleteLater()
        widget.setFocus()

    def set_unlocked(self, who: str | None) -> None:
        unlocked = who is not None
        self.who_label.setText(who or "")
        for action in (self.lock_action, self.hide_action):
            action.setEnabled(unlocked)
        self.lock_button.setVisible(unlocked)
        self.hide_button.setVisible(unlocked)
        self.countdown_label.setVisible(unlocked)
        if not unlocked:
            self.countdown_label.clear()

    def set_countdown(self, seconds: int) -> None:
        minutes, secs = divmod(max(0, seconds), 60)
        text = (
            self.tr("Locks in %1:%2 if idle")
            .replace("%1", str(minutes))
            .replace("%2", f"{secs:02d}")
        )
        if seconds <= 30:
            text = "⚠ " + text
        self.countdown_label.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_handler is not None:
            self.close_handler()
        super().closeEvent(event)
