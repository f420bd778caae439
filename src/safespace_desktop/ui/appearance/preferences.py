"""Where appearance choices are kept: Qt's settings file, which lives in the data folder
(``ui/runtime/file_locations``), so portable mode writes nothing elsewhere.

The lock screen uses this PC's last choice; once someone unlocks, their own choice
(stored under their random slot id, never a name) applies until the next lock. Only a
theme, a zoom step and a language are stored — nothing a person typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from safespace_desktop.ui.appearance.language import Language
from safespace_desktop.ui.appearance.themes import Theme
from safespace_desktop.ui.appearance.zoom import DEFAULT_ZOOM, clamp

_GROUP = "appearance"


@dataclass(frozen=True)
class AppearanceChoice:
    theme: Theme = Theme.SYSTEM
    zoom: int = DEFAULT_ZOOM
    language: Language = Language.SYSTEM


class AppearanceStore:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _key(self, person: str | None, name: str) -> str:
        who = f"person-{person}" if person else "this-pc"
        return f"{_GROUP}/{who}/{name}"

    def load(self, person: str | None) -> AppearanceChoice:
        """``person``'s choice; what they have not chosen follows this PC's choice."""
        this_pc = self._read(None, AppearanceChoice())
        return self._read(person, this_pc) if person else this_pc

    def _read(self, person: str | None, fallback: AppearanceChoice) -> AppearanceChoice:
        theme_value = self._settings.value(self._key(person, "theme"), fallback.theme.value)
        zoom_value = self._settings.value(self._key(person, "zoom"), fallback.zoom)
        try:
            theme = Theme(str(theme_value))
        except ValueError:
            theme = fallback.theme
        try:
            zoom = clamp(int(str(zoom_value)))
        except ValueError:
            zoom = fallback.zoom
        language_value = self._settings.value(
            self._key(person, "language"), fallback.language.value
        )
        try:
            language = Language(str(language_value))
        except ValueError:
            language = fallback.language
        return AppearanceChoice(theme, zoom, language)

    def save(self, person: str | None, choice: AppearanceChoice) -> None:
        self._settings.setValue(self._key(person, "theme"), choice.theme.value)
        self._settings.setValue(self._key(person, "zoom"), choice.zoom)
        self._settings.setValue(self._key(person, "language"), choice.language.value)
        self._settings.sync()

    def forget(self, person: str) -> None:
        """Drop a person's choices (their slot was shredded)."""
        self._settings.remove(f"{_GROUP}/person-{person}")
        self._settings.sync()
