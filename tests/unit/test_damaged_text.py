"""Damaged text (a lone surrogate) is refused at the service boundary, never a crash.

Issue 17 item 1: a damaged paste or a broken file can leave half of a UTF-16 pair in a
string. Python holds it, but it cannot be encoded, so sealing it used to raise
UnicodeEncodeError from deep inside a transaction. Every service that takes typed text
now refuses it with ValidationError(field, "damaged_text") before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from safespace_desktop.core.consent import ConsentPurpose, WordingKind
from safespace_desktop.core.errors import ImportRejected, ValidationError
from safespace_desktop.core.model import JournalEntryInput, MemberDraft, SafetyPlan
from safespace_desktop.core.roster import ContactDetails
from safespace_desktop.core.text import check_text, is_damaged
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.services.enrolment import EnrolmentService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.roster_csv import (
    CsvMapping,
    ImportPreview,
    PreviewRow,
    RosterCsvService,
    _row_preview,
)
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault

SURROGATE = st.integers(0xD800, 0xDFFF).map(chr)
# Ordinary text around one or more surrogates: what a damaged paste looks like.
DAMAGED = st.builds(
    lambda before, bad, after: before + bad + after,
    st.text(max_size=12),
    st.lists(SURROGATE, min_size=1, max_size=3).map("".join),
    st.text(max_size=12),
)
EXAMPLES = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def snapshot(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as the file holds them."""
    with vault.engine.connect() as connection:
        names = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        return {
            name: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{name}"'))),
                key=repr,
            )
            for name in list(names)
        }


@dataclass(frozen=True)
class Services:
    vault: Vault
    members: MembersService
    member_id: str
    consent: ConsentService
    agreement: AgreementService
    draft_id: str
    journal: JournalService
    entry_id: str
    prompts: PromptsService
    template_id: str
    safety_plan: SafetyPlanService
    crisis_lines: CrisisLinesService
    line_id: str
    enrolment: EnrolmentService
    roster_csv: RosterCsvService


@pytest.fixture
def services(vault: Vault) -> Services:
    members = MembersService(vault)
    sam = members.add_member(MemberDraft("Sam"))
    ConsentService(vault).give(sam.id, ConsentPurpose.CONTACT_BETWEEN_MEETINGS)
    agreement = AgreementService(vault)
    journal = JournalService(vault)
    prompts = PromptsService(vault, journal)
    crisis = CrisisLinesService(vault)
    enrolment = EnrolmentService(vault)
    enrolment.begin(MemberDraft("Ana"))  # stores the default wordings once, as in use
    return Services(
        vault=vault,
        members=members,
        member_id=sam.id,
        consent=ConsentService(vault),
        agreement=agreement,
        draft_id=agreement.start_draft().id,
        journal=journal,
        entry_id=journal.add(JournalEntryInput(body="A calm day.")).id,
        prompts=prompts,
        template_id=prompts.create_template("Evening", "What went well?").id,
        safety_plan=SafetyPlanService(vault),
        crisis_lines=crisis,
        line_id=crisis.add("Helpline", "0800 123 456").id,
        enrolment=enrolment,
        roster_csv=RosterCsvService(vault),
    )


Write = Callable[[Services, str], object]


def _enrol_with_contact(s: Services, bad: str) -> object:
    flow = s.enrolment.begin(MemberDraft("Ana"))
    flow.acknowledge_statement()
    flow.choose(ConsentPurpose.CONTACT_BETWEEN_MEETINGS, True)
    flow.set_contact(ContactDetails(best_time=bad))
    return s.enrolment.complete(flow)


def _enrol_after_the_name_changed(s: Services, bad: str) -> object:
    flow = s.enrolment.begin(MemberDraft("Ana"))
    flow.acknowledge_statement()
    flow.draft = MemberDraft(bad)  # a form that changed the name after begin()
    return s.enrolment.complete(flow)


# (what is written, the field the refusal must name, how)
WRITES: list[tuple[str, str, Write]] = [
    ("add member name", "name", lambda s, bad: s.members.add_member(MemberDraft(bad))),
    (
        "add member pronouns",
        "pronouns",
        lambda s, bad: s.members.add_member(MemberDraft("Kit", pronouns=bad)),
    ),
    ("add member note", "note", lambda s, bad: s.members.add_member(MemberDraft("Kit", note=bad))),
    (
        "update member access note",
        "access_note",
        lambda s, bad: s.members.update_member(s.member_id, MemberDraft("Sam", access_note=bad)),
    ),
    (
        "update member name",
        "name",
        lambda s, bad: s.members.update_member(s.member_id, MemberDraft(bad)),
    ),
    (
        "contact phone",
        "phone",
        lambda s, bad: s.members.set_contact(s.member_id, ContactDetails(phone=bad)),
    ),
    (
        "contact email",
        "email",
        lambda s, bad: s.members.set_contact(s.member_id, ContactDetails(email=bad)),
    ),
    (
        "contact best time",
        "best_time",
        lambda s, bad: s.members.set_contact(s.member_id, ContactDetails(best_time=bad)),
    ),
    (
        "consent wording text",
        "text",
        lambda s, bad: s.consent.edit_wording(WordingKind.CONFIDENTIALITY, bad),
    ),
    (
        "consent wording title",
        "title",
        lambda s, bad: s.consent.edit_wording(WordingKind.CONFIDENTIALITY, "Fine.", title=bad),
    ),
    (
        "agreement draft title",
        "title",
        lambda s, bad: s.agreement.update_draft(s.draft_id, title=bad),
    ),
    (
        "agreement draft text",
        "text",
        lambda s, bad: s.agreement.update_draft(s.draft_id, text=bad),
    ),
    ("journal body", "body", lambda s, bad: s.journal.add(JournalEntryInput(body=bad))),
    (
        "journal title",
        "title",
        lambda s, bad: s.journal.add(JournalEntryInput(body="x", title=bad)),
    ),
    (
        "journal prompt",
        "prompt",
        lambda s, bad: s.journal.add(JournalEntryInput(body="x", prompt=bad)),
    ),
    (
        "journal tags",
        "tags",
        lambda s, bad: s.journal.add(JournalEntryInput(body="x", tags=("ok", bad))),
    ),
    (
        "journal feelings",
        "feelings",
        lambda s, bad: s.journal.add(JournalEntryInput(body="x", feelings=(bad,))),
    ),
    (
        "journal update",
        "body",
        lambda s, bad: s.journal.update(s.entry_id, JournalEntryInput(body=bad)),
    ),
    ("journal draft", "body", lambda s, bad: s.journal.save_draft(JournalEntryInput(body=bad))),
    ("template name", "name", lambda s, bad: s.prompts.create_template(bad, "")),
    ("template body", "body", lambda s, bad: s.prompts.create_template("Morning", bad)),
    (
        "template update",
        "body",
        lambda s, bad: s.prompts.update_template(s.template_id, "Evening", bad),
    ),
    ("group prompt", "text", lambda s, bad: s.prompts.offer_group_prompt(bad)),
    (
        "safety plan",
        "people_to_ask",
        lambda s, bad: s.safety_plan.save(SafetyPlan(people_to_ask=("Mum", bad))),
    ),
    ("crisis line name", "name", lambda s, bad: s.crisis_lines.add(bad, "0800 000 000")),
    (
        "crisis line note",
        "note",
        lambda s, bad: s.crisis_lines.update(s.line_id, "Helpline", "0800 123 456", note=bad),
    ),
    ("enrolment name", "name", lambda s, bad: s.enrolment.begin(MemberDraft(bad))),
    ("enrolment contact", "best_time", _enrol_with_contact),
    ("enrolment complete", "name", _enrol_after_the_name_changed),
]


@pytest.mark.parametrize(("what", "field", "write"), WRITES, ids=[w[0] for w in WRITES])
def test_damaged_text_is_refused_naming_the_field_and_nothing_is_saved(
    services: Services, what: str, field: str, write: Write
) -> None:
    before = snapshot(services.vault)

    @EXAMPLES
    @given(bad=DAMAGED)
    def refused(bad: str) -> None:
        with pytest.raises(ValidationError) as caught:
            write(services, bad)
        assert (caught.value.field, caught.value.code) == (field, "damaged_text"), what
        assert snapshot(services.vault) == before, f"{what}: something was written"

    refused()


def test_sound_text_still_saves(services: Services) -> None:
    # The same writes succeed with good text, so the refusals above are about the damage.
    sam = services.members.update_member(services.member_id, MemberDraft("Sam 🌱", note="ok"))
    assert sam.name == "Sam 🌱"
    assert services.journal.add(JournalEntryInput(body="😀 fine")).body == "😀 fine"


def _import_row(name: str) -> ImportPreview:
    draft = MemberDraft(name)
    row = PreviewRow(2, draft, ContactDetails(), False)
    return ImportPreview(("Name",), CsvMapping(name="Name"), (row,))


@EXAMPLES
@given(bad=DAMAGED)
def test_a_damaged_import_row_is_refused_and_nothing_is_saved(services: Services, bad: str) -> None:
    before = snapshot(services.vault)
    with pytest.raises(ImportRejected) as caught:
        services.roster_csv.commit_import(_import_row(bad))
    refusal = caught.value
    assert refusal.code == "row_refused"
    assert refusal.params == {"row": 2, "row_field": "name", "row_code": "damaged_text"}
    assert snapshot(services.vault) == before


@given(bad=DAMAGED)
def test_a_damaged_cell_is_a_row_problem_in_the_preview(bad: str) -> None:
    # Strict UTF-8/UTF-16 decoding never yields one, but a lenient decoder could.
    row = _row_preview(3, {"name": "Ana", "notes": bad}, CsvMapping(name="Name", notes="Notes"))
    assert [(e.row, e.field, e.code) for e in row.errors] == [(3, "notes", "damaged_text")]
    assert row.draft.note == ""


@given(good=st.text())
def test_text_without_surrogates_passes_unchanged(good: str) -> None:
    assert not is_damaged(good)
    assert check_text("name", good) is good
    good.encode("utf-8")  # the property the check protects


@given(bad=DAMAGED)
def test_any_surrogate_is_found(bad: str) -> None:
    assert is_damaged(bad)
    with pytest.raises(ValidationError) as caught:
        check_text("note", bad)
    assert (caught.value.field, caught.value.code, caught.value.params) == (
        "note",
        "damaged_text",
        {},
    )
    assert bad not in str(caught.value)  # the log text never holds what was typed
