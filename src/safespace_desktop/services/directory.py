"""The vaults on this PC. The picker shows only each vault's neutral label."""

from __future__ import annotations

import uuid

from safespace_desktop.core.clock import Clock, SystemClock
from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.core.model import NewAccount, VaultSummary
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.paths import VAULT_SUFFIX, AppPaths
from safespace_desktop.services.vault import Progress, Vault, _quiet


class VaultDirectory:
    def __init__(self, paths: AppPaths, *, clock: Clock | None = None) -> None:
        self.paths = paths
        self.clock = clock or SystemClock()

    def list_vaults(self) -> list[VaultSummary]:
        """Vaults in the data folder, by label. Unreadable files are skipped quietly."""
        found: list[VaultSummary] = []
        if not self.paths.vaults_dir.is_dir():
            return found
        for path in sorted(self.paths.vaults_dir.glob(f"*{VAULT_SUFFIX}")):
            try:
                found.append(Vault.read_summary(path, clock=self.clock))
            except SafeSpaceError:
                continue
        return sorted(found, key=lambda v: v.label.casefold())

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
        return Vault.open_existing(summary.path, clock=self.clock)
