"""The bulk paths sync uses (issue 12 performance) bind and seal exactly like the
one-record paths: same associated data, same rows, same import result."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.seal import encode_ad
from safespace_desktop.services.sync.payload import BundleRecord, canonical
from safespace_desktop.storage.records import (
    LEGACY_RECORD_FORMAT,
    RECORD_FORMAT,
    BulkWrite,
    DamagedRecord,
    OpenedDocument,
)
from safespace_desktop.storage.sync_store import bundle_families
from tests.unit.sync.helpers import MEMBERS, Replica, bundle, dump, new_id, put


def _members(replica: Replica) -> object:
    with replica.vault.transaction() as (uow, _keys, _p):
        return next(f for f in bundle_families(uow.group_id) if f.record_type.name == MEMBERS)


@given(
    version=st.sampled_from([RECORD_FORMAT, LEGACY_RECORD_FORMAT]),
    rev=st.integers(min_value=0, max_value=2**40),
    deleted=st.booleans(),
    record_id=st.text(max_size=40),
    key_id=st.binary(max_size=20),
)
def test_encoded_prefix_plus_row_fields_equals_the_whole_associated_data(
    version: int, rev: int, deleted: bool, record_id: str, key_id: bytes
) -> None:
    from safespace_desktop.storage.records import Scope, SealedRecords
    from safespace_desktop.storage.tables import ConsentLogRecord

    repo = SealedRecords(ConsentLogRecord, Scope.group("9b8c6f1e-0000-4000-8000-000000000001"))
    extras = {c: (None if i % 2 else f"value {i}") for i, c in enumerate(repo._extras)}  # noqa: SLF001
    row = SimpleNamespace(
        format_version=version, id=record_id, key_id=key_id, rev=rev, deleted=deleted, **extras
    )
    assert repo._ad_bytes(row) == encode_ad(repo._ad(row))  # type: ignore[arg-type]  # noqa: SLF001


def test_store_many_rows_read_back_like_store_rows(pair: tuple[Replica, Replica]) -> None:
    a, _b = pair
    family = _members(a)
    one, many = new_id(), sorted(new_id() for _ in range(3))
    put(a, one, name="Stored one by one")
    with a.vault.transaction() as (uow, keys, _p):
        writes = []
        for i, record_id in enumerate(many):
            state = RecordState()
            stamp = uow.next_write()
            state.write({"name": f"Bulk {i}"}, stamp.replica, stamp.counter, stamp.hlc)
            writes.append(BulkWrite(record_id, state.to_json(), 1, False, {}))
        family.repository.store_many(uow, keys.group_key, writes, set())  # type: ignore[attr-defined]
        # updating an existing row through the bulk path keeps it readable
        loaded = family.repository.get(uow, keys, one)  # type: ignore[attr-defined]
        stamp = uow.next_write()
        loaded.state.write({"name": "Updated in bulk"}, stamp.replica, stamp.counter, stamp.hlc)
        update = BulkWrite(one, loaded.state.to_json(), loaded.rev + 1, False, loaded.extra)
        family.repository.store_many(uow, keys.group_key, [update], {one})  # type: ignore[attr-defined]
    with a.vault.transaction() as (uow, keys, _p):
        repo = family.repository  # type: ignore[attr-defined]
        assert repo.get(uow, keys, one).state.get("name") == "Updated in bulk"
        assert [repo.get(uow, keys, i).state.get("name") for i in many] == [
            "Bulk 0",
            "Bulk 1",
            "Bulk 2",
        ]
        opened = list(repo.open_documents(uow, keys, [one, *many]))
        assert all(isinstance(o, OpenedDocument) for o in opened)
        assert not any(isinstance(o, DamagedRecord) for o in opened)


def test_a_line_read_strictly_is_byte_identical_to_its_state_line(
    pair: tuple[Replica, Replica],
) -> None:
    a, b = pair
    ids = [new_id() for _ in range(5)]
    for i, record_id in enumerate(ids):
        put(a, record_id, name=f"Person {i}", note={"nested": [1, 2.5, None]})
    data = bundle(a)
    verified = b.sync._verified(data)  # noqa: SLF001
    for record in verified.records:
        assert record.raw is not None  # strictly typed: no RecordState was needed
        rebuilt = BundleRecord(record.type, record.id, record.columns, record.state)
        assert rebuilt.line() == record.line()
        assert record.max_hlc == record.state.last_edited_hlc()
    assert b.sync.import_bundle(data).applied
    assert dump(b, (MEMBERS,)) == dump(a, (MEMBERS,))


def test_a_leniently_typed_line_is_normalised_not_refused() -> None:
    from safespace_desktop.services.sync.payload import parse_line as _parse_line

    replica = "0f0e0d0c-0000-4000-8000-000000000002"
    state = {"cc": {replica: 3}, "f": {"name": [["Robin", replica, 3, 7]]}}
    strict = canonical({"t": MEMBERS, "id": new_id(), "c": {}, "s": state})
    assert _parse_line(strict, set()).raw == state
    loose = {"cc": {replica: 3}, "f": {"name": [["Robin", replica, True, 7]]}}
    lenient = _parse_line(canonical({"t": MEMBERS, "id": new_id(), "c": {}, "s": loose}), set())
    assert lenient.raw is None
    assert lenient.state.fields["name"][0].dot.counter == 1
