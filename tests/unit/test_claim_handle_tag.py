"""Claiming an invitation never says a handle is taken (issue 8).

Every claimed member handle gets a random tag ("sky" → "sky-4821"), drawn until it names
a free handle. What the claimant sees is the same whether or not the handle they typed
(or a tagged form of it) belongs to someone already, and a handle never opens two slots.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import Role
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.vault import MEMBER_HANDLE_MAX, Vault
from safespace_desktop.services.vault import accounts as vault_accounts
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS


def _tags(monkeypatch: pytest.MonkeyPatch, *tags: str) -> None:
    """Make the random tag source give ``tags`` in order (then keep giving the last)."""
    queue = list(tags)

    def next_tag(digits: int) -> str:
        tag = queue.pop(0) if len(queue) > 1 else queue[0]
        return tag.zfill(digits)

    monkeypatch.setattr(vault_accounts, "new_handle_tag", next_tag)


def _claim_as_stranger(vault: Vault, handle: str) -> tuple[str, str]:
    """Claim an invitation and describe what the claimant sees: (handle, outcome)."""
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    code = vault.invite_member().code
    try:
        account = vault.claim_invitation(code, handle, MEMBER_PASS)
    except Exception as exc:  # noqa: BLE001 - any refusal is part of what they see
        return "", f"{type(exc).__name__}: {exc}"
    vault.lock()
    return account.principal.handle, "claimed"


def _fresh_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    created, _account = Vault.create(
        tmp_path_factory.mktemp("v") / "group.ssvault",
        label="Tuesday group",
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
    )
    created.lock()
    return created


@pytest.fixture
def two_vaults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Vault]]:
    """One vault where "sky" and "sky-0042" are in use, one where neither is."""
    used, empty = _fresh_vault(tmp_path_factory), _fresh_vault(tmp_path_factory)
    used.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    used.claim_invitation(used.invite_member().code, "sky", MEMBER_PASS, exact_handle=True)
    used.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    used.claim_invitation(used.invite_member().code, "sky-0042", MEMBER_PASS, exact_handle=True)
    used.lock()
    yield used, empty
    used.close()
    empty.close()


def test_a_handle_in_use_looks_exactly_like_a_free_one(
    two_vaults: tuple[Vault, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    used, empty = two_vaults
    _tags(monkeypatch, "7")
    seen_used = _claim_as_stranger(used, "sky")
    _tags(monkeypatch, "7")
    seen_empty = _claim_as_stranger(empty, "sky")
    assert seen_used == seen_empty == ("sky-0007", "claimed")


def test_a_tag_already_in_use_is_drawn_again_without_a_word(
    two_vaults: tuple[Vault, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    used, _empty = two_vaults
    _tags(monkeypatch, "42", "43")
    assert _claim_as_stranger(used, "sky") == ("sky-0043", "claimed")
    # Every handle still opens exactly one account.
    for handle in ("sky", "sky-0042", "sky-0043"):
        used.unlock(handle, MEMBER_PASS)
        principal = used.principal
        assert principal is not None and principal.role is Role.MEMBER
        assert principal.handle == handle
        used.lock()


def test_the_facilitators_handle_is_no_oracle_either(
    two_vaults: tuple[Vault, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    used, empty = two_vaults
    _tags(monkeypatch, "1234")
    assert _claim_as_stranger(used, FACILITATOR_HANDLE.upper()) == _claim_as_stranger(
        empty, FACILITATOR_HANDLE.upper()
    )


def test_the_real_tag_is_four_random_digits(vault: Vault) -> None:
    account = vault.claim_invitation(vault.invite_member().code, " sunflower ", MEMBER_PASS)
    handle = account.principal.handle
    base, _dash, tag = handle.rpartition("-")
    assert base == "sunflower" and len(tag) == 4 and tag.isdigit()
    vault.lock()
    vault.unlock(handle, MEMBER_PASS)  # the tagged handle is the one to unlock with
    assert vault.principal == account.principal


def test_a_handle_too_long_for_its_tag_is_refused_by_length_only(vault: Vault) -> None:
    with pytest.raises(ValidationError) as refused:
        vault.claim_invitation(vault.invite_member().code, "x" * (MEMBER_HANDLE_MAX + 1), "")
    assert refused.value.field == "handle"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["0001", "0002", "0003"]), min_size=1, max_size=3))
def test_claimed_handles_are_never_shared(tags: list[str]) -> None:
    """However the tags fall, no two accounts ever end up with the same handle."""
    import tempfile
    from pathlib import Path

    from safespace_desktop.crypto import kdf

    kdf.enable_test_mode()
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        vault, _ = Vault.create(
            Path(folder) / "g.ssvault",
            label="x",
            group_name="y",
            handle=FACILITATOR_HANDLE,
            passphrase_text=FACILITATOR_PASS,
            params=FAST_TEST_PROFILE,
        )
        handles = []
        for tag in tags:
            _tags(patch, tag, "0009", "0008", "0007")
            vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
            account = vault.claim_invitation(vault.invite_member().code, "sky", MEMBER_PASS)
            handles.append(account.principal.handle)
        vault.close()
    assert len(set(handles)) == len(handles)
