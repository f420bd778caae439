"""Unsaved form typing kept at lock time: sealed, per facilitator, per form and record."""

from __future__ import annotations

from safespace_desktop.services.form_drafts import FormDraftsService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.security_helpers import raw_rows


def test_a_draft_is_kept_sealed_and_offered_back_after_unlocking(vault: Vault) -> None:
    drafts = FormDraftsService(vault)
    drafts.save("member", "m-1", {"name": "Bea Zyxwv", "note": "Half a thought"})
    drafts.save("member", "m-1", {"name": "Bea Zyxwv", "note": "A whole thought"})
    drafts.save("member", "", {"name": "Newcomer"})
    # One row per form and record: saving again replaces the older draft.
    assert len(raw_rows(vault, "form_drafts")) == 2
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)

    again = FormDraftsService(vault)
    kept = again.load("member", "m-1")
    assert kept is not None
    assert kept.fields == {"name": "Bea Zyxwv", "note": "A whole thought"}
    assert again.load("member", "") is not None
    assert again.load("member", "m-2") is None
    assert again.load("agreement", "m-1") is None
    again.discard("member", "m-1")
    assert again.load("member", "m-1") is None
    assert again.load("member", "") is not None


def test_nothing_typed_reaches_the_file_in_plaintext(vault: Vault) -> None:
    FormDraftsService(vault).save("member", "m-1", {"note": "Zqxjv private words"})
    vault.lock()
    assert b"Zqxjv" not in vault.path.read_bytes()
    for row in raw_rows(vault, "form_drafts"):
        assert b"Zqxjv" not in repr(row).encode()
