"""What the check-in pairs page says (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pairs", text)


def eligible_text(count: int, waiting: list[str], *, anyone_left: bool) -> str:
    if count < 2:
        return _tr(
            "Fewer than two members have said yes to check-in pairs so far. When someone "
            "agrees, record their consent on the Members page and they will appear here."
        )
    if not anyone_left:
        return fill(
            _tr(
                "%1 members have said yes to check-in pairs, and each of them is already "
                "paired with everyone they could be. When someone else agrees, record their "
                "consent on the Members page and they will appear here."
            ),
            count,
        )
    text = fill(
        _tr(
            "%1 members have said yes to check-in pairs. Choose two who would like to check "
            "in with each other."
        ),
        count,
    )
    if waiting:
        text += " " + fill(_tr("Not in a pair yet: %1."), ", ".join(waiting))
    return text


def paired(first: str, second: str) -> str:
    return fill(_tr("%1 and %2 are now a check-in pair."), first, second)


def ended(first: str, second: str) -> str:
    return fill(_tr("The pair of %1 and %2 has ended."), first, second)


def back() -> str:
    return _tr("The pair is back.")
