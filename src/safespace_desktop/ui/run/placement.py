"""Where the room screen goes: full screen on a second monitor when there is one,
otherwise full screen on the only one (F5 hides and shows it; it never takes the
keyboard, so the console's keys keep working underneath). Unplugging its monitor never
loses it: it comes back as a window on the console's screen."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


class RoomScreenPlacer(QObject):
    def __init__(self, room: QWidget, console: QWidget) -> None:
        super().__init__(console)
        self.room = room
        self.console = console
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self.screen_removed)

    def _console_screen(self) -> QScreen:
        return self.console.screen()

    def other_screens(self) -> list[QScreen]:
        mine = self._console_screen()
        return [s for s in QGuiApplication.screens() if s is not mine]

    def show(self) -> None:
        others = self.other_screens()
        self._full_screen_on(others[0] if others else self._console_screen())

    def move_to_next_screen(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return
        current = self.room.screen()
        index = screens.index(current) if current in screens else -1
        target = screens[(index + 1) % len(screens)]
        if target is self._console_screen():
            self._window_on(target)
        else:
            self._full_screen_on(target)

    def screen_removed(self, screen: QScreen) -> None:
        if self.room.isVisible() and self.room.screen() is screen:
            remaining = [s for s in QGuiApplication.screens() if s is not screen]
            self._window_on(remaining[0] if remaining else self._console_screen())

    def _full_screen_on(self, screen: QScreen) -> None:
        self.room.setScreen(screen)
        self.room.setGeometry(screen.geometry())
        self.room.showFullScreen()

    def _window_on(self, screen: QScreen) -> None:
        self.room.showNormal()
        self.room.setScreen(screen)
        area = screen.availableGeometry()
        self.room.resize(area.width() * 2 // 3, area.height() * 2 // 3)
        self.room.move(area.center() - self.room.rect().center())
        self.room.show()
