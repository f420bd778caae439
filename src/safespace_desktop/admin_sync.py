"""``safespace-admin export | import | verify``: sync bundles without a screen (issue 12).

Passphrases come from a prompt or one line of standard input, never from arguments.
English only, like the rest of ``safespace-admin``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from safespace_desktop.core.errors import BundleRejected, SafeSpaceError
from safespace_desktop.paths import VAULT_SUFFIX, AppPaths

_STEPS = {
    "sync_collecting": "Collecting the records…",
    "sync_writing": "Writing and checking the bundle…",
    "sync_safe_to_remove": "Checked. It is safe to remove the stick.",
}

_REASONS = {
    "sync_other_group": "this bundle belongs to another group",
    "sync_unknown_device": "it was made on a device this group has not enrolled",
    "sync_revoked_device": "it was made on a device that was removed from the group",
    "sync_unknown_key_epoch": "it is locked with a group key this PC does not hold",
    "sync_truncated": "the file is incomplete (was the stick pulled out while copying?)",
    "sync_damaged": "the file is damaged",
    "sync_bad_signature": "its signature does not match the device that made it",
    "sync_not_a_bundle": "this is not a SafeSpace sync bundle",
    "sync_copy_of_this_pc": "it looks like a copy of this computer's own vault",
    "sync_mass_delete": "it would hide many records; run again with --confirm-deletions",
    "sync_future_clock": "the sending computer's clock is more than a day ahead",
    "sync_disk_full": "the disk or stick is full",
    "sync_read_only": "the disk or stick cannot be written to",
    "sync_media_gone": "the file or stick is no longer there",
    "sync_verify_failed": "the written file did not read back correctly",
}


def _say(text: str, stream: TextIO | None = None) -> None:
    """One line of output (this tool's only way to talk; no print statements)."""
    out = stream if stream is not None else sys.stdout
    out.write(text + "\n")
    out.flush()


def describe(exc: BundleRejected) -> str:
    reason = _REASONS.get(exc.code, exc.code.replace("_", " "))
    return f"Nothing was changed: {reason}."


def _vault_path(args: argparse.Namespace, paths: AppPaths) -> Path:
    if args.vault:
        return Path(args.vault)
    found = sorted(p for p in paths.vaults_dir.glob(f"*{VAULT_SUFFIX}") if "demo" not in p.name)
    if len(found) != 1:
        raise SystemExit("safespace-admin: please name the vault with --vault PATH")
    return found[0]


def _open(args: argparse.Namespace, paths: AppPaths) -> object:
    from safespace_desktop.admin import read_passphrase
    from safespace_desktop.services.vault import Vault

    vault = Vault.open_existing(_vault_path(args, paths))
    secret = read_passphrase(f"Passphrase for {args.handle}: ")
    vault.unlock(args.handle, secret)
    return vault


def _run(
    args: argparse.Namespace,
    paths_of: Callable[[argparse.Namespace], AppPaths],
    body: Callable[[object], int],
) -> int:
    from safespace_desktop.services.sync.service import SyncService

    vault = _open(args, paths_of(args))
    try:
        return int(body(SyncService(vault)))  # type: ignore[arg-type]
    except BundleRejected as exc:
        _say(f"safespace-admin: {describe(exc)}", sys.stderr)
        return 2
    finally:
        vault.close()  # type: ignore[attr-defined]


BUNDLE_MAGIC = b"SSBUNDLE"


def is_bundle(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(BUNDLE_MAGIC)) == BUNDLE_MAGIC
    except OSError:
        return False


def _register_verify(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: Callable[[argparse.ArgumentParser], None],
    run_verify: Callable[[argparse.Namespace], int],
) -> None:
    """``verify`` checks a sync bundle; when the backup commands already own ``verify``
    (backups, issue 14), one command serves both and the file's first bytes decide."""
    existing = commands.choices.get("verify")
    if existing is None:
        verify = commands.add_parser("verify", help="check a bundle without importing it")
        common(verify)
        verify.add_argument("bundle")
        verify.set_defaults(run=run_verify)
        return
    existing.add_argument(
        "--vault", metavar="PATH", help="for a sync bundle: the vault file (default: the only one)"
    )
    existing.description = (
        "Check a backup page by page, or a sync bundle without importing it "
        "(a bundle needs --handle)."
    )
    check_backup = existing.get_default("run")

    def run_either(args: argparse.Namespace) -> int:
        if not is_bundle(args.backup):
            return int(check_backup(args))
        if not args.handle:
            _say("safespace-admin: checking a sync bundle needs --handle", sys.stderr)
            return 2
        args.bundle = args.backup
        return run_verify(args)

    existing.set_defaults(run=run_either)


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    paths_of: Callable[[argparse.Namespace], AppPaths],
) -> None:
    """Add the sync subcommands to ``safespace-admin``."""

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--vault", metavar="PATH", help="the vault file (default: the only one)"
        )
        parser.add_argument("--handle", required=True, help="your facilitator handle")

    export = commands.add_parser("export", help="write a sync bundle for another facilitator")
    common(export)
    export.add_argument("destination", help="a folder (or file name) on the stick")
    export.add_argument("--for-peer", metavar="REPLICA", help="only what that PC has not seen")
    export.add_argument(
        "--with-attachments", action="store_true", help="also carry attachments (full exports)"
    )

    def run_export(args: argparse.Namespace) -> int:
        def body(service: object) -> int:
            result = service.export_to(  # type: ignore[attr-defined]
                Path(args.destination),
                peer=args.for_peer,
                full=args.for_peer is None,
                attachments=args.with_attachments,
                progress=lambda code: _say(f"  {_STEPS.get(code, code)}", sys.stderr),
            )
            _say(f"Wrote {result.path} ({result.size} bytes). Safe to remove the stick.")
            return 0

        return _run(args, paths_of, body)

    export.set_defaults(run=run_export)

    imp = commands.add_parser("import", help="import a sync bundle (with a preview)")
    common(imp)
    imp.add_argument("bundle")
    imp.add_argument(
        "--preview", action="store_true", help="show what would change; change nothing"
    )
    imp.add_argument("--confirm-deletions", action="store_true", help="allow a large deletion")

    def run_import(args: argparse.Namespace) -> int:
        def body(service: object) -> int:
            data = service.read(Path(args.bundle))  # type: ignore[attr-defined]
            preview = service.preview(data)  # type: ignore[attr-defined]
            _say(preview_text(preview))
            if args.preview:
                return 0
            result = service.import_bundle(  # type: ignore[attr-defined]
                data, confirm_mass_delete=args.confirm_deletions
            )
            _say("Imported." if result.applied else "Nothing to import: nothing changed.")
            return 0

        return _run(args, paths_of, body)

    imp.set_defaults(run=run_import)

    def run_verify(args: argparse.Namespace) -> int:
        def body(service: object) -> int:
            report = service.verify(service.read(Path(args.bundle)))  # type: ignore[attr-defined]
            _say(f"OK: bundle {report.bundle_id} ({report.mode}), {report.record_count} records")
            for name, count in sorted(report.per_type.items()):
                _say(f"  {name}: {count}")
            return 0

        return _run(args, paths_of, body)

    _register_verify(commands, common, run_verify)

    kit = commands.add_parser(
        "join-kit", help="make a join kit so a new facilitator PC can join this group"
    )
    common(kit)
    kit.add_argument("destination", help="the join kit file to write (.ssjoin)")
    kit.add_argument("--device-name", required=True, help="a name for the new PC")

    def run_kit(args: argparse.Namespace) -> int:
        from safespace_desktop.admin import read_passphrase
        from safespace_desktop.services.sync.joinkit import make_join_kit

        def body(service: object) -> int:
            secret = read_passphrase("Passphrase of the facilitator joining on the new PC: ")
            vault = service._vault  # type: ignore[attr-defined]  # noqa: SLF001
            result = make_join_kit(
                vault, Path(args.destination), secret, device_name=args.device_name
            )
            _say(f"Wrote the join kit {result.path}. Safe to remove the stick.")
            return 0

        return _run(args, paths_of, body)

    kit.set_defaults(run=run_kit)

    join = commands.add_parser("join", help="create this PC's vault from a join kit")
    join.add_argument("kit", help="the join kit file (.ssjoin)")
    join.add_argument("--handle", required=True, help="your facilitator handle on this PC")
    join.add_argument("--vault", metavar="PATH", help="where to create the vault")

    def run_join(args: argparse.Namespace) -> int:
        import uuid

        from safespace_desktop.admin import read_passphrase
        from safespace_desktop.crypto import kdf
        from safespace_desktop.services.sync.joinkit import join_from_kit

        paths = paths_of(args)
        target = Path(args.vault) if args.vault else paths.new_vault_path(str(uuid.uuid4()))
        secret = read_passphrase("Passphrase of the join kit (your new passphrase): ")
        data = Path(args.kit).read_bytes()
        params = kdf.calibrate() if not kdf.test_mode_enabled() else kdf.FAST_TEST_PROFILE
        try:
            vault, account = join_from_kit(
                target, data, handle=args.handle, secret=secret, params=params
            )
        except BundleRejected as exc:
            _say(f"safespace-admin: {describe(exc)}", sys.stderr)
            return 2
        vault.close()
        _say(f"Joined the group. Vault: {target}")
        _say(f"Your recovery code (write it down, keep it safe): {account.recovery_code}")
        return 0

    join.set_defaults(run=run_join)


def preview_text(preview: object) -> str:
    p = preview
    if getattr(p, "own_bundle", False):
        return "This bundle was made on this computer: nothing to import."
    if getattr(p, "already_imported", False):
        return "This bundle was imported before: nothing to import."
    total = p.total  # type: ignore[attr-defined]
    lines = [
        f"{total('new')} new, {total('changed')} changed, {total('deleted')} deleted, "
        f"{total('conflicts')} conflict(s), {total('resurrected')} kept after a delete"
    ]
    for counts in p.per_type:  # type: ignore[attr-defined]
        lines.append(
            f"  {counts.type}: {counts.new} new, {counts.changed} changed, "
            f"{counts.deleted} deleted, {counts.conflicts} conflict(s)"
        )
    if p.needs_confirmation:  # type: ignore[attr-defined]
        lines.append(f"Warning: this would hide {p.newly_hidden} records.")  # type: ignore[attr-defined]
    return "\n".join(lines)


__all__ = ["SafeSpaceError", "describe", "preview_text", "register"]
