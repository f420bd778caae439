"""The crisis-line directory: readable while locked, changed only by facilitators,
never an invented number, and a clear "needs review" after six months."""

from __future__ import annotations

import re
from datetime import date

import pytest

from safespace_desktop.core.errors import NotFound, NotPermitted, ValidationError, VaultLocked
from safespace_desktop.services.crisis_lines import (
    NAME_MAX,
    NOTE_MAX,
    PHONE_MAX,
    CrisisLinesService,
)
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS

TODAY = date(2026, 11, 23)


def test_examples_are_labelled_and_hold_no_phone_number(vault: Vault) -> None:
    lines = CrisisLinesService(vault).list_lines()
    assert len(lines) == 2
    for line in lines:
        assert line.is_example
        assert line.name.startswith("Example:")
        assert line.last_verified is None
        assert line.needs_review(TODAY)
        assert not re.search(r"\d", line.phone + line.note + line.hours + line.name)
        assert "checked" in line.note


def test_examples_are_added_once_per_vault(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    assert service.ensure_examples() is True
    assert service.ensure_examples() is False
    for line in service.list_lines():
        service.delete(line.id)
    assert service.list_lines() == []
    assert service.ensure_examples() is False  # deleted examples never come back
    assert service.list_lines() == []


def test_list_lines_works_while_locked_but_changes_do_not(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    added = service.add("Night line", "0100 000 000", "Every night, 8pm to 8am")
    vault.lock()
    names = [line.name for line in service.list_lines()]
    assert "Night line" in names
    with pytest.raises(VaultLocked):
        service.add("Another", "1")
    with pytest.raises(VaultLocked):
        service.update(added.id, "Changed", "1")
    with pytest.raises(VaultLocked):
        service.delete(added.id)
    with pytest.raises(VaultLocked):
        service.mark_verified(added.id, TODAY)


def test_a_locked_vault_that_never_listed_lines_gets_the_examples(vault: Vault) -> None:
    vault.lock()
    lines = CrisisLinesService(vault).list_lines()
    assert [line.is_example for line in lines] == [True, True]


def test_members_can_read_but_not_change(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    line = service.add("Night line", "0100 000 000")
    invitation = vault.invite_member()
    vault.lock()
    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    assert "Night line" in [entry.name for entry in service.list_lines()]
    with pytest.raises(NotPermitted):
        service.add("Mine", "2")
    with pytest.raises(NotPermitted):
        service.mark_verified(line.id, TODAY)
    with pytest.raises(NotPermitted):
        service.delete(line.id)


def test_add_update_delete_round_trip_and_order(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    first = service.add("  Night   line ", " 0100 000 000 ", "Every night", "Free to call")
    second = service.add("Text service", "Text HELLO to 00000")
    assert first.name == "Night line" and first.phone == "0100 000 000"
    lines = service.list_lines()
    assert [line.name for line in lines][-2:] == ["Night line", "Text service"]
    assert second.sort_order > first.sort_order
    changed = service.update(first.id, "Night line", "0100 000 000", "Every night", "New note")
    assert changed.note == "New note"
    service.delete(second.id)
    assert "Text service" not in [line.name for line in service.list_lines()]
    with pytest.raises(NotFound):
        service.update(second.id, "Back", "1")


def test_validation(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    with pytest.raises(ValidationError) as blank:
        service.add("   ", "0100")
    assert blank.value.field == "name"
    with pytest.raises(ValidationError):
        service.add("x" * (NAME_MAX + 1), "0100")
    with pytest.raises(ValidationError):
        service.add("Line", "1" * (PHONE_MAX + 1))
    with pytest.raises(ValidationError):
        service.add("Line", "1", note="n" * (NOTE_MAX + 1))
    assert service.add("Line", "Call 0100 or text 0200 (free)").phone.startswith("Call")


def test_mark_verified_and_six_month_review(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    line = service.add("Night line", "0100 000 000")
    assert line.needs_review(TODAY)
    checked = service.mark_verified(line.id, date(2026, 5, 23))
    assert checked.last_verified == date(2026, 5, 23)
    assert not checked.needs_review(date(2026, 11, 23))  # exactly six months: still fine
    assert checked.needs_review(date(2026, 11, 24))  # more than six months
    assert not service.mark_verified(line.id, TODAY).needs_review(TODAY)


def test_directory_needs_review_until_every_line_is_checked(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    assert service.needs_review(TODAY)  # the unchecked examples
    for example in service.list_lines():
        service.delete(example.id)
    assert service.needs_review(TODAY)  # an empty directory needs attention too
    line = service.add("Night line", "0100 000 000")
    service.mark_verified(line.id, TODAY)
    assert not service.needs_review(TODAY)


def test_examples_cannot_be_marked_checked_until_edited(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    example = service.list_lines()[0]
    with pytest.raises(ValidationError):
        service.mark_verified(example.id, TODAY)
    real = service.update(example.id, "National line", "0100 111 222", "24 hours")
    assert not real.is_example
    assert service.mark_verified(real.id, TODAY).last_verified == TODAY


def test_changing_the_number_asks_for_a_new_check(vault: Vault) -> None:
    service = CrisisLinesService(vault)
    line = service.add("Night line", "0100 000 000")
    service.mark_verified(line.id, TODAY)
    same_number = service.update(line.id, "Night line", "0100 000 000", "Evenings")
    assert same_number.last_verified == TODAY
    new_number = service.update(line.id, "Night line", "0100 999 999", "Evenings")
    assert new_number.last_verified is None


def test_facilitator_can_change_lines_after_unlocking_again(vault: Vault) -> None:
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert CrisisLinesService(vault).add("Night line", "0100").name == "Night line"
