"""A headless self-test of the encryption on this PC (``safespace-admin self-test``).

It builds a throwaway vault in a fresh folder inside the data folder, with the
production key-derivation floor, walks through sealing and opening under every
key scope, locking, unlocking and recovery, and then deletes the folder again.
It touches no existing vault and needs no screen (no Qt is imported here).
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from cryptography.exceptions import UnsupportedAlgorithm

from safespace_desktop.core.errors import (
    NotPermitted,
    UnsafeKdfParameters,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryCode,
)
from safespace_desktop.core.model import MemberDraft, Role
from safespace_desktop.crypto import kdf, seal
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.paths import VAULT_SUFFIX, AppPaths
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.engine import ensure_private_dir

FOLDER_PREFIX = ".self-test-"
FACILITATOR = "self-test facilitator"
MEMBER = "self-test member"


class CheckFailed(Exception):
    """A self-test expectation did not hold; the message says which."""


def _expect(condition: bool, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


@dataclass
class _Context:
    folder: Path
    params: kdf.KdfParams = kdf.FLOOR
    marker: str = field(default_factory=lambda: f"marker-{secrets.token_hex(8)}")
    facilitator_pass: str = field(default_factory=lambda: f"self test {secrets.token_hex(8)}")
    member_pass: str = field(default_factory=lambda: f"self test {secrets.token_hex(8)}")
    new_pass: str = field(default_factory=lambda: f"self test {secrets.token_hex(8)}")
    vault: Vault | None = None
    recovery_code: str = ""
    member_id: str = ""
    journal_blob: bytes = b""
    journal_ad: tuple[str, ...] = ()

    @property
    def path(self) -> Path:
        return self.folder / f"self-test{VAULT_SUFFIX}"

    @property
    def group_name(self) -> str:
        return f"group {self.marker}"

    @property
    def member_name(self) -> str:
        return f"name {self.marker}"

    @property
    def journal_text(self) -> str:
        return f"journal {self.marker}"

    def open_vault(self) -> Vault:
        _expect(self.vault is not None, "no vault is open")
        assert self.vault is not None
        return self.vault


def _check_argon2(ctx: _Context) -> str:
    try:
        first = kdf.derive(b"self-test", b"\x00" * kdf.SALT_LENGTH, ctx.params)
        again = kdf.derive(b"self-test", b"\x00" * kdf.SALT_LENGTH, ctx.params)
    except UnsupportedAlgorithm as exc:
        raise CheckFailed(
            "Argon2id is not available in this build of the cryptography library "
            "(its OpenSSL is too old). SafeSpace will not protect data without it; "
            "install cryptography 50 or newer from PyPI, which bundles a recent OpenSSL"
        ) from exc
    _expect(len(first) == kdf.KEY_LENGTH and any(first), "Argon2id returned no key")
    _expect(first == again, "Argon2id gave two different keys for the same input")
    return (
        f"Argon2id key derivation works ({ctx.params.memory_kib // 1024} MiB, "
        f"{ctx.params.iterations} passes)"
    )


def _check_kdf_policy(_ctx: _Context) -> str:
    salt = kdf.new_salt()
    too_big = kdf.KdfParams(kdf.CEILING_MEMORY_KIB * 2, kdf.FLOOR_ITERATIONS)
    rejected = []
    candidates = [too_big]
    if not kdf.test_mode_enabled():
        candidates.append(kdf.FAST_TEST_PROFILE)
    for params in candidates:
        try:
            kdf.check_params(params, salt)
        except UnsafeKdfParameters:
            rejected.append(params)
    _expect(len(rejected) == len(candidates), "unsafe key-derivation settings were accepted")
    return "unsafe key-derivation settings are refused"


def _check_create(ctx: _Context) -> str:
    vault, account = Vault.create(
        ctx.path,
        label="Self-test",
        group_name=ctx.group_name,
        handle=FACILITATOR,
        passphrase_text=ctx.facilitator_pass,
        params=ctx.params,
    )
    ctx.vault = vault
    ctx.recovery_code = account.recovery_code
    _expect(vault.is_unlocked, "the new facilitator was not left unlocked")
    return "created a throwaway vault with a facilitator"


def _check_group_scope(ctx: _Context) -> str:
    roster = MembersService(ctx.open_vault())
    added = roster.add_member(MemberDraft(ctx.member_name, "they/them", ctx.marker))
    ctx.member_id = added.id
    back = roster.get(added.id)
    _expect(back.name == ctx.member_name, "the roster entry read back differently")
    _expect(back.note == ctx.marker, "the roster note read back differently")
    listed = [m.id for m in roster.list_members()]
    _expect(listed == [added.id], "the roster list is not what was written")
    return "group key: a roster entry is sealed and read back"


def _check_commons_scope(ctx: _Context) -> str:
    _expect(ctx.open_vault().settings().group_name == ctx.group_name, "settings read back wrong")
    return "commons key: group settings are sealed and read back"


def _check_journal_scope(ctx: _Context) -> str:
    vault = ctx.open_vault()
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, MEMBER, ctx.member_pass, exact_handle=True)
    principal = vault.principal
    _expect(
        principal is not None and principal.role is Role.MEMBER,
        "claiming the invitation did not unlock the member",
    )
    assert principal is not None
    _expect(vault.settings().group_name == ctx.group_name, "the member cannot read settings")
    try:
        MembersService(vault).list_members()
    except NotPermitted:
        pass
    else:
        raise CheckFailed("a member could read the roster")
    ctx.journal_ad = ("self-test", "journal", principal.slot_id)
    with vault.transaction() as (_db, keyring, _principal):
        try:
            _ = keyring.group_key
        except NotPermitted:
            pass
        else:
            raise CheckFailed("a member holds the group key")
        key = keyring.journal_key
        ctx.journal_blob = seal.seal(key, ctx.journal_text.encode(), ctx.journal_ad)
        opened = seal.open_sealed(key, ctx.journal_blob, ctx.journal_ad)
        _expect(opened == ctx.journal_text.encode(), "journal text read back differently")
        try:
            seal.open_sealed(key, ctx.journal_blob, ("self-test", "journal", "another slot"))
        except seal.OpenFailed:
            pass
        else:
            raise CheckFailed("sealed text opened in the wrong place")
    return "journal key: a member can read settings and their journal, but not the roster"


def _check_lock(ctx: _Context) -> str:
    vault = ctx.open_vault()
    keys: list[SecretKey] = vault.keyring_for_tests().all_keys()
    _expect(bool(keys), "no keys were held while unlocked")
    vault.lock()
    _expect(not vault.is_unlocked, "the vault is still unlocked after locking")
    _expect(all(key.wiped for key in keys), "some key material was not wiped on lock")
    try:
        vault.settings()
    except VaultLocked:
        pass
    else:
        raise CheckFailed("settings could be read while locked")
    return "locking wipes every key"


def _check_unlock(ctx: _Context) -> str:
    vault = ctx.open_vault()
    vault.unlock(MEMBER, ctx.member_pass)
    with vault.transaction() as (_db, keyring, _principal):
        opened = seal.open_sealed(keyring.journal_key, ctx.journal_blob, ctx.journal_ad)
    _expect(opened == ctx.journal_text.encode(), "the member's journal did not reopen")
    vault.unlock(FACILITATOR, ctx.facilitator_pass)
    _expect(
        vault.principal is not None and vault.principal.is_facilitator,
        "unlocking the facilitator did not switch the session",
    )
    back = MembersService(vault).get(ctx.member_id)
    _expect(back.name == ctx.member_name, "the roster entry read back differently")
    return "unlocking again opens the journal and the roster"


def _check_wrong_passphrase(ctx: _Context) -> str:
    vault = ctx.open_vault()
    try:
        vault.unlock(FACILITATOR, ctx.facilitator_pass + " but wrong")
    except WrongPassphrase:
        pass
    else:
        raise CheckFailed("a wrong passphrase unlocked the vault")
    _expect(not vault.is_unlocked, "the vault is unlocked after a wrong passphrase")
    return "a wrong passphrase is refused"


def _check_recovery(ctx: _Context) -> str:
    vault = ctx.open_vault()
    account = vault.recover(FACILITATOR, ctx.recovery_code, ctx.new_pass)
    _expect(vault.is_unlocked, "the recovery code did not unlock")
    _expect(account.recovery_code != ctx.recovery_code, "no new recovery code was issued")
    _expect(
        MembersService(vault).get(ctx.member_id).name == ctx.member_name,
        "the roster did not open after recovery",
    )
    try:
        vault.recover(FACILITATOR, ctx.recovery_code, ctx.facilitator_pass)
    except WrongRecoveryCode:
        pass
    else:
        raise CheckFailed("a used recovery code worked a second time")
    return "a recovery code works once"


def _check_reopen(ctx: _Context) -> str:
    ctx.open_vault().close()
    ctx.vault = None
    ctx.vault = Vault.open_existing(ctx.path)
    ctx.vault.unlock(FACILITATOR, ctx.new_pass)
    back = MembersService(ctx.vault).get(ctx.member_id)
    _expect(back.name == ctx.member_name, "the roster entry did not survive reopening")
    ctx.vault.close()
    ctx.vault = None
    return "the vault reopens from disk with the new passphrase"


def _check_backup(ctx: _Context) -> str:
    """Backups (issue 14): an online copy of the vault checks out page by page, and the
    scan below reads it too, so a backup is shown to expose nothing typed."""
    from safespace_desktop.services.backups import BackupKind, BackupService

    service = BackupService(AppPaths(ctx.folder))
    taken = service.take(ctx.path, ctx.folder / "backups", BackupKind.MANUAL)
    preview = service.verify(taken.path).preview
    _expect(preview.records.get("member") == 1, "the backup does not hold the roster entry")
    _expect(
        (preview.facilitators, preview.members_with_journals) == (1, 1),
        "the backup does not hold both accounts",
    )
    return "a backup of the vault is whole and holds its records"


def _check_no_plaintext(ctx: _Context) -> str:
    secrets_written = [
        ctx.marker,
        ctx.group_name,
        ctx.member_name,
        ctx.journal_text,
        FACILITATOR,
        MEMBER,
        ctx.facilitator_pass,
        ctx.member_pass,
        ctx.new_pass,
    ]
    files = [p for p in ctx.folder.rglob("*") if p.is_file()]
    _expect(bool(files), "no vault file was written")
    for path in files:
        data = path.read_bytes()
        for text in secrets_written:
            for encoded in (text.encode("utf-8"), text.encode("utf-16-le")):
                if encoded in data:
                    raise CheckFailed(f"readable text found in {path.name}")
    return "nothing typed is readable in the vault files"


CHECKS: tuple[Callable[[_Context], str], ...] = (
    _check_argon2,
    _check_kdf_policy,
    _check_create,
    _check_group_scope,
    _check_commons_scope,
    _check_journal_scope,
    _check_lock,
    _check_unlock,
    _check_wrong_passphrase,
    _check_recovery,
    _check_reopen,
    _check_backup,  # backups (issue 14)
    _check_no_plaintext,
)


def _describe(exc: BaseException) -> str:
    text = str(exc).rstrip(".")
    if isinstance(exc, CheckFailed):
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_self_test(paths: AppPaths, out: TextIO) -> int:
    """Run every check, print one line each and a summary; 0 when all passed, else 1."""
    data_dir_existed = paths.data_dir.exists()
    folder = paths.data_dir / f"{FOLDER_PREFIX}{secrets.token_hex(8)}"
    passed = failed = 0
    try:
        ensure_private_dir(paths.data_dir)
        folder.mkdir(mode=0o700)
    except OSError as exc:
        print(f"FAIL could not create a folder for the self-test: {_describe(exc)}", file=out)
        print("Self-test FAILED: the data folder is not writable.", file=out)
        return 1
    ctx = _Context(folder)
    try:
        for index, check in enumerate(CHECKS):
            try:
                message = check(ctx)
            except Exception as exc:
                failed += 1
                name = (check.__name__.removeprefix("_check_")).replace("_", " ")
                print(f"FAIL {name}: {_describe(exc)}", file=out)
                remaining = len(CHECKS) - index - 1
                if remaining:
                    print(f"     ({remaining} later checks skipped)", file=out)
                break
            passed += 1
            print(f"ok   {message}", file=out)
    finally:
        if ctx.vault is not None:
            with contextlib.suppress(Exception):
                ctx.vault.close()
        shutil.rmtree(folder, ignore_errors=True)
        if not data_dir_existed:
            with contextlib.suppress(OSError):
                paths.data_dir.rmdir()  # only if still empty
    if folder.exists():
        failed += 1
        print(f"FAIL clean up: could not remove {folder}", file=out)
    else:
        print("ok   the throwaway vault was removed", file=out)
    if failed:
        print(f"Self-test FAILED: {passed} checks passed, {failed} failed.", file=out)
        return 1
    print(f"Self-test passed: all {passed} checks are fine.", file=out)
    return 0
