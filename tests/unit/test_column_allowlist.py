"""Claim 2: every column is either reviewed plaintext metadata or a sealed blob.

Adding a column to ``storage/tables.py`` without reviewing it here fails this test:
either name it ``*_sealed`` with type ``LargeBinary`` (and seal it in a repository),
or add it to ``ALLOWLIST`` with a one-line reason that a reviewer can check against
DESIGN.md §3.2 / crypto.md §4.4.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Integer,
    Interval,
    LargeBinary,
    MetaData,
    String,
    Table,
    Time,
    inspect,
)

from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.tables import Base

_MIXIN = {
    "id": "random UUIDv4 row id (lookup key, bound into the AD)",
    "format_version": "the row's own record format (AD layout), bound into the AD",
    "key_id": "which key sealed the payload (key id / epoch), bound into the AD",
    "rev": "revision counter for sync, bound into the AD",
    "deleted": "tombstone flag for sync, bound into the AD",
}

_JOURNAL_TABLES = (
    "journal_entries",
    "journal_drafts",
    "safety_plans",
    "journal_settings",
    "journal_templates",
    "journal_index_blocks",
    "resource_favourites",  # resources (issue 11)
)

_CRISIS_LINES_REASON = (
    "crisis-line directory: public information shown on the lock screen (DESIGN.md §3.2)"
)

ALLOWLIST: dict[str, str] = {
    # vault_meta: read before anyone unlocks.
    "vault_meta.id": "single-row primary key (always 1)",
    "vault_meta.format_version": "file format version, checked before unlock",
    "vault_meta.schema_version": "schema version, checked before unlock to refuse newer files",
    "vault_meta.vault_id": "random UUIDv4 vault/install id",
    "vault_meta.group_id": "random UUIDv4 scope id, bound into every record's AD",
    "vault_meta.replica_id": "random UUIDv4 replica id for sync dots",
    "vault_meta.handle_salt": "random salt for handle and invitation hashes",
    "vault_meta.neutral_label": (
        "ON PURPOSE plaintext: the vault picker shows it before unlock, and the create "
        "dialog asks for a label that reveals nothing (e.g. 'Tuesday group')"
    ),
    "vault_meta.is_demo": "marks the fictional demo vault",
    "vault_meta.kdf_memory_kib": "KDF policy for new wraps (crypto.md §4.5)",
    "vault_meta.kdf_iterations": "KDF policy for new wraps",
    "vault_meta.kdf_lanes": "KDF policy for new wraps",
    "vault_meta.group_key_id": "id of the current group key (key id / epoch)",
    "vault_meta.commons_key_id": "id of the commons key",
    "vault_meta.hlc_last": "last hybrid-logical-clock value: sync metadata (DESIGN §3.2)",
    "vault_meta.write_counter": "this replica's write counter: sync metadata",
    # slots: found by salted hash, never by name.
    "slots.id": "random UUIDv4 slot id",
    "slots.kind": "facilitator/member: selects which wraps to open (also implied by targets)",
    "slots.handle_hash": "salted SHA-256 of the handle (crypto.md §4.1)",
    "slots.invite_hash": "salted hash of an open invitation code",
    # unlock_throttle: claim 21.
    "unlock_throttle.handle_hash": "salted handle hash the counter belongs to",
    "unlock_throttle.failures": "failed-attempt counter (crypto.md §4.4 slot data)",
    "unlock_throttle.last_failure_at": "time of the last failure, for the back-off (§4.4)",
    # key_wraps: wrap metadata, all of it bound into the wrap's AD.
    "key_wraps.id": "random UUIDv4 wrap id",
    "key_wraps.slot_id": "owner slot (foreign key)",
    "key_wraps.wrapper": "wrapper kind: passphrase / recovery / facilitator_key / invitation",
    "key_wraps.wrapper_key_id": "id of the KEK, tells wrong passphrase from damaged wrap",
    "key_wraps.target": "which key this wrap holds",
    "key_wraps.target_key_id": "id of the wrapped key",
    "key_wraps.kdf_memory_kib": "Argon2id m stored with the wrap",
    "key_wraps.kdf_iterations": "Argon2id t stored with the wrap",
    "key_wraps.kdf_lanes": "Argon2id p stored with the wrap",
    "key_wraps.kdf_version": "Argon2 version (0x13) stored with the wrap",
    "key_wraps.salt": "random KDF / HKDF salt of the wrap",
    # Synced sealed records.
    **{f"group_settings.{c}": reason for c, reason in _MIXIN.items()},
    **{f"facilitators.{c}": reason for c, reason in _MIXIN.items()},
    "facilitators.slot_id": "foreign key to the facilitator's slot, bound into the AD",
    **{f"members.{c}": reason for c, reason in _MIXIN.items()},
    # Roster, consent and agreement (issue 3). Only the mixin columns are plaintext;
    # names, dates, purposes, wording, counts and the pair members are all sealed.
    **{
        f"{table}.{c}": reason
        for table in (
            "consents",  # group key: purpose, wording version, dates, method
            "consent_wordings",  # commons key: versioned consent texts and the statement
            "checkin_pairs",  # group key: the two member ids are inside the payload
            "roster_settings",  # group key: retention period
            "agreement_drafts",  # group key
            "agreement_versions",  # commons key: members read the adopted agreement
            "agreement_affirmations",  # group key: date, present and agreed counts
        )
        for c, reason in _MIXIN.items()
    },
    "consents.member_id": (
        "foreign key to the member row, bound into the AD; lets withdrawal and the consent "
        "log read one member's records without opening everyone's (UUIDs only)"
    ),
    # Private journal rows (issue 4): sealed under the owner's journal key. Only the
    # mixin columns and the owner slot are plaintext: no dates, sizes or counts.
    **{
        f"{table}.{c}": reason
        for table in _JOURNAL_TABLES
        for c, reason in {
            **_MIXIN,
            "slot_id": (
                "owner slot (foreign key), bound into the AD; lets a session fetch only "
                "its own rows and lets shredding a slot cascade"
            ),
        }.items()
    },
    # Group prompts: commons-key records a facilitator offers; who answered is never stored.
    **{f"group_prompts.{c}": reason for c, reason in _MIXIN.items()},
    # Unsaved form drafts kept at lock time (group key, local only): which form, which
    # record and whose draft it is are all inside the sealed payload.
    **{f"form_drafts.{c}": reason for c, reason in _MIXIN.items()},
    # Coping resources (issue 11): titles, bodies, tags, dates, service details, drop-box
    # keys, suggestions and favourites are all sealed; only the mixin columns (and the
    # favourites' owner slot) are plaintext.
    **{
        f"{table}.{c}": reason
        for table in (
            "resources_shared",  # commons key: resources for members and facilitators
            "resources_facilitators",  # group key: facilitators only
            "resource_library",  # commons key: the drop box's public key
            "resource_suggestion_drops",  # sealed to the drop box (wrap is *_sealed)
            "resource_suggestions",  # group key
        )
        for c, reason in _MIXIN.items()
    },
    **{f"resource_favourites.{c}": reason for c, reason in _MIXIN.items()},
    "resource_favourites.slot_id": "owner slot (foreign key), bound into the AD, like journals",
    # attach (issue 11): attachment records by scope (file name, media type, size, blob
    # id and owner are sealed), and the chunked content of each blob.
    **{f"attachments_commons.{c}": reason for c, reason in _MIXIN.items()},
    **{f"attachments_group.{c}": reason for c, reason in _MIXIN.items()},
    "blob_chunks.blob_id": (
        "keyed hash (HMAC-SHA256 under an HKDF key from the scope key) of the content, "
        "never a plain hash; bound into every chunk's AD"
    ),
    "blob_chunks.chunk_index": "position of the sealed chunk in its blob, bound into the AD",
    "blob_chunks.key_id": "which scope key (id / epoch) the chunk key comes from, in the AD",
    # Meetings (issue 9, meet): dates, times, places, titles, notes, minutes and the
    # public flag are sealed; only the mixin columns and the meeting foreign key show.
    **{
        f"{table}.{c}": reason
        for table in (
            "meeting_schedules",  # commons key: cadence, weekday, time, length, place
            "meetings",  # commons key: date, time, place, status, cancel reason
            "agenda_segments",  # commons key: public segments only
            "agenda_private",  # group key: notes, public flag, internal segments
            "meeting_templates",  # group key
            "meeting_topics",  # group key
            "meeting_index",  # commons key, local only: the list pages' index
        )
        for c, reason in _MIXIN.items()
    },
    **{
        f"{table}.meeting_id": (
            "foreign key to the meeting row (UUID), bound into the AD; lets one meeting's "
            "agenda open without opening every segment"
        )
        for table in ("agenda_segments", "agenda_private")
    },
    # Attendance, meeting record and follow-ups (issue 9, attend): group key. Who a row
    # is about, statuses, counts, dates and every note are inside the sealed payload.
    **{
        f"{table}.{c}": reason
        for table in (
            "attendance",
            "attendance_counts",
            "meeting_records",
            "meeting_outcomes",
            "follow_ups",
        )
        for c, reason in _MIXIN.items()
    },
    "attendance.meeting_id": (
        "meeting UUID the row belongs to, bound into the AD; lets one meeting's panel read "
        "its few rows instead of all of them (who the row is about stays sealed)"
    ),
    # sync (issue 12): enrolled devices are sealed records; the rest is this PC's own
    # bookkeeping: ids, key ids, counters and version vectors (sync metadata, §3.2).
    **{f"sync_devices.{c}": reason for c, reason in _MIXIN.items()},
    "sync_local_device.replica_id": "this install's random UUIDv4 replica id",
    "sync_local_device.key_id": "id of the group key sealing the device key",
    "sync_import_log.id": "random UUIDv4 log row id",
    "sync_import_log.seq": "order of imports on this PC (sync metadata)",
    "sync_import_log.bundle_id": "random UUIDv4 bundle id (makes re-import a no-op)",
    "sync_import_log.sender_replica": "random UUIDv4 replica id of the sending device",
    "sync_import_log.snapshot_name": "random file name of the pre-import snapshot",
    "sync_import_log.write_counter_after": "write counter after the import (undo check)",
    "sync_import_log.undone": "whether 'undo last import' restored the snapshot",
    "sync_import_log.key_id": "id of the group key sealing the summary",
    "sync_export_log.bundle_id": "random UUIDv4 id of a bundle this PC wrote",
    "sync_export_log.seq": "sequence number of this PC's bundles (folder-mode file name)",
    "sync_peers.replica_id": "random UUIDv4 replica id",
    "sync_peers.vector_json": "version vector of what that replica holds: sync metadata",
    "sync_foreign_records.id": "UUIDv5 of a newer app's record type and id (reveals neither)",
    "sync_foreign_records.key_id": "id of the group key sealing the kept record",
    # syncperf (#12): the conflicts inbox's index of records holding siblings
    "sync_conflict_flags.table_name": "table of a record holding unresolved siblings",
    "sync_conflict_flags.record_id": "id of that record (already a plaintext column)",
    # Crisis-line directory: plaintext ON PURPOSE, shown on the lock screen (F1, W8).
    **{
        f"crisis_lines.{c}": _CRISIS_LINES_REASON
        for c in (
            "id",
            "name",
            "phone",
            "hours",
            "note",
            "sort_order",
            "last_verified",
            "is_example",
            "deleted",
        )
    },
    # carekit (issue 13): the rota and the succession checklist (group key); who leads,
    # who is away, who covers and every tick are sealed, only the mixin columns show.
    **{
        f"{table}.{c}": reason
        for table in ("rota_entries", "care_checklist")
        for c, reason in _MIXIN.items()
    },
    # devices (#12): group key epochs, number → key id (DESIGN.md §3.2 allows key ids/epochs).
    "group_key_epochs.epoch": "group key epoch number",
    "group_key_epochs.key_id": "id of that epoch's group key (the key itself is only wrapped)",
    # feedback (issue 13): anonymous drops sealed to the drop box; the meeting, its date,
    # the rating and every text are inside the payload (the wrap is *_sealed).
    **{f"feedback_drops.{c}": reason for c, reason in _MIXIN.items()},
    # collected responses and evaluations: group key, no member id, answers sealed
    **{f"feedback_responses.{c}": reason for c, reason in _MIXIN.items()},
    # pagesperf (issue 15): group key, local only: which follow-up rows are open
    **{f"follow_up_index.{c}": reason for c, reason in _MIXIN.items()},
    # issue 15: group key, local only: the roster entries as last opened
    **{f"roster_index.{c}": reason for c, reason in _MIXIN.items()},
    # resperf (issue 15): the resources' list-and-search index, local only: blocks of
    # entries sealed under their resources' key (commons / group)
    **{
        f"{table}.{c}": reason
        for table in ("resource_index_shared", "resource_index_facilitators")
        for c, reason in _MIXIN.items()
    },
}

_TIME_TYPES = (Date, DateTime, Time, Interval)


def unreviewed_columns(metadata: MetaData, allowlist: dict[str, str]) -> list[str]:
    """Columns that are neither allow-listed nor a ``LargeBinary`` named ``*_sealed``."""
    problems = []
    for table in metadata.sorted_tables:
        for column in table.columns:
            name = f"{table.name}.{column.name}"
            if name in allowlist:
                if column.name.endswith("_sealed"):
                    problems.append(f"{name}: sealed columns must not be allow-listed")
                continue
            if column.name.endswith("_sealed") and isinstance(column.type, LargeBinary):
                continue
            problems.append(f"{name}: not on the plaintext allowlist and not a sealed blob")
    return problems


def time_columns(metadata: MetaData) -> list[str]:
    return [
        f"{t.name}.{c.name}"
        for t in metadata.sorted_tables
        for c in t.columns
        if isinstance(c.type, _TIME_TYPES)
    ]


def test_every_column_is_allow_listed_or_sealed() -> None:
    assert unreviewed_columns(Base.metadata, ALLOWLIST) == []


def test_allowlist_has_no_stale_entries() -> None:
    present = {f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.columns}
    assert sorted(set(ALLOWLIST) - present) == []


def test_every_reason_is_one_line_and_non_empty() -> None:
    for name, reason in ALLOWLIST.items():
        assert reason.strip() and "\n" not in reason, name


def test_no_date_or_time_columns_anywhere() -> None:
    """Journal tables (and every other table) keep dates inside the sealed payload."""
    assert time_columns(Base.metadata) == []


def test_journal_tables_hold_only_ids_key_ids_revisions_and_the_owner_slot() -> None:
    """Journal rows reveal nothing but who owns them: no dates, moods, tags or sizes."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    for name in _JOURNAL_TABLES:
        plaintext = {c.name for c in tables[name].columns if not c.name.endswith("_sealed")}
        assert plaintext == {"id", "format_version", "key_id", "rev", "deleted", "slot_id"}, name
        assert [c.name for c in tables[name].columns if c.name.endswith("_sealed")] == [
            "payload_sealed"
        ]


def test_every_table_has_a_sealed_payload_except_reviewed_metadata_tables() -> None:
    """Tables without a sealed column may only hold allow-listed metadata."""
    metadata_only = {
        "vault_meta",
        "slots",
        "unlock_throttle",
        # crisis-line directory: public information shown on the lock screen (DESIGN.md §3.2)
        "crisis_lines",
        # devices (#12): epoch number → group key id; the keys are only in key_wraps
        "group_key_epochs",
    }
    # sync (issue 12): which bundles this PC wrote, and peers' version vectors
    metadata_only |= {"sync_export_log", "sync_peers"}
    # syncperf (#12): which records hold conflicts (table names and ids only)
    metadata_only |= {"sync_conflict_flags"}
    for table in Base.metadata.sorted_tables:
        sealed = [c for c in table.columns if c.name.endswith("_sealed")]
        if table.name not in metadata_only:
            assert sealed, f"{table.name} has no sealed column"


def test_the_database_on_disk_has_exactly_the_reviewed_columns(vault: Vault) -> None:
    """No column reaches the file outside the ORM metadata (no raw DDL side tables)."""
    inspector = inspect(vault.engine)
    on_disk = {
        f"{table}.{column['name']}"
        for table in inspector.get_table_names()
        for column in inspector.get_columns(table)
    }
    in_metadata = {f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.columns}
    assert on_disk == in_metadata


def test_checker_catches_unreviewed_columns() -> None:
    """Sanity control: the checker really rejects the mistakes it exists to catch."""
    metadata = MetaData()
    Table(
        "diary",
        metadata,
        Column("id", String, primary_key=True),
        Column("title", String),  # plaintext text: not allowed
        Column("body_sealed", String),  # right name, wrong type
        Column("payload", LargeBinary),  # right type, wrong name
        Column("entry_sealed", LargeBinary),  # fine
        Column("written_on", Date),
        Column("mood", Integer),
    )
    problems = unreviewed_columns(metadata, {"diary.id": "uuid"})
    flagged = {p.split(":")[0] for p in problems}
    assert flagged == {
        "diary.title",
        "diary.body_sealed",
        "diary.payload",
        "diary.written_on",
        "diary.mood",
    }
    assert time_columns(metadata) == ["diary.written_on"]
    assert unreviewed_columns(metadata, {"diary.entry_sealed": "no"}) != []


def test_roster_tables_hold_only_ids_key_ids_revisions_and_the_member_link() -> None:
    """Consent, pairs, settings and agreement rows (issue 3) reveal no dates, purposes,
    counts or names: only the mixin columns, plus the member link of a consent row."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    mixin = {"id", "format_version", "key_id", "rev", "deleted"}
    expected = {
        "consents": mixin | {"member_id"},
        "consent_wordings": mixin,
        "checkin_pairs": mixin,
        "roster_settings": mixin,
        "agreement_drafts": mixin,
        "agreement_versions": mixin,
        "agreement_affirmations": mixin,
        "form_drafts": mixin,  # the form, the record and the owner are sealed
    }
    for name, columns in expected.items():
        plaintext = {c.name for c in tables[name].columns if not c.name.endswith("_sealed")}
        assert plaintext == columns, name
