"""The conflicts inbox (issue #12): every record whose fields hold siblings is listed with
both versions, who and when; keeping one, the other or an edited combination is a local
write that clears the conflict on every PC after the next sync (sync.md §2.3, prop. 8)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.errors import NotFound, StaleEdit, ValidationError
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services.conflicts import ConflictsService, conflict_types
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.registry import RECORD_TYPES, Channel, ScopeKind
from safespace_desktop.storage.unit_of_work import UnitOfWork
from tests.unit.conflict_helpers import concurrent, make_conflict


def _member(vault: Vault, name: str = "Alex") -> str:
    return MembersService(vault).add_member(MemberDraft(name, "they/them", "tea")).id


def _stored_state(vault: Vault, repo_name: str, record_id: str) -> RecordState:
    with vault.transaction() as (db, keyring, _principal):
        record = getattr(db.group, repo_name).get(db, keyring, record_id)
        assert record is not None
        return record.state


def test_the_inbox_covers_every_sealed_group_and_commons_type() -> None:
    expected = {
        r.name for r in RECORD_TYPES if r.scope in (ScopeKind.GROUP, ScopeKind.COMMONS) and r.sealed
    }
    assert {r.name for r in conflict_types()} == expected
    assert any(r.channel is Channel.GROUP_BUNDLE for r in conflict_types())


def test_no_conflicts_in_a_fresh_vault(vault: Vault) -> None:
    _member(vault)
    assert ConflictsService(vault).list_conflicts() == []


def test_a_concurrent_note_edit_is_listed_with_both_versions(vault: Vault) -> None:
    member_id = _member(vault)
    make_conflict(vault, "members", member_id, "note", "Prefers the window seat", "Likes tea")
    own = {"pc-a": "Sam's laptop", "pc-b": "Priya's PC"}
    [conflict] = ConflictsService(vault, who=own.get).list_conflicts()
    assert (conflict.table, conflict.record_id, conflict.field) == ("members", member_id, "note")
    assert conflict.record_label == "Alex" and conflict.text_field
    first, second = conflict.versions
    assert (first.value, first.author) == ("Prefers the window seat", "Sam's laptop")
    assert (second.value, second.author) == ("Likes tea", "Priya's PC")
    assert first.edited_at == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    assert second.edited_at == datetime(2026, 3, 2, 18, 40, tzinfo=UTC)
    assert second.shown_now and not first.shown_now
    assert not first.this_computer


@pytest.mark.parametrize("choice", ["Prefers the window seat", "Likes tea", "Window seat; tea"])
def test_resolving_keeps_one_the_other_or_a_combination(vault: Vault, choice: str) -> None:
    member_id = _member(vault)
    make_conflict(vault, "members", member_id, "note", "Prefers the window seat", "Likes tea")
    service = ConflictsService(vault)
    [conflict] = service.list_conflicts()
    service.resolve("members", member_id, "note", choice, expected_rev=conflict.rev)
    assert service.list_conflicts() == []
    state = _stored_state(vault, "members", member_id)
    assert state.get("note") == choice and not state.has_conflict("note")


def test_resolving_on_one_pc_clears_it_everywhere_after_sync(vault: Vault) -> None:
    member_id = _member(vault)
    elsewhere = make_conflict(vault, "members", member_id, "note", "one", "two")
    service = ConflictsService(vault)
    [conflict] = service.list_conflicts()
    service.resolve("members", member_id, "note", "one and two", expected_rev=conflict.rev)
    here = _stored_state(vault, "members", member_id)
    # The other PC still has both siblings; merging in either direction converges.
    there = elsewhere.merge(here)
    assert not there.has_conflict("note") and there.get("note") == "one and two"
    assert here.merge(elsewhere).to_json() == there.to_json()


def test_a_stale_or_already_resolved_conflict_is_refused(vault: Vault) -> None:
    member_id = _member(vault)
    make_conflict(vault, "members", member_id, "note", "one", "two")
    service = ConflictsService(vault)
    [conflict] = service.list_conflicts()
    with pytest.raises(StaleEdit):
        service.resolve("members", member_id, "note", "one", expected_rev=conflict.rev - 1)
    service.resolve("members", member_id, "note", "one", expected_rev=conflict.rev)
    with pytest.raises(NotFound) as gone:
        service.resolve("members", member_id, "note", "two", expected_rev=conflict.rev)
    assert gone.value.code == "conflict"


def test_a_commons_record_conflict_resolves_under_the_commons_key(vault: Vault) -> None:
    settings_id = UnitOfWork.settings_id(vault.group_id)
    make_conflict(
        vault,
        "group_settings",
        settings_id,
        "group_name",
        "Riverside",
        "Riverside Circle",
        commons=True,
    )
    service = ConflictsService(vault)
    [conflict] = service.list_conflicts()
    assert conflict.table == "group_settings" and conflict.record_label
    service.resolve(
        "group_settings", settings_id, "group_name", "Riverside Circle", expected_rev=conflict.rev
    )
    assert service.list_conflicts() == []
    assert vault.settings().group_name == "Riverside Circle"


def test_a_non_text_field_keeps_one_of_its_versions_only(vault: Vault) -> None:
    member_id = _member(vault)
    make_conflict(vault, "members", member_id, "archived", True, False)
    service = ConflictsService(vault)
    [conflict] = service.list_conflicts()
    assert not conflict.text_field
    with pytest.raises(ValidationError):
        service.resolve("members", member_id, "archived", "maybe", expected_rev=conflict.rev)
    service.resolve("members", member_id, "archived", False, expected_rev=conflict.rev)
    assert service.list_conflicts() == []


# ---------------------------------------------------------------- convergence (hypothesis)
_texts = st.text(alphabet="abc xyz", min_size=0, max_size=6)


@settings(max_examples=150, deadline=None)
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 2), _texts, st.integers(1, 50)), min_size=2, max_size=8
    ),
    resolver=st.integers(0, 2),
    resolution=_texts,
    order=st.permutations([0, 1, 2]),
)
def test_resolving_then_merging_converges(
    edits: list[tuple[int, str, int]],
    resolver: int,
    resolution: str,
    order: list[int],
) -> None:
    """Three replicas edit one field without syncing; all exchange state; one resolves;
    after exchanging again, in any order, every replica holds the same state and the
    field has exactly the resolved value, with no siblings."""
    replicas = [RecordState() for _ in range(3)]
    clocks = [0, 0, 0]
    for who, text, tick in edits:
        clocks[who] += tick
        state = replicas[who]
        state.write({"note": text}, f"r{who}", state.cc.get(f"r{who}", 0) + 1, clocks[who])
    everything = replicas[0].merge(replicas[1]).merge(replicas[2])
    replicas = [r.merge(everything) for r in replicas]
    chosen = replicas[resolver]
    chosen.write(
        {"note": resolution},
        f"r{resolver}",
        chosen.cc.get(f"r{resolver}", 0) + 1,
        max(clocks) + 1,
    )
    final = []
    for i in range(3):
        merged = replicas[i]
        for j in order:
            merged = merged.merge(replicas[j])
        final.append(merged)
    assert all(f.to_json() == final[0].to_json() for f in final)
    assert not final[0].has_conflict("note") and final[0].get("note") == resolution


@settings(max_examples=100, deadline=None)
@given(first=_texts, second=_texts, combined=_texts)
def test_a_resolved_conflict_stays_resolved_when_old_copies_return(
    first: str, second: str, combined: str
) -> None:
    base = RecordState()
    base.write({"note": "start"}, "r0", 1, 1)
    stale = concurrent(base, "note", first, second, (5, 6))
    resolved = RecordState.from_json(stale.to_json())
    resolved.write({"note": combined}, "r0", 2, 7)
    assert resolved.merge(stale).merge(stale).get("note") == combined
    assert not stale.merge(resolved).has_conflict("note")
