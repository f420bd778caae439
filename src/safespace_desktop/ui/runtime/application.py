"""QApplication set-up: names, style, translations. Nothing else."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from safespace_desktop import __version__
from safespace_desktop.ui import resources_rc  # noqa: F401  (registers :/safespace/…)
from safespace_desktop.ui.appearance.language import Language, language_switch
from safespace_desktop.ui.runtime.gc_guard import GuiThreadGarbageCollector


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName("SafeSpace")
    app.setApplicationDisplayName("SafeSpace")
    app.setOrganizationName("SafeSpace")
    app.setApplicationVersion(__version__)
    # Installers: the menu entry's name, so desktops match the window to it (Wayland app id).
    app.setDesktopFileName("org.safespace.Desktop")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(":/safespace/icons/safespace.svg"))
    GuiThreadGarbageCollector(app)
    install_translations(app)
    return app


def install_translations(app: QApplication, language: Language = Language.SYSTEM) -> None:
    """The app's strings, Qt's own dialogs and the English plural forms in the person's
    language (the system's until a person chooses; see ui/appearance/language.py)."""
    language_switch(app).apply(language)
