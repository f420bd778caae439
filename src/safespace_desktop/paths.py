"""Where the app keeps its files. The single source of locations; no Qt here.

Portable mode (``--data-dir PATH``) puts every file under PATH, for a USB stick.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SafeSpaceDesktop"
VAULT_SUFFIX = ".ssvault"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))

    @classmethod
    def portable(cls, data_dir: Path) -> AppPaths:
        return cls(data_dir.expanduser().resolve())

    @property
    def vaults_dir(self) -> Path:
        return self.data_dir / "vaults"

    @property
    def demo_vault(self) -> Path:
        return self.data_dir / "demo" / f"demo{VAULT_SUFFIX}"

    def new_vault_path(self, vault_id: str) -> Path:
        return self.vaults_dir / f"{vault_id}{VAULT_SUFFIX}"
