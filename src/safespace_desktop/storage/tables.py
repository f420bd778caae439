"""Typed SQLAlchemy 2.0 tables.

Only allow-listed metadata is plaintext (DESIGN.md §3.2); everything a person typed
lives in a ``*_sealed`` column. ``tests/unit/test_column_allowlist.py`` enumerates
every column here against that list.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 1
FORMAT_VERSION = 1


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class VaultMeta(Base):
    """One row describing the vault file. ``neutral_label`` is plaintext by design:
    the vault picker must show it before anyone unlocks, so it is chosen to reveal
    nothing (for example "Tuesday group")."""

    __tablename__ = "vault_meta"

    id: Mapped[int] = mapped_column(primary_key=True)
    format_version: Mapped[int]
    schema_version: Mapped[int]
    vault_id: Mapped[str] = mapped_column(String(36))
    group_id: Mapped[str] = mapped_column(String(36))
    replica_id: Mapped[str] = mapped_column(String(36))
    handle_salt: Mapped[bytes] = mapped_column(LargeBinary)
    neutral_label: Mapped[str]
    is_demo: Mapped[bool]
    kdf_memory_kib: Mapped[int]
    kdf_iterations: Mapped[int]
    kdf_lanes: Mapped[int]
    group_key_id: Mapped[bytes] = mapped_column(LargeBinary)
    commons_key_id: Mapped[bytes] = mapped_column(LargeBinary)
    hlc_last: Mapped[int]
    write_counter: Mapped[int]


class Slot(Base):
    """A person who can unlock: found by a salted hash of their handle, never by name."""

    __tablename__ = "slots"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "facilitator" | "member"
    handle_hash: Mapped[bytes | None] = mapped_column(LargeBinary, unique=True)
    invite_hash: Mapped[bytes | None] = mapped_column(LargeBinary, unique=True)


class UnlockThrottle(Base):
    """Failed attempts per handle hash; survives restarts (crypto.md claim 21)."""

    __tablename__ = "unlock_throttle"

    handle_hash: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    failures: Mapped[int]
    last_failure_at: Mapped[float]


class KeyWrap(Base):
    """A key sealed under another key. KDF parameters and salt are stored with it."""

    __tablename__ = "key_wraps"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slot_id: Mapped[str] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)
    wrapper: Mapped[str] = mapped_column(String(24))
    wrapper_key_id: Mapped[bytes] = mapped_column(LargeBinary)
    target: Mapped[str] = mapped_column(String(24))
    target_key_id: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_memory_kib: Mapped[int | None]
    kdf_iterations: Mapped[int | None]
    kdf_lanes: Mapped[int | None]
    kdf_version: Mapped[int | None]
    salt: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_sealed: Mapped[bytes] = mapped_column(LargeBinary)


class SealedRecordMixin:
    """Shape shared by every synced record: id, key id, revision, tombstone, payload.

    The version vector and per-field write metadata live inside the sealed payload.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    rev: Mapped[int]
    deleted: Mapped[bool] = mapped_column(default=False)
    payload_sealed: Mapped[bytes] = mapped_column(LargeBinary)


class GroupSettings(SealedRecordMixin, Base):
    """Group name and per-vault preferences; sealed under the commons key so members
    can read the auto-lock time that applies to them."""

    __tablename__ = "group_settings"


class FacilitatorRecord(SealedRecordMixin, Base):
    """Roster of facilitators: display handle, signing public key, status (group key)."""

    __tablename__ = "facilitators"

    slot_id: Mapped[str | None] = mapped_column(ForeignKey("slots.id", ondelete="SET NULL"))


class MemberRecord(SealedRecordMixin, Base):
    """A roster entry (group key)."""

    __tablename__ = "members"


SYNCED_TABLES: tuple[type[SealedRecordMixin], ...] = (
    GroupSettings,
    FacilitatorRecord,
    MemberRecord,
)
