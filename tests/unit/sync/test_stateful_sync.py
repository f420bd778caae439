"""A Hypothesis state machine: 2–4 replicas (real vaults), random edits, deletes,
exports (full and incremental), lost / duplicated / reordered bundles and clock jumps,
checked after every step against a small reference model (sync.md §3).

The model knows nothing of version vectors or bundles: it keeps every write, what its
writer had seen when it wrote, and what each replica has received. A field must show
exactly the writes no other received write has seen (the concurrent maxima), and a
record is hidden exactly when a surviving delete has seen every surviving value.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from safespace_desktop.crypto import bundle as container
from safespace_desktop.crypto import kdf
from tests.unit.sync.helpers import MEMBERS, Replica, dump, first_pc, join, put, state_of

RECORDS = ("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222")
FIELDS = ("name", "note")
EXAMPLES = int(os.environ.get("SAFESPACE_STATEFUL_EXAMPLES", "4"))


class Model:
    """Writes, what each writer had seen, and what each replica holds."""

    def __init__(self, replicas: int) -> None:
        self.writes: dict[str, tuple[str, str, bool]] = {}  # id -> (record, field, deletes?)
        self.seen: dict[str, frozenset[str]] = {}
        self.know: list[dict[str, set[str]]] = [
            {r: set() for r in RECORDS} for _ in range(replicas)
        ]

    def write(self, replica: int, record: str, field: str, wid: str) -> None:
        self.seen[wid] = frozenset(self.know[replica][record])
        self.writes[wid] = (record, field, field == "_deleted")
        self.know[replica][record].add(wid)

    def surviving(self, replica: int, record: str, field: str) -> set[str]:
        known = {w for w in self.know[replica][record] if self.writes[w][1] == field}
        return {w for w in known if not any(w in self.seen[o] for o in known if o != w)}

    def visible(self, replica: int, record: str) -> bool | None:
        if not self.know[replica][record]:
            return None
        deletes = self.surviving(replica, record, "_deleted")
        if not deletes:
            return True
        covered = set().union(*(self.seen[d] for d in deletes))
        values = set().union(*(self.surviving(replica, record, f) for f in FIELDS))
        return not values <= covered


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="ss-stateful-"))
        self.replicas: list[Replica] = []
        self.bundles: list[tuple[int, bytes, dict[str, set[str]]]] = []
        self.counter = 0
        kdf.enable_test_mode()

    @initialize(count=st.integers(min_value=2, max_value=4))
    def start(self, count: int) -> None:
        first = first_pc(self.folder)
        self.replicas = [first]
        for i in range(1, count):
            self.replicas.append(join(first, self.folder, f"R{i}"))
        for r in self.replicas[1:]:  # every PC learns every device
            first.sync.import_bundle(r.sync.make_bundle()[0], allow_future=True)
        data = first.sync.make_bundle()[0]
        for r in self.replicas[1:]:
            r.sync.import_bundle(data, allow_future=True)
        self.model = Model(count)
        # The join kits and enrolment bundles carried no member records.

    def teardown(self) -> None:
        for r in self.replicas:
            r.vault.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _index(self, data: st.DataObject) -> int:
        return data.draw(st.integers(0, len(self.replicas) - 1))

    @precondition(lambda self: bool(self.replicas))
    @rule(data=st.data(), record=st.sampled_from(RECORDS), field=st.sampled_from(FIELDS))
    def edit(self, data: st.DataObject, record: str, field: str) -> None:
        i = self._index(data)
        self.counter += 1
        wid = f"w{self.counter}"
        put(self.replicas[i], record, **{field: wid})
        self.model.write(i, record, field, wid)

    @precondition(lambda self: bool(self.replicas))
    @rule(data=st.data(), record=st.sampled_from(RECORDS))
    def delete(self, data: st.DataObject, record: str) -> None:
        i = self._index(data)
        if not self.model.know[i][record]:
            return  # nothing to delete here yet
        self.counter += 1
        put(self.replicas[i], record, _deleted=True)
        self.model.write(i, record, "_deleted", f"w{self.counter}")

    @precondition(lambda self: bool(self.replicas))
    @rule(data=st.data(), incremental=st.booleans())
    def export(self, data: st.DataObject, incremental: bool) -> None:
        i = self._index(data)
        source = self.replicas[i]
        if incremental:
            peer = self.replicas[(i + 1) % len(self.replicas)]
            raw, _ = source.sync.make_bundle(peer=peer.replica_id, full=False)
        else:
            raw, _ = source.sync.make_bundle()
        key = source.vault.keyring_for_tests().group_key.material()
        carried = container.open_bundle(raw, lambda _e: key).records_jsonl
        snapshot = {r: set(self.model.know[i][r]) for r in RECORDS if r.encode() in carried}
        self.bundles.append((i, raw, snapshot))

    @precondition(lambda self: bool(self.bundles))
    @rule(data=st.data())
    def deliver(self, data: st.DataObject) -> None:
        """Any stored bundle, to any other replica: lost, late, twice, out of order."""
        sender, raw, snapshot = data.draw(st.sampled_from(self.bundles))
        targets = [j for j in range(len(self.replicas)) if j != sender]
        j = data.draw(st.sampled_from(targets))
        self.replicas[j].sync.import_bundle(raw, allow_future=True, confirm_mass_delete=True)
        for record, writes in snapshot.items():
            self.model.know[j][record] |= writes

    @precondition(lambda self: bool(self.replicas))
    @rule(data=st.data(), jump=st.sampled_from([-3 * 365 * 86400, -3600, -60, 90, 86400 * 400]))
    def clock_jump(self, data: st.DataObject, jump: int) -> None:
        self.replicas[self._index(data)].clock.advance(jump)

    @invariant()
    def matches_the_model(self) -> None:
        for i, replica in enumerate(self.replicas):
            for record in RECORDS:
                state = state_of(replica, record)
                expected_visible = self.model.visible(i, record)
                if state is None:
                    assert expected_visible is None
                    continue
                for field in FIELDS:
                    shown = {v.value for v in state.fields.get(field, [])}
                    assert shown == self.model.surviving(i, record, field), (i, record, field)
                assert (not state.deleted) == expected_visible, (i, record)

    def converge(self) -> None:
        for _ in range(2):
            for src in self.replicas:
                raw, _ = src.sync.make_bundle()
                for dst in self.replicas:
                    if dst is not src:
                        dst.sync.import_bundle(raw, allow_future=True, confirm_mass_delete=True)
        for record in RECORDS:
            everything = set().union(*(k[record] for k in self.model.know))
            for know in self.model.know:
                know[record] = set(everything)


class ConvergingMachine(SyncMachine):
    @precondition(lambda self: bool(self.replicas))
    @rule()
    def everyone_syncs(self) -> None:
        """Property 1: after everyone has everyone's latest state, dumps are identical."""
        self.converge()
        dumps = {dump(r, (MEMBERS,)) for r in self.replicas}
        assert len(dumps) == 1


ConvergingMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=14, deadline=None
)
TestStatefulSync = ConvergingMachine.TestCase
