"""Attachments (issue 11): round trips, limits, kinds, dedup, removal, scopes, copies."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from safespace_desktop.core.attachments import (
    MAX_ATTACHMENT_BYTES,
    MediaType,
    clean_file_name,
    detect_media_type,
)
from safespace_desktop.core.errors import NotFound, NotPermitted, ValidationError
from safespace_desktop.services.attachments import AttachmentScope, AttachmentsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.registry import ScopeKind
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.attachment_helpers import MB, count_chunks, pdf_file, png_bytes

MEMBERS, FACILITATORS = AttachmentScope.MEMBERS, AttachmentScope.FACILITATORS


@pytest.fixture
def service(vault: Vault) -> AttachmentsService:
    return AttachmentsService(vault)


def test_a_20_mb_pdf_round_trips_byte_identical(
    service: AttachmentsService, tmp_path: Path
) -> None:
    source = tmp_path / "handout.pdf"
    content = pdf_file(source, 20 * MB)
    seen: list[tuple[int, int]] = []
    added = service.add(
        "resource-1", MEMBERS, source, lambda done, total: seen.append((done, total))
    )
    assert (added.file_name, added.media_type, added.size) == (
        "handout.pdf",
        MediaType.PDF,
        len(content),
    )
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    (tmp_path / "out").mkdir()
    copy = service.save_copy(added.id, MEMBERS, tmp_path / "out" / "copy.pdf")
    assert hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(content).digest()
    assert copy.read_bytes() == content
    assert [p.name for p in copy.parent.iterdir()] == ["copy.pdf"]  # no temporary left


def test_text_and_images_show_in_the_app_and_pdfs_do_not(
    service: AttachmentsService, tmp_path: Path
) -> None:
    note = tmp_path / "grounding.txt"
    note.write_text("Breathe in for four.\nHold for four.\n", encoding="utf-8")
    picture = tmp_path / "calm.png"
    picture.write_bytes(png_bytes())
    pdf = tmp_path / "leaflet.pdf"
    pdf_file(pdf, 2000)
    shown_note = service.read_for_display(service.add("r", MEMBERS, note).id, MEMBERS)
    assert shown_note.text == "Breathe in for four.\nHold for four.\n"
    shown_picture = service.read_for_display(service.add("r", MEMBERS, picture).id, MEMBERS)
    assert bytes(shown_picture.data) == png_bytes() and shown_picture.text is None
    with pytest.raises(ValidationError) as refused:
        service.read_for_display(service.add("r", MEMBERS, pdf).id, MEMBERS)
    assert refused.value.code == "attachment_not_shown"
    assert [a.file_name for a in service.list_for("r", MEMBERS)] == [
        "calm.png",
        "grounding.txt",
        "leaflet.pdf",
    ]
    assert service.list_for("another", MEMBERS) == []


def test_over_25_mb_is_refused_with_a_clear_message(
    service: AttachmentsService, tmp_path: Path
) -> None:
    from safespace_desktop.ui.wording.errors import describe

    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ValidationError) as refused:
        service.add("r", MEMBERS, big)
    assert (refused.value.field, refused.value.code) == ("file", "attachment_too_large")
    message = describe(refused.value)
    assert "25 MB" in message and "26 MB" in message
    assert count_chunks(service._vault) == 0
    # Exactly at the limit is fine.
    with big.open("r+b") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES)
    assert service.add("r", MEMBERS, big).size == MAX_ATTACHMENT_BYTES


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("photo.txt", png_bytes(), MediaType.PNG),  # magic bytes beat the name
        ("notes.pdf", "Plain words, café.\n".encode(), MediaType.TEXT),
        ("a.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 40, MediaType.JPEG),
        ("a.gif", b"GIF89a" + b"\x00" * 40, MediaType.GIF),
        ("a.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 40, MediaType.WEBP),
    ],
)
def test_kind_is_told_by_magic_bytes(
    service: AttachmentsService, tmp_path: Path, name: str, content: bytes, expected: MediaType
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert service.add("r", MEMBERS, path).media_type is expected


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 100),
        ("archive.zip", b"PK\x03\x04" + os.urandom(100)),
        ("notes.txt", b"text with a NUL\x00 inside"),
        ("latin1.txt", "caf\u00e9".encode("latin-1")),
    ],
)
def test_other_kinds_are_refused_kindly(
    service: AttachmentsService, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        service.add("r", MEMBERS, path)
    assert refused.value.code == "attachment_type_not_allowed"
    assert count_chunks(service._vault) == 0


def test_empty_and_missing_files_are_refused(service: AttachmentsService, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as refused:
        service.add("r", MEMBERS, empty)
    assert refused.value.code == "attachment_empty"
    with pytest.raises(ValidationError) as missing:
        service.add("r", MEMBERS, tmp_path / "gone.txt")
    assert missing.value.code == "attachment_missing"


def test_same_content_is_stored_once_per_scope_and_goes_with_its_last_reference(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "a.pdf"
    pdf_file(path, 300_000)  # 5 chunks
    first = service.add("r1", MEMBERS, path)
    second = service.add("r2", MEMBERS, path, file_name="same again.pdf")
    assert first.blob_id == second.blob_id
    assert count_chunks(vault) == 5
    other_scope = service.add("r3", FACILITATORS, path)
    assert other_scope.blob_id != first.blob_id  # a different key: a different id
    assert count_chunks(vault) == 10
    service.remove(first.id, MEMBERS)
    assert count_chunks(vault) == 10  # r2 still refers to it
    assert service.save_copy(second.id, MEMBERS, tmp_path / "c.pdf").read_bytes() == (
        path.read_bytes()
    )
    service.remove(second.id, MEMBERS)
    assert count_chunks(vault) == 5
    assert service.remove_all_for("r3", FACILITATORS) == 1
    assert count_chunks(vault) == 0
    with pytest.raises(NotFound):
        service.get(first.id, MEMBERS)


def test_keyed_id_is_not_a_plain_hash_and_differs_between_vaults(
    service: AttachmentsService, tmp_path: Path, clock: object
) -> None:
    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE

    path = tmp_path / "same.txt"
    path.write_bytes(b"the same words in two vaults\n")
    here = service.add("r", MEMBERS, path)
    assert here.blob_id != hashlib.sha256(path.read_bytes()).hexdigest()
    assert here.blob_id != hashlib.sha256(b"").hexdigest()
    other, _account = Vault.create(
        tmp_path / "other" / "group.ssvault",
        label="Other",
        group_name="Other group",
        handle="sky",
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
    )
    try:
        there = AttachmentsService(other).add("r", MEMBERS, path)
    finally:
        other.close()
    assert there.blob_id != here.blob_id


def test_members_read_members_attachments_only_and_change_nothing(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("for everyone\n", encoding="utf-8")
    shared = service.add("r", MEMBERS, note)
    private = tmp_path / "private.txt"
    private.write_text("facilitators only\n", encoding="utf-8")
    service.add("r", FACILITATORS, private)
    vault.claim_invitation(vault.invite_member().code, "sam", MEMBER_PASS, exact_handle=True)
    member = AttachmentsService(vault)
    assert [a.id for a in member.list_for("r", MEMBERS)] == [shared.id]
    assert member.read_for_display(shared.id, MEMBERS).text == "for everyone\n"
    for attempt in (
        lambda: member.list_for("r", FACILITATORS),
        lambda: member.add("r", MEMBERS, note),
        lambda: member.remove(shared.id, MEMBERS),
    ):
        with pytest.raises(NotPermitted):
            attempt()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)


def test_moving_to_the_other_audience_reseals_under_the_other_key(
    service: AttachmentsService, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "map.png"
    path.write_bytes(png_bytes())
    shared = service.add("r", MEMBERS, path)
    moved = service.move(shared.id, MEMBERS, FACILITATORS)
    assert moved.blob_id != shared.blob_id and moved.file_name == "map.png"
    assert service.list_for("r", MEMBERS) == []
    assert bytes(service.read_for_display(moved.id, FACILITATORS).data) == png_bytes()
    with vault.unit_of_work() as uow:
        assert uow.group.blobs.stored_blob_ids(uow) == {moved.blob_id}
        assert uow.group.blobs.referenced(uow, uow.keys) == {moved.blob_id: ScopeKind.GROUP}


def test_a_cancelled_add_keeps_nothing(service: AttachmentsService, tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    pdf_file(path, 1 * MB)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > total // 2 + 100_000:  # well into the sealing pass
            raise Cancelled()

    with pytest.raises(Cancelled):
        service.add("r", MEMBERS, path, progress)
    assert count_chunks(service._vault) == 0
    assert service.list_for("r", MEMBERS) == []


@pytest.mark.parametrize(
    ("error", "code"),
    [(errno.ENOSPC, "copy_disk_full"), (errno.EROFS, "copy_not_writable")],
)
def test_a_copy_that_cannot_be_written_leaves_nothing_under_the_name(
    service: AttachmentsService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: int,
    code: str,
) -> None:
    path = tmp_path / "a.pdf"
    pdf_file(path, 200_000)
    added = service.add("r", MEMBERS, path)
    target_dir = tmp_path / "stick"
    target_dir.mkdir()

    def failing_fsync(_fd: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr("safespace_desktop.services.attachments.os.fsync", failing_fsync)
    with pytest.raises(ValidationError) as refused:
        service.save_copy(added.id, MEMBERS, target_dir / "a.pdf")
    assert (refused.value.field, refused.value.code) == ("target", code)
    assert list(target_dir.iterdir()) == []


def test_a_read_only_folder_is_refused_before_anything_is_written(
    service: AttachmentsService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("words\n", encoding="utf-8")
    added = service.add("r", MEMBERS, path)
    real_open = os.open

    def read_only_open(file: object, flags: int, *args: object) -> int:
        if str(file).endswith(".part"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(file, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr("safespace_desktop.services.attachments.os.open", read_only_open)
    target = tmp_path / "ro"
    target.mkdir()
    with pytest.raises(ValidationError) as refused:
        service.save_copy(added.id, MEMBERS, target / "a.txt")
    assert refused.value.code == "copy_not_writable"
    assert list(target.iterdir()) == []


def test_file_names_are_cleaned() -> None:
    assert clean_file_name("C:\\Users\\x\\My notes.txt") == "My notes.txt"
    assert clean_file_name("../..") == "attachment"
    assert clean_file_name("a\nb\x00.txt") == "ab.txt"
    assert len(clean_file_name("x" * 400)) == 255
    assert detect_media_type(b"%PDF-1.4", looks_like_text=True) is MediaType.PDF
    assert detect_media_type(b"hello", looks_like_text=False) is None
