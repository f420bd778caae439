"""Tables of sync between facilitators (issue 12); imported by ``tables.py``."""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, String, text  # noqa: F401
from sqlalchemy.orm import Mapped, mapped_column  # noqa: F401

from safespace_desktop.storage.tables import Base, SealedRecordMixin

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


class SyncConflictFlag(Base):
    """Which group/commons records hold unresolved siblings, so the conflicts inbox
    opens only those instead of every record. Kept by the repository on every write
    (``SealedRecords.store`` / ``store_many``). Ids and table names only: both are
    plaintext columns of the records themselves. The row with an empty table name
    says the flags are complete (an older vault builds them once, on first read)."""

    __tablename__ = "sync_conflict_flags"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
