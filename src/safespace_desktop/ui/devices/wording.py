"""What the facilitators-and-devices page says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.services.key_grants import KeyFileReport
from safespace_desktop.services.revocation import FacilitatorEntry, Rotation
from safespace_desktop.services.sync.devices import Device
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


def device_row(device: Device) -> str:
    notes = []
    if device.this_pc:
        notes.append(_tr("this computer"))
    if device.revoked:
        notes.append(_tr("removed: its sync files are refused"))
    name = device.name or device.replica_id[:8]
    return fill(_tr("%1 (%2)"), name, ", ".join(notes)) if notes else name


def revoke_device_title() -> str:
    return _tr("Remove a computer from the group")


def revoke_device_question(device: Device) -> str:
    return fill(
        _tr(
            "Remove the computer “%1”?\n\n"
            "What happens:\n"
            "• Sync files made on that computer are refused from now on.\n"
            "• The group gets a new key, used for everything saved and every sync file made "
            "from now on. The facilitators keep receiving it.\n"
            "• If the computer was lost, its facilitator should also change their "
            "passphrase.\n\n"
            "This cannot be undone."
        ),
        device.name or device.replica_id[:8],
    )


def revoke_device_button() -> str:
    return _tr("&Remove the computer and change the key")


def cannot_revoke_device(device: Device) -> str:
    if device.this_pc:
        return _tr("This is the computer you are using. Remove it from another computer.")
    return fill(_tr("“%1” was already removed."), device.name)


def key_file_saved(path: str) -> str:
    return fill(
        _tr("The key file was saved as %1. Give it to the other facilitators with the sync file."),
        path,
    )


def accept_key_title() -> str:
    return _tr("Use the new group key?")


def accept_key_question(report: KeyFileReport) -> str:
    text = fill(_tr("This key file was made by %1."), report.signer)
    if report.revoked_facilitators:
        text += " " + fill(
            _tr("It says these facilitators were removed: %1."),
            ", ".join(report.revoked_facilitators),
        )
    return text + "\n\n" + _tr("Only use a key file you received from that facilitator yourself.")


def accept_key_button() -> str:
    return _tr("&Use the new key")


def key_accepted(report: KeyFileReport) -> str:
    if not report.epochs:
        return _tr("You already had this key. Removals it lists now apply here too.")
    return fill(_tr("This computer now uses group key number %1."), max(report.epochs))
