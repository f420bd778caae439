"""Claim 1 for the issue-3 data: nothing typed into the roster, consent or agreement
screens reaches the disk in the clear (mid-session with a live WAL, and after close).

A *control* proves the scan reads the right files: the same markers are found when
the sealed rows are opened with the facilitator's keys.
"""

from __future__ import annotations

from pathlib import Path

from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import AccessNeed, ContactDetails
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.enrolment import EnrolmentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.roster_csv import CsvMapping, RosterCsvService
from safespace_desktop.services.vault import Vault
from tests.unit.roster_helpers import decrypted_text
from tests.unit.security_helpers import find_markers, new_marker, vault_files


def test_no_issue_3_text_reaches_any_file(vault: Vault, vault_path: Path) -> None:
    data_dir = vault_path.parent.parent
    markers: list[str] = []

    def marker() -> str:
        value = new_marker()
        markers.append(value)
        return value

    consent = ConsentService(vault)
    consent.edit_confidentiality_statement(f"Our statement {marker()}", title=f"T {marker()}")
    consent.edit_consent_wording(
        ConsentPurpose.CONTACT_BETWEEN_MEETINGS, f"Contact wording {marker()}"
    )
    flow = EnrolmentService(vault).begin(
        MemberDraft(
            f"Sam {marker()}",
            f"p {marker()}",
            f"note {marker()}",
            access_needs=frozenset({AccessNeed.INTERPRETER}),
            access_note=f"needs {marker()}",
        )
    )
    flow.acknowledge_statement()
    flow.choose(ConsentPurpose.CONTACT_BETWEEN_MEETINGS, True)
    flow.set_contact(ContactDetails("0123 456", f"{marker()}@example.org", f"at {marker()}", True))
    EnrolmentService(vault).complete(flow)

    sheet = f"Name,Notes\nAna {marker()},likes {marker()}\n".encode()
    service = RosterCsvService(vault)
    service.commit_import(service.preview_import(sheet, CsvMapping(name="Name", notes="Notes")))

    agreement = AgreementService(vault)
    draft = agreement.start_draft()
    agreement.update_draft(draft.id, title=f"Agreement {marker()}", text=f"We {marker()}")
    agreement.adopt(draft.id)
    amendment = agreement.amend()
    agreement.update_draft(amendment.id, text=f"We {marker()} differently")
    agreement.record_agreement(4, 3)

    files = list(vault_files(data_dir))
    wal = [p for p in files if p.name.endswith("-wal")]
    assert wal and wal[0].stat().st_size > 0, "expected a live WAL to scan"
    assert find_markers(files, markers) == {}
    opened = decrypted_text(vault)
    assert [m for m in markers if m not in opened] == []  # control: the data is really there
    assert MembersService(vault).list_members()  # and still readable

    vault.lock()
    vault.close()
    assert find_markers(list(vault_files(data_dir)), markers) == {}
