"""CSV import of a paper sign-up list (preview, per-row errors, nothing saved until
commit; malformed files rejected) and CSV export."""

from __future__ import annotations

import csv
import io

import pytest

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose
from safespace_desktop.core.errors import ImportRejected, NotPermitted, is_code
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import ContactDetails
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.roster_csv import (
    CsvMapping,
    RosterCsvService,
    RowErrorKind,
    parse_import,
    read_headers,
    suggest_mapping,
)
from safespace_desktop.services.vault import Vault
from tests.conftest import MEMBER_PASS
from tests.unit.security_helpers import raw_rows

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
MAPPING = CsvMapping(
    name="First name",
    pronouns="Pronouns",
    phone="Phone",
    email="Email",
    notes="Notes",
    contact_consent="OK to contact?",
)

GOOD = (
    b"First name,Pronouns,Phone,Email,Notes,OK to contact?\r\n"
    b"Sam R.,they/them,0123 456 789,,first time,yes\r\n"
    b'Bea,she/her,,bea@example.org,"likes tea, not coffee",Y\r\n'
    b"Kit,,,,,\r\n"
)


@pytest.fixture
def service(vault: Vault) -> RosterCsvService:
    return RosterCsvService(vault)


def _saved(vault: Vault) -> int:
    return len(raw_rows(vault, "members")) + len(raw_rows(vault, "consents"))


def test_headers_and_a_suggested_mapping() -> None:
    headers = read_headers(GOOD)
    assert headers == ("First name", "Pronouns", "Phone", "Email", "Notes", "OK to contact?")
    assert suggest_mapping(headers) == MAPPING
    assert suggest_mapping(["Colour", "Size"]) is None
    assert suggest_mapping(["NAME", "e-mail", "Mobile", "Consent"]) == CsvMapping(
        name="NAME", phone="Mobile", email="e-mail", contact_consent="Consent"
    )


def test_preview_then_commit(vault: Vault, service: RosterCsvService) -> None:
    preview = service.preview_import(GOOD, MAPPING)
    assert preview.errors == () and not preview.malformed and preview.can_import_all
    assert [r.row for r in preview.rows] == [2, 3, 4]
    assert [r.draft.name for r in preview.rows] == ["Sam R.", "Bea", "Kit"]
    assert preview.rows[1].draft.note == "likes tea, not coffee"
    assert [r.contact_consent for r in preview.rows] == [True, True, False]
    assert _saved(vault) == 0  # nothing saved by the preview

    result = service.commit_import(preview)
    assert [m.name for m in result.added] == ["Sam R.", "Bea", "Kit"]
    assert result.contact_consents == 2 and result.skipped_rows == ()
    by_name = {m.name: m for m in MembersService(vault).list_members()}
    assert by_name["Sam R."].contact == ContactDetails(phone="0123 456 789")
    assert by_name["Bea"].contact == ContactDetails(email="bea@example.org")
    assert by_name["Kit"].consents == frozenset()
    (record,) = ConsentService(vault).log(by_name["Bea"].id)
    assert record.purpose is CONTACT and record.method is ConsentMethod.ON_PAPER


def test_row_problems_are_listed_per_row_and_block_the_import(
    vault: Vault, service: RosterCsvService
) -> None:
    MembersService(vault).add_member(MemberDraft("Sam R."))
    data = (
        "First name,Pronouns,Phone,Email,Notes,OK to contact?\n"
        ",they/them,,,,\n"  # 2: no name
        f"{'x' * 81},,,,,\n"  # 3: too long
        "Bea,,,bea at example,,yes\n"  # 4: malformed email
        "Cy,,0123 456,,,no\n"  # 5: contact without a tick
        "Di,,,di@example.org,,maybe\n"  # 6: unclear consent
        "Sam R.,,,,,\n"  # 7: same name as the roster: a warning only
        "Ed,,,,,\n"  # 8: fine
    ).encode()
    preview = service.preview_import(data, MAPPING)
    assert not preview.malformed
    problems = {(e.row, e.field) for e in preview.errors}
    assert problems == {
        (2, "name"),
        (3, "name"),
        (4, "email"),
        (5, "contact_consent"),
        (6, "contact_consent"),
    }
    assert all(e.kind is RowErrorKind.CONTENT for e in preview.errors)
    assert [(e.field, e.code) for e in preview.errors] == [
        ("name", "required"),
        ("name", "too_long"),
        ("email", "invalid"),
        ("contact_consent", "not_consented"),
        ("contact_consent", "not_yes_or_no"),
        ("contact_consent", "not_consented"),
    ]
    assert preview.rows[5].ok
    assert [(w.code, w.params) for w in preview.rows[5].warnings] == [
        ("same_name_on_roster", {"name": "Sam R."})
    ]
    before = _saved(vault)
    with pytest.raises(ImportRejected) as refused:
        service.commit_import(preview)
    assert refused.value.code == "rows_have_problems"
    assert refused.value.params == {"count": 5, "rows": "2, 3, 4, 5, 6"}
    assert _saved(vault) == before

    result = service.commit_import(preview, skip_invalid=True)
    assert [m.name for m in result.added] == ["Sam R.", "Ed"]
    assert result.skipped_rows == (2, 3, 4, 5, 6)
    assert result.added[0].disambiguation  # two Sams, told apart


def test_contact_without_a_consent_column_is_a_row_error(service: RosterCsvService) -> None:
    mapping = CsvMapping(name="Name", phone="Phone")
    preview = service.preview_import(b"Name,Phone\nSam,0123 456\nBea,\n", mapping)
    assert [(e.row, e.field) for e in preview.errors] == [(2, "contact_consent")]
    assert preview.errors[0].code == "no_consent_column"


MALFORMED = {
    "bad encoding": (
        b"First name,Phone\nSam,0123\nJos\xe9,0456\nAna,0789\n",
        {3},
    ),
    "ragged rows": (
        b"First name,Phone\nSam,0123\nBea\nCy,0456,extra\nDi,0789,\n",
        {3, 4},
    ),
    "no header": (b"Sam,0123 456\nBea,0456 789\n", {1}),
    "mapped column missing": (b"Name,Phone\nSam,0123\n", {1}),
    "empty file": (b"", {0}),
    "header only": (b"First name,Phone\n", {0}),
    "quote never closed": (b'First name,Phone\nSam,"0123\n', {2}),
    "binary": (b"First name,Phone\nSam,\x00\x01\n", {0}),
    "too big": (b"First name\n" + b"a\n" * 1_100_000, {0}),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_file_is_rejected_with_row_errors_and_saves_nothing(
    vault: Vault, service: RosterCsvService, case: str
) -> None:
    data, rows = MALFORMED[case]
    mapping = CsvMapping(name="First name", phone="Phone", contact_consent=None)
    preview = service.preview_import(data, mapping)
    assert preview.malformed, case
    structural = {e.row for e in preview.errors if e.kind is RowErrorKind.STRUCTURE}
    assert structural == rows, case
    assert all(is_code(e.code) for e in preview.errors)
    before = _saved(vault)
    for skip in (False, True):
        with pytest.raises(ImportRejected):
            service.commit_import(preview, skip_invalid=skip)
    assert _saved(vault) == before == 0


def test_spreadsheet_variants_are_read(service: RosterCsvService) -> None:
    mapping = CsvMapping(name="Name", notes="Notes")
    semicolons = "Name;Notes\r\nSam;one; two\r\n".replace("one; two", '"one; two"').encode()
    bom = "\ufeffName,Notes\nJosé,ça va\n".encode()
    utf16 = "Name,Notes\nAna,hi\n".encode("utf-16")
    trailing = b"Name,Notes,\nSam,x,\n\n\nBea,y,\n"
    assert [r.draft.note for r in service.preview_import(semicolons, mapping).rows] == ["one; two"]
    assert [r.draft.name for r in service.preview_import(bom, mapping).rows] == ["José"]
    assert [r.draft.name for r in service.preview_import(utf16, mapping).rows] == ["Ana"]
    preview = service.preview_import(trailing, mapping)
    assert [r.draft.name for r in preview.rows] == ["Sam", "Bea"] and preview.errors == ()


def test_parse_import_works_without_a_vault() -> None:
    preview = parse_import(GOOD, MAPPING, roster_names=["bea"])
    assert [r.warnings != () for r in preview.rows] == [False, True, False]


def test_export(vault: Vault, service: RosterCsvService) -> None:
    members, consent = MembersService(vault), ConsentService(vault)
    sam = members.add_member(MemberDraft("Sam", "they/them", "private note"))
    consent.give(sam.id, CONTACT)
    members.set_contact(sam.id, ContactDetails(phone="+44 20 7946 0000", message_ok=True))
    sneaky = members.add_member(MemberDraft("=HYPERLINK(1)"))
    consent.give(sneaky.id, CONTACT)
    members.set_contact(sneaky.id, ContactDetails(email="a@b.org"))
    consent.withdraw(sneaky.id, CONTACT)
    left = members.add_member(MemberDraft("Left"))
    members.archive(left.id)
    gone = members.add_member(MemberDraft("Gone"))
    ForgetService(vault).forget(gone.id)

    rows = list(csv.reader(io.StringIO(service.export_csv())))
    assert rows[0][:3] == ["Name", "Tell apart by", "Pronouns"]
    assert "Phone" not in rows[0] and "Facilitator note" not in rows[0]
    assert sorted(r[0] for r in rows[1:]) == ["'=HYPERLINK(1)", "Sam"]

    full = list(
        csv.DictReader(
            io.StringIO(
                service.export_csv(include_left=True, include_contact=True, include_notes=True)
            )
        )
    )
    by_name = {r["Name"]: r for r in full}
    assert set(by_name) == {"Sam", "'=HYPERLINK(1)", "Left"}
    assert by_name["Sam"]["Phone"] == "'+44 20 7946 0000"  # no formula in a spreadsheet
    assert by_name["Sam"]["OK to leave a message"] == "yes"
    assert by_name["Sam"]["Facilitator note"] == "private note"
    assert by_name["'=HYPERLINK(1)"]["Email"] == ""
    assert by_name["Left"]["Status"] == "Left"

    # What we export can be read back as a sign-up list.
    again = parse_import(
        service.export_csv().encode(), CsvMapping(name="Name", pronouns="Pronouns")
    )
    assert [r.draft.name for r in again.rows if r.draft.pronouns] == ["Sam"]


def test_members_cannot_import_or_export(vault: Vault) -> None:
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "ana", MEMBER_PASS)
    service = RosterCsvService(vault)
    with pytest.raises(NotPermitted):
        service.preview_import(GOOD, MAPPING)
    with pytest.raises(NotPermitted):
        service.commit_import(parse_import(GOOD, MAPPING))
    with pytest.raises(NotPermitted):
        service.export_csv()


def test_the_export_tells_people_of_the_same_name_apart() -> None:
    from datetime import date

    from safespace_desktop.core.model import Member
    from safespace_desktop.core.roster import TellApart
    from safespace_desktop.services.roster_csv import members_to_csv

    alexes = [
        Member("1", "Alex", disambiguation=TellApart("he/him", date(2027, 1, 1))),
        Member("2", "Alex", disambiguation=TellApart(number=2)),
    ]
    rows = list(csv.reader(io.StringIO(members_to_csv(alexes))))
    assert [row[1] for row in rows[1:]] == ["he/him, joined Jan 2027", "no. 2"]
