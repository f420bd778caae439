"""Attachment content is checked, never silently served (issue 11; crypto.md claims 1, 6, 7).

A flipped byte in one chunk, two swapped chunks, a missing or cut-off chunk, or a chunk
moved to another blob: each is reported as ``AttachmentDamaged`` naming the attachment,
and nothing of it is shown or saved. Also: no plaintext reaches the vault's files, the
sync blob API round-trips and refuses content that does not match its id, and reading
a 20 MB attachment stays one chunk at a time in memory.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safespace_desktop.core.attachments import AttachmentDamaged
from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.services.attachments import (
    Attachment,
    AttachmentScope,
    AttachmentsService,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.blobs import CHUNK_BYTES, BlobIdMismatch, current_blob_key
from safespace_desktop.storage.registry import ScopeKind
from tests.unit.attachment_helpers import (
    MB,
    chunk_rows,
    count_chunks,
    delete_chunk,
    pdf_file,
    set_chunk,
)
from tests.unit.security_helpers import find_markers, new_marker, vault_files

MEMBERS = AttachmentScope.MEMBERS


@pytest.fixture
def service(vault: Vault) -> AttachmentsService:
    return AttachmentsService(vault)


def _added(service: AttachmentsService, tmp_path: Path, size: int) -> Attachment:
    path = tmp_path / "source.pdf"
    pdf_file(path, size)
    return service.add("resource", MEMBERS, path, file_name="Coping handout.pdf")


def _nothing_served(service: AttachmentsService, attachment: Attachment, tmp_path: Path) -> None:
    """Every way of getting the content reports the damage, naming the attachment."""
    target_dir = tmp_path / "copies"
    target_dir.mkdir(exist_ok=True)
    with pytest.raises(AttachmentDamaged) as damaged:
        service.save_copy(attachment.id, MEMBERS, target_dir / "copy.pdf")
    assert damaged.value.attachment_id == attachment.id
    assert damaged.value.file_name == "Coping handout.pdf"
    assert "Coping" not in str(damaged.value)  # logs never carry the typed name
    assert list(target_dir.iterdir()) == []  # nothing under the name, no temporary left
    vault = service._vault
    with vault.unit_of_work() as uow, pytest.raises(IntegrityError):
        for _chunk in uow.group.blobs.read(uow, uow.keys, ScopeKind.COMMONS, attachment.blob_id):
            pass


def test_a_flipped_byte_in_one_chunk_is_reported(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 5 * CHUNK_BYTES + 123)
    rows = chunk_rows(vault, attachment.blob_id)
    assert len(rows) == 6
    sealed = bytearray(rows[3]["chunk_sealed"])
    sealed[len(sealed) // 2] ^= 0x01
    set_chunk(vault, attachment.blob_id, 3, bytes(sealed))
    _nothing_served(service, attachment, tmp_path)
    with vault.unit_of_work() as uow, pytest.raises(AttachmentDamaged) as damaged:
        list(uow.group.blobs.read(uow, uow.keys, ScopeKind.COMMONS, attachment.blob_id))
    assert damaged.value.chunk_index == 3


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_flipped_bit_of_a_chunk_is_reported(
    service: AttachmentsService, vault: Vault, tmp_path: Path, data: st.DataObject
) -> None:
    path = tmp_path / "small.txt"
    path.write_bytes(b"A short grounding exercise.\n" * 3000)  # two chunks
    attachment = service.add("r", MEMBERS, path)
    rows = chunk_rows(vault, attachment.blob_id)
    index = data.draw(st.integers(0, len(rows) - 1))
    original = rows[index]["chunk_sealed"]
    bit = data.draw(st.integers(0, len(original) * 8 - 1))
    flipped = bytearray(original)
    flipped[bit // 8] ^= 1 << (bit % 8)
    set_chunk(vault, attachment.blob_id, index, bytes(flipped))
    # The envelope's version byte names a format (claim 10); every other bit is data.
    expected = UnsupportedFormatVersion if bit < 8 else IntegrityError
    try:
        with pytest.raises(expected):
            service.read_for_display(attachment.id, MEMBERS)
    finally:
        set_chunk(vault, attachment.blob_id, index, original)
    assert service.read_for_display(attachment.id, MEMBERS).text is not None


def test_swapped_chunks_are_reported(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 4 * CHUNK_BYTES + 10)
    rows = chunk_rows(vault, attachment.blob_id)
    set_chunk(vault, attachment.blob_id, 1, rows[2]["chunk_sealed"])
    set_chunk(vault, attachment.blob_id, 2, rows[1]["chunk_sealed"])
    _nothing_served(service, attachment, tmp_path)


def test_a_cut_off_blob_is_reported(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 4 * CHUNK_BYTES + 10)
    delete_chunk(vault, attachment.blob_id, 4)  # the final chunk: now chunk 3 is last
    _nothing_served(service, attachment, tmp_path)


def test_a_missing_middle_chunk_is_reported(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 4 * CHUNK_BYTES + 10)
    delete_chunk(vault, attachment.blob_id, 2)
    _nothing_served(service, attachment, tmp_path)


def test_a_chunk_moved_from_another_blob_is_reported(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 3 * CHUNK_BYTES)
    other_path = tmp_path / "other.pdf"
    pdf_file(other_path, 3 * CHUNK_BYTES)
    other = service.add("resource", MEMBERS, other_path)
    foreign = chunk_rows(vault, other.blob_id)[1]["chunk_sealed"]
    set_chunk(vault, attachment.blob_id, 1, foreign)
    _nothing_served(service, attachment, tmp_path)


def test_damage_to_one_attachment_leaves_the_others_readable(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    damaged = _added(service, tmp_path, 2 * CHUNK_BYTES)
    note = tmp_path / "fine.txt"
    note.write_text("still fine\n", encoding="utf-8")
    fine = service.add("resource", MEMBERS, note)
    delete_chunk(vault, damaged.blob_id, 0)
    assert service.read_for_display(fine.id, MEMBERS).text == "still fine\n"
    assert {a.id for a in service.list_for("resource", MEMBERS)} == {damaged.id, fine.id}


def test_no_attachment_text_or_name_reaches_any_file(
    service: AttachmentsService, vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    data_dir = vault_path.parent.parent
    markers = [new_marker() for _ in range(3)]
    note = tmp_path / "source" / f"notes {markers[0]}.txt"
    note.parent.mkdir()
    body = f"Call the helpline {markers[1]} and breathe {markers[2]}.\n" * 5000
    note.write_text(body, encoding="utf-8")  # several chunks
    added = service.add("resource", MEMBERS, note)
    group_copy = service.add("resource", AttachmentScope.FACILITATORS, note)
    files = list(vault_files(data_dir))
    wal = [p for p in files if p.name.endswith("-wal")]
    assert wal and wal[0].stat().st_size > 0, "expected a live WAL to scan"
    assert find_markers(files, markers) == {}
    # Control: the scan reads the right files, and the text really is in there.
    assert service.read_for_display(added.id, MEMBERS).text == body
    assert markers[0] in added.file_name
    assert service.read_for_display(group_copy.id, AttachmentScope.FACILITATORS).text == body
    service.remove(added.id, MEMBERS)
    vault.lock()
    vault.close()
    assert find_markers(list(vault_files(data_dir)), markers) == {}


def test_sync_blob_api_round_trips_and_refuses_content_that_does_not_match(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 3 * CHUNK_BYTES + 5)
    source = (tmp_path / "source.pdf").read_bytes()
    with vault.unit_of_work() as uow:
        blobs = uow.group.blobs
        assert blobs.referenced(uow, uow.keys) == {attachment.blob_id: ScopeKind.COMMONS}
        chunks = list(blobs.read(uow, uow.keys, ScopeKind.COMMONS, attachment.blob_id))
        assert b"".join(chunks) == source
        assert all(len(c) == CHUNK_BYTES for c in chunks[:-1])
        assert (
            blobs.write_verified(uow, uow.keys, ScopeKind.COMMONS, attachment.blob_id, []) is False
        )
        blobs.delete(uow, attachment.blob_id)
    assert count_chunks(vault) == 0
    # Pieces of any size arrive; they are re-sealed and the keyed id is checked.
    pieces = [source[i : i + 10_000] for i in range(0, len(source), 10_000)]
    with vault.unit_of_work() as uow:
        assert uow.group.blobs.write_verified(
            uow, uow.keys, ScopeKind.COMMONS, attachment.blob_id, iter(pieces)
        )
    assert service.save_copy(attachment.id, MEMBERS, tmp_path / "back.pdf").read_bytes() == source
    with vault.unit_of_work() as uow:
        uow.group.blobs.delete(uow, attachment.blob_id)
    # Content that does not hash to the id is refused, and nothing is kept.
    with pytest.raises(BlobIdMismatch), vault.unit_of_work() as uow:
        uow.group.blobs.write_verified(
            uow, uow.keys, ScopeKind.COMMONS, attachment.blob_id, [source[:-1] + b"!"]
        )
    assert count_chunks(vault) == 0
    # Under the wrong scope the id does not match either.
    with pytest.raises(BlobIdMismatch), vault.unit_of_work() as uow:
        uow.group.blobs.write_verified(uow, uow.keys, ScopeKind.GROUP, attachment.blob_id, [source])
    assert count_chunks(vault) == 0
    assert service.get(attachment.id, MEMBERS).stored is False


def test_chunks_opened_under_the_wrong_scope_fail(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 1000)
    with vault.unit_of_work() as uow, pytest.raises(IntegrityError):
        list(uow.group.blobs.read(uow, uow.keys, ScopeKind.GROUP, attachment.blob_id))
    with vault.unit_of_work() as uow:
        key = current_blob_key(uow.keys, ScopeKind.COMMONS)
        assert key.blob_id_of((tmp_path / "source.pdf").read_bytes()) == attachment.blob_id


def test_reading_20_mb_keeps_memory_far_below_twice_the_file(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    """The invariant behind "never held in memory twice": adding and saving a copy go
    one chunk at a time; showing holds the content once."""
    size = 20 * MB
    source = tmp_path / "big.pdf"
    pdf_file(source, size)
    tracemalloc.start()
    try:
        added = service.add("r", MEMBERS, source)
        _current, add_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        service.save_copy(added.id, MEMBERS, tmp_path / "copy.pdf")
        _current, save_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with vault.unit_of_work() as uow:
            total = 0
            for chunk in uow.group.blobs.read(uow, uow.keys, ScopeKind.COMMONS, added.blob_id):
                total += len(chunk)
        _current, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == size
    assert add_peak < size // 8, add_peak
    assert save_peak < size // 8, save_peak
    assert read_peak < size // 8, read_peak
    assert (tmp_path / "copy.pdf").stat().st_size == size


def test_a_relabelled_key_id_column_is_reported(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    attachment = _added(service, tmp_path, 2 * CHUNK_BYTES + 1)
    with vault.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE blob_chunks SET key_id = ? WHERE blob_id = ? AND chunk_index = 1",
            (b"\x00" * 16, attachment.blob_id),
        )
    _nothing_served(service, attachment, tmp_path)


def test_removed_content_leaves_no_sealed_bytes_behind(
    service: AttachmentsService, vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """secure_delete: once the last reference goes, the chunks' exact bytes are gone from
    the database and its log (crypto.md claim 5, for attachments)."""
    attachment = _added(service, tmp_path, 3 * CHUNK_BYTES + 77)
    sealed = [row["chunk_sealed"][-64:] for row in chunk_rows(vault, attachment.blob_id)]
    vault.checkpoint()
    files = list(vault_files(vault_path.parent))
    assert all(any(s in p.read_bytes() for p in files) for s in sealed)  # control
    service.remove(attachment.id, MEMBERS)
    assert count_chunks(vault) == 0
    vault.checkpoint()
    files = list(vault_files(vault_path.parent))
    assert [s for s in sealed if any(s in p.read_bytes() for p in files)] == []


def test_showing_a_20_mb_picture_holds_it_in_memory_once(
    service: AttachmentsService, tmp_path: Path
) -> None:
    size = 20 * MB
    picture = tmp_path / "poster.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(size - 8))  # only the service reads it
    added = service.add("r", MEMBERS, picture)
    tracemalloc.start()
    try:
        shown = service.read_for_display(added.id, MEMBERS)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(shown.data) == size
    assert peak < size + size // 8, peak  # once, plus about a chunk: never twice


def test_sync_blob_api_takes_scope_values_as_text_too(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    """A bundle names scopes as "group" / "commons"; the repository accepts either form."""
    attachment = _added(service, tmp_path, CHUNK_BYTES + 3)
    with vault.unit_of_work() as uow:
        blobs = uow.group.blobs
        data = b"".join(blobs.read(uow, uow.keys, "commons", attachment.blob_id))
        blobs.delete(uow, attachment.blob_id)
        assert blobs.write_verified(uow, uow.keys, "commons", attachment.blob_id, [data])
        assert blobs.verify(uow, uow.keys, "commons", attachment.blob_id) == len(data)
        with pytest.raises(ValueError):
            blobs.write_verified(uow, uow.keys, "journal", "0" * 64, [data])
