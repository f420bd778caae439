"""The data folder and every folder the app makes above its files are private (0700)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from safespace_desktop.paths import AppPaths, create_private_dirs
from safespace_desktop.storage.engine import ensure_private_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common desktop umask, under which a plain mkdir makes 0755 folders."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_fresh_data_dir_and_the_folders_made_above_it_are_0700(tmp_path: Path) -> None:
    paths = AppPaths.portable(tmp_path / "stick" / "SafeSpace")
    paths.ensure_data_dir()
    assert mode(tmp_path / "stick") == 0o700
    assert mode(tmp_path / "stick" / "SafeSpace") == 0o700


def test_folders_that_already_exist_are_left_as_they_are(tmp_path: Path) -> None:
    own = tmp_path / "Documents"
    own.mkdir()
    own.chmod(0o755)
    create_private_dirs(own / "SafeSpace")
    assert mode(own) == 0o755
    assert mode(own / "SafeSpace") == 0o700


def test_the_storage_layer_makes_missing_parents_private_too(tmp_path: Path) -> None:
    ensure_private_dir(tmp_path / "data" / "vaults")
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "vaults") == 0o700
