"""Applies and remembers the person's theme, zoom and language; the View menu drives it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from safespace_desktop.ui.appearance import zoom as zoom_steps
from safespace_desktop.ui.appearance.language import Language, language_switch
from safespace_desktop.ui.appearance.preferences import AppearanceChoice, AppearanceStore
from safespace_desktop.ui.appearance.themes import Theme, palette_for
from safespace_desktop.ui.appearance.zoom import FontZoom


class AppearanceController(QObject):
    """One per application. ``person`` is the unlocked slot id, or None at the lock screen."""

    changed = Signal(object)  # AppearanceChoice
    # The app's language changed (its translators are swapped): screens built before
    # show the old one until they are built again (ui/shell/app_controller.py does).
    language_changed = Signal()

    def __init__(self, app: QApplication, store: AppearanceStore, parent: QObject) -> None:
        super().__init__(parent)
        self._app = app
        self._store = store
        self._zoom = FontZoom(app)
        self._language = language_switch(app)
        self._person: str | None = None
        self.choice = AppearanceChoice()
        self._palette_theme: Theme | None = None  # the theme whose palette is set
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_scheme_changed)
        self._apply(store.load(None))

    # -- who is in front of the screen ----------------------------------------------
    def use_person(self, person: str | None) -> None:
        self._person = person
        self._apply(self._store.load(person))

    # -- the View menu ----------------------------------------------------------------
    def zoom_in(self) -> None:
        self._choose(zoom=zoom_steps.step_in(self.choice.zoom))

    def zoom_out(self) -> None:
        self._choose(zoom=zoom_steps.step_out(self.choice.zoom))

    def reset_zoom(self) -> None:
        self._choose(zoom=zoom_steps.DEFAULT_ZOOM)

    def set_theme(self, theme: Theme) -> None:
        self._choose(theme=theme)

    def set_language(self, language: Language) -> None:
        self._choose(language=language)

    @property
    def language_generation(self) -> int:
        """Counts language changes, so a screen can tell it was built in an older one."""
        return self._language.generation

    # -- internals ----------------------------------------------------------------------
    def _choose(
        self,
        *,
        theme: Theme | None = None,
        zoom: int | None = None,
        language: Language | None = None,
    ) -> None:
        choice = AppearanceChoice(
            theme if theme is not None else self.choice.theme,
            zoom if zoom is not None else self.choice.zoom,
            language if language is not None else self.choice.language,
        )
        self._store.save(self._person, choice)
        self._apply(choice)

    def _apply(self, choice: AppearanceChoice) -> None:
        self.choice = choice
        if choice.theme is not self._palette_theme:
            self._palette_theme = choice.theme
            self._app.setPalette(palette_for(choice.theme))
        self._zoom.apply(choice.zoom)
        language_changed = self._language.apply(choice.language)
        self.changed.emit(choice)
        if language_changed:
            self.language_changed.emit()

    def _system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice.theme is Theme.SYSTEM:
            self._app.setPalette(palette_for(Theme.SYSTEM))
            self.changed.emit(self.choice)
