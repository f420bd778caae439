"""Typed SQLAlchemy 2.0 tables.

Only allow-listed metadata is plaintext (DESIGN.md §3.2); everything a person typed
lives in a ``*_sealed`` column. ``tests/unit/test_column_allowlist.py`` enumerates
every column here against that list.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# The layout of the tables and plaintext columns. Raising it needs a step in
# ``storage/migrations`` (which runs without keys); it is never bound into a record's
# associated data. Sealed payloads carry their own ``format_version`` per row.
SCHEMA_VERSION = 4
# The vault file's container format; a different value is refused outright.
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
    ``format_version`` is the row's own record format (how its associated data is laid
    out); rows written before formats existed are format 1, hence the default.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    format_version: Mapped[int] = mapped_column(server_default=text("1"))
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


# --------------------------------------------------------------------------- roster (issue 3)
# Consent, check-in pairs, roster settings and the group agreement. Everything a person
# typed, every date and every count lives in the sealed payload; the only new plaintext
# column is ``consents.member_id`` (a foreign key, bound into the AD).


class ConsentLogRecord(SealedRecordMixin, Base):
    """One consent given by a member for one purpose: wording version, dates, method
    (group key). Never deleted: withdrawal is a date inside the payload."""

    __tablename__ = "consents"

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)


class ConsentWordingRecord(SealedRecordMixin, Base):
    """One version of a consent text or of the confidentiality statement (commons key,
    so a member can read what they agreed to). Versions are never edited."""

    __tablename__ = "consent_wordings"


class CheckinPairRecord(SealedRecordMixin, Base):
    """A "We Care" check-in pair of two consenting members (group key)."""

    __tablename__ = "checkin_pairs"


class RosterSettingsRecord(SealedRecordMixin, Base):
    """Facilitator-only roster preferences, such as the retention period (group key)."""

    __tablename__ = "roster_settings"


class AgreementDraftRecord(SealedRecordMixin, Base):
    """A group agreement being written or amended (group key)."""

    __tablename__ = "agreement_drafts"


class AgreementVersionRecord(SealedRecordMixin, Base):
    """An adopted, read-only version of the group agreement (commons key: members read it)."""

    __tablename__ = "agreement_versions"


class AgreementAffirmationRecord(SealedRecordMixin, Base):
    """Agreement recorded at a meeting: date, present and agreed counts, no names (group key)."""

    __tablename__ = "agreement_affirmations"


SYNCED_TABLES: tuple[type[SealedRecordMixin], ...] = (
    GroupSettings,
    FacilitatorRecord,
    MemberRecord,
    ConsentLogRecord,
    ConsentWordingRecord,
    CheckinPairRecord,
    RosterSettingsRecord,
    AgreementDraftRecord,
    AgreementVersionRecord,
    AgreementAffirmationRecord,
)


# --------------------------------------------------------------------------- journals
# Private journals (issue 4). Every row is sealed under its owner's journal key with
# ``Scope.journal(slot_id)``; the plaintext ``slot_id`` is bound into the AD. These
# tables have no date, time, size or count columns: entry dates, moods and tags live
# inside the sealed payloads. One row per entry, so adding an entry costs the same at
# 100 or 10,000 entries. Journals never travel in facilitator bundles.


class JournalEntryRecord(SealedRecordMixin, Base):
    """One journal entry (title, body, entry date, mood, feelings, tags, star)."""

    __tablename__ = "journal_entries"

    slot_id: Mapped[str] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)


class JournalDraftRecord(SealedRecordMixin, Base):
    """The autosaved editor draft: at most one row per slot."""

    __tablename__ = "journal_drafts"

    slot_id: Mapped[str] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), index=True, unique=True
    )


class SafetyPlanRecord(SealedRecordMixin, Base):
    """The person's safety plan: at most one row per slot."""

    __tablename__ = "safety_plans"

    slot_id: Mapped[str] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), index=True, unique=True
    )


class JournalSettingsRecord(SealedRecordMixin, Base):
    """Private journal preferences ("on this day", group-prompt opt-in): one per slot."""

    __tablename__ = "journal_settings"

    slot_id: Mapped[str] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), index=True, unique=True
    )


class JournalTemplateRecord(SealedRecordMixin, Base):
    """A writing template the person made for their own journal."""

    __tablename__ = "journal_templates"

    slot_id: Mapped[str] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)


class GroupPromptRecord(SealedRecordMixin, Base):
    """A reflection prompt a facilitator offers the group (commons key). Answers are
    never stored here: answering writes only to the member's own journal."""

    __tablename__ = "group_prompts"


JOURNAL_TABLES: tuple[type[SealedRecordMixin], ...] = (
    JournalEntryRecord,
    JournalDraftRecord,
    SafetyPlanRecord,
    JournalSettingsRecord,
    JournalTemplateRecord,
)


# --------------------------------------------------------------------------- crisis lines
# PLAINTEXT ON PURPOSE (DESIGN.md §3.2): the crisis-line directory is public information
# that the lock screen shows before anyone unlocks (F1, workflow W8). Nothing a member
# typed ever goes here; only facilitators edit it. Dates are ISO text, not a Date type.


class CrisisLine(Base):
    """One crisis line: name, phone, hours, a note, and when a facilitator last checked it.

    ``is_example`` marks the clearly-labelled rows the app ships (never a real number);
    ``deleted`` keeps a blanked tombstone so the examples are only ever added once.
    """

    __tablename__ = "crisis_lines"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(60))
    hours: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(String(500))
    sort_order: Mapped[int]
    last_verified: Mapped[str | None] = mapped_column(String(10))
    is_example: Mapped[bool]
    deleted: Mapped[bool] = mapped_column(default=False)


# --------------------------------------------------------------------------- form drafts
# Typing a facilitator had not saved when the app locked, sealed under the group key and
# kept on this computer only: never synced, never exported. Which form and record it
# belongs to, and whose it is, live inside the sealed payload, so the plaintext columns
# are only the mixin's.


class FormDraftRecord(SealedRecordMixin, Base):
    """An unsaved form kept at lock time (group key; local only, never synced)."""

    __tablename__ = "form_drafts"


# --------------------------------------------------------------------------- key epochs (devices, #12)
# Which group key belongs to which epoch (DESIGN.md §3.1): key ids and epoch numbers
# are allow-listed metadata. The keys themselves live only in ``key_wraps``.


class GroupKeyEpoch(Base):
    """One group key epoch: its number and the id of the key made for it.

    Epoch 0 is the key the vault was created with; a revocation adds the next one.
    The current epoch is the highest number (``vault_meta.group_key_id`` names its key).
    """

    __tablename__ = "group_key_epochs"

    epoch: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    key_id: Mapped[bytes] = mapped_column(LargeBinary, unique=True)


# --------------------------------------------------------------------------- sync (issue 12)
# Enrolled devices travel in bundles (sealed under the group key). The other sync tables
# are this PC's own bookkeeping and never travel: the device's private signing key
# (sealed under the group key), what was imported (a sealed summary per import), which
# bundles this PC wrote, and what each peer is known to hold (version vectors only).


class SyncDeviceRecord(SealedRecordMixin, Base):
    """An enrolled device: replica id, Ed25519 public key, facilitator, status, name."""

    __tablename__ = "sync_devices"


class SyncLocalDevice(Base):
    """This install's device signing key, sealed under the group key (never exported)."""

    __tablename__ = "sync_local_device"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    key_sealed: Mapped[bytes] = mapped_column(LargeBinary)


class SyncImportLog(Base):
    """One row per import: bundle id, sender, the snapshot taken before it, undone flag;
    the counts and names shown in the log are sealed under the group key."""

    __tablename__ = "sync_import_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int]
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    sender_replica: Mapped[str] = mapped_column(String(36))
    snapshot_name: Mapped[str | None] = mapped_column(String(80))
    write_counter_after: Mapped[int]
    undone: Mapped[bool] = mapped_column(default=False)
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    summary_sealed: Mapped[bytes] = mapped_column(LargeBinary)


class SyncExportLog(Base):
    """Bundles this PC wrote (to recognise its own bundles and number folder files)."""

    __tablename__ = "sync_export_log"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int]


class SyncPeerKnowledge(Base):
    """What a replica is known to hold (its version vector, JSON); one row per peer and
    one for this replica itself."""

    __tablename__ = "sync_peers"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vector_json: Mapped[str]


class SyncForeignRecord(Base):
    """A record of a type this version does not know, from a newer app's bundle: kept
    sealed (group key) exactly as it came, merged and sent on, so nothing is lost on
    the way through an older PC (sync.md §2.9). The id is a UUIDv5 of type and id."""

    __tablename__ = "sync_foreign_records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    record_sealed: Mapped[bytes] = mapped_column(LargeBinary)
