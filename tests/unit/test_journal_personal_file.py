"""The personal journal file: move a journal to another PC, or keep a backup.

- Round trip between two different vaults and two different people: entries, the
  safety plan and templates arrive, sealed again under the importer's own key.
- Import is idempotent by entry id and never resurrects a deleted entry.
- Any damaged byte, any truncation, a foreign file, or a newer format is refused
  with a typed error, and nothing is written. A wrong passphrase is WrongPassphrase.
- Out-of-bounds KDF parameters are refused before any derivation runs.
- The writer re-opens and verifies its own output.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import (
    BundleRejected,
    PassphraseRejected,
    UnsafeKdfParameters,
    UnsupportedFormatVersion,
    WrongPassphrase,
)
from safespace_desktop.core.model import JournalEntryInput, JournalFilter, SafetyPlan
from safespace_desktop.crypto import journal_file, kdf
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE, FLOOR, KdfParams
from safespace_desktop.services.files import ExportFailed, write_file_atomically
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from tests.unit.journal_helpers import Account, add_member
from tests.unit.security_helpers import raw_rows

FILE_PASS = "a separate passphrase for my backup file"


@pytest.fixture
def second_vault(tmp_path: Path, clock: ManualClock) -> Iterator[Vault]:
    created, _account = Vault.create(
        tmp_path / "pc2" / "other.ssvault",
        label="Thursday group",
        group_name="Hillside",
        handle="ash",
        passphrase_text="ash has yet another passphrase",
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    yield created
    created.close()


def _fill(vault: Vault) -> tuple[Account, list[str]]:
    sam = add_member(vault, "sam")
    journal = JournalService(vault)
    ids = [
        journal.add(JournalEntryInput("First entry", title="One", mood=2, tags=("work",))).id,
        journal.add(JournalEntryInput("Second entry é ✓", feelings=("calm",), starred=True)).id,
        journal.add(JournalEntryInput("Deleted entry")).id,
    ]
    journal.delete(ids[2])
    SafetyPlanService(vault).save(SafetyPlan(warning_signs=("I stop sleeping",)))
    PromptsService(vault, journal).create_template("Evening", "Best part:\n")
    return sam, ids


@pytest.fixture
def exported(vault: Vault) -> tuple[bytes, Account, list[str]]:
    sam, ids = _fill(vault)
    data = JournalService(vault).export_personal_file(FILE_PASS)
    return data, sam, ids


def test_round_trip_between_two_vaults_and_two_people(
    vault: Vault, second_vault: Vault, exported: tuple[bytes, Account, list[str]]
) -> None:
    data, _sam, ids = exported
    original = JournalService(vault).list_entries()
    assert data.startswith(journal_file.MAGIC)
    assert b"First entry" not in data and "é ✓".encode() not in data

    # On the other PC the journal belongs to a different account ("sam2").
    importer = add_member_on(second_vault, "sam2")
    journal = JournalService(second_vault)
    assert journal.import_personal_file(data, FILE_PASS) == 2
    arrived = journal.list_entries()
    assert [
        (e.id, e.body, e.mood, e.tags, e.feelings, e.starred, e.entry_date) for e in arrived
    ] == [(e.id, e.body, e.mood, e.tags, e.feelings, e.starred, e.entry_date) for e in original]
    assert SafetyPlanService(second_vault).get().warning_signs == ("I stop sleeping",)
    assert [t.name for t in PromptsService(second_vault, journal).list_templates()] == ["Evening"]
    # Sealed again under the importer's own journal key, in the importer's slot.
    jk = second_vault.keyring_for_tests().journal_key.key_id
    rows = raw_rows(second_vault, "journal_entries")
    assert {r["slot_id"] for r in rows} == {importer.slot_id}
    assert {bytes(r["key_id"]) for r in rows} == {jk}
    # The deleted entry travels only as a tombstone and stays deleted.
    assert ids[2] not in {e.id for e in arrived}
    # Idempotent: the same file again changes nothing.
    before = raw_rows(second_vault, "journal_entries")
    assert journal.import_personal_file(data, FILE_PASS) == 0
    assert raw_rows(second_vault, "journal_entries") == before


def add_member_on(vault: Vault, handle: str) -> Account:
    """A member on a vault whose facilitator is 'ash'."""
    vault.unlock("ash", "ash has yet another passphrase")
    invitation = vault.invite_member()
    secret = f"{handle} keeps a long passphrase here"
    account = vault.claim_invitation(invitation.code, handle, secret, exact_handle=True)
    return Account(handle, secret, account.principal.slot_id, account.recovery_code)


def test_import_merges_with_local_edits_and_never_resurrects_deletes(
    vault: Vault, exported: tuple[bytes, Account, list[str]]
) -> None:
    data, _sam, ids = exported
    journal = JournalService(vault)
    # Restoring a backup into the same journal: nothing to do.
    assert journal.import_personal_file(data, FILE_PASS) == 0
    journal.update(ids[0], JournalEntryInput("First entry, edited later"))
    journal.delete(ids[1])
    assert journal.import_personal_file(data, FILE_PASS) == 0
    assert [e.body for e in journal.list_entries()] == ["First entry, edited later"]


def test_the_same_file_imported_by_someone_else_on_the_same_vault(
    vault: Vault, exported: tuple[bytes, Account, list[str]]
) -> None:
    """Entry ids are taken by the first person; the second gets their own copies."""
    data, _sam, _ids = exported
    add_member(vault, "kit")
    journal = JournalService(vault)
    assert journal.import_personal_file(data, FILE_PASS) == 2
    assert journal.import_personal_file(data, FILE_PASS) == 0
    assert len(journal.list_entries()) == 2
    assert len(raw_rows(vault, "journal_entries")) == 3 + 3


def test_wrong_passphrase(
    vault: Vault, exported: tuple[bytes, Account, list[str]], second_vault: Vault
) -> None:
    data, _sam, _ids = exported
    add_member_on(second_vault, "sam2")
    with pytest.raises(WrongPassphrase):
        JournalService(second_vault).import_personal_file(data, FILE_PASS + "!")
    assert raw_rows(second_vault, "journal_entries") == []


def test_the_export_passphrase_must_meet_the_policy(vault: Vault) -> None:
    add_member(vault, "sam")
    with pytest.raises(PassphraseRejected):
        JournalService(vault).export_personal_file("short")


def _header_end(data: bytes) -> int:
    salt_length = data[len(journal_file.MAGIC) + 1 + 16]
    offset = len(journal_file.MAGIC) + 1 + 16 + 1 + salt_length + journal_file.FILE_ID_BYTES
    (wrapped_length,) = struct.unpack(">H", data[offset : offset + 2])
    return offset + 2 + wrapped_length


def test_every_damaged_byte_is_refused_and_nothing_is_written(
    vault: Vault, second_vault: Vault, exported: tuple[bytes, Account, list[str]]
) -> None:
    data, _sam, _ids = exported
    add_member_on(second_vault, "sam2")
    journal = JournalService(second_vault)
    for position in range(len(data)):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises((BundleRejected, UnsupportedFormatVersion)) as caught:
            journal.import_personal_file(bytes(damaged), FILE_PASS)
        if isinstance(caught.value, UnsupportedFormatVersion):
            assert position == len(journal_file.MAGIC)  # the format version byte itself
    assert raw_rows(second_vault, "journal_entries") == []


def test_every_truncation_and_any_appended_byte_is_refused(
    second_vault: Vault, exported: tuple[bytes, Account, list[str]]
) -> None:
    data, _sam, _ids = exported
    add_member_on(second_vault, "sam2")
    journal = JournalService(second_vault)
    for length in range(len(data)):
        with pytest.raises(BundleRejected):
            journal.import_personal_file(data[:length], FILE_PASS)
    with pytest.raises(BundleRejected):
        journal.import_personal_file(data + b"\x00", FILE_PASS)
    assert raw_rows(second_vault, "journal_entries") == []


def test_a_consistently_rewritten_header_still_cannot_be_opened(
    second_vault: Vault, exported: tuple[bytes, Account, list[str]]
) -> None:
    """An attacker who recomputes the checksum after editing the header gains nothing:
    a new salt or file id breaks the key wrap or the records."""
    data, _sam, _ids = exported
    add_member_on(second_vault, "sam2")
    journal = JournalService(second_vault)
    end = _header_end(data)
    salt_at = len(journal_file.MAGIC) + 1 + 16 + 1
    file_id_at = salt_at + 16
    for position, expected in ((salt_at, WrongPassphrase), (file_id_at, BundleRejected)):
        header = bytearray(data[:end])
        header[position] ^= 0x01
        forged = bytes(header) + hashlib.sha256(bytes(header)).digest() + data[end + 32 :]
        with pytest.raises(expected):
            journal.import_personal_file(forged, FILE_PASS)


def _with_params(data: bytes, params: KdfParams, salt: bytes | None = None) -> bytes:
    """The file with other KDF parameters (and salt), its checksum recomputed."""
    end = _header_end(data)
    salt_length = data[len(journal_file.MAGIC) + 1 + 16]
    salt_at = len(journal_file.MAGIC) + 1 + 16 + 1
    old_salt = data[salt_at : salt_at + salt_length]
    file_id = data[salt_at + salt_length : salt_at + salt_length + journal_file.FILE_ID_BYTES]
    wrap = data[salt_at + salt_length + journal_file.FILE_ID_BYTES : end]
    header = journal_file._encode_prefix(params, old_salt if salt is None else salt, file_id)
    header += wrap
    return header + hashlib.sha256(header).digest() + data[end + 32 :]


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(FLOOR.memory_kib - 1, 3, 4),
        KdfParams(FLOOR.memory_kib, 2, 4),
        KdfParams(1024 * 1024 + 1, 3, 4),
        KdfParams(FLOOR.memory_kib, 11, 4),
        KdfParams(FLOOR.memory_kib, 3, 17),
        KdfParams(FLOOR.memory_kib, 3, 0),
        KdfParams(FLOOR.memory_kib, 3, 4, version=0x10),
    ],
)
def test_unsafe_kdf_parameters_are_refused_before_deriving(
    second_vault: Vault,
    exported: tuple[bytes, Account, list[str]],
    params: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _sam, _ids = exported
    add_member_on(second_vault, "sam2")
    calls: list[Any] = []
    monkeypatch.setattr(kdf, "Argon2id", lambda **kw: calls.append(kw))
    with pytest.raises(UnsafeKdfParameters):
        JournalService(second_vault).import_personal_file(_with_params(data, params), FILE_PASS)
    assert calls == []


@pytest.mark.parametrize("salt_length", [0, 8, 15, 65, 255])
def test_unsafe_salt_lengths_are_refused_before_deriving(
    second_vault: Vault,
    exported: tuple[bytes, Account, list[str]],
    salt_length: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _sam, _ids = exported
    add_member_on(second_vault, "sam2")
    calls: list[Any] = []
    monkeypatch.setattr(kdf, "Argon2id", lambda **kw: calls.append(kw))
    forged = _with_params(data, FAST_TEST_PROFILE, salt=bytes(salt_length))
    with pytest.raises(UnsafeKdfParameters):
        JournalService(second_vault).import_personal_file(forged, FILE_PASS)
    assert calls == []
    # Sanity control: the forging helper itself yields an openable file.
    monkeypatch.undo()
    assert (
        JournalService(second_vault).import_personal_file(
            _with_params(data, FAST_TEST_PROFILE), FILE_PASS
        )
        == 2
    )


def test_the_fast_test_profile_is_refused_outside_test_mode(
    second_vault: Vault, exported: tuple[bytes, Account, list[str]]
) -> None:
    data, _sam, _ids = exported
    add_member_on(second_vault, "sam2")
    kdf.disable_test_mode()
    try:
        with pytest.raises(UnsafeKdfParameters):
            JournalService(second_vault).import_personal_file(data, FILE_PASS)
    finally:
        kdf.enable_test_mode()


def test_foreign_files_and_newer_formats(
    vault: Vault, vault_path: Path, exported: tuple[bytes, Account, list[str]]
) -> None:
    data, _sam, _ids = exported
    journal = JournalService(vault)
    vault.checkpoint()
    for foreign in (b"", b"SSJOURN", b"PGBNDL\x01" + bytes(200), vault_path.read_bytes()[:4096]):
        with pytest.raises(BundleRejected):
            journal.import_personal_file(foreign, FILE_PASS)
    newer = bytearray(data)
    newer[len(journal_file.MAGIC)] = 2
    with pytest.raises(UnsupportedFormatVersion):
        journal.import_personal_file(bytes(newer), FILE_PASS)


def test_export_uses_the_vault_policy_capped_at_256_mib() -> None:
    assert journal_file.travel_params(KdfParams(512 * 1024, 3, 4)) == KdfParams(256 * 1024, 3, 4)
    assert journal_file.travel_params(FLOOR) == FLOOR


def test_the_writer_verifies_its_output(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, exported: tuple[bytes, Account, list[str]]
) -> None:
    """A file that does not read back the same is never returned."""
    journal = JournalService(vault)
    real_read = journal_file.read

    def corrupting_read(data: bytes, secret: str, **kwargs: Any) -> list[bytes]:
        records = real_read(data, secret, **kwargs)
        return records[:-1]

    monkeypatch.setattr(journal_file, "read", corrupting_read)
    with pytest.raises(BundleRejected):
        journal.export_personal_file(FILE_PASS)


def test_records_cannot_be_reordered_or_dropped(
    exported: tuple[bytes, Account, list[str]],
) -> None:
    data, _sam, _ids = exported
    end = _header_end(data) + 32
    chunks = []
    pos = end
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        chunks.append(data[pos : pos + 4 + length])
        pos += 4 + length
    assert len(chunks) >= 4  # entries, plan, template and the trailer
    head = data[:end]
    swapped = head + chunks[1] + chunks[0] + b"".join(chunks[2:])
    dropped = head + b"".join(chunks[1:])
    no_trailer = head + b"".join(chunks[:-1])
    for forged in (swapped, dropped, no_trailer):
        with pytest.raises(BundleRejected):
            journal_file.read(forged, FILE_PASS)
    assert len(journal_file.read(data, FILE_PASS)) == len(chunks) - 1


# --------------------------------------------------------------------------- files
def test_write_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "stick" / "journal.ssjournal"
    target.parent.mkdir()
    write_file_atomically(target, b"first")
    assert target.read_bytes() == b"first"
    assert target.stat().st_mode & 0o777 == 0o600
    write_file_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["journal.ssjournal"]


def test_a_failed_write_leaves_nothing_at_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    target = tmp_path / "journal.ssjournal"

    def broken_fsync(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ExportFailed):
        write_file_atomically(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_reads_back_differently_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journal.ssjournal"
    real = Path.read_bytes

    def lying_read(self: Path) -> bytes:
        return real(self) + b"?" if self == target else real(self)

    monkeypatch.setattr(Path, "read_bytes", lying_read)
    with pytest.raises(ExportFailed):
        write_file_atomically(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_a_readable_export_round_trips_through_the_file_helper(
    vault: Vault, tmp_path: Path
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    journal.add(JournalEntryInput("words é ✓"))
    target = tmp_path / "export.md"
    write_file_atomically(target, journal.export_readable().encode("utf-8"))
    assert "words é ✓" in target.read_text("utf-8")
    assert journal.list_entries(JournalFilter(text="words"))


def test_a_file_with_records_this_app_cannot_accept_is_refused_whole(
    second_vault: Vault,
) -> None:
    """A well-sealed file whose content breaks the rules imports nothing."""
    import json
    import uuid

    from safespace_desktop.core.sync.record import RecordState

    add_member_on(second_vault, "sam2")

    def document(kind: str, fields: dict[str, Any]) -> bytes:
        state = RecordState()
        state.write(fields, "replica", 1, 1 << 16)
        return json.dumps(
            {"v": 1, "kind": kind, "id": str(uuid.uuid4()), "s": state.to_json()}
        ).encode()

    good_entry = ["body", "fine", "date", "2025-01-01", "mood", 3]
    cases = [
        [document("entry", {"entry": good_entry, "created": 1}), b"not json"],
        [document("entry", {"entry": ["body", "x", "date", "2025-01-01", "mood", 9]})],
        [document("entry", {"entry": ["body", "x", "date", "someday"]})],
        [document("entry", {"entry": ["body", "x"]})],
        [document("diary", {"entry": good_entry})],
        [json.dumps({"v": 2, "kind": "entry", "id": str(uuid.uuid4()), "s": {}}).encode()],
    ]
    journal = JournalService(second_vault)
    for documents in cases:
        sealed = journal_file.write(documents, FILE_PASS, FAST_TEST_PROFILE)
        sealed.kek.wipe()
        with pytest.raises(BundleRejected):
            journal.import_personal_file(sealed.data, FILE_PASS)
    assert raw_rows(second_vault, "journal_entries") == []
    # Sanity control: the same construction with only the good entry imports.
    sealed = journal_file.write(
        [document("entry", {"entry": good_entry, "created": 1})], FILE_PASS, FAST_TEST_PROFILE
    )
    assert journal.import_personal_file(sealed.data, FILE_PASS) == 1
    assert journal.list_entries()[0].body == "fine"
