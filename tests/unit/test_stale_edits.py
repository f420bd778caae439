"""No silent overwrite of someone else's edit (issue 17, item 3).

Every form save states the revision it started from; a save that started before
another edit of the same record is refused with StaleEdit, nothing of it is written,
and the other edit stays as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from safespace_desktop.core.consent import ConsentPurpose, WordingKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.core.model import GroupSettings, JournalEntryInput, MemberDraft, SafetyPlan
from safespace_desktop.core.roster import ContactDetails, MemberStatus
from safespace_desktop.services import group_settings
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.retention import RetentionService
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from safespace_desktop.services.vault_label import rename_label
from tests.unit.journal_helpers import add_member


def test_two_services_editing_one_member_from_stale_reads_refuse_the_second(
    vault: Vault,
) -> None:
    first, second = MembersService(vault), MembersService(vault)
    sam = first.add_member(MemberDraft("Sam", note="likes tea"))
    read_a = first.get(sam.id)
    read_b = second.get(sam.id)
    assert read_a.rev == read_b.rev == sam.rev != 0

    saved = first.update_member(
        sam.id, MemberDraft("Sam", note="likes tea and biscuits"), expected_rev=read_a.rev
    )
    assert saved.rev != read_a.rev

    with pytest.raises(StaleEdit) as caught:
        second.update_member(sam.id, MemberDraft("Sam R.", note="quiet"), expected_rev=read_b.rev)
    assert caught.value.kind == "member"
    assert caught.value.params == {"expected": read_b.rev, "found": saved.rev}

    stored = second.get(sam.id)
    assert (stored.name, stored.note) == ("Sam", "likes tea and biscuits")  # nothing lost
    assert stored.rev == saved.rev  # the refusal wrote nothing


def test_a_save_from_the_current_revision_goes_through_and_moves_it_on(vault: Vault) -> None:
    members = MembersService(vault)
    kit = members.add_member(MemberDraft("Kit"))
    # The revision returned by add is the stored one: an edit from it is not stale.
    once = members.update_member(kit.id, MemberDraft("Kit", note="one"), expected_rev=kit.rev)
    twice = members.update_member(kit.id, MemberDraft("Kit", note="two"), expected_rev=once.rev)
    assert twice.note == "two" and twice.rev > once.rev > kit.rev
    assert members.list_members()[0].rev == twice.rev


def test_without_an_expected_revision_nothing_is_checked(vault: Vault) -> None:
    # Internal callers and imports that merge pass no revision.
    members = MembersService(vault)
    ash = members.add_member(MemberDraft("Ash"))
    members.update_member(ash.id, MemberDraft("Ash", note="first"))
    assert members.update_member(ash.id, MemberDraft("Ash", note="second")).note == "second"


def test_status_and_contact_saves_are_refused_when_stale(vault: Vault) -> None:
    members = MembersService(vault)
    rey = members.add_member(MemberDraft("Rey"))
    ConsentService(vault).give(rey.id, ConsentPurpose.CONTACT_BETWEEN_MEETINGS)
    loaded = members.get(rey.id)
    members.update_member(rey.id, MemberDraft("Rey", note="changed elsewhere"))

    with pytest.raises(StaleEdit):
        members.set_contact(rey.id, ContactDetails(phone="0123 456 789"), expected_rev=loaded.rev)
    with pytest.raises(StaleEdit):
        members.set_status(rey.id, MemberStatus.PAUSED, expected_rev=loaded.rev)
    stored = members.get(rey.id)
    assert stored.contact == ContactDetails() and stored.status is MemberStatus.ACTIVE
    assert stored.note == "changed elsewhere"


def test_concurrent_saves_from_one_read_give_exactly_one_refusal(vault: Vault) -> None:
    members = MembersService(vault)
    lee = members.add_member(MemberDraft("Lee"))
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(note: str) -> None:
        service = MembersService(vault)
        read = service.get(lee.id)
        start.wait()
        try:
            service.update_member(lee.id, MemberDraft("Lee", note=note), expected_rev=read.rev)
            outcomes[note] = "saved"
        except StaleEdit:
            outcomes[note] = "refused"

    threads = [threading.Thread(target=save, args=(n,)) for n in ("from A", "from B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(note for note, outcome in outcomes.items() if outcome == "saved")
    assert members.get(lee.id).note == winner


def test_a_stale_crisis_line_save_is_refused_and_the_other_edit_kept(vault: Vault) -> None:
    first, second = CrisisLinesService(vault), CrisisLinesService(vault)
    line = first.add("Night line", "0100 000 000", "Every night")
    read_a = next(x for x in first.list_lines() if x.id == line.id)
    read_b = next(x for x in second.list_lines() if x.id == line.id)
    assert read_a.rev == read_b.rev == line.rev

    saved = first.update(
        line.id, "Night line", "0100 000 111", "Every night", expected_rev=read_a.rev
    )
    assert saved.rev != read_a.rev
    with pytest.raises(StaleEdit) as caught:
        second.update(line.id, "Night line (old)", "0100 000 000", expected_rev=read_b.rev)
    assert caught.value.kind == "crisis_line"

    stored = next(x for x in second.list_lines() if x.id == line.id)
    assert (stored.name, stored.phone, stored.hours) == (
        "Night line",
        "0100 000 111",
        "Every night",
    )
    # From the current revision the save goes through.
    again = second.update(line.id, "Night line", "0100 000 222", expected_rev=stored.rev)
    assert again.phone == "0100 000 222"


def test_marking_a_crisis_line_checked_does_not_make_an_open_edit_stale(vault: Vault) -> None:
    # Only what the editor shows and saves counts: a "checked" date is no conflict.
    service = CrisisLinesService(vault)
    line = service.add("Day line", "0200 000 000")
    checked = service.mark_verified(line.id, date(2026, 11, 23))
    assert checked.rev == line.rev
    saved = service.update(line.id, "Day line", "0200 000 000", "9 to 5", expected_rev=line.rev)
    assert saved.hours == "9 to 5"
    assert saved.last_verified is not None  # the same number: its check still stands


def test_a_stale_agreement_draft_save_is_refused_and_the_other_edit_kept(vault: Vault) -> None:
    first, second = AgreementService(vault), AgreementService(vault)
    draft = first.start_draft()
    assert first.draft(draft.id).rev == draft.rev != 0
    read_b = second.draft(draft.id)

    saved = first.update_draft(
        draft.id, title="Our agreement", text="We listen.", expected_rev=draft.rev
    )
    assert saved.rev != draft.rev
    with pytest.raises(StaleEdit) as caught:
        second.update_draft(
            draft.id, title="Our agreement", text="We talk over.", expected_rev=read_b.rev
        )
    assert caught.value.kind == "agreement_draft"
    assert second.draft(draft.id).text == "We listen."
    again = second.update_draft(
        draft.id, title="Our agreement", text="We listen, then speak.", expected_rev=saved.rev
    )
    assert again.text == "We listen, then speak." and again.rev == second.draft(draft.id).rev


def test_a_stale_journal_entry_save_is_refused_and_the_star_set_elsewhere_kept(
    vault: Vault,
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    entry = journal.add(JournalEntryInput("A quiet evening"))
    opened = journal.get(entry.id)  # what the editor holds
    assert opened.edited_hlc == entry.edited_hlc != 0

    starred = journal.set_starred(entry.id, True)  # from the list, meanwhile
    assert starred.edited_hlc != opened.edited_hlc

    typed = JournalEntryInput("A quiet evening, then a call with Mum")
    with pytest.raises(StaleEdit) as caught:
        journal.update(entry.id, typed, expected_rev=opened.edited_hlc)
    assert caught.value.kind == "journal_entry"
    assert caught.value.params == {"expected": opened.edited_hlc, "found": starred.edited_hlc}
    stored = JournalService(vault).get(entry.id)  # a fresh read, not the cache
    assert stored.starred and stored.body == "A quiet evening"
    assert stored.edited_hlc == starred.edited_hlc  # the refusal wrote nothing

    # From the current revision the save goes through, and each save moves it on.
    saved = journal.update(
        entry.id, JournalEntryInput(typed.body, starred=True), expected_rev=stored.edited_hlc
    )
    again = journal.update(
        entry.id,
        JournalEntryInput("Later: slept well", starred=True),
        expected_rev=saved.edited_hlc,
    )
    assert again.body == "Later: slept well" and again.edited_hlc > saved.edited_hlc


def test_a_stale_safety_plan_save_is_refused_and_the_other_save_kept(vault: Vault) -> None:
    add_member(vault, "sam")
    first, second = SafetyPlanService(vault), SafetyPlanService(vault)
    empty = first.get()
    assert empty.rev == 0  # never saved
    created = second.save(SafetyPlan(people_to_ask=("Jo",)), expected_rev=empty.rev)
    assert created.rev != 0 and second.get().rev == created.rev

    with pytest.raises(StaleEdit) as caught:  # started from the empty plan
        first.save(SafetyPlan(distractions=("The park",)), expected_rev=empty.rev)
    assert caught.value.kind == "safety_plan"
    assert caught.value.params == {"expected": 0, "found": created.rev}
    assert first.get() == SafetyPlan(people_to_ask=("Jo",))

    loaded = first.get()
    saved = first.save(
        SafetyPlan(people_to_ask=("Jo",), distractions=("The park",)), expected_rev=loaded.rev
    )
    assert saved.rev > loaded.rev
    unchanged = first.save(saved, expected_rev=saved.rev)  # nothing changed: same revision
    assert unchanged.rev == saved.rev == first.get().rev
    assert first.save(SafetyPlan(people_to_ask=("Jo", "Sam"))).people_to_ask == ("Jo", "Sam")


def test_a_stale_group_settings_save_is_refused_whatever_changed_underneath(
    vault: Vault,
) -> None:
    typed = group_settings.read(vault)
    assert typed.revisions is not None and typed.revisions.settings_rev != 0
    mine = replace(typed, settings=GroupSettings("Mine", 600, 300))

    changes_elsewhere: list[Callable[[], object]] = [
        lambda: vault.update_settings(GroupSettings("Theirs", 300, 180)),
        lambda: RetentionService(vault).set_retention_months(typed.retention_months + 1),
        lambda: rename_label(vault, "Wednesday group"),
    ]
    for change in changes_elsewhere:  # each of the three places on its own
        before = group_settings.read(vault)
        change()
        after = group_settings.read(vault)
        with pytest.raises(StaleEdit) as caught:
            group_settings.save(vault, mine, expected=before.revisions)
        assert caught.value.kind == "group_settings"
        now = group_settings.read(vault)
        assert (now, now.revisions) == (after, after.revisions)  # the refusal wrote nothing

    # From the current revisions the save goes through and returns the new ones; a
    # second save from those goes through too.
    current = group_settings.read(vault)
    saved = group_settings.save(vault, mine, expected=current.revisions)
    assert saved.revisions is not None and saved.revisions != current.revisions
    stored = group_settings.read(vault)
    assert (stored, stored.revisions) == (saved, saved.revisions)
    again = group_settings.save(
        vault, replace(mine, label="Thursday group"), expected=saved.revisions
    )
    assert again.label == "Thursday group" and vault.settings().group_name == "Mine"
    # Without an expected revision nothing is checked.
    assert group_settings.save(vault, mine).settings.group_name == "Mine"


def test_a_stale_consent_wording_save_is_refused_and_the_newer_version_kept(
    vault: Vault,
) -> None:
    first, second = ConsentService(vault), ConsentService(vault)
    kind = WordingKind.CONTACT_BETWEEN_MEETINGS
    shown = first.wording(kind)
    assert second.wording(kind).version == shown.version == 1
    theirs = second.edit_wording(kind, "May we call you?", expected_version=shown.version)
    assert theirs.version == 2

    with pytest.raises(StaleEdit) as caught:  # started from version 1
        first.edit_wording(kind, "May we text you?", expected_version=shown.version)
    assert caught.value.kind == "consent_wording"
    assert caught.value.params == {"expected": 1, "found": 2}
    assert [w.version for w in first.wording_history(kind)] == [1, 2]  # nothing written
    assert first.wording(kind).text == "May we call you?"

    mine = first.edit_wording(kind, "May we text you?", expected_version=theirs.version)
    assert mine.version == 3 and first.wording(kind).text == "May we text you?"
    assert first.edit_wording(kind, "Call or text?").version == 4  # nothing checked
