"""A meeting that was running when the vault locked (Ctrl+L, F12, a hand-over).

Locking destroys the console with every other page. What is kept, in memory and only
until the app closes, is the run's frozen form: person and segment ids, counts and
seconds — no names, no text (core/run/snapshot.py). When the same facilitator unlocks
again, the shell offers to carry on; the meeting's plan is read again from the vault
and the run thawed, its timers having counted the time in between.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from safespace_desktop.core.run.snapshot import RunSnapshot


class RunKeeper:
    def __init__(self) -> None:
        self._frozen: dict[str, RunSnapshot] = {}

    def keep(self, slot_id: str, snapshot: RunSnapshot) -> None:
        self._frozen[slot_id] = snapshot

    def peek(self, slot_id: str) -> RunSnapshot | None:
        return self._frozen.get(slot_id)

    def take(self, slot_id: str) -> RunSnapshot | None:
        return self._frozen.pop(slot_id, None)

    def clear(self) -> None:
        self._frozen.clear()


KEEPER = RunKeeper()


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunKeeper", text)


def offer_to_resume(
    parent: QWidget,
    slot_id: str,
    resume: Callable[[RunSnapshot], None],
    *,
    ask: Callable[[QWidget], bool] | None = None,
) -> bool:
    """If this facilitator locked during a meeting, offer to carry on with it."""
    snapshot = KEEPER.peek(slot_id)
    if snapshot is None:
        return False
    wants = (ask or _ask)(parent)
    KEEPER.take(slot_id)
    if wants:
        resume(snapshot)
    return wants


def _ask(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("Carry on with the meeting?"),
        _tr(
            "A meeting was running when SafeSpace locked. Carry on where you were? "
            "Its timers kept counting while it was locked."
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
