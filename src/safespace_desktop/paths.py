"""Where the app keeps its files. The single source of locations; no Qt here.

Portable mode (``--data-dir PATH``) puts every file under PATH, for a USB stick.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "SafeSpaceDesktop"
VAULT_SUFFIX = ".ssvault"
PRIVATE_DIR_MODE = 0o700


def create_private_dirs(path: Path) -> None:
    """Create ``path`` and every missing folder above it, each readable only by us.

    ``Path.mkdir(parents=True, mode=...)`` gives the mode to the last folder only and
    the umask's (usually 0755) to the ones it adds above, so a fresh ``--data-dir``
    folder would be listable by every account on the PC. Folders that already exist
    are left as they are: they may be the person's own.
    """
    missing: list[Path] = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it just now
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        with contextlib.suppress(OSError):  # FAT/exFAT sticks have no POSIX modes
            folder.chmod(PRIVATE_DIR_MODE)  # mkdir's mode is cut by the umask


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        import platformdirs  # only here: portable starts need not import it

        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))

    @classmethod
    def portable(cls, data_dir: Path) -> AppPaths:
        return cls(data_dir.expanduser().resolve())

    def ensure_data_dir(self) -> None:
        """Create the data folder (0700) if it is missing; the GUI calls this at start."""
        create_private_dirs(self.data_dir)

    @property
    def vaults_dir(self) -> Path:
        return self.data_dir / "vaults"

    @property
    def demo_vault(self) -> Path:
        return self.data_dir / "demo" / f"demo{VAULT_SUFFIX}"

    def new_vault_path(self, vault_id: str) -> Path:
        return self.vaults_dir / f"{vault_id}{VAULT_SUFFIX}"
