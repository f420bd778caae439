"""Typed SQLAlchemy 2.0 tables.

Only allow-listed metadata is plaintext (DESIGN.md §3.2); everything a person typed
lives in a ``*_sealed`` column. ``tests/unit/test_column_allowlist.py`` enumerates
every column here against that list.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, LargeBinary, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# The layout of the tables and plaintext columns. Raising it needs a step in
# ``storage/migrations`` (which runs without keys); it is never bound into a record's
# associated data. Sealed payloads carry their own ``format_version`` per row.
SCHEMA_VERSION = 6
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
    __table_args__ = (Index("ix_journal_entries_slot_id_id_rev", "slot_id", "id", "rev"),)

    slot_id: Mapped[str] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"))


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


class JournalIndexBlock(SealedRecordMixin, Base):
    """One block of a person's journal index: the displayed values of the entries whose
    ids fall in this block, sealed under their journal key (issue 15). Derived from the
    entries and checked against their revisions on every load; never synced."""

    __tablename__ = "journal_index_blocks"

    slot_id: Mapped[str] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)


JOURNAL_TABLES: tuple[type[SealedRecordMixin], ...] = (
    JournalEntryRecord,
    JournalDraftRecord,
    SafetyPlanRecord,
    JournalSettingsRecord,
    JournalTemplateRecord,
    JournalIndexBlock,
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


# --------------------------------------------------------------------------- resources (issue 11)
# Coping resources. A resource's audience picks its table and so its key: members and
# facilitators read ``resources_shared`` (commons key), facilitators only read
# ``resources_facilitators`` (group key). Titles, bodies, tags, dates and service
# details are all sealed; only the mixin columns are plaintext.


class SharedResourceRecord(SealedRecordMixin, Base):
    """A resource for members and facilitators (commons key)."""

    __tablename__ = "resources_shared"


class FacilitatorResourceRecord(SealedRecordMixin, Base):
    """A resource for facilitators only (group key)."""

    __tablename__ = "resources_facilitators"


class ResourceLibraryRecord(SealedRecordMixin, Base):
    """Library-wide settings members may read: the suggestion drop box's public key
    (commons key)."""

    __tablename__ = "resource_library"


class ResourceSuggestionDropRecord(SealedRecordMixin, Base):
    """A member's suggestion as dropped: its payload is sealed under a fresh content key
    that ``wrapped_key_sealed`` wraps to the drop box (crypto/drop_box.py). A facilitator
    collects it into ``resource_suggestions`` and leaves a group-key tombstone here."""

    __tablename__ = "resource_suggestion_drops"

    wrapped_key_sealed: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class ResourceSuggestionRecord(SealedRecordMixin, Base):
    """A collected suggestion facilitators read and mark handled (group key)."""

    __tablename__ = "resource_suggestions"


class ResourceFavouritesRecord(SealedRecordMixin, Base):
    """A person's own favourite resources (their journal key). The service keeps one
    row per slot; no unique constraint, so two PCs' rows can both arrive by file."""

    __tablename__ = "resource_favourites"

    slot_id: Mapped[str] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)


JOURNAL_TABLES = (*JOURNAL_TABLES, ResourceFavouritesRecord)  # resources (issue 11)
# --------------------------------------------------------------------------- attachments
# Attachments (issue 11, feature "attach"). An attachment record (file name, media type,
# size, blob id, owner record id: all sealed) lives in one of two tables by who may read
# it: members' resources under the commons key, facilitators-only under the group key.
# The file's bytes live once per scope in ``blob_chunks``, sealed chunk by chunk
# (storage/blobs.py); its only plaintext is a keyed hash, a position and a key id.


class AttachmentCommonsRecord(SealedRecordMixin, Base):
    """An attachment members and facilitators may open (commons key)."""

    __tablename__ = "attachments_commons"


class AttachmentGroupRecord(SealedRecordMixin, Base):
    """An attachment only facilitators may open (group key)."""

    __tablename__ = "attachments_group"


class BlobChunk(Base):
    """One sealed piece of an attachment's content (storage/blobs.py)."""

    __tablename__ = "blob_chunks"

    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    chunk_index: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    chunk_sealed: Mapped[bytes] = mapped_column(LargeBinary)


# --------------------------------------------------------------------------- meetings (issue 9)
# Schedule, meetings and agendas (meet). What members may read (the schedule, each
# meeting's date, time, place, status and cancel reason, and the PUBLIC agenda segments)
# is sealed under the commons key; internal segments, every facilitator-only note,
# saved templates and the topic backlog are sealed under the group key, in tables a
# member's keys cannot open. Dates, times and places are all inside the payloads; the
# only new plaintext column is ``meeting_id`` (a foreign key, bound into the AD).


class MeetingScheduleRecord(SealedRecordMixin, Base):
    """One stretch of the schedule: cadence, weekday, time, length, place (commons key)."""

    __tablename__ = "meeting_schedules"


class MeetingRecord(SealedRecordMixin, Base):
    """A meeting: date, time, length, place, status, cancel reason (commons key)."""

    __tablename__ = "meetings"


class AgendaSegmentRecord(SealedRecordMixin, Base):
    """A PUBLIC agenda segment as members see it (commons key)."""

    __tablename__ = "agenda_segments"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )


class AgendaPrivateRecord(SealedRecordMixin, Base):
    """Facilitator side of every segment (group key): the facilitator-only note and the
    public flag; an internal segment's whole content lives only here."""

    __tablename__ = "agenda_private"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )


class MeetingTemplateRecord(SealedRecordMixin, Base):
    """A meeting template the group saved (group key)."""

    __tablename__ = "meeting_templates"


class MeetingTopicRecord(SealedRecordMixin, Base):
    """A topic in the backlog, to pick into a later agenda (group key)."""

    __tablename__ = "meeting_topics"


class MeetingIndexRecord(SealedRecordMixin, Base):
    """A local, sealed index of the meetings (commons key; never synced): the list
    pages read it instead of opening thousands of meeting rows. Rebuilt from the
    meeting rows whenever their fingerprints differ (after a sync import, too)."""

    __tablename__ = "meeting_index"


MEETING_TABLES: tuple[type[SealedRecordMixin], ...] = (
    MeetingScheduleRecord,
    MeetingRecord,
    AgendaSegmentRecord,
    AgendaPrivateRecord,
    MeetingTemplateRecord,
    MeetingTopicRecord,
)


# --------------------------------------------------------------------------- attendance (issue 9)
# Attendance, the meeting record and follow-ups (attend). Every name, status, count,
# date and note is sealed under the group key. The one new plaintext column is
# ``attendance.meeting_id`` (a UUID, bound into the AD) so opening one meeting reads
# its few rows instead of all of them; who a row is about lives inside the payload.


class AttendanceRecord(SealedRecordMixin, Base):
    """One consenting member's attendance at one meeting (group key). The id is derived
    from the meeting and member ids, so two PCs marking the same person merge."""

    __tablename__ = "attendance"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )


class AttendanceCountRecord(SealedRecordMixin, Base):
    """People counted without names at one meeting (group key); id derived from the
    meeting id."""

    __tablename__ = "attendance_counts"


class MeetingNotesRecord(SealedRecordMixin, Base):
    """The record after a meeting: themes, next meeting, volunteers, final notes (group
    key); id derived from the meeting id."""

    __tablename__ = "meeting_records"


class MeetingOutcomeRecord(SealedRecordMixin, Base):
    """How a run meeting went (issue 10; group key): held, ratings without any member
    id, safety pauses counted, minutes per segment; id derived from the meeting id."""

    __tablename__ = "meeting_outcomes"


class FollowUpRecord(SealedRecordMixin, Base):
    """A facilitator's follow-up: text, due date, done flag, linked member/meeting
    (group key)."""

    __tablename__ = "follow_ups"


ATTENDANCE_TABLES: tuple[type[SealedRecordMixin], ...] = (
    AttendanceRecord,
    AttendanceCountRecord,
    MeetingNotesRecord,
    FollowUpRecord,
)
# --------------------------------------------------------------------------- care kit (carekit, #13)
# The co-facilitator rota and the succession checklist (group key). Who leads, who is
# away, who covers and every tick (with its date) are sealed; only the mixin columns show.


class RotaEntryRecord(SealedRecordMixin, Base):
    """Who leads and supports one meeting, who is away and who covers (group key); the
    id is derived from the meeting id, so two PCs planning the same meeting merge."""

    __tablename__ = "rota_entries"


class CareChecklistRecord(SealedRecordMixin, Base):
    """The group's succession checklist: one ticked date per item (group key; one
    record per group, id derived from the group id)."""

    __tablename__ = "care_checklist"


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
# The sync tables live in tables_sync.py (this module stays under 600 lines); importing
# it here registers them on the same metadata and keeps ``tables.SyncDeviceRecord`` etc.
from safespace_desktop.storage import tables_sync as _sync  # noqa: E402

SyncDeviceRecord = _sync.SyncDeviceRecord
SyncExportLog = _sync.SyncExportLog
SyncForeignRecord = _sync.SyncForeignRecord
SyncImportLog = _sync.SyncImportLog
SyncLocalDevice = _sync.SyncLocalDevice
SyncPeerKnowledge = _sync.SyncPeerKnowledge

# ------------------------------------------- feedback (issue 13): in tables_feedback.py
from safespace_desktop.storage import tables_feedback as _feedback  # noqa: E402

FeedbackDropRecord = _feedback.FeedbackDropRecord
FeedbackResponseRecord = _feedback.FeedbackResponseRecord


# --------------------------------------------------------------------------- pagesperf (issue 15)
class FollowUpIndexRecord(SealedRecordMixin, Base):
    """Which follow-up rows are open, by each row's fingerprint (group key; never
    synced): Home opens those few instead of every follow-up a group ever made. Caught
    up from the rows whenever their fingerprints differ."""

    __tablename__ = "follow_up_index"


# --------------------------------------------------------------------------- issue 15
# The resources' list-and-search index and the roster's index live in their own modules.
from safespace_desktop.storage import tables_resource_index as _resource_index  # noqa: E402
from safespace_desktop.storage import tables_roster_index as _roster_index  # noqa: E402

SharedResourceIndexRecord = _resource_index.SharedResourceIndexRecord
FacilitatorResourceIndexRecord = _resource_index.FacilitatorResourceIndexRecord
RosterIndexRecord = _roster_index.RosterIndexRecord
