"""What the facilitators-and-devices page says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.services.revocation import FacilitatorEntry, Rotation
from safespace_desktop.ui.wording.placeholders import fill

_CONTEXT = "Devices"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def row_text(entry: FacilitatorEntry) -> str:
    notes = []
    if entry.is_you:
        notes.append(_tr("you"))
    if entry.status == "revoked":
        notes.append(_tr("removed from the group"))
    elif entry.on_this_computer:
        notes.append(_tr("has an account on this computer"))
    else:
        notes.append(_tr("uses another computer"))
    return fill(_tr("%1 (%2)"), entry.handle, ", ".join(notes))


def revoke_title() -> str:
    return _tr("Remove a facilitator from the group")


def revoke_question(entry: FacilitatorEntry) -> str:
    return fill(
        _tr(
            "Remove %1 from the group?\n\n"
            "What happens:\n"
            "• The group gets a new key. Everything saved from now on, and every sync file "
            "made from now on, uses it. The other facilitators receive it: on this computer "
            "the next time they unlock, on other computers with their next sync.\n"
            "• %1 can no longer open the group's records on this computer, and sync files "
            "from their computer are refused from now on.\n"
            "• %1 keeps what they already saw, and old sync files made before today can still "
            "be read with the old key: delete old sync files from sticks.\n\n"
            "This cannot be undone. To work with them again, add them as a new facilitator."
        ),
        entry.handle,
    )


def revoke_button() -> str:
    return _tr("&Remove and change the group key")


def revoked(rotation: Rotation) -> str:
    text = fill(
        _tr("%1 was removed. The group now uses key number %2."),
        rotation.revoked_handle,
        rotation.epoch,
    )
    if rotation.unreached:
        text += " " + fill(
            _tr(
                "%1 could not be given the new key because they have not unlocked since "
                "this version was installed: add them again as a new facilitator."
            ),
            ", ".join(rotation.unreached),
        )
    return text


def cannot_revoke(entry: FacilitatorEntry) -> str:
    if entry.is_you:
        return _tr("You can't remove yourself. Ask another facilitator to do it.")
    return fill(_tr("%1 was already removed."), entry.handle)
