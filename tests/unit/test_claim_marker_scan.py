"""Claim 1: nothing a person typed reaches the disk in the clear.

A whole scenario runs through the real services: create a vault, add 100 members
with a unique 16-hex marker in every text field (some upper-case), edit, archive and
restore some, add a co-facilitator, invite members who claim their own accounts,
change passphrases, use a recovery code, change the settings, fail some unlocks.
Passphrases, handles, recovery and invitation codes carry markers or are searched
for too. Every byte of every file under the data folder (DB, -wal, -shm, -journal,
anything else) is then scanned for every marker in UTF-8 and UTF-16-LE, case-
insensitively (the haystack is ASCII-lowercased, so any case-folded form matches):
once mid-session with the WAL full, and once after lock and close.

``vault_meta.neutral_label`` is plaintext on purpose (the vault picker shows it
before unlock; see test_column_allowlist.py), so no marker goes there. Instead a
*control* marker goes there and the scan must find it: that proves the scan reads
the files the app really wrote.

Temp files: Python's ``tempfile`` is pointed at a private empty folder, which must
stay empty; anything that appears in the real temp folder meanwhile must not
contain a marker either.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import WrongPassphrase
from safespace_desktop.core.model import GroupSettings, MemberDraft
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.unit.meetings_helpers import write_one_of_each
from tests.unit.security_helpers import (
    encoded_forms,
    find_markers,
    new_marker,
    raw_update,
    vault_files,
)

MEMBER_COUNT = 100


@dataclass
class Secrets:
    """Everything that must never be found on disk."""

    markers: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)

    def marker(self) -> str:
        value = new_marker()
        self.markers.append(value)
        return value

    def code(self, code: str) -> None:
        self.codes += [code, code.replace("-", "")]

    @property
    def everything(self) -> list[str]:
        return self.markers + self.codes


def _top_level(directory: Path) -> set[str]:
    try:
        return set(os.listdir(directory))
    except OSError:
        return set()


def _new_files(directory: Path, before: set[str]) -> list[Path]:
    found: list[Path] = []
    for name in sorted(_top_level(directory) - before):
        path = directory / name
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += [p for p in path.rglob("*") if p.is_file()]
    return found


def _run_scenario(
    data_dir: Path, clock: ManualClock, s: Secrets, control: str, member_count: int = MEMBER_COUNT
) -> None:
    directory = VaultDirectory(AppPaths.portable(data_dir), clock=clock)
    robin = (f"r{s.marker()}", f"robin's passphrase {s.marker()}")
    vault, account = directory.create_vault(
        label=f"Tuesday group {control.upper()}",
        group_name=f"Riverside {s.marker()}",
        handle=robin[0],
        passphrase_text=robin[1],
        params=FAST_TEST_PROFILE,
    )
    s.code(account.recovery_code)
    members = MembersService(vault)
    ids = []
    for i in range(member_count):
        name = s.marker()
        ids.append(
            members.add_member(
                MemberDraft(
                    name=f"Name {name.upper() if i % 2 else name}",
                    pronouns=f"p {s.marker()}",
                    note=f"Note {s.marker().upper()}\nsecond line {s.marker()} é ✓",
                )
            ).id
        )
    for member_id in ids[:20]:
        members.update_member(
            member_id, MemberDraft(f"Renamed {s.marker()}", f"q {s.marker()}", s.marker())
        )
    for member_id in ids[20:30]:
        members.archive(member_id)
    for member_id in ids[20:25]:
        members.restore(member_id)

    write_one_of_each(vault, s.marker)  # meetings (issue 9, meet): every typed field
    jo = (f"j{s.marker()}", f"jo's passphrase {s.marker()}")
    jo_code = vault.add_facilitator(*jo).recovery_code
    s.code(jo_code)
    vault.update_settings(
        GroupSettings(f"Renamed group {s.marker()}", facilitator_lock_seconds=600)
    )
    s.code(vault.new_recovery_code())

    member_accounts = []
    for index in range(5):
        vault.unlock(*robin)
        invitation = vault.invite_member()
        s.code(invitation.code)
        handle, secret = f"m{s.marker()}", f"member passphrase {s.marker()}"
        claimed = vault.claim_invitation(invitation.code, handle, secret, exact_handle=True)
        s.code(claimed.recovery_code)
        if index % 2:
            new_secret = f"changed member passphrase {s.marker()}"
            vault.change_passphrase(secret, new_secret)
            secret = new_secret
        member_accounts.append((handle, secret, claimed.principal.slot_id))
    vault.unlock(*robin)
    members.link_journal_slot(ids[0], member_accounts[0][2])
    s.code(vault.invite_member().code)  # left open
    cancelled = vault.invite_member()
    s.code(cancelled.code)
    vault.cancel_invitation(cancelled.slot_id)

    new_robin = (robin[0], f"robin's new passphrase {s.marker()}")
    vault.change_passphrase(robin[1], new_robin[1])
    vault.lock()
    recovered = vault.recover(jo[0], jo_code, f"jo's recovered passphrase {s.marker()}")
    s.code(recovered.recovery_code)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            vault.unlock(new_robin[0], f"wrong guess {s.marker()}")
    with pytest.raises(WrongPassphrase):
        vault.unlock(f"nobody {s.marker()}", new_robin[1])

    # Mid-session scan: unlocked, WAL not yet checkpointed.
    vault.unlock(*new_robin)
    members.add_member(MemberDraft(f"Late {s.marker()}", "", s.marker()))
    files = list(vault_files(data_dir))
    wal = [p for p in files if p.name.endswith("-wal")]
    assert wal and wal[0].stat().st_size > 0, "expected a live WAL to scan"
    assert find_markers(files, s.everything) == {}

    listed = {m.name for m in members.list_members()}
    assert len(listed) == member_count + 1 and any("Renamed" in n for n in listed)
    vault.lock()
    vault.close()

    # Reopen: the data is all there (the scan is not passing because nothing was stored).
    summary = directory.list_vaults()[0]
    again = directory.open_vault(summary)
    again.unlock(*new_robin)
    names = {m.name.casefold() for m in MembersService(again).list_members()}
    assert sum(1 for marker in s.markers if f"name {marker}" in names) == member_count - 20
    assert again.settings().group_name.startswith("Renamed group ")
    for handle, secret, _slot in member_accounts:
        again.unlock(handle, secret)
    again.lock()
    again.close()


def test_no_marker_reaches_any_file(
    tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_tmp = Path(tempfile.gettempdir())
    before_real = _top_level(real_tmp)
    private_tmp = tmp_path / "private-tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(private_tmp))
    assert tempfile.gettempdir() == str(private_tmp)

    data_dir = tmp_path / "data"
    secrets = Secrets()
    control = new_marker()
    _run_scenario(data_dir, clock, secrets, control)

    files = list(vault_files(data_dir))
    assert any(p.suffix == ".ssvault" for p in files)
    assert len(secrets.markers) > 3 * MEMBER_COUNT
    assert find_markers(files, secrets.everything) == {}
    # Sanity control: the allow-listed label is found, upper-cased as it was typed.
    assert list(find_markers(files, [control])) == [str(p) for p in files if p.suffix == ".ssvault"]

    assert sorted(os.listdir(private_tmp)) == []
    assert find_markers(_new_files(real_tmp, before_real), secrets.everything) == {}


def test_the_scanner_finds_every_form(tmp_path: Path) -> None:
    """Sanity control for the scanner itself: UTF-8, UTF-16-LE, any case, any file."""
    marker = new_marker()
    forms = {
        "utf8.bin": b"xx" + marker.encode() + b"yy",
        "upper.bin": b"\x00" + marker.upper().encode() + b"\xff",
        "utf16.bin": ("a" + marker + "b").encode("utf-16-le"),
        "utf16upper.bin": marker.upper().encode("utf-16-le"),
        "nested/deep-wal": marker.encode(),
    }
    for name, data in forms.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (tmp_path / "clean.bin").write_bytes(marker[:-1].encode() + b"!")
    found = find_markers(vault_files(tmp_path), [marker])
    assert sorted(Path(p).name for p in found) == sorted(Path(n).name for n in forms)
    assert len(encoded_forms(marker)) == 2


def test_a_plaintext_write_would_be_caught(tmp_path: Path, clock: ManualClock) -> None:
    """Sanity control: a row written without sealing is found after lock and close."""
    marker = new_marker()
    vault, _account = Vault.create(
        tmp_path / "data" / "v.ssvault",
        label="Tuesday group",
        group_name="Riverside",
        handle="robin",
        passphrase_text="lantern meadow pebble harbour",
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    member = MembersService(vault).add_member(MemberDraft("Someone", "", ""))
    raw_update(vault, "members", member.id, payload_sealed=f"Name {marker}".encode())
    vault.lock()
    vault.close()
    assert find_markers(vault_files(tmp_path / "data"), [marker]) != {}
