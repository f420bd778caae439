"""Shared fixtures: the fast test KDF, temporary data dirs, a manual clock, markers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from safespace_desktop.core.clock import ManualClock  # noqa: E402
from safespace_desktop.crypto import kdf  # noqa: E402
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE, KdfParams  # noqa: E402
from safespace_desktop.services.vault import Vault  # noqa: E402

FACILITATOR_HANDLE = "robin"
FACILITATOR_PASS = "lantern meadow pebble harbour"
MEMBER_PASS = "quiet orchard river morning"


@pytest.fixture(autouse=True)
def fast_kdf() -> Iterator[KdfParams]:
    """Tests derive keys with a cheap profile; production code refuses it (claim 15)."""
    kdf.enable_test_mode()
    yield FAST_TEST_PROFILE
    kdf.disable_test_mode()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "vaults" / "group.ssvault"


@pytest.fixture
def vault(vault_path: Path, clock: ManualClock) -> Iterator[Vault]:
    created, _account = Vault.create(
        vault_path,
        label="Tuesday group",
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    yield created
    created.close()
