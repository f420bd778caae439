"""The shell: one screen at a time, menus, and a status bar. No page logic here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QPushButton, QStackedWidget, QWidget

from safespace_desktop.ui.appearance.themes import Theme
from safespace_desktop.ui.wording.placeholders import fill

SMALL_SCREEN_WIDTH = 1600  # up to 1600×900, the window takes the whole screen


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("SafeSpace"))
        self.setObjectName("mainWindow")
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._screen: QWidget | None = None
        # Set by the controller: lock and tidy up before the window closes.
        self.close_handler: Callable[[], None] | None = None

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_action = QAction(self.tr("&Hide now"), self)
        self.hide_action.setShortcut(QKeySequence(Qt.Key.Key_F12))
        self.hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_action.setToolTip(self.tr("Lock at once and minimise the window (F12)"))
        self.switch_action = QAction(self.tr("&Choose another vault…"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.about_action = QAction(self.tr("&About SafeSpace"), self)
        self.privacy_action = QAction(self.tr("How your &privacy is protected"), self)

        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.hide_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.switch_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        self.view_menu = self._build_view_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.privacy_action)
        help_menu.addAction(self.about_action)
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
        self.who_label.setAccessibleName(self.tr("Who is unlocked"))
        self.countdown_label = QLabel()
        self.countdown_label.setAccessibleName(self.tr("Time until the vault locks itself"))
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.lock_button.clicked.connect(self.lock_action.trigger)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setToolTip(self.hide_action.toolTip())
        self.hide_button.setAccessibleName(self.tr("Hide now"))
        self.hide_button.clicked.connect(self.hide_action.trigger)
        status = self.statusBar()
        status.addWidget(self.who_label)
        status.addPermanentWidget(self.zoom_label)
        status.addPermanentWidget(self.countdown_label)
        status.addPermanentWidget(self.hide_button)
        status.addPermanentWidget(self.lock_button)
        self.set_unlocked(None)

    def _build_view_menu(self) -> QMenu:
        menu = self.menuBar().addMenu(self.tr("V&iew"))
        self.zoom_in_action = QAction(self.tr("Zoom &in"), self)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = QAction(self.tr("Zoom &out"), self)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_reset_action = QAction(self.tr("&Actual size"), self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            menu.addAction(action)
        menu.addSeparator()
        themes = menu.addMenu(self.tr("&Colours"))
        group = QActionGroup(self)
        group.setExclusive(True)
        names = {
            Theme.SYSTEM: self.tr("Follow the &system"),
            Theme.LIGHT: self.tr("&Light"),
            Theme.DARK: self.tr("&Dark"),
            Theme.HIGH_CONTRAST: self.tr("&High contrast"),
        }
        self.theme_actions: dict[Theme, QAction] = {}
        for theme, name in names.items():
            action = QAction(name, self)
            action.setCheckable(True)
            group.addAction(action)
            themes.addAction(action)
            self.theme_actions[theme] = action
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Text size"))
        return menu

    def show_appearance(self, theme: Theme, zoom_percent: int) -> None:
        """Tick the theme in use and show the zoom when it is not 100 %."""
        self.theme_actions[theme].setChecked(True)
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
