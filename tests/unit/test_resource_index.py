"""The coping resources' list-and-search index (issue 15): the pages read it instead of
opening every resource row, and it always agrees with the rows, whoever changed them
and however; a member's session never reaches facilitators-only resources through it."""

from __future__ import annotations

import gc
import json
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.resources.model import (
    Audience,
    LocalService,
    Resource,
    ResourceDraft,
    ResourceKind,
)
from safespace_desktop.core.resources.search import Filters, ResourceIndex, SortBy
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.services.resources import index as resource_index
from safespace_desktop.services.resources.records import to_resource
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.journal_helpers import add_member
from tests.unit.security_helpers import find_markers, new_marker, raw_rows, vault_files

WORDS = ("kettle", "harbour", "Café", "walk", "bus", "grounding", "tea", "quiet", "lamp")


def _slow(vault: Vault) -> list[Resource]:
    """Every readable resource, found by opening every row (the path without the index)."""
    with vault.transaction() as (db, keyring, principal):
        audiences = [Audience.MEMBERS]
        if principal.is_facilitator:
            audiences.append(Audience.FACILITATORS)
        found: dict[str, tuple[int, Resource]] = {}
        for audience in audiences:
            repo = (
                db.group.resources_shared
                if audience is Audience.MEMBERS
                else db.group.resources_facilitators
            )
            loaded, _damaged = repo.load_all(db, keyring)
            for record in loaded:
                edited = record.state.last_edited_hlc()
                if record.id not in found or found[record.id][0] < edited:
                    found[record.id] = (
                        edited,
                        to_resource(record.id, record.rev, record.state, audience),
                    )
    return sorted((pair[1] for pair in found.values()), key=lambda r: r.id)


def _indexed(vault: Vault) -> list[Resource]:
    return sorted(ResourcesService(vault).load_library().resources, key=lambda r: r.id)


def _draft(rng: random.Random, step: int) -> ResourceDraft:
    kind = rng.choice(list(ResourceKind))
    return ResourceDraft(
        title=f"{rng.choice(WORDS)} {rng.choice(WORDS)} {step}",
        kind=kind,
        body=" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))),
        tags=tuple(rng.sample(("calm", "sleep", "local", "café"), rng.randint(0, 2))),
        content_note=rng.choice(("", "mentions loss")),
        audience=rng.choice(list(Audience)),
        service=LocalService(phone=rng.choice(("", "01632 960000")), hours=rng.choice(WORDS)),
        last_checked=rng.choice((None, date(2026, 1, rng.randint(1, 28)))),
        review_months=rng.randint(1, 12),
    )


def _write_behind(vault: Vault, resource_id: str, changes: dict[str, object]) -> None:
    """Change a resource row in a unit of work that does not know the index (as a sync
    import, a restore or another PC's write does)."""
    with store.transaction(vault) as (db, keyring, _principal):
        repo = db.group.resources_shared
        record = repo.get(db, keyring, resource_id)
        assert record is not None
        store.write(vault, db, repo, keyring.commons_key, resource_id, record.state, changes)  # type: ignore[arg-type]


def _stored_index_text(vault: Vault, table: str) -> str:
    """The stored index blocks of ``table``, opened with this session's keys."""
    with store.transaction(vault) as (db, keyring, _principal):
        repo = getattr(db.group, table)
        loaded, damaged = repo.load_all(db, keyring)
        assert not damaged
        return json.dumps([r.state.to_json() for r in loaded], ensure_ascii=False)


def test_the_index_follows_every_change_in_any_order(vault: Vault, clock: ManualClock) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    rng = random.Random(15)
    live: list[str] = []
    for step in range(50):
        action = rng.choice(("add", "add", "edit", "move", "check", "delete"))
        if action == "add" or not live:
            live.append(service.add(_draft(rng, step)).id)
        else:
            target = rng.choice(live)
            current = service.get(target)
            if action == "edit":
                service.update(target, _draft(rng, step), expected_rev=current.rev)
            elif action == "move":
                other = next(a for a in Audience if a is not current.audience)
                service.update(
                    target, ResourceDraft(**{**current.draft().__dict__, "audience": other})
                )
            elif action == "check":
                service.mark_checked(target, date(2026, 2, rng.randint(1, 28)))
            else:
                service.delete(target)
                live.remove(target)
        clock.advance(rng.choice((1, 3600)))
        if step % 4 == 0:
            assert _indexed(vault) == _slow(vault)
            resource_index._CACHE.clear()  # a new session: decoded from the stored blocks
            assert _indexed(vault) == _slow(vault)
    shown = ResourceIndex(ResourcesService(vault).load_library().resources)
    for sort in SortBy:  # the page's rows, in the page's order
        assert shown.search(Filters(sort=sort)) == ResourceIndex(_slow(vault)).search(
            Filters(sort=sort)
        )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.lists(st.sampled_from([*WORDS, "kett", "HARB", "cafe", "zz", "01632"]), max_size=3),
    kind=st.sampled_from([None, *ResourceKind]),
    tag=st.sampled_from(["", "calm", "café", "local"]),
    audience=st.sampled_from([None, *Audience]),
    sort=st.sampled_from(list(SortBy)),
)
def test_search_results_equal_the_slow_path(
    library: Vault,
    query: list[str],
    kind: ResourceKind | None,
    tag: str,
    audience: Audience | None,
    sort: SortBy,
) -> None:
    filters = Filters(" ".join(query), kind, tag, audience, sort)
    resource_index._CACHE.clear()
    cold = ResourceIndex(ResourcesService(library).load_library().resources).search(filters)
    warm = ResourceIndex(ResourcesService(library).load_library().resources).search(filters)
    slow = ResourceIndex(_slow(library)).search(filters)
    assert cold == warm == slow


@pytest.fixture
def library(vault: Vault) -> Vault:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    rng = random.Random(11)
    for step in range(40):
        service.add(_draft(rng, step))
    return vault


def test_a_resource_changed_behind_the_index_shows_its_new_title(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    handout = service.add(ResourceDraft("Breathing handout", body="Slow breaths."))
    assert [r.title for r in service.load_library().resources] == ["Breathing handout"]
    _write_behind(vault, handout.id, {"title": "Breathing, renamed elsewhere"})
    assert [r.title for r in service.load_library().resources] == ["Breathing, renamed elsewhere"]
    # The facilitator wrote the caught-up block back: a new session reads the new title.
    assert "renamed elsewhere" in _stored_index_text(vault, "resource_index_shared")
    resource_index._CACHE.clear()
    assert [r.title for r in service.load_library().resources] == ["Breathing, renamed elsewhere"]
    # Removed behind the index (a tombstone arrives by sync): gone from the list.
    _write_behind(vault, handout.id, {"_deleted": True})
    assert service.load_library().resources == []
    assert "renamed elsewhere" not in _stored_index_text(vault, "resource_index_shared")


def test_a_member_catches_up_in_memory_and_writes_nothing(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    handout = service.add(ResourceDraft("Sleep tips", body="A wind-down hour."))
    _write_behind(vault, handout.id, {"title": "Sleep tips, revised"})
    before = {r["id"]: r["rev"] for r in raw_rows(vault, "resource_index_shared")}
    add_member(vault, "sam")
    assert [r.title for r in ResourcesService(vault).load_library().resources] == [
        "Sleep tips, revised"
    ]
    assert {r["id"]: r["rev"] for r in raw_rows(vault, "resource_index_shared")} == before


def test_a_member_never_reaches_facilitators_only_resources(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    service.add(ResourceDraft("Shared lighthouse handout", body="For everyone."))
    secret = service.add(
        ResourceDraft(
            "Debrief zanzibar notes", body="Quill method.", audience=Audience.FACILITATORS
        )
    )
    assert len(service.load_library().resources) == 2  # both indexes are written
    keyring = vault.keyring_for_tests()
    shared = raw_rows(vault, "resource_index_shared")
    only = raw_rows(vault, "resource_index_facilitators")
    assert shared and only
    assert {r["key_id"] for r in shared} == {keyring.commons_key.key_id}
    assert {r["key_id"] for r in only} == {keyring.group_key.key_id}
    assert "zanzibar" not in _stored_index_text(vault, "resource_index_shared").casefold()
    assert "zanzibar" in _stored_index_text(vault, "resource_index_facilitators").casefold()

    add_member(vault, "sam")
    member = ResourcesService(vault)
    titles = [r.title for r in member.load_library().resources]
    assert titles == ["Shared lighthouse handout"]
    # The facilitators-only index is under a key the member's session does not hold.
    with pytest.raises(NotPermitted):
        _stored_index_text(vault, "resource_index_facilitators")
    with pytest.raises(NotPermitted), store.transaction(vault) as (db, ring, _principal):
        resource_index.caught_up(vault, db, ring, Audience.FACILITATORS)
    cached = resource_index._CACHE.get(id(vault.keyring_for_tests()), {})
    assert Audience.FACILITATORS not in cached
    assert all(
        secret.id not in decoded.rows
        and "zanzibar" not in json.dumps([row.values for row in decoded.rows.values()]).casefold()
        for decoded in cached.values()
    )


def test_a_damaged_index_is_rebuilt_and_a_damaged_row_is_left_out(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    first = service.add(ResourceDraft("Breathing", body="In for four."))
    second = service.add(ResourceDraft("Walking", body="Round the block."))
    assert {r.id for r in service.load_library().resources} == {first.id, second.id}
    with vault.transaction() as (db, _keyring, _principal):
        connection = db.session.connection()
        connection.exec_driver_sql("UPDATE resource_index_shared SET payload_sealed = x'00ff00ff'")
        # One resource's ciphertext altered, its tag kept: the old index would still match it.
        (payload,) = connection.exec_driver_sql(
            "SELECT payload_sealed FROM resources_shared WHERE id = ?", (second.id,)
        ).one()
        altered = payload[:20] + bytes([payload[20] ^ 1]) + payload[21:]
        connection.exec_driver_sql(
            "UPDATE resources_shared SET payload_sealed = ? WHERE id = ?", (altered, second.id)
        )
    resource_index._CACHE.clear()
    loaded = service.load_library()
    assert [r.id for r in loaded.resources] == [first.id]  # rebuilt; the damaged row left out
    assert loaded.damaged == 1
    assert "Breathing" in _stored_index_text(vault, "resource_index_shared")


def test_a_relabelled_row_is_opened_again_and_reported(vault: Vault) -> None:
    """A row whose plaintext columns were altered no longer matches its entry."""
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    handout = service.add(ResourceDraft("Breathing", body="In for four."))
    assert len(service.load_library().resources) == 1
    with vault.transaction() as (db, _keyring, _principal):
        db.session.connection().exec_driver_sql(
            "UPDATE resources_shared SET rev = rev + 7 WHERE id = ?", (handout.id,)
        )
    loaded = service.load_library()
    assert loaded.resources == [] and loaded.damaged == 1


def test_the_decoded_index_is_dropped_with_the_session_keys(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    service.add(ResourceDraft("Breathing", body="In for four."))
    service.load_index()
    assert resource_index._CACHE and resource_index._SEARCH
    vault.lock()
    gc.collect()
    assert resource_index._CACHE == {} and resource_index._SEARCH == {}


def test_an_entry_holds_what_the_reader_shows(vault: Vault) -> None:
    """Tombstones keep no text; a live entry rebuilds the same ``Resource`` the row does."""
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    kept = service.add(_draft(random.Random(3), 1))
    gone = service.add(ResourceDraft("Old leaflet zanzibar", body="Out of date."))
    service.delete(gone.id)
    with store.transaction(vault) as (db, keyring, _principal):
        listed, broken = resource_index.caught_up(vault, db, keyring, kept.audience)
        tombs, _broken = resource_index.caught_up(vault, db, keyring, Audience.MEMBERS)
    assert broken == 0
    assert [row.resource for row in listed if row.resource is not None] == [service.get(kept.id)]
    assert [(row.values, row.resource) for row in tombs if row.resource is None] == [(None, None)]
    for table in ("resource_index_shared", "resource_index_facilitators"):
        assert "zanzibar" not in _stored_index_text(vault, table).casefold()


def test_a_later_open_reuses_the_search_index_until_a_row_changes(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    handout = service.add(ResourceDraft("Breathing", body="In for four."))
    first, _damaged = service.load_index()
    again, _damaged = service.load_index()
    assert again is first
    _write_behind(vault, handout.id, {"title": "Breathing slowly"})
    changed, _damaged = service.load_index()
    assert changed is not first
    assert [r.title for r in changed.resources()] == ["Breathing slowly"]
    service.add(ResourceDraft("Walking", body="Round the block."))
    assert [r.title for r in service.load_index()[0].resources()] == ["Breathing slowly", "Walking"]


def test_a_resource_moved_to_facilitators_only_leaves_the_members_index(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    handout = service.add(ResourceDraft("Zanzibar handout", body="Quill breathing."))
    service.load_library()
    assert "zanzibar" in _stored_index_text(vault, "resource_index_shared").casefold()
    moved = ResourceDraft(**{**handout.draft().__dict__, "audience": Audience.FACILITATORS})
    service.update(handout.id, moved)
    assert "zanzibar" not in _stored_index_text(vault, "resource_index_shared").casefold()
    assert "zanzibar" in _stored_index_text(vault, "resource_index_facilitators").casefold()
    assert [r.audience for r in service.load_library().resources] == [Audience.FACILITATORS]
    add_member(vault, "sam")
    assert ResourcesService(vault).load_library().resources == []


def test_marker_scan_of_the_vault_files_with_the_index_written(
    vault: Vault, vault_path: Path
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    markers: list[str] = []

    def m() -> str:
        markers.append(new_marker())
        return markers[-1]

    service = ResourcesService(vault)
    for audience in Audience:
        added = service.add(
            ResourceDraft(
                title=m(),
                kind=ResourceKind.LOCAL_SERVICE,
                body=m(),
                tags=(m().lower(),),
                content_note=m(),
                audience=audience,
                service=LocalService(
                    offers=m(), phone=m(), address=m(), hours=m(), directions=m(), accessibility=m()
                ),
            )
        )
        service.mark_checked(added.id, date(2026, 1, 2))
    _write_behind(vault, service.load_library().resources[0].id, {"title": m()})
    service.load_library()  # caught up and written back
    add_member(vault, "sam")
    ResourcesService(vault).load_library()
    assert find_markers(vault_files(vault_path.parent), markers) == {}  # the WAL too
    vault.lock()
    for table in ("resource_index_shared", "resource_index_facilitators"):
        assert raw_rows(vault, table)  # control: the index is on disk
    assert find_markers(vault_files(vault_path.parent), markers) == {}
