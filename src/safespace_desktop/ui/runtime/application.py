"""QApplication set-up: names, style, translations. Nothing else."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from safespace_desktop import __version__
from safespace_desktop.ui import resources_rc  # noqa: F401  (registers :/safespace/…)
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


def install_translations(app: QApplication) -> None:
    """English plural forms ("1 minute", "2 minutes"), then Qt's own dialogs in the
    person's language."""
    english = QTranslator(app)
    if english.load(":/safespace/i18n/safespace_en.qm"):
        app.installTranslator(english)
    translator = QTranslator(app)
    if translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)
