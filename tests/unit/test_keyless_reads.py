"""Reads made while the key is derived at unlock (issue 15): the first page takes them
instead of reading every row again, but only while nothing was written since."""

from __future__ import annotations

import threading

import pytest

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services import follow_up_index, keyless_reads
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS


@pytest.fixture
def row_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real = follow_up_index.row_fingerprints

    def counted(db: object, repo: object, ids: object = None) -> dict[str, str]:
        reads.append(threading.current_thread().name)
        return real(db, repo, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(follow_up_index, "row_fingerprints", counted)
    return reads


def _unlock_reading_ahead(vault: Vault) -> None:
    vault.lock()
    vault.unlock(
        FACILITATOR_HANDLE,
        FACILITATOR_PASS,
        while_deriving=keyless_reads.read_while_deriving(vault),
    )


def test_the_first_read_after_unlock_takes_what_was_read_during_the_derivation(
    vault: Vault, row_reads: list[str]
) -> None:
    service = FollowUpsService(vault)
    item = service.add(FollowUpDraft("Ring the venue"))
    _unlock_reading_ahead(vault)
    assert [f.id for f in FollowUpsService(vault).list()] == [item.id]
    assert row_reads == []  # the fingerprints read during the derivation were enough


def test_what_was_read_ahead_is_not_used_after_a_write(vault: Vault, row_reads: list[str]) -> None:
    service = FollowUpsService(vault)
    first = service.add(FollowUpDraft("Ring the venue"))
    _unlock_reading_ahead(vault)
    second = FollowUpsService(vault).add(FollowUpDraft("Book the room"))
    assert {f.id for f in FollowUpsService(vault).list()} == {first.id, second.id}
    assert row_reads  # read again: the rows changed after the read-ahead


def test_a_failed_read_ahead_costs_the_unlock_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    MembersService(vault).add_member(MemberDraft("Ana"))

    def broken(*_args: object) -> dict[str, str]:
        raise OSError("disk went away")

    monkeypatch.setattr(keyless_reads, "row_digests", broken)
    _unlock_reading_ahead(vault)
    assert [m.name for m in MembersService(vault).list_members()] == ["Ana"]


def test_an_unknown_handle_costs_the_same_reads_as_a_real_one(vault: Vault) -> None:
    """Timing must not tell which handles exist: the reads beside the derivation run for
    an unknown handle too."""
    from safespace_desktop.core.errors import WrongPassphrase

    ran: list[str] = []
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(
            "nobody-here",
            "a passphrase of some length",
            while_deriving=lambda: ran.append(threading.current_thread().name),
        )
    assert ran == ["safespace-keyless"]
