"""Typed errors shared by every layer (DESIGN.md §3.2).

Each error carries a message that is safe to show: it never contains anything a
person typed, nor key material.
"""

from __future__ import annotations


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


class MalformedRecoveryCode(SafeSpaceError):
    """The recovery code has the wrong length or its check character does not match."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)


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


class BundleRejected(SafeSpaceError):
    """An export bundle was refused before anything was written."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PassphraseRejected(SafeSpaceError):
    """A new passphrase does not meet the policy; the message explains why, kindly."""


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


class NotPermitted(SafeSpaceError):
    """The unlocked person may not do this (for example, a member opening the roster)."""


class ValidationError(SafeSpaceError):
    """Input that breaks a domain rule; ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(SafeSpaceError):
    """A record that should exist does not (or is hidden by a tombstone)."""


class VaultNotFound(SafeSpaceError):
    """The vault file is missing or is not a SafeSpace vault."""


class ConsentRequired(ValidationError):
    """A field was given whose consent purpose is not (or no longer) consented to."""

    def __init__(self, field: str, purpose: str, message: str) -> None:
        super().__init__(field, message)
        self.purpose = purpose


class ImportRejected(ValidationError):
    """A CSV import was refused as a whole; nothing was saved."""

    def __init__(self, message: str) -> None:
        super().__init__("file", message)
