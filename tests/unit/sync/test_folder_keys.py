"""Folder mode carries key files too (issue 12 gap): after a revocation, the new group
key epoch reaches the remaining facilitators through the shared folder with no manual
step, only under the key-file checks, and never reaches the revoked facilitator."""

from __future__ import annotations

from pathlib import Path

from safespace_desktop.services.revocation import RevocationService
from safespace_desktop.services.sync.folder import (
    KEY_FILE_NAME,
    export_to_folder,
    import_folder,
    own_folder,
    vault_replica,
)
from tests.unit.test_revocation_sync import PC, _facilitator, pcs  # noqa: F401 - the fixture


def test_folder_mode_carries_a_new_key_epoch_without_a_manual_step(
    pcs: tuple[PC, PC, PC],  # noqa: F811
    tmp_path: Path,
) -> None:
    a, b, c = pcs
    shared = tmp_path / "shared"
    shared.mkdir()
    # Before any revocation there is no key file to write (epoch 0 is in join kits).
    export_to_folder(a.vault, shared)
    a_dir = own_folder(shared, a.vault.group_id, vault_replica(a.vault))
    assert not (a_dir / KEY_FILE_NAME).exists()

    RevocationService(a.vault).revoke_facilitator(_facilitator(a, "facc"))
    a.add("Bea")
    a.clock.advance(1)
    export_to_folder(a.vault, shared)
    assert (a_dir / KEY_FILE_NAME).is_file()

    report = import_folder(b.vault, shared)
    assert [signer for _path, signer in report.keys_accepted] == ["robin"]
    assert not report.refused and not report.keys_refused
    assert b.vault.keyring_for_tests().current_epoch == 1
    assert "Bea" in b.names()
    again = import_folder(b.vault, shared)  # nothing new: nothing taken, nothing imported
    assert not again.keys_accepted and not again.imported

    # The revoked facilitator's PC finds no grant for itself and opens nothing new.
    at_c = import_folder(c.vault, shared)
    assert not at_c.keys_accepted
    assert [code for _path, code in at_c.refused] == ["sync_unknown_key_epoch"]
    assert c.vault.keyring_for_tests().current_epoch == 0
    assert "Bea" not in c.names()

    # B's own folder bundles, under epoch 1, import at A.
    b.add("From B")
    b.clock.advance(1)
    export_to_folder(b.vault, shared)
    import_folder(a.vault, shared)
    assert "From B" in a.names()
