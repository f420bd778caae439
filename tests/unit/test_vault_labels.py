"""The vault picker's label reader: standard-library sqlite3, read-only, never a write."""

from __future__ import annotations

import ast
import hashlib
import sqlite3
from pathlib import Path

import pytest

import safespace_desktop.storage.labels as labels_module
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import VaultNotFound
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.labels import read_vault_label
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder`` with its modification time and content hash."""
    return {
        str(path.relative_to(folder)): (
            path.stat().st_mtime_ns,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def make_vault(directory: VaultDirectory, label: str) -> Vault:
    vault, _account = directory.create_vault(
        label=label,
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
    )
    return vault


def test_labels_are_listed_without_a_single_byte_or_file_changing(
    tmp_path: Path, clock: ManualClock
) -> None:
    directory = VaultDirectory(AppPaths.portable(tmp_path), clock=clock)
    for label in ("Tuesday group", "art circle"):
        make_vault(directory, label).close()
    before = snapshot(tmp_path)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)

    listed = directory.list_vaults()

    assert [v.label for v in listed] == ["art circle", "Tuesday group"]
    assert all(not v.is_demo and v.vault_id for v in listed)
    assert snapshot(tmp_path) == before  # no -wal/-shm left behind, nothing rewritten


def test_a_vault_open_elsewhere_shows_its_newest_label(tmp_path: Path, clock: ManualClock) -> None:
    """While a vault is open its newest rows may live only in the WAL file."""
    directory = VaultDirectory(AppPaths.portable(tmp_path), clock=clock)
    vault = make_vault(directory, "Tuesday group")
    try:
        assert vault.path is not None
        writer = sqlite3.connect(vault.path)
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("UPDATE vault_meta SET neutral_label = 'Thursday group'")
        writer.commit()
        assert vault.path.with_name(vault.path.name + "-wal").exists()
        assert [v.label for v in directory.list_vaults()] == ["Thursday group"]
        writer.close()
    finally:
        vault.close()


def test_foreign_and_half_made_files_are_skipped(tmp_path: Path, clock: ManualClock) -> None:
    directory = VaultDirectory(AppPaths.portable(tmp_path), clock=clock)
    make_vault(directory, "Tuesday group").close()
    vaults = tmp_path / "vaults"
    (vaults / "notes.ssvault").write_text("not a database at all", "utf-8")
    empty = sqlite3.connect(vaults / "empty.ssvault")
    empty.execute("CREATE TABLE other (id INTEGER)")
    empty.commit()
    empty.close()
    (vaults / "missing-row.ssvault").write_bytes(b"")

    assert [v.label for v in directory.list_vaults()] == ["Tuesday group"]
    for name in ("notes.ssvault", "empty.ssvault", "missing-row.ssvault", "gone.ssvault"):
        with pytest.raises(VaultNotFound):
            read_vault_label(vaults / name)


def test_a_path_with_uri_characters_is_read_as_a_path(tmp_path: Path) -> None:
    """ "?", "#" and "%" would end or change a file: URI if not escaped."""
    folder = tmp_path / "stick #1 ?50%"
    folder.mkdir()
    made = sqlite3.connect(folder / "group.ssvault")
    made.execute(
        "CREATE TABLE vault_meta (id INTEGER PRIMARY KEY, vault_id TEXT, "
        "neutral_label TEXT, is_demo BOOLEAN)"
    )
    made.execute("INSERT INTO vault_meta VALUES (1, 'v1', 'Tuesday group', 1)")
    made.commit()
    made.close()
    summary = read_vault_label(folder / "group.ssvault")
    assert (summary.vault_id, summary.label, summary.is_demo) == ("v1", "Tuesday group", True)


def test_the_reader_imports_only_sqlite3_and_core() -> None:
    tree = ast.parse(Path(labels_module.__file__).read_text("utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    outside = {
        name
        for name in imported
        if name not in {"__future__", "contextlib", "sqlite3", "pathlib", "urllib.parse"}
        and not name.startswith("safespace_desktop.core")
    }
    assert outside == set()
