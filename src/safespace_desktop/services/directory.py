"""The vaults on this PC. The picker shows only each vault's neutral label.

Listing reads labels with the standard library alone (``storage.labels``), so the
vault picker can appear before SQLAlchemy and the vault service are imported; they
are imported the first time a vault is created or opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from safespace_desktop.core.clock import Clock, SystemClock
from safespace_desktop.core.vault_summary import VaultSummary
from safespace_desktop.paths import VAULT_SUFFIX, AppPaths
from safespace_desktop.storage.labels import list_vault_labels

if TYPE_CHECKING:
    from safespace_desktop.core.model import NewAccount
    from safespace_desktop.crypto.kdf import KdfParams
    from safespace_desktop.services.vault import Progress, Vault


def _quiet(_message: str) -> None:
    return None


class VaultDirectory:
    def __init__(self, paths: AppPaths, *, clock: Clock | None = None) -> None:
        self.paths = paths
        self.clock = clock or SystemClock()

    def list_vaults(self) -> list[VaultSummary]:
        """Vaults in the data folder, by label. Unreadable files are skipped quietly.

        Read-only: no vault file is written or upgraded by listing."""
        return list_vault_labels(self.paths.vaults_dir, VAULT_SUFFIX)

    def create_vault(
        self,
        *,
        label: str,
        group_name: str,
        handle: str,
        passphrase_text: str,
        params: KdfParams,
        progress: Progress = _quiet,
    ) -> tuple[Vault, NewAccount]:
        import uuid

        from safespace_desktop.services.vault import Vault

        path = self.paths.new_vault_path(str(uuid.uuid4()))
        return Vault.create(
            path,
            label=label,
            group_name=group_name,
            handle=handle,
            passphrase_text=passphrase_text,
            params=params,
            clock=self.clock,
            progress=progress,
        )

    def open_vault(self, summary: VaultSummary) -> Vault:
        from safespace_desktop.services.vault import Vault

        return Vault.open_existing(summary.path, clock=self.clock)
