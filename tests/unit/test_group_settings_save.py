"""Group settings are saved as one form in one transaction; facilitators can rename the
vault label (plaintext, shown before unlocking) and it is never cut silently (issue 8)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from safespace_desktop.core.errors import NotPermitted, ValidationError
from safespace_desktop.core.model import GroupSettings
from safespace_desktop.services import group_settings
from safespace_desktop.services.group_settings import GroupSettingsForm
from safespace_desktop.services.retention import RetentionService
from safespace_desktop.services.vault import Vault
from safespace_desktop.services.vault_label import LABEL_MAX, rename_label
from tests.conftest import MEMBER_PASS


def test_rename_label_strips_and_is_read_before_unlocking(vault: Vault, vault_path: Path) -> None:
    assert rename_label(vault, "  Room 2 laptop  ") == "Room 2 laptop"
    vault.lock()
    assert Vault.read_summary(vault_path).label == "Room 2 laptop"


@pytest.mark.parametrize("label", ["", "   ", "x" * (LABEL_MAX + 1)])
def test_rename_label_refuses_empty_or_too_long_without_cutting(vault: Vault, label: str) -> None:
    with pytest.raises(ValidationError) as refused:
        rename_label(vault, label)
    assert refused.value.field == "label"
    assert vault.summary().label == "Tuesday group"


def test_exactly_the_limit_is_kept_whole(vault: Vault) -> None:
    assert rename_label(vault, "y" * LABEL_MAX) == "y" * LABEL_MAX


def test_members_cannot_rename_the_label(vault: Vault) -> None:
    vault.claim_invitation(vault.invite_member().code, "sam", MEMBER_PASS)
    with pytest.raises(NotPermitted):
        rename_label(vault, "Something else")
    assert vault.summary().label == "Tuesday group"


def test_the_whole_form_saves_in_one_go(vault: Vault) -> None:
    form = group_settings.read(vault)
    assert form.label == "Tuesday group" and form.settings.group_name == "Riverside Circle"
    saved = group_settings.save(
        vault,
        GroupSettingsForm(GroupSettings(" Oak Room circle ", 600, 240), 6, " Room 2 "),
    )
    assert saved == GroupSettingsForm(GroupSettings("Oak Room circle", 600, 240), 6, "Room 2")
    assert group_settings.read(vault) == saved
    assert RetentionService(vault).retention_months() == 6
    assert vault.settings() == saved.settings


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"label": ""}, "label"),
        ({"retention_months": 0}, "retention_months"),
        ({"settings": GroupSettings("", 300, 180)}, "group_name"),
        ({"settings": GroupSettings("New name", 300, 5)}, "member_lock_seconds"),
    ],
)
def test_a_refusal_anywhere_saves_nothing(
    vault: Vault, change: dict[str, object], field: str
) -> None:
    before = group_settings.read(vault)
    edited = replace(
        GroupSettingsForm(GroupSettings("New name", 600, 600), 24, "New label"), **change
    )
    with pytest.raises(ValidationError) as refused:
        group_settings.save(vault, edited)
    assert refused.value.field == field
    assert group_settings.read(vault) == before


def test_a_failure_inside_the_transaction_rolls_everything_back(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = group_settings.read(vault)

    def broken_write(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    # The label and the sealed settings are written before the retention period fails.
    monkeypatch.setattr(group_settings.store, "write", broken_write)
    with pytest.raises(OSError):
        group_settings.save(
            vault, GroupSettingsForm(GroupSettings("New name", 600, 600), 24, "New label")
        )
    assert group_settings.read(vault) == before


def test_keeping_talk_time_totals_is_the_groups_choice_and_off_by_default(vault: Vault) -> None:
    """Issue 10: run meetings keep two numbers of talk time only when the group says so."""
    from datetime import timedelta

    from safespace_desktop.core.roster import today_from
    from safespace_desktop.services.meeting_run import MeetingRunService
    from safespace_desktop.services.meetings import MeetingsService

    form = group_settings.read(vault)
    assert form.keep_talk_totals is False and not group_settings.keeps_talk_totals(vault)
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=60)
    assert MeetingRunService(vault).plan(meeting).keep_talk_totals is False

    group_settings.save(vault, replace(form, keep_talk_totals=True), expected=form.revisions)
    assert group_settings.read(vault).keep_talk_totals is True
    assert MeetingRunService(vault).plan(meeting).keep_talk_totals is True
