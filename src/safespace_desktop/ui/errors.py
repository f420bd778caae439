"""Kind, translated wording for errors the services raise."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from safespace_desktop.core import errors


class _Plurals(QObject):
    # lupdate recognises a numerus argument only in self.tr(), so plurals live here.
    def wait(self, seconds: int) -> str:
        return self.tr(
            "Too many attempts in a row. Please wait %n second(s) before trying again.", "", seconds
        )


# Checked in order, so a more specific error must come before its base class.
_MESSAGES: tuple[tuple[type[BaseException], object], ...] = (
    (
        errors.WrongPassphrase,
        QT_TRANSLATE_NOOP(
            "Errors",
            "That handle and passphrase do not match. Please check them and try again.",
        ),
    ),
    (
        errors.WrongRecoveryCode,
        QT_TRANSLATE_NOOP(
            "Errors",
            "That recovery code does not open this account. It may already have been used.",
        ),
    ),
    (
        errors.MalformedRecoveryCode,
        QT_TRANSLATE_NOOP(
            "Errors",
            "That recovery code has a typo somewhere. Please check each group of letters.",
        ),
    ),
    (
        errors.CorruptKeyMaterial,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Your passphrase is right, but the stored key behind it is damaged. "
            "Nothing has been changed. Please ask a facilitator for help.",
        ),
    ),
    (
        errors.UnsafeKdfParameters,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault's key settings are outside the safe range, so it was not opened.",
        ),
    ),
    (
        errors.UnsupportedFormatVersion,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault was made by a newer version of SafeSpace. Please update the app.",
        ),
    ),
    (
        errors.VaultNotFound,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This file is not a SafeSpace vault, or it is missing.",
        ),
    ),
    (
        errors.HandleUnavailable,
        QT_TRANSLATE_NOOP(
            "Errors",
            "That handle is already taken in this vault. Please choose another.",
        ),
    ),
    (
        errors.InvitationInvalid,
        QT_TRANSLATE_NOOP(
            "Errors",
            "That invitation code is not valid. Please ask a facilitator for a new one.",
        ),
    ),
    (
        errors.IntegrityError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "A record failed its safety check and was left untouched.",
        ),
    ),
    (
        errors.VaultLocked,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault is locked.",
        ),
    ),
    (
        errors.NotPermitted,
        QT_TRANSLATE_NOOP(
            "Errors",
            "You don't have access to that.",
        ),
    ),
)


def describe(exc: BaseException) -> str:
    """A message for a person, never a stack trace and never their own typed text."""
    if isinstance(exc, errors.Throttled):
        return _Plurals().wait(max(1, round(exc.wait_seconds)))
    if isinstance(exc, errors.PassphraseRejected | errors.ValidationError | errors.NotFound):
        return str(exc)  # already written for a person by the service
    for kind, text in _MESSAGES:
        if isinstance(exc, kind):
            return QCoreApplication.translate("Errors", str(text))
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors",
            "The computer could not save the change (is the disk full?). Nothing was lost.",
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Nothing was saved. Please try again."
    )
