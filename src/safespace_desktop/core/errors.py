"""Typed errors shared by every layer (DESIGN.md §3.2).

Errors carry codes and parameters, not sentences: the UI words them in the person's
language (ui/wording). ``str(exc)`` is an English fallback for logs only; it never
contains anything a person typed, nor key material.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

_CODE = re.compile(r"^[a-z_]+$")


def _log_text(code: str, params: Mapping[str, object], field: str | None = None) -> str:
    # Numbers only: a string parameter may be a column title or name someone typed.
    numbers = ", ".join(f"{k}={v}" for k, v in sorted(params.items()) if isinstance(v, int | float))
    where = f"{field}: " if field else ""
    return f"{where}{code}" + (f" ({numbers})" if numbers else "")


@dataclass(frozen=True)
class Problem:
    """A coded problem that is reported rather than raised (a hint while typing, a row
    of an import): the same ``code`` and ``params`` a ValidationError would carry."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)


class CodedError:
    """Mixin for errors that name what went wrong with a stable snake_case ``code``.

    ``params`` fill the UI's wording (limits, counts, a version number); they are never
    shown in logs unless they are numbers.
    """

    code: str
    params: dict[str, object]

    def _set_code(self, code: str, params: Mapping[str, object]) -> None:
        # tests/unit/test_error_codes.py checks every raise in src uses a snake_case code.
        self.code = code
        self.params = dict(params)


def is_code(text: str) -> bool:
    """True for a stable snake_case error code (not an English sentence)."""
    return _CODE.match(text) is not None


class SafeSpaceError(Exception):
    """Base class of every error this application raises on purpose."""


class WrongPassphrase(SafeSpaceError):
    """The handle or passphrase did not open any key wrap."""

    def __init__(self, attempts: int = 0) -> None:
        super().__init__("The handle or passphrase is not right.")
        self.attempts = attempts


class WrongRecoveryCode(SafeSpaceError):
    """The recovery code is mistyped, already used, or belongs to someone else."""

    def __init__(self) -> None:
        super().__init__("That recovery code does not open this account.")


class MalformedRecoveryCode(CodedError, SafeSpaceError):
    """The recovery code has the wrong length or its check character does not match.

    Codes: ``wrong_length`` (length, expected), ``unknown_character``, ``typo``.
    """

    def __init__(self, code: str = "typo", /, **params: object) -> None:
        self._set_code(code, params)
        super().__init__(_log_text(code, params))


class CorruptKeyMaterial(SafeSpaceError):
    """The passphrase was right but the wrapped key behind it is damaged."""

    def __init__(self, what: str = "key") -> None:
        super().__init__(f"The stored {what} is damaged and cannot be opened.")


class IntegrityError(SafeSpaceError):
    """A sealed record failed authentication: it was changed, moved or damaged."""

    def __init__(self, table: str, row_id: str) -> None:
        super().__init__(f"A record in {table} ({row_id}) failed its integrity check.")
        self.table = table
        self.row_id = row_id


class UnsupportedFormatVersion(SafeSpaceError):
    """A blob, wrap, file or bundle declares a format version this app cannot read."""

    def __init__(self, version: int, what: str = "record") -> None:
        super().__init__(f"This {what} uses format version {version}, which this app cannot read.")
        self.version = version


class UnsafeKdfParameters(SafeSpaceError):
    """Stored key-derivation parameters fall outside the allowed floor and ceiling."""


class BundleRejected(CodedError, SafeSpaceError):
    """An export bundle or journal file was refused before anything was written.

    Codes: ``damaged``, ``incomplete``, ``not_a_journal_file``, ``too_large``, …
    """

    def __init__(self, code: str, /, **params: object) -> None:
        self._set_code(code, params)
        super().__init__(_log_text(code, params))


class PassphraseRejected(CodedError, SafeSpaceError):
    """A new passphrase does not meet the policy.

    Codes: ``too_short`` (minimum, length), ``too_long`` (limit), ``too_common``,
    ``damaged_text``.
    """

    def __init__(self, code: str, /, **params: object) -> None:
        self._set_code(code, params)
        super().__init__(_log_text(code, params))


class HandleUnavailable(SafeSpaceError):
    """The chosen handle is already used by someone in this vault."""

    def __init__(self) -> None:
        super().__init__("That handle is already taken in this vault. Please choose another.")


class InvitationInvalid(SafeSpaceError):
    """An invitation code does not match any open invitation."""

    def __init__(self) -> None:
        super().__init__("That invitation code is not valid. Ask a facilitator for a new one.")


class Throttled(SafeSpaceError):
    """Too many wrong attempts in a row; the caller must wait before trying again."""

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(f"Please wait {wait_seconds:.0f} seconds before trying again.")
        self.wait_seconds = wait_seconds


class VaultLocked(SafeSpaceError):
    """The operation needs an unlocked session and there is none."""

    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class NotPermitted(CodedError, SafeSpaceError):
    """The unlocked person may not do this (for example, a member opening the roster).

    ``code`` says what, for the wording: ``facilitators_only`` (the default),
    ``forgotten``, ``agreement_adopted``, ``key_not_held``, ``not_your_record``,
    ``not_a_member_slot``.
    """

    def __init__(self, code: str = "facilitators_only", /, **params: object) -> None:
        self._set_code(code, params)
        super().__init__(_log_text(code, params))


class ValidationError(CodedError, SafeSpaceError):
    """Input that breaks a domain rule.

    ``field`` names the offending field (the form shows the wording there), ``code`` is
    a stable snake_case identifier such as ``required``, ``too_long`` (limit) or
    ``damaged_text``, and ``params`` fill in the wording. Never an English sentence.
    """

    def __init__(self, field: str, code: str, /, **params: object) -> None:
        self._set_code(code, params)
        super().__init__(_log_text(code, params, field))
        self.field = field


class NotFound(CodedError, SafeSpaceError):
    """A record that should exist does not (or is hidden by a tombstone).

    ``code`` says which, for the wording: ``member_gone``, ``entry_gone``,
    ``no_such_version`` (version), ...
    """

    def __init__(self, code: str = "gone", /, **params: object) -> None:
        self._set_code(code, params)
        super().__init__(_log_text(code, params))


class StaleEdit(CodedError, SafeSpaceError):
    """A save started from an older revision of the record than the one stored now:
    someone (another page, a sync import) changed it in between. Nothing was written.

    ``code`` is the kind of record (``member``, ``crisis_line``; ``record`` when
    unsaid) so the wording can name it; ``expected`` and ``found`` are the revisions
    (numbers, for logs). The form keeps what was typed and offers to reload.
    """

    def __init__(self, kind: str = "record", /, **params: object) -> None:
        self._set_code(kind, params)
        super().__init__(_log_text(f"stale_{kind}", params))
        self.kind = kind


class VaultNotFound(SafeSpaceError):
    """The vault file is missing or is not a SafeSpace vault."""


class DiskFull(SafeSpaceError):
    """The disk (or the vault's size limit) filled up during a save.

    The transaction was rolled back as a whole: this change was not saved, everything
    saved before is intact, and saving works again once there is space.
    """

    def __init__(self) -> None:
        super().__init__("disk full: the change was not saved")


class VaultReadOnly(SafeSpaceError):
    """The vault is on a disk that cannot be written (a locked SD card or USB stick, a
    CD), so it is open read-only: reading, searching, printing and exporting work, and
    no change can be saved. Nothing was changed."""

    def __init__(self, code: str = "read_only_disk") -> None:
        super().__init__(code)
        self.code = code


class MigrationFailed(SafeSpaceError):
    """The vault could not be upgraded to this version's schema; the file is as it was.

    ``reason`` is for logs only (English, never typed text). ``kept_copy`` is the verified
    copy of the file as it was, when one had to be kept (the rollback itself failed).
    """

    def __init__(self, reason: str, kept_copy: object | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kept_copy = kept_copy


class ConsentRequired(ValidationError):
    """A field was given whose consent purpose is not (or no longer) consented to."""

    def __init__(self, field: str, purpose: str) -> None:
        super().__init__(field, "not_consented", purpose=purpose)
        self.purpose = purpose


class ImportRejected(ValidationError):
    """A CSV import was refused as a whole; nothing was saved. ``field`` is "file"."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__("file", code, **params)


# ---- backups (issue 14): a backup refused before anything was written ----
class BackupRefused(CodedError, SafeSpaceError):
    """A backup could not be taken, checked or restored; nothing was changed.

    Codes: ``not_a_backup``, ``damaged``, ``unreadable``, ``newer_version``,
    ``other_group``, ``records_damaged`` (count), ``cannot_write``, ``vault_in_use``,
    ``vault_missing``.
    """

    def __init__(self, code: str, /, **params: object) -> None:
        self._set_code(code, params)
        super().__init__(_log_text(code, params))
