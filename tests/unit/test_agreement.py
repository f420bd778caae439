"""The living group agreement (W1): templates, drafts, read-only versions, history,
readable differences, meeting counts with no names, and the members' view."""

from __future__ import annotations

from datetime import timedelta

import pytest

from safespace_desktop.core.agreement import (
    TEMPLATES,
    DiffKind,
    DiffLine,
    agreement_lines,
    diff_lines,
    render_diff,
)
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import NotFound, NotPermitted, ValidationError
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.security_helpers import raw_rows


@pytest.fixture
def agreement(vault: Vault) -> AgreementService:
    return AgreementService(vault)


def test_at_least_three_templates_in_plain_words() -> None:
    keys = {t.key for t in TEMPLATES}
    assert {"peer-support", "recovery", "share-the-air"} <= keys
    for template in TEMPLATES:
        lines = agreement_lines(template.text)
        assert 6 <= len(lines) <= 12, template.key
        assert all(len(line) < 160 for line in lines), template.key
        assert template.title and template.description
    share = next(t for t in TEMPLATES if t.key == "share-the-air")
    assert "pass" in share.text.casefold()


def test_w1_group_agreement_at_the_first_meeting(
    vault: Vault, agreement: AgreementService, clock: ManualClock
) -> None:
    draft = agreement.start_draft("peer-support")
    template = next(t for t in TEMPLATES if t.key == "peer-support")
    assert (draft.title, draft.text, draft.origin) == (
        template.title,
        template.text,
        "peer-support",
    )
    old_line = agreement_lines(template.text)[4]
    new_line = "One person speaks at a time; we use the talking stone."
    edited = agreement.update_draft(draft.id, text=draft.text.replace(old_line, new_line))
    assert agreement.drafts() == [edited]

    v1 = agreement.adopt(edited.id)
    assert (v1.number, v1.amends, v1.origin) == (1, None, "peer-support")
    assert v1.adopted_on == today_from(clock.now())
    assert agreement.drafts() == []  # the draft became version 1
    counted = agreement.record_agreement(present=7, agreed=7)
    assert (counted.version, counted.present, counted.agreed) == (1, 7, 7)

    # v1 is read-only: there is no way to edit it.
    with pytest.raises(NotPermitted):
        agreement.update_draft(v1.id, text="changed")
    with pytest.raises(NotPermitted):
        agreement.discard_draft(v1.id)
    with pytest.raises(NotPermitted):
        agreement.adopt(v1.id)
    # Its history shows the edit.
    (history,) = agreement.history()
    changed = [line for line in history.changes if line.kind is not DiffKind.SAME]
    assert changed == [DiffLine(DiffKind.REMOVED, old_line), DiffLine(DiffKind.ADDED, new_line)]
    assert history.affirmations == (counted,)
    assert agreement.current() == history

    # Meeting counts hold no names: only the two numbers and a date, sealed.
    (row,) = raw_rows(vault, "agreement_affirmations")
    assert set(row) == {"id", "format_version", "key_id", "rev", "deleted", "payload_sealed"}


def test_amending_creates_a_new_version_with_a_readable_difference(
    agreement: AgreementService, clock: ManualClock
) -> None:
    first = agreement.start_draft("share-the-air")
    v1 = agreement.adopt(first.id)
    amendment = agreement.amend()
    assert (amendment.origin, amendment.amends, amendment.text) == ("v1", 1, v1.text)
    lines = agreement_lines(v1.text)
    new_text = "\n".join([*lines[:2], "Phones on silent during the meeting.", *lines[3:]])
    agreement.update_draft(amendment.id, text=new_text, title="Sharing the air")
    clock.advance(7 * 86400)
    v2 = agreement.adopt(amendment.id)
    assert (v2.number, v2.amends, v2.title) == (2, 1, "Sharing the air")
    assert [v.number for v in agreement.history()] == [1, 2]
    assert agreement.version(1).text == v1.text  # the old version is unchanged

    expected = [
        DiffLine(DiffKind.REMOVED, "Title: Share the air"),
        DiffLine(DiffKind.ADDED, "Title: Sharing the air"),
        DiffLine(DiffKind.REMOVED, lines[2]),
        DiffLine(DiffKind.ADDED, "Phones on silent during the meeting."),
    ]
    assert [d for d in v2.changes if d.kind is not DiffKind.SAME] == expected
    assert agreement.diff(v1, v2) == v2.changes
    rendered = render_diff(v2.changes)
    assert f"- {lines[2]}" in rendered and "+ Phones on silent during the meeting." in rendered
    assert f"  {lines[0]}" in rendered

    agreement.record_agreement(9, 8, meeting_on=today_from(clock.now()) - timedelta(days=1))
    agreement.record_agreement(
        5, 5, version=1, meeting_on=today_from(clock.now()) - timedelta(days=8)
    )
    assert [a.present for a in agreement.affirmations()] == [5, 9]
    assert [a.present for a in agreement.affirmations(version=2)] == [9]


def test_a_blank_start_must_get_text_before_adoption(agreement: AgreementService) -> None:
    blank = agreement.start_draft()
    assert (blank.text, blank.origin) == ("", "blank")
    with pytest.raises(ValidationError) as caught:
        agreement.adopt(blank.id)
    assert caught.value.field == "text"
    agreement.update_draft(blank.id, text="\n\nWe listen.\nWe keep confidences.   \n\n")
    v1 = agreement.adopt(blank.id)
    assert v1.text == "We listen.\nWe keep confidences."
    assert [d.kind for d in v1.changes] == [DiffKind.ADDED, DiffKind.ADDED]


def test_drafts_can_be_discarded_and_bad_input_is_refused(
    agreement: AgreementService, clock: ManualClock
) -> None:
    draft = agreement.start_draft("recovery")
    agreement.discard_draft(draft.id)
    assert agreement.drafts() == []
    with pytest.raises(NotFound):
        agreement.update_draft(draft.id, text="x")
    with pytest.raises(ValidationError):
        agreement.start_draft("no-such-template")
    with pytest.raises(NotFound):
        agreement.amend()  # nothing adopted yet
    with pytest.raises(ValidationError) as caught:
        agreement.record_agreement(5, 5)
    assert caught.value.field == "version"
    draft = agreement.start_draft("recovery")
    with pytest.raises(ValidationError) as caught:
        agreement.update_draft(draft.id, title="t" * 121)
    assert caught.value.field == "title"
    with pytest.raises(ValidationError):
        agreement.adopt(draft.id, adopted_on=today_from(clock.now()) + timedelta(days=1))
    agreement.adopt(draft.id)
    for present, agreed, field in (
        (0, 0, "present"),
        (5, 6, "agreed"),
        (5, -1, "agreed"),
        (True, 1, "present"),
    ):
        with pytest.raises(ValidationError) as caught:
            agreement.record_agreement(present, agreed)
        assert caught.value.field == field
    with pytest.raises(ValidationError):
        agreement.record_agreement(5, 5, version=3)
    with pytest.raises(ValidationError):
        agreement.record_agreement(5, 5, meeting_on=today_from(clock.now()) + timedelta(days=1))


def test_members_read_and_print_the_current_agreement(
    vault: Vault, agreement: AgreementService
) -> None:
    agreement.adopt(agreement.start_draft("peer-support").id)
    v2 = agreement.adopt(agreement.amend().id)
    agreement.record_agreement(6, 6)
    agreement.start_draft("recovery")  # a draft members never see

    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    member_view = AgreementService(vault)
    current = member_view.current_for_members()
    assert current is not None
    assert (current.number, current.text, current.affirmations) == (2, v2.text, ())
    printed = member_view.printable()
    assert (printed.number, printed.title, printed.text) == (2, v2.title, v2.text)
    assert printed.affirmations == ()  # members never see the meeting counts
    for attempt in (
        member_view.drafts,
        member_view.history,
        lambda: member_view.start_draft("recovery"),
        lambda: member_view.record_agreement(3, 3),
        lambda: member_view.printable(version=1),
    ):
        with pytest.raises(NotPermitted):
            attempt()

    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    printed = AgreementService(vault).printable()
    assert [(a.agreed, a.present) for a in printed.affirmations][-1] == (6, 6)
    assert AgreementService(vault).printable(version=1).number == 1


def test_nothing_to_show_before_adoption(vault: Vault, agreement: AgreementService) -> None:
    assert agreement.current() is None and agreement.current_for_members() is None
    with pytest.raises(NotFound):
        agreement.printable()


def test_diff_lines_is_readable_line_by_line() -> None:
    old = "a\nb\nc\nd"
    new = "a\nB\nc\nd\ne"
    assert diff_lines(old, new) == (
        DiffLine(DiffKind.SAME, "a"),
        DiffLine(DiffKind.REMOVED, "b"),
        DiffLine(DiffKind.ADDED, "B"),
        DiffLine(DiffKind.SAME, "c"),
        DiffLine(DiffKind.SAME, "d"),
        DiffLine(DiffKind.ADDED, "e"),
    )
    assert diff_lines(old, old) == tuple(DiffLine(DiffKind.SAME, x) for x in "abcd")
    assert render_diff(diff_lines("x", "y")) == "- x\n+ y"


def test_typing_kept_at_a_lock_is_offered_back_and_cleared_by_saving(vault: Vault) -> None:
    service = AgreementService(vault)
    draft = service.start_draft("peer-support")
    kept = service.keep_edits(draft.id, title="Ours", text="One line\n" + "x" * 30_000)
    assert kept.has_kept_edits and kept.text == draft.text  # saved wording unchanged
    again = service.overview().drafts[0]
    assert (again.kept_title, again.kept_text) == ("Ours", "One line\n" + "x" * 30_000)
    saved = service.update_draft(draft.id, title="Ours", text="One line")
    assert not saved.has_kept_edits and service.draft(draft.id).kept_text is None


def test_kept_typing_can_be_dropped(vault: Vault) -> None:
    service = AgreementService(vault)
    draft = service.start_draft()
    service.keep_edits(draft.id, title="T", text="typed")
    assert not service.drop_kept_edits(draft.id).has_kept_edits
    assert service.draft(draft.id).text == ""


def test_the_service_numbers_versions(vault: Vault) -> None:
    service = AgreementService(vault)
    assert service.next_number() == 1 and service.overview().next_number == 1
    service.adopt(service.start_draft("recovery").id)
    overview = service.overview()
    assert overview.next_number == 2 == service.next_number()
    assert overview.current is not None and overview.current.number == 1


def test_damaged_typing_kept_at_a_lock_is_stored_never_refused(vault: Vault) -> None:
    """At a lock nobody can answer an error: a lone surrogate is kept as "?"."""
    service = AgreementService(vault)
    draft = service.start_draft()
    kept = service.keep_edits(draft.id, title="Ours \ud800", text="A line \udfff here")
    assert (kept.kept_title, kept.kept_text) == ("Ours ?", "A line ? here")
