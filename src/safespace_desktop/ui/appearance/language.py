"""The language the app speaks: the system's by default, or the person's own choice.

``LanguageSwitch`` installs (and on a change, removes) three translators:

- the English plural forms ("1 minute", "2 minutes"), always, as the last resort;
- Qt's own dialogs and buttons (``qtbase_<lang>.qm`` from PySide6's translations);
- the app's own strings (``:/safespace/i18n/safespace_<lang>.qm``) through
  ``AppTranslator``, which also finds strings lupdate filed under another context.

Why ``AppTranslator`` falls back: lupdate names a context after the class a ``tr()``
call sits in. A module-level wrapper such as ``def tr(text): return
QCoreApplication.translate("Attendance", text)`` is invisible to it, so it files those
strings under the empty context "" (and ``wording.tr(...)`` / ``self.view.tr(...)``
under "wording" / "self.view"), while at run time they are looked up under
"Attendance". Looking up the real context first and these contexts next finds every
string without moving anything in the .ts files translators work on.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Where lupdate files strings whose runtime context it cannot see (see above).
#: tests/gui/test_language.py fails when lupdate invents a context not listed here.
FALLBACK_CONTEXTS: tuple[str, ...] = ("", "wording", "self.view")

APP_CATALOGUE = ":/safespace/i18n/safespace_{code}.qm"
ENGLISH_PLURALS = ":/safespace/i18n/safespace_en.qm"


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    SPANISH = "es"
    FRENCH = "fr"


#: The languages the app is translated into, named in their own language (never
#: translated: a person looks for the name they can read).
LANGUAGE_NAMES: dict[Language, str] = {
    Language.ENGLISH: "English",
    Language.SPANISH: "Español",
    Language.FRENCH: "Français",
}


def resolve(language: Language, system: QLocale | None = None) -> Language:
    """The language actually used: the system's when it is one we have, else English."""
    if language is not Language.SYSTEM:
        return language
    locale = system if system is not None else QLocale.system()
    code = locale.name().split("_")[0]
    try:
        found = Language(code)
    except ValueError:
        return Language.ENGLISH
    return found if found is not Language.SYSTEM else Language.ENGLISH


def locale_for(language: Language) -> QLocale:
    """Dates, numbers and Qt's own texts follow the chosen language."""
    if language is Language.SYSTEM:
        return QLocale.system()
    if language is Language.ENGLISH and QLocale.system().language() == QLocale.Language.English:
        return QLocale.system()  # keep the person's English (UK, US…) date order
    return QLocale(language.value)


class AppTranslator(QTranslator):
    """The app's catalogue, looked up in the asked context, then in FALLBACK_CONTEXTS."""

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803  (Qt's name)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, sourceText, disambiguation, n)
        if found:
            return found
        for fallback in FALLBACK_CONTEXTS:
            if fallback != context:
                found = super().translate(fallback, sourceText, disambiguation, n)
                if found:
                    return found
        # None, not "": Qt reads an empty (non-null) string as a translation to "".
        return None


class LanguageSwitch:
    """Owns the installed translators so a new choice replaces them while the app runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language: Language | None = None  # the resolved language in use
        self.generation = 0  # one more on every change of language

    def apply(self, choice: Language) -> bool:
        """Install the translators for ``choice``; True when the language changed."""
        language = resolve(choice)
        locale = locale_for(choice)
        QLocale.setDefault(locale)
        if language is self.language:
            return False
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        # Installed last is asked first: the app's catalogue, then Qt's, then plurals.
        english = QTranslator(self._app)
        if english.load(ENGLISH_PLURALS):
            self._install(english)
        if language is not Language.ENGLISH:
            qt_own = QTranslator(self._app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale(language.value), "qtbase", "_", folder):
                self._install(qt_own)
            own = AppTranslator(self._app)
            if own.load(APP_CATALOGUE.format(code=language.value)):
                self._install(own)
        self.language = language
        self.generation += 1
        return True

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


_switch: LanguageSwitch | None = None


def language_switch(app: QCoreApplication) -> LanguageSwitch:
    """The application's one switch (translators are per application)."""
    global _switch
    if _switch is None or _switch._app is not app:
        _switch = LanguageSwitch(app)
    return _switch


def language_generation() -> int:
    """How many times the language has changed since the app started."""
    return _switch.generation if _switch is not None else 0
