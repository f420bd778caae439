"""Kind, translated wording for errors the services raise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> str:
    """A message for a person, never a stack trace and never their own typed text."""
    if isinstance(exc, errors.WrongPassphrase):
        return _tr("That handle and passphrase do not match. Please check them and try again.")
    if isinstance(exc, errors.Throttled):
        return _tr(
            "Too many attempts in a row. Please wait %n second(s) before trying again."
        ).replace("%n", str(max(1, round(exc.wait_seconds))))
    if isinstance(exc, errors.WrongRecoveryCode):
        return _tr("That recovery code does not open this account. It may already have been used.")
    if isinstance(exc, errors.MalformedRecoveryCode):
        return _tr("That recovery code has a typo somewhere. Please check each group of letters.")
    if isinstance(exc, errors.CorruptKeyMaterial):
        return _tr(
            "Your passphrase is right, but the stored key behind it is damaged. "
            "Nothing has been changed. Please ask a facilitator for help."
        )
    if isinstance(exc, errors.UnsafeKdfParameters):
        return _tr("This vault's key settings are outside the safe range, so it was not opened.")
    if isinstance(exc, errors.UnsupportedFormatVersion):
        return _tr("This vault was made by a newer version of SafeSpace. Please update the app.")
    if isinstance(exc, errors.VaultNotFound):
        return _tr("This file is not a SafeSpace vault, or it is missing.")
    if isinstance(exc, errors.HandleUnavailable):
        return _tr("That handle is already taken in this vault. Please choose another.")
    if isinstance(exc, errors.InvitationInvalid):
        return _tr("That invitation code is not valid. Please ask a facilitator for a new one.")
    if isinstance(exc, errors.IntegrityError):
        return _tr("A record failed its safety check and was left untouched.")
    if isinstance(exc, errors.VaultLocked):
        return _tr("The vault is locked.")
    if isinstance(exc, errors.NotPermitted):
        return _tr("You don't have access to that.")
    if isinstance(exc, errors.PassphraseRejected | errors.ValidationError | errors.NotFound):
        return str(exc)
    if isinstance(exc, OSError):
        return _tr("The computer could not save the change (is the disk full?). Nothing was lost.")
    return _tr("Something went wrong. Nothing was saved. Please try again.")
