"""Incremental export skips rows it already judged, unopened (issue 12): only rows
written since, new rows and rows the peer lacks are opened, and the bundle is exactly
the one a full scan makes."""

from __future__ import annotations

from typing import Any

import pytest

from safespace_desktop.services.sync import export_index
from safespace_desktop.services.sync.exporting import collect_records
from safespace_desktop.storage.records import SealedRecords
from tests.unit.sync.helpers import Replica, new_id, put, send


def _opened_ids(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []
    real = SealedRecords.open_documents

    def counting(self: SealedRecords, db: Any, keys: Any, ids: Any = None) -> Any:
        for document in real(self, db, keys, ids):
            opened.append(document.id)
            yield document

    monkeypatch.setattr(SealedRecords, "open_documents", counting)
    return opened


def _collect(replica: Replica, base: dict[str, int]) -> list[tuple[str, str, str]]:
    with replica.vault.transaction() as (uow, keys, _p):
        records, _damaged = collect_records(uow, keys, base)
    return sorted((r.type, r.id, repr(r)) for r in records)


def _base_for(replica: Replica, peer: Replica) -> dict[str, int]:
    with replica.vault.transaction() as (uow, _keys, _p):
        return uow.sync.vector(peer.replica_id)


def test_one_edit_opens_one_record_and_sends_what_a_full_scan_sends(
    pair: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    ids = [new_id() for _ in range(12)]
    for i, record_id in enumerate(ids):
        put(a, record_id, name=f"Person {i}")
    send(a, b)
    send(b, a)  # A learns what B holds
    base = _base_for(a, b)
    _collect(a, base)  # the first export after start opens everything and remembers it
    put(a, ids[3], name="Edited once")
    opened = _opened_ids(monkeypatch)
    with_index = _collect(a, base)
    assert opened == [ids[3]]
    assert [r[1] for r in with_index] == [ids[3]]
    export_index.forget()
    opened.clear()
    assert _collect(a, base) == with_index  # a full scan agrees
    assert ids[3] in opened and len(opened) > len(ids)


def test_rows_a_smaller_peer_knowledge_lacks_are_opened_and_sent(
    pair: tuple[Replica, Replica],
) -> None:
    a, b = pair
    ids = [new_id() for _ in range(5)]
    for i, record_id in enumerate(ids):
        put(a, record_id, name=f"Person {i}")
    send(a, b)
    send(b, a)
    full_knowledge = _base_for(a, b)
    assert _collect(a, full_knowledge) == []  # remembered, all covered
    # a peer that knows less (say, restored from an old backup) still gets every record
    remembered = _collect(a, {"someone-else": 1})
    export_index.forget()
    assert remembered == _collect(a, {"someone-else": 1})
    assert {i for i in ids} <= {r[1] for r in remembered}


def test_a_row_rewritten_behind_the_index_is_opened_again(
    pair: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    record_id = new_id()
    put(a, record_id, name="Before")
    send(a, b)
    send(b, a)
    base = _base_for(a, b)
    assert _collect(a, base) == []
    # B edits it; importing rewrites A's row (new nonce): A must look at it again
    put(b, record_id, name="After, from B")
    send(b, a)
    opened = _opened_ids(monkeypatch)
    _collect(a, base)
    assert record_id in opened
