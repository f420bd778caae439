"""``UnitOfWork.change_token`` (issue 15): equal tokens mean nothing was written in
between, so the meetings, follow-ups and roster indexes skip their second check; any
write, by any path, changes it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.meetings import index as meetings_index
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.security_helpers import raw_row, raw_update


def _token(vault: Vault) -> tuple[int, int, int]:
    with store.transaction(vault) as (db, _keyring, _principal):
        return db.change_token()


def test_reads_keep_the_token_and_every_kind_of_write_changes_it(vault: Vault) -> None:
    member = MembersService(vault).add_member(MemberDraft("Ana"))
    first = _token(vault)
    MembersService(vault).list_members()
    assert _token(vault) == first  # reading changes nothing

    raw_update(vault, "members", member.id, rev=raw_row(vault, "members", member.id)["rev"])
    second = _token(vault)
    assert second != first  # a raw statement on the app's own connection

    with pytest.raises(RuntimeError), store.transaction(vault) as (db, _keyring, _principal):
        db.session.connection().exec_driver_sql("DELETE FROM members")
        seen_inside = db.change_token()
        raise RuntimeError("undone")
    assert _token(vault) not in (second, seen_inside)  # a rollback undoes rows

    third = _token(vault)
    assert vault.path is not None
    other = sqlite3.connect(vault.path)  # another process or connection commits
    other.execute("UPDATE members SET rev = rev + 1")
    other.commit()
    other.close()
    assert _token(vault) != third


@pytest.fixture
def fingerprint_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real = meetings_index.meeting_fingerprints

    def counted(db: object) -> dict[str, str]:
        reads.append("meetings")
        return real(db)  # type: ignore[arg-type]

    monkeypatch.setattr(meetings_index, "meeting_fingerprints", counted)
    return reads


def test_the_meetings_index_is_checked_again_only_after_a_write(
    vault: Vault, fingerprint_reads: list[str]
) -> None:
    meetings = MeetingsService(vault)
    added = meetings.add_extra(date(2027, 1, 5), start="18:30", minutes=90, place="Hall")
    meetings.overview()  # catches the index up and writes it
    meetings.overview()  # finds the rows as the index has them
    fingerprint_reads.clear()
    meetings.overview()
    meetings.overview()
    assert fingerprint_reads == []  # nothing written: no second walk over the rows
    row = raw_row(vault, "meetings", added.id)
    raw_update(vault, "meetings", added.id, rev=row["rev"])  # any write at all
    listed = meetings.overview()
    assert added.id in {m.id for m in (*listed.upcoming, *listed.past)}
    assert fingerprint_reads == ["meetings"]  # the rows were compared again


def test_the_follow_ups_index_skips_its_check_until_something_is_written(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safespace_desktop.services import follow_up_index

    reads: list[str] = []
    real = follow_up_index.row_fingerprints

    def counted(db: object, repo: object, ids: object = None) -> dict[str, str]:
        reads.append("follow_ups")
        return real(db, repo, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(follow_up_index, "row_fingerprints", counted)
    service = FollowUpsService(vault)
    item = service.add(FollowUpDraft("Ring the venue"))
    assert [f.id for f in service.list()] == [item.id]  # catches the index up
    assert [f.id for f in service.list()] == [item.id]  # finds the rows as indexed
    reads.clear()
    before = _token(vault)
    assert [f.id for f in service.list()] == [item.id]
    assert reads == [] and _token(vault) == before  # nothing written: no second walk
    service.set_done(item.id, True, expected_rev=item.rev)
    assert service.list() == []
    assert reads  # a write: the rows are compared again


def test_a_copy_put_back_and_a_reopened_file_change_the_token(
    vault: Vault, tmp_path: object
) -> None:
    """Undoing a sync import writes a snapshot back over the vault with SQLite's backup,
    which no change count sees; a vault closed and opened again starts them again."""
    from pathlib import Path

    from safespace_desktop.storage.sync_store import restore_from, snapshot_to

    assert isinstance(tmp_path, Path)
    MembersService(vault).add_member(MemberDraft("Ana"))
    snapshot = tmp_path / "before.ssvault"
    snapshot_to(vault._db, snapshot)  # noqa: SLF001
    before = _token(vault)
    restore_from(vault._db, snapshot)  # noqa: SLF001
    after = _token(vault)
    assert after != before
    assert vault.path is not None
    path = vault.path
    vault.close()
    reopened = Vault.open_existing(path)
    try:
        reopened.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        assert _token(reopened) != after
    finally:
        reopened.close()
