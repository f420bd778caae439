"""The follow-ups' open index (issue 15): Home opens only the open follow-ups, and the
index always agrees with the rows, whoever changed them and however."""

from __future__ import annotations

import gc
import json
import random

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.services import follow_up_index
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.vault import Vault


def _open_ids(service: FollowUpsService) -> set[str]:
    return {item.id for item in service.list()}


def _truth(service: FollowUpsService) -> set[str]:
    """The open ones, found by opening every row (the path without the index)."""
    return {item.id for item in service.list(include_done=True) if not item.done}


def _indexed_open(vault: Vault) -> set[str]:
    """What the stored index itself says is open."""
    with store.transaction(vault) as (db, keyring, _principal):
        record = db.group.follow_up_index.get(db, keyring, follow_up_index.index_id(db.group_id))
        assert record is not None
        entries = record.state.get("entries")
    assert isinstance(entries, dict)
    return {rid for rid, entry in entries.items() if entry[1]}


def _check_counts(vault: Vault, service: FollowUpsService) -> None:
    """The reports' counts from the index equal counting the opened rows."""
    items = service.list(include_done=True)
    days = sorted({item.created_on for item in items if item.created_on is not None})
    for start, end in ((days[0], days[-1]), (days[len(days) // 2], days[-1])) if days else ():
        inside = [i for i in items if i.created_on is not None and start <= i.created_on <= end]
        with store.transaction(vault) as (db, keyring, _principal):
            counts = follow_up_index.made_between(vault, db, keyring, start, end)
        assert counts == (len(inside), sum(1 for i in inside if i.done))


def _index_json(vault: Vault) -> str:
    with store.transaction(vault) as (db, keyring, _principal):
        record = db.group.follow_up_index.get(db, keyring, follow_up_index.index_id(db.group_id))
        assert record is not None
        return json.dumps(record.state.to_json(), ensure_ascii=False)


def test_the_index_follows_every_change_in_any_order(vault: Vault, clock: ManualClock) -> None:
    service = FollowUpsService(vault)
    rng = random.Random(15)
    live: list[str] = []
    for step in range(60):
        action = rng.choice(("add", "add", "done", "reopen", "delete", "edit"))
        if action == "add" or not live:
            live.append(service.add(FollowUpDraft(f"Call person {step}")).id)
        else:
            target = rng.choice(live)
            if action == "done":
                service.set_done(target, True)
            elif action == "reopen":
                service.set_done(target, False)
            elif action == "edit":
                service.update(target, FollowUpDraft(f"Call again {step}"))
            else:
                service.delete(target)
                live.remove(target)
        clock.advance(rng.choice((0, 3600 * 20)))  # follow-ups made on different days
        if step % 3 == 0:  # the index catches up over one change or several
            assert _open_ids(service) == _truth(service) == _indexed_open(vault)
            _check_counts(vault, service)
    assert _open_ids(service) == _truth(service) == _indexed_open(vault)


def test_the_index_holds_ids_and_flags_never_text(vault: Vault) -> None:
    service = FollowUpsService(vault)
    item = service.add(FollowUpDraft("Ring Zanzibar Quill about the venue"))
    service.add(FollowUpDraft("Order chairs"))
    service.set_done(item.id, True)
    service.list()
    stored = _index_json(vault)
    assert item.id in stored  # control: the scan reads the index
    assert "zanzibar" not in stored.casefold() and "chairs" not in stored


def test_a_row_changed_behind_the_index_is_opened_again(vault: Vault) -> None:
    """A sync import, a restore or another PC writes rows without the index: their
    fingerprints differ, so they are opened again."""
    service = FollowUpsService(vault)
    item = service.add(FollowUpDraft("Call Sam"))
    assert _open_ids(service) == {item.id}
    with store.transaction(vault) as (db, keyring, _principal):
        r = store.repos(db)
        record = r.follow_ups.get(db, keyring, item.id)
        assert record is not None
        store.write(
            vault, db, r.follow_ups, keyring.group_key, item.id, record.state, {"done": True}
        )
    assert _open_ids(service) == set()
    with store.transaction(vault) as (db, keyring, _principal):
        r = store.repos(db)
        record = r.follow_ups.get(db, keyring, item.id)
        assert record is not None
        store.write(
            vault, db, r.follow_ups, keyring.group_key, item.id, record.state, {"done": False}
        )
    assert _open_ids(service) == {item.id}  # the index had it as done: opened again


def test_a_damaged_index_is_rebuilt_and_a_damaged_row_is_left_out(vault: Vault) -> None:
    service = FollowUpsService(vault)
    first = service.add(FollowUpDraft("Call Sam"))
    second = service.add(FollowUpDraft("Call Ana"))
    assert _open_ids(service) == {first.id, second.id}
    with vault.transaction() as (db, _keyring, _principal):
        connection = db.session.connection()
        connection.exec_driver_sql("UPDATE follow_up_index SET payload_sealed = x'00ff00ff'")
        # One follow-up's ciphertext altered, its tag kept: the index would still match it.
        (payload,) = connection.exec_driver_sql(
            "SELECT payload_sealed FROM follow_ups WHERE id = ?", (second.id,)
        ).one()
        altered = payload[:20] + bytes([payload[20] ^ 1]) + payload[21:]
        connection.exec_driver_sql(
            "UPDATE follow_ups SET payload_sealed = ? WHERE id = ?", (altered, second.id)
        )
    follow_up_index._CACHE.clear()
    assert _open_ids(service) == {first.id}  # rebuilt; the damaged row is not shown


def test_the_decoded_index_is_dropped_with_the_session_keys(vault: Vault) -> None:
    service = FollowUpsService(vault)
    service.add(FollowUpDraft("Call Sam"))
    service.list()
    assert follow_up_index._CACHE
    vault.lock()
    gc.collect()
    assert follow_up_index._CACHE == {}
