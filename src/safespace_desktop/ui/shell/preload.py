"""Import the pages' code while nobody is waiting for it.

Pages are built lazily, but importing a feature package the first time costs more than
building it (PySide inspects every module it sees imported). So while the lock screen
waits for a handle and passphrase, this imports the feature packages one module per
turn of the event loop: each step is short, the window stays responsive, and by the
time the person presses Unlock the first page only has to be built.

Imports stay on the GUI thread on purpose: importing the app's own modules from a
second thread could deadlock with an import here.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

FEATURE_PACKAGES = (
    "safespace_desktop.ui.journal",
    "safespace_desktop.ui.members",
    "safespace_desktop.ui.mood",
    "safespace_desktop.ui.safety_plan",
    "safespace_desktop.ui.agreement",
    "safespace_desktop.ui.pairs",
    "safespace_desktop.ui.crisis_lines",
    "safespace_desktop.ui.settings",
    "safespace_desktop.ui.account",
    # resources (issue 11)
    "safespace_desktop.ui.resources",
    "safespace_desktop.ui.member_resources",
    "safespace_desktop.ui.backups",  # backups (issue 14)
    "safespace_desktop.ui.meetings",  # issue 9, meet
    "safespace_desktop.ui.member_meetings",  # issue 9, meet
    # attendance, meeting record and follow-ups (issue 9, attend)
    "safespace_desktop.ui.home",
    "safespace_desktop.ui.attendance",
    "safespace_desktop.ui.sync",  # sync (issue 12)
    # devices (#12)
    "safespace_desktop.ui.conflicts",
    "safespace_desktop.ui.devices",
    # feedback (issue 13): the facilitators' Feedback tab and the kiosk
    "safespace_desktop.ui.feedback",
    "safespace_desktop.ui.kiosk",
    "safespace_desktop.ui.reports",  # reports (issue 13)
    # carekit (issue 13)
    "safespace_desktop.ui.rota",
    "safespace_desktop.ui.care",
)


def _modules_under(package: str, locations: list[str]) -> list[str]:
    """Module names below ``package``, found on disk without importing anything."""
    names: list[str] = []
    for info in pkgutil.iter_modules(locations):
        name = f"{package}.{info.name}"
        if info.ispkg:
            names += _modules_under(
                name, [str(Path(location) / info.name) for location in locations]
            )
        names.append(name)
    return names


def feature_modules(packages: tuple[str, ...] = FEATURE_PACKAGES) -> Iterator[str]:
    """Every module of the feature packages, leaves first so each step stays small."""
    for package in packages:
        spec = importlib.util.find_spec(package)  # finds, does not import the package
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        found = _modules_under(package, locations)
        yield from sorted(found, key=lambda name: -name.count("."))
        yield package


class ModulePreloader(QObject):
    """Imports ``modules`` one per event-loop turn, then calls ``finished``."""

    def __init__(
        self,
        modules: Iterator[str],
        finished: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._modules = modules
        self._finished = finished
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.done = False

    def start(self) -> None:
        if not self.done:
            self._timer.start()

    def _step(self) -> None:
        name = next(self._modules, None)
        if name is None:
            self._timer.stop()
            self.done = True
            if self._finished is not None:
                self._finished()
            return
        try:
            importlib.import_module(name)
        except Exception as exc:  # a page that cannot load says so when it is opened
            log.warning("Preloading %s failed: %s", name, type(exc).__name__)
