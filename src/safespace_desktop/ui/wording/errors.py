"""Kind, translated wording for errors the services raise.

Coded errors (ValidationError, NotFound, NotPermitted, PassphraseRejected, …) are
worded from the tables in ui/wording/codes.py; errors without a code by their type.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from safespace_desktop.core import errors
from safespace_desktop.core.roster import NameHint
from safespace_desktop.ui.wording import backups, codes, stale
from safespace_desktop.ui.wording.codes import Wording
from safespace_desktop.ui.wording.placeholders import fill


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
        errors.DiskFull,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk is full, so this change was not saved. Everything you saved before "
            "is safe. Free some space on the disk, then try again.",
        ),
    ),
    (
        errors.VaultReadOnly,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault is on a disk that can't be written to (for example a locked SD card "
            "or USB stick), so it is open for reading only. Nothing was changed. You can "
            "still read, search, print and export.",
        ),
    ),
    (
        errors.MigrationFailed,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault could not be brought up to date for this version of SafeSpace. "
            "Nothing in it was changed, and the file is exactly as it was.",
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _worded(wording: Wording, params: Mapping[str, object]) -> str:
    return fill(_tr(wording.text), *(params.get(name, "") for name in wording.params))


def _field_wording(code: str, field: str, params: Mapping[str, object]) -> Wording | None:
    record = params.get("record")
    if isinstance(record, str) and (record, field, code) in codes.VALIDATION_BY_RECORD:
        return codes.VALIDATION_BY_RECORD[record, field, code]
    return codes.VALIDATION_BY_FIELD.get((field, code)) or codes.VALIDATION.get(code)


_CHECK_THIS = QT_TRANSLATE_NOOP("Errors", "This can't be saved as it is. Please check it.")


def describe_field(code: str, field: str, params: Mapping[str, object] | None = None) -> str:
    """The sentence for a field's problem: by record kind and field, field, then code."""
    values = params or {}
    wording = _field_wording(code, field, values)
    if wording is None:
        return _tr(str(_CHECK_THIS))
    return _worded(wording, values)


def describe_import_problem(
    code: str, field: str, params: Mapping[str, object] | None = None
) -> str:
    """A problem in a sign-up sheet (a RowError, or why an import was refused)."""
    values = params or {}
    if code == "row_refused":
        inner = describe_import_problem(
            str(values.get("row_code", "")), str(values.get("row_field", "")), {}
        )
        return fill(_tr(codes.IMPORT["row_refused"].text), values.get("row", ""), inner)
    wording = codes.IMPORT_BY_FIELD.get((field, code)) or codes.IMPORT.get(code)
    if wording is None:
        return describe_field(code, field, values)
    return _worded(wording, values)


def _from_table(table: Mapping[str, Wording], exc: errors.CodedError) -> str | None:
    wording = table.get(exc.code)
    return None if wording is None else _worded(wording, exc.params)


def describe(exc: BaseException) -> str:
    """A message for a person, never a stack trace and never their own typed text."""
    if isinstance(exc, errors.Throttled):
        return _Plurals().wait(max(1, round(exc.wait_seconds)))
    if isinstance(exc, errors.ImportRejected):
        return describe_import_problem(exc.code, exc.field, exc.params)
    if isinstance(exc, errors.ValidationError):
        return describe_field(exc.code, exc.field, exc.params)
    if isinstance(exc, errors.VaultReadOnly) and exc.code == "needs_upgrade":
        return _tr(
            str(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This vault needs a small update for this version of SafeSpace, but its "
                    "disk can't be written to. Unlock the stick or card (or copy the vault "
                    "to this computer), then open it again. Nothing was changed.",
                )
            )
        )
    coded: tuple[tuple[type[errors.CodedError], Mapping[str, Wording]], ...] = (
        (errors.PassphraseRejected, codes.PASSPHRASE),
        (errors.MalformedRecoveryCode, codes.RECOVERY_CODE),
        (errors.NotFound, codes.NOT_FOUND),
        (errors.NotPermitted, codes.NOT_PERMITTED),
        (errors.BundleRejected, codes.BUNDLE),
        (errors.BackupRefused, backups.BACKUP),  # backups (issue 14)
    )
    if isinstance(exc, errors.StaleEdit):
        return _worded(stale.STALE.get(exc.code, stale.STALE["record"]), exc.params)
    for coded_kind, table in coded:
        if isinstance(exc, coded_kind):
            worded = _from_table(table, exc)
            if worded is not None:
                return worded
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


def describe_problem(problem: errors.Problem, field: str) -> str:
    """A problem reported while typing (a passphrase, a phone number), not raised."""
    if field == "passphrase" and problem.code in codes.PASSPHRASE:
        return _worded(codes.PASSPHRASE[problem.code], problem.params)
    return describe_field(problem.code, field, problem.params)


def _quoted(names: tuple[str, ...]) -> str:
    quote = _tr(str(QT_TRANSLATE_NOOP("Errors", "“%1”")))
    separator = _tr(str(QT_TRANSLATE_NOOP("Errors", ", ")))
    return separator.join(fill(quote, name) for name in names)


def name_hint_text(hint: NameHint | None) -> str:
    """What to say while a name is typed that someone else on the roster has (or nearly)."""
    if hint is None:
        return ""
    if hint.exact:
        return fill(
            _tr(
                str(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Someone on the roster is already called “%1”. You can keep the "
                        "name; adding an initial (“%1 B.”) or a word may make it easier "
                        "to tell them apart.",
                    )
                )
            ),
            hint.name,
        )
    if hint.similar:
        return fill(
            _tr(
                str(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Also on the roster: %1. Make sure people can tell them apart.",
                    )
                )
            ),
            _quoted(hint.similar[:3]),
        )
    return ""


def progress_text(code: str) -> str:
    """What a slow operation is doing, from the code a service reported."""
    wording = codes.PROGRESS.get(code)
    return _tr(wording.text) if wording is not None else code
