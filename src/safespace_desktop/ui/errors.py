"""Kind, translated wording for errors the services raise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from safespace_desktop.core import errors


class _Plurals(QObject):
    # lupdate recognises a numerus argument only in self.tr(), so plurals live here.
    def wait(self, seconds: int) -> str:
        return self.tr(
            "Too many attempts in a row. Please wait %n second(s) before trying again.", "", seconds
        )


def describe(exc: BaseException) -> str:
    """A message for a person, never a stack trace and never their own typed text."""
    if isinstance(exc, errors.WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "That handle and passphrase do not match. Please check them and try again."
        )
    if isinstance(exc, errors.Throttled):
        return _Plurals().wait(max(1, round(exc.wait_seconds)))
    if isinstance(exc, errors.WrongRecoveryCode):
        return QCoreApplication.translate(
            "Errors",
            "That recovery code does not open this account. It may already have been used.",
        )
    if isinstance(exc, errors.MalformedRecoveryCode):
        return QCoreApplication.translate(
            "Errors", "That recovery code has a typo somewhere. Please check each group of letters."
        )
    if isinstance(exc, errors.CorruptKeyMaterial):
        return QCoreApplication.translate(
            "Errors",
            "Your passphrase is right, but the stored key behind it is damaged. "
            "Nothing has been changed. Please ask a facilitator for help.",
        )
    if isinstance(exc, errors.UnsafeKdfParameters):
        return QCoreApplication.translate(
            "Errors", "This vault's key settings are outside the safe range, so it was not opened."
        )
    if isinstance(exc, errors.UnsupportedFormatVersion):
        return QCoreApplication.translate(
            "Errors", "This vault was made by a newer version of SafeSpace. Please update the app."
        )
    if isinstance(exc, errors.VaultNotFound):
        return QCoreApplication.translate(
            "Errors", "This file is not a SafeSpace vault, or it is missing."
        )
    if isinstance(exc, errors.HandleUnavailable):
        return QCoreApplication.translate(
            "Errors", "That handle is already taken in this vault. Please choose another."
        )
    if isinstance(exc, errors.InvitationInvalid):
        return QCoreApplication.translate(
            "Errors", "That invitation code is not valid. Please ask a facilitator for a new one."
        )
    if isinstance(exc, errors.IntegrityError):
        return QCoreApplication.translate(
            "Errors", "A record failed its safety check and was left untouched."
        )
    if isinstance(exc, errors.VaultLocked):
        return QCoreApplication.translate("Errors", "The vault is locked.")
    if isinstance(exc, errors.NotPermitted):
        return QCoreApplication.translate("Errors", "You don't have access to that.")
    if isinstance(exc, errors.PassphraseRejected | errors.ValidationError | errors.NotFound):
        return str(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors",
            "The computer could not save the change (is the disk full?). Nothing was lost.",
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Nothing was saved. Please try again."
    )
