"""Folder mode: a synced folder (Syncthing, a network share) carries bundles between many
PCs without any server of ours (DESIGN.md §4, sync.md §2.10).

Layout ``<folder>/<group id>/<replica id>/<seq>.ssbundle``. Each replica writes only
its own sub-folder, through a temporary name and a rename; readers skip temporary and
partial files and treat ``.sync-conflict-`` copies as ordinary bundles (importing is
idempotent). The live vault never goes into the synced folder: ``check_folder`` refuses
a folder that holds it.

Key files travel the same way, with no manual step: after a revocation a PC that holds
a newer group key epoch writes its signed key file (``services/key_grants``) as
``<replica id>/keys.sskeys``, and a reader accepts a key file from the folder only when
it passes every check of the key-file page (signed by a facilitator this PC knows and
has not seen revoked, one grant sealed to this facilitator's own exchange key) and
brings an epoch this PC lacks; the report names who signed it. Bundles under an epoch
not yet held are retried once the key file is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from safespace_desktop.core.errors import BundleRejected, NotFound, ValidationError
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync.exporting import BUNDLE_SUFFIX, ExportResult, write_bundle_file
from safespace_desktop.services.sync.service import SyncService
from safespace_desktop.services.vault import Vault

_SKIP_PREFIXES = (".", "~")
_SKIP_PARTS = (".syncthing.", "~syncthing~")
_SKIP_SUFFIXES = (".tmp", ".part", ".partial")
KEY_FILE_NAME = "keys.sskeys"


@dataclass(frozen=True)
class FolderScan:
    bundles: list[Path]
    skipped: list[Path]
    foreign: list[Path]


@dataclass
class FolderImport:
    imported: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    needs_confirmation: list[Path] = field(default_factory=list)
    foreign: list[Path] = field(default_factory=list)
    keys_accepted: list[tuple[Path, str]] = field(default_factory=list)
    """Key files taken from the folder, with the facilitator who signed each."""
    keys_refused: list[tuple[Path, str]] = field(default_factory=list)


def is_partial(name: str) -> bool:
    """Temporary or partial files of ours or of a sync engine."""
    return (
        name.startswith(_SKIP_PREFIXES)
        or any(part in name for part in _SKIP_PARTS)
        or name.endswith(_SKIP_SUFFIXES)
    )


def check_folder(vault: Vault, folder: Path) -> Path:
    """The folder, if it is usable: it must not hold the live vault (SQLite files must
    never be synced by a file-sync engine)."""
    folder = Path(folder).resolve()
    if vault.path is not None:
        live = vault.path.resolve()
        if live.is_relative_to(folder) or folder.is_relative_to(live.parent / live.name):
            raise ValidationError("folder", "sync_folder_holds_vault")
    return folder


def own_folder(folder: Path, group_id: str, replica_id: str) -> Path:
    return Path(folder) / group_id / replica_id


def export_to_folder(vault: Vault, folder: Path) -> ExportResult:
    """Write this PC's next bundle into its own sub-folder."""
    folder = check_folder(vault, folder)
    service = SyncService(vault)
    with vault.transaction() as (uow, _keys, _p):
        info = uow.vault_info()
        peers = [d for d in service_devices(vault) if not d.revoked and not d.this_pc]
        vectors = [uow.sync.vector(d.replica_id) for d in peers]
    base = _common_base(vectors) if peers and all(vectors) else None
    data, manifest, seq = service.make_bundle_for_base(base)
    target_dir = own_folder(folder, info.group_id, info.replica_id)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BundleRejected("sync_read_only") from exc
    path = target_dir / f"{seq:08d}{BUNDLE_SUFFIX}"
    write_bundle_file(path, data, service.verify_container)
    _write_key_file(vault, target_dir)
    header = container.read_header(data)
    return ExportResult(
        path, header.bundle_id, manifest.mode, manifest.record_count, len(data), seq
    )


def service_devices(vault: Vault) -> list:  # type: ignore[type-arg]
    return SyncService(vault).devices()


def _common_base(vectors: list[dict[str, int]]) -> dict[str, int]:
    """What every known peer holds: the pointwise minimum of their vectors."""
    replicas = set().union(*vectors)
    return {r: min(v.get(r, 0) for v in vectors) for r in replicas if all(r in v for v in vectors)}


def scan_folder(folder: Path, group_id: str) -> FolderScan:
    """Bundles of this group, in an order independent of the directory listing."""
    root = Path(folder)
    bundles: list[Path] = []
    skipped: list[Path] = []
    foreign: list[Path] = []
    if not root.is_dir():
        return FolderScan([], [], [])
    for group_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        mine = group_dir.name == group_id
        for file in sorted(group_dir.rglob("*")):
            if not file.is_file():
                continue
            if is_partial(file.name):
                skipped.append(file)
            elif file.name.endswith(BUNDLE_SUFFIX):
                (bundles if mine else foreign).append(file)
    return FolderScan(bundles, skipped, foreign)


def _write_key_file(vault: Vault, own_dir: Path) -> None:
    """This PC's key file, when it holds a group key epoch made by a revocation (epoch
    0 travels only in join kits); rewritten only when its content changed."""
    from safespace_desktop.services.key_grants import KeyGrantsService

    with vault.transaction() as (_uow, keys, _p):
        if not any(epoch > 0 for epoch in keys.held_epochs()) or keys.signing_key is None:
            return
    grants = KeyGrantsService(vault)
    data = grants.key_file()
    target = own_dir / KEY_FILE_NAME
    try:
        if target.exists() and target.read_bytes() == data:
            return
    except OSError:
        pass
    write_bundle_file(target, data, lambda written: None)


def import_key_files(vault: Vault, folder: Path, report: FolderImport) -> int:
    """Accept the other PCs' key files that bring this facilitator a new epoch."""
    from safespace_desktop.services.key_grants import KeyGrantsService

    grants = KeyGrantsService(vault)
    own = vault_replica(vault)
    accepted = 0
    group_dir = Path(folder) / vault.group_id
    if not group_dir.is_dir():
        return 0
    for replica_dir in sorted(p for p in group_dir.iterdir() if p.is_dir()):
        path = replica_dir / KEY_FILE_NAME
        if replica_dir.name == own or not path.is_file():
            continue
        try:
            data = grants.read_key_file(path)
            if not grants.preview(data).epochs:
                continue  # nothing this PC lacks
            checked = grants.accept(data)
        except NotFound:
            continue  # no grant for this facilitator in it
        except BundleRejected as exc:
            if (path, exc.code) not in report.keys_refused:
                report.keys_refused.append((path, exc.code))
            continue
        report.keys_accepted.append((path, checked.signer))
        accepted += 1
    return accepted


def vault_replica(vault: Vault) -> str:
    with vault.transaction() as (uow, _keys, _p):
        return uow.vault_info().replica_id


def import_folder(vault: Vault, folder: Path, *, confirm_mass_delete: bool = False) -> FolderImport:
    """Import every new bundle in the folder once; nothing is ever deleted by absence.
    Key files come first, and bundles sealed under an epoch this PC did not hold are
    tried again after key files that arrived in the same pass."""
    folder = check_folder(vault, folder)
    scan = scan_folder(folder, vault.group_id)
    report = FolderImport(foreign=list(scan.foreign))
    import_key_files(vault, folder, report)
    waiting = _import_bundles(vault, scan.bundles, report, confirm_mass_delete)
    if waiting and (report.imported and import_key_files(vault, folder, report)):
        report.refused = [r for r in report.refused if r[0] not in waiting]
        _import_bundles(vault, waiting, report, confirm_mass_delete)
    taken = {path for path, _signer in report.keys_accepted}
    report.keys_refused = [r for r in report.keys_refused if r[0] not in taken]
    return report


def _import_bundles(
    vault: Vault, paths: list[Path], report: FolderImport, confirm_mass_delete: bool
) -> list[Path]:
    """Import each bundle; returns those refused for a key epoch not held here."""
    service = SyncService(vault)
    waiting: list[Path] = []
    for path in paths:
        try:
            data = service.read(path)
            result = service.import_bundle(data, confirm_mass_delete=confirm_mass_delete)
        except BundleRejected as exc:
            if exc.code == "sync_mass_delete":
                report.needs_confirmation.append(path)
            elif exc.code == "sync_other_group":
                report.foreign.append(path)
            else:
                report.refused.append((path, exc.code))
                if exc.code == "sync_unknown_key_epoch":
                    waiting.append(path)
            continue
        (report.imported if result.applied else report.unchanged).append(path)
    return waiting
