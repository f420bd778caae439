"""Replica fixtures for the sync properties (sync.md §3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.sync.helpers import Replica, first_pc, join


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Replica, Replica]]:
    a = first_pc(tmp_path)
    b = join(a, tmp_path, "B")
    yield a, b
    for r in (a, b):
        r.vault.close()


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Replica, Replica, Replica]]:
    a = first_pc(tmp_path)
    b = join(a, tmp_path, "B")
    c = join(a, tmp_path, "C")
    a.sync.import_bundle(b.sync.make_bundle()[0])
    a.sync.import_bundle(c.sync.make_bundle()[0])
    for peer in (b, c):  # every PC now knows every device
        peer.sync.import_bundle(a.sync.make_bundle()[0])
    yield a, b, c
    for r in (a, b, c):
        r.vault.close()
