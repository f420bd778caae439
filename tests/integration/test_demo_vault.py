"""The demo group: built complete or not at all, fictional, and usable by every demo login."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.model import Role
from safespace_desktop.crypto import passphrase
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.paths import AppPaths
from safespace_desktop.services import demo
from safespace_desktop.services.demo import DEMO_ACCOUNTS, ensure_demo_vault
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.portable(tmp_path / "data")


def test_demo_passphrases_meet_the_policy() -> None:
    assert len(DEMO_ACCOUNTS) == 4
    assert [a.role for a in DEMO_ACCOUNTS].count(Role.FACILITATOR) == 2
    assert [a.role for a in DEMO_ACCOUNTS].count(Role.MEMBER) == 2
    assert len({a.handle for a in DEMO_ACCOUNTS}) == 4
    for account in DEMO_ACCOUNTS:
        assert len(account.passphrase) >= 15
        passphrase.check(account.passphrase)


def test_demo_vault_opens_for_every_demo_login(paths: AppPaths, fast_kdf: KdfParams) -> None:
    progress: list[str] = []
    path = ensure_demo_vault(paths, params=fast_kdf, progress=progress.append)
    assert path == paths.demo_vault
    assert progress and progress[-1] == "demo_ready"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]

    vault = Vault.open_existing(path)
    try:
        assert not vault.is_unlocked
        summary = vault.summary()
        assert summary.is_demo
        assert summary.label == "Demo group"
        for account in DEMO_ACCOUNTS:
            outcome = vault.unlock(account.handle, account.passphrase)
            assert outcome.principal.role is account.role
            assert vault.settings().group_name == "Riverside Tuesday Circle (demo)"
            roster = MembersService(vault)
            if account.role is Role.MEMBER:
                with pytest.raises(NotPermitted):
                    roster.list_members()
                continue
            members = roster.list_members()
            names = [m.name for m in members]
            assert 12 <= len(members) <= 16
            assert {"Alex M.", "Alex T."} <= set(names)
            assert len([m for m in members if m.archived]) == 2
            assert all(m.note for m in members)
            with_journal = {m.name for m in members if m.has_journal_account}
            assert with_journal == {"River", "Jordan"}
    finally:
        vault.close()


def test_existing_demo_vault_is_kept_unless_reset(paths: AppPaths, fast_kdf: KdfParams) -> None:
    ensure_demo_vault(paths, params=fast_kdf)
    first = _vault_id(paths.demo_vault)
    ensure_demo_vault(paths, params=fast_kdf)
    assert _vault_id(paths.demo_vault) == first
    ensure_demo_vault(paths, params=fast_kdf, reset=True)
    assert _vault_id(paths.demo_vault) != first
    assert sorted(p.name for p in paths.demo_vault.parent.iterdir()) == ["demo.ssvault"]


def _vault_id(path: Path) -> str:
    vault = Vault.open_existing(path)
    try:
        return vault.summary().vault_id
    finally:
        vault.close()


class _Interrupted(Exception):
    pass


def _count_progress_steps(paths: AppPaths, params: KdfParams) -> int:
    seen: list[str] = []
    ensure_demo_vault(paths, params=params, progress=seen.append)
    paths.demo_vault.unlink()
    return len(seen)


def test_an_interrupted_build_leaves_no_vault(paths: AppPaths, fast_kdf: KdfParams) -> None:
    steps = _count_progress_steps(paths, fast_kdf)
    assert steps >= 5
    # Interrupt at every step before the vault is renamed into place (the last message).
    for stop_at in range(1, steps):
        calls = 0

        def progress(_message: str, stop_at: int = stop_at) -> None:
            nonlocal calls
            calls += 1
            if calls == stop_at:
                raise _Interrupted()

        with pytest.raises(_Interrupted):
            ensure_demo_vault(paths, params=fast_kdf, progress=progress)
        assert not paths.demo_vault.exists(), f"half a vault after step {stop_at}"
        assert list(paths.demo_vault.parent.iterdir()) == []


def test_a_failure_while_adding_the_roster_leaves_no_vault(
    paths: AppPaths, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = MembersService.add_member
    added = 0

    def failing_add(self: MembersService, draft: object) -> object:
        nonlocal added
        added += 1
        if added == 5:
            raise OSError("disk full")
        return original(self, draft)  # type: ignore[arg-type]

    monkeypatch.setattr(MembersService, "add_member", failing_add)
    with pytest.raises(OSError, match="disk full"):
        ensure_demo_vault(paths, params=fast_kdf)
    assert not paths.demo_vault.exists()
    assert list(paths.demo_vault.parent.iterdir()) == []


def test_a_failed_reset_keeps_the_previous_demo_vault(paths: AppPaths, fast_kdf: KdfParams) -> None:
    ensure_demo_vault(paths, params=fast_kdf)
    before = _vault_id(paths.demo_vault)

    def interrupt(message: str) -> None:
        if message == "demo_adding_roster":
            raise _Interrupted()

    with pytest.raises(_Interrupted):
        ensure_demo_vault(paths, params=fast_kdf, reset=True, progress=interrupt)
    assert _vault_id(paths.demo_vault) == before


def test_old_interrupted_builds_are_cleaned_up(paths: AppPaths, fast_kdf: KdfParams) -> None:
    folder = paths.demo_vault.parent
    folder.mkdir(parents=True)
    old = folder / f"{demo.BUILDING_PREFIX}0123456789abcdef.ssvault"
    old.write_bytes(b"half a vault")
    long_ago = time.time() - demo.STALE_BUILD_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    recent = folder / f"{demo.BUILDING_PREFIX}fedcba9876543210.ssvault"
    recent.write_bytes(b"another process is still building")
    ensure_demo_vault(paths, params=fast_kdf)
    assert not old.exists()
    assert recent.exists()


def test_demo_text_is_fictional_and_kind() -> None:
    texts = [p.name + " " + p.note for p in demo._ROSTER]
    texts += [a.description for a in DEMO_ACCOUNTS]
    unkind = ("diagnos", "disorder", "patient", "addict", "crazy", "suffer", "medication")
    for text in texts:
        assert not any(word in text.casefold() for word in unkind), text
    assert "(demo)" in demo.DEMO_GROUP_NAME


def test_demo_has_something_to_explore_in_every_space(paths: AppPaths, fast_kdf: KdfParams) -> None:
    from safespace_desktop.services.agreement import AgreementService
    from safespace_desktop.services.journal import JournalService
    from safespace_desktop.services.pairing import PairingService
    from safespace_desktop.services.prompts import PromptsService
    from safespace_desktop.services.safety_plan import SafetyPlanService

    logins = {a.handle: a.passphrase for a in DEMO_ACCOUNTS}
    vault = Vault.open_existing(ensure_demo_vault(paths, params=fast_kdf))
    try:
        vault.unlock("sam", logins["sam"])
        assert AgreementService(vault).current() is not None
        assert len(PairingService(vault).pairs()) == 1
        _only_dev_is_welcomed_as_new(vault)  # run the meeting (issue 10)
        assert [e.title for e in JournalService(vault).list_entries()] == [
            "After Tuesday's meeting"
        ]
        vault.unlock("river", logins["river"])
        river = JournalService(vault)
        entries = river.list_entries()
        assert len(entries) == 7
        assert all("Tuesday's meeting" not in e.title for e in entries)  # not Sam's reflections
        assert river.mood_series("week")
        assert SafetyPlanService(vault).get().reasons_for_living
        assert PromptsService(vault, river).group_prompts_for_me()
        assert AgreementService(vault).current_for_members() is not None
        _river_sees_the_example_resources(vault)  # resources (issue 11)
        vault.unlock("jordan", logins["jordan"])
        assert JournalService(vault).list_entries() == []  # Jordan's journal is their own
    finally:
        vault.close()


def _only_dev_is_welcomed_as_new(vault: Vault) -> None:
    """The roster has joining dates: the meeting console marks only the member who
    joined this month as new, not the whole long-standing group."""
    from safespace_desktop.services.meeting_run import MeetingRunService
    from safespace_desktop.services.meetings import MeetingsService

    meetings = MeetingsService(vault)
    plan = MeetingRunService(vault).plan(meetings.overview().upcoming[0])
    assert len(plan.people) >= 10
    assert [p.alias for p in plan.people if p.newcomer] == ["Dev"]


def _river_sees_the_example_resources(vault: Vault) -> None:
    """Resources (issue 11): the demo library holds the labelled examples; a member sees
    the members' ones and can send a suggestion."""
    from safespace_desktop.core.resources.model import SuggestionDraft
    from safespace_desktop.services.resources import ResourcesService, SuggestionsService

    shown = ResourcesService(vault).load_library().resources
    assert shown and all(r.is_example and r.title.startswith("Example:") for r in shown)
    assert SuggestionsService(vault).can_suggest()
    SuggestionsService(vault).suggest(SuggestionDraft("A walking group would be nice."))
