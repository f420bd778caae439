"""Every console action on a key, and the key map the console shows.

F1 stays the crisis lines everywhere; printable keys are used only where no text field
has focus (Qt gives typed text to a focused editor before any shortcut).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from safespace_desktop.ui.wording.placeholders import fill


class RunAction(StrEnum):
    TOGGLE_TIMER = "toggle_timer"
    NEXT_SEGMENT = "next_segment"
    NEXT_TURN = "next_turn"
    PASS_TURN = "pass_turn"  # noqa: S105 - a turn, not a password
    COME_BACK = "come_back"
    NOT_HERE = "not_here"
    LATECOMER = "latecomer"
    RAISE_HAND = "raise_hand"
    WITHDRAW = "withdraw"
    CLOSE_LIST = "close_list"
    SAFETY_PAUSE = "safety_pause"
    ROOM_SCREEN = "room_screen"
    ROOM_OTHER_SCREEN = "room_other_screen"
    RATING_1 = "rating_1"
    RATING_2 = "rating_2"
    RATING_3 = "rating_3"
    RATING_4 = "rating_4"
    RATING_5 = "rating_5"
    END_MEETING = "end_meeting"


@dataclass(frozen=True)
class KeyBinding:
    action: RunAction
    key: str  # QKeySequence portable text
    label: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunKeys", text)


def key_bindings() -> tuple[KeyBinding, ...]:
    bindings = [
        KeyBinding(RunAction.TOGGLE_TIMER, "Space", _tr("Start or pause the timer")),
        KeyBinding(RunAction.NEXT_SEGMENT, "Ctrl+Return", _tr("Next part of the meeting")),
        KeyBinding(RunAction.NEXT_TURN, "Return", _tr("Next person")),
        KeyBinding(RunAction.PASS_TURN, "P", _tr("Pass")),
        KeyBinding(RunAction.COME_BACK, "B", _tr("Come back to me")),
        KeyBinding(RunAction.NOT_HERE, "A", _tr("Not here today")),
        KeyBinding(RunAction.LATECOMER, "L", _tr("Someone arrived late…")),
        KeyBinding(RunAction.RAISE_HAND, "H", _tr("Raise a hand for the chosen person")),
        KeyBinding(RunAction.WITHDRAW, "W", _tr("Take the chosen person's hand down")),
        KeyBinding(RunAction.CLOSE_LIST, "C", _tr("Close or reopen the list of speakers")),
        KeyBinding(RunAction.SAFETY_PAUSE, "F9", _tr("Safety pause")),
        KeyBinding(RunAction.ROOM_SCREEN, "F5", _tr("Show or hide the room screen")),
        KeyBinding(RunAction.ROOM_OTHER_SCREEN, "F6", _tr("Move the room screen")),
    ]
    bindings += [
        KeyBinding(RunAction(f"rating_{n}"), str(n), fill(_tr("A rating of %1"), n))
        for n in range(1, 6)
    ]
    bindings.append(KeyBinding(RunAction.END_MEETING, "Ctrl+E", _tr("End the meeting…")))
    return tuple(bindings)
