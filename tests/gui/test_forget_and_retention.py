"""W10 "Data rights and retention", through the GUI.

Sam is enrolled by typing (every typed text carries a unique marker), then forgotten
with the two-step confirmation. The row reads "Former member #1", the contact
details are gone, the consent log shows the withdrawal, and a scan of every file
under the data folder finds none of the markers: not in the clear, not inside an
old ciphertext, and not in any record the facilitator can still open.

The retention reminder lists people who left more than the set time ago and offers
Forget; the period is edited in Group settings.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.consent import ConsentEnd, ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import ContactDetails, MemberStatus
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.services.retention import RetentionService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.members.consent_model import COL_ENDED
from safespace_desktop.ui.members.table_model import COL_NAME, COL_STATUS
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.settings import group_settings_page
from tests.gui.roster_gui import (
    click,
    open_members_page,
    replace_text,
    select_row,
    session_context,
    settle,
    show,
    unnamed_buttons,
)
from tests.unit.roster_helpers import (
    checkpointed_files,
    decrypted_text,
    old_blob_fragments,
    sealed_blobs,
)
from tests.unit.security_helpers import find_markers, new_marker, raw_rows

pytestmark = pytest.mark.gui

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
PAIRING = ConsentPurpose.CHECKIN_PAIRING
DAY = 86400


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


def next_page(qtbot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def enrol(qtbot, page: MembersView, name: str, pronouns: str, contact: ContactDetails) -> None:
    click(qtbot, page.list.enrol_button)
    qtbot.waitUntil(lambda: page.dialog("enrolment") is not None)
    wizard = page.dialog("enrolment")
    assert wizard is not None
    qtbot.keyClicks(wizard.name_page.name_edit, name)
    qtbot.keyClicks(wizard.name_page.pronouns_combo.lineEdit(), pronouns)
    next_page(qtbot, wizard)
    click(qtbot, wizard.statement_page.ack_check)
    next_page(qtbot, wizard)
    click(qtbot, wizard.contact_page.yes_radio)
    qtbot.keyClicks(wizard.contact_page.phone_edit, contact.phone)
    qtbot.keyClicks(wizard.contact_page.email_edit, contact.email)
    qtbot.keyClicks(wizard.contact_page.best_time_edit, contact.best_time)
    for purpose in (ConsentPurpose.KEEP_ATTENDANCE_HISTORY, PAIRING):
        next_page(qtbot, wizard)
        click(qtbot, wizard.consent_pages[purpose].yes_radio)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: page.dialog("enrolment") is None)


def forget_through_dialog(qtbot, page: MembersView) -> None:
    qtbot.waitUntil(lambda: page.dialog("forget") is not None and page.dialog("forget").isVisible())
    dialog = page.dialog("forget")
    assert dialog is not None
    assert unnamed_buttons(dialog) == []
    assert "cannot be undone" in dialog.warning.text()
    assert not dialog.forget_button.isEnabled()  # step one: read and tick
    click(qtbot, dialog.understand_check)
    click(qtbot, dialog.forget_button)  # step two
    qtbot.waitUntil(lambda: page.dialog("forget") is None)


def test_w10_forget_me_through_the_gui_leaves_nothing_on_disk(
    qtbot, context, vault: Vault, vault_path: Path, clock: ManualClock
):
    data_dir = vault_path.parent.parent
    m = {k: new_marker() for k in ("name", "pronouns", "email", "time", "note", "access")}
    phone = "0" + "".join(secrets.choice("0123456789") for _ in range(14))
    page = open_members_page(qtbot, context)
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)

    enrol(
        qtbot,
        page,
        f"Sam {m['name']}",
        f"p{m['pronouns']}",
        ContactDetails(phone, f"{m['email']}@example.org", f"at {m['time']}"),
    )
    sam = page.controller.current_member()
    assert sam is not None and sam.name == f"Sam {m['name']}"
    qtbot.keyClicks(page.form.note_edit, f"note {m['note']}")
    qtbot.keyClicks(page.form.access_note_edit, f"ramp {m['access']}")
    click(qtbot, page.member.save_button)
    bea = MembersService(vault).add_member(MemberDraft("Bea"))
    ConsentService(vault).give(bea.id, PAIRING)
    PairingService(vault).pair(sam.id, bea.id)
    clock.advance(3 * DAY)
    page.controller.load()
    settle(qtbot)

    markers = [*m.values(), phone]
    checkpointed_files(vault, data_dir)
    holding = sealed_blobs(vault, "members", [sam.id])
    sams = [r["id"] for r in raw_rows(vault, "consents") if r["member_id"] == sam.id]
    holding += sealed_blobs(vault, "consents", sams)
    assert m["note"] in decrypted_text(vault)  # control: the scans see real data
    assert old_blob_fragments(data_dir, holding) != {}

    # ---- forget, as a facilitator would
    assert page.controller.current_member().id == sam.id
    click(qtbot, page.member.leaving.forget_button)
    dialog = page.dialog("forget")
    assert dialog is not None
    erased = dialog.erased_list.text()
    for words in ("their name", "their pronouns", "facilitator note", "access needs"):
        assert words in erased
    assert "contact details" in erased and "check-in pair" in erased
    forget_through_dialog(qtbot, page)
    settle(qtbot)
    # Sam left the list (a former member is archived), so the pane no longer shows them.
    assert page.controller.current_member() is None
    assert page.detail.currentWidget() is page.detail.nothing_selected
    assert messages[-1].startswith("Forgotten. Their entry now reads “Former member #1”")
    click(qtbot, page.list.show_archived_check)
    row = page.controller.proxy.proxy_row_of(sam.id)
    assert row is not None
    assert page.controller.proxy.index(row, COL_NAME).data() == "Former member #1"
    assert page.controller.proxy.index(row, COL_STATUS).data() == "Left"
    select_row(qtbot, page, row)
    assert page.member.pane_title.text() == "Former member #1"
    assert "asked to be forgotten" in page.member.pane_status.text()
    assert not page.member.save_row.isVisibleTo(page) and not page.form.name_edit.isEnabled()
    assert page.form.phone_edit.text() == "" and page.form.note_edit.toPlainText() == ""
    log = [page.member.consent.consent_model.index(r, COL_ENDED).data() for r in range(3)]
    assert all(text.endswith("(asked to be forgotten)") for text in log), log
    assert unnamed_buttons(page) == []

    former = MembersService(vault).get(sam.id)
    assert former.name == "Former member #1" and former.contact == ContactDetails()
    assert former.status is MemberStatus.LEFT
    assert {r.ended for r in ConsentService(vault).log(sam.id)} == {ConsentEnd.FORGOTTEN}
    assert PairingService(vault).pairs() == []
    assert [x.name for x in MembersService(vault).list_members()] == [
        "Bea",
        "Former member #1",
    ]

    # ---- the marker scan: every file under the data folder
    files = list(p for p in data_dir.rglob("*") if p.is_file())
    assert files
    assert find_markers(files, markers) == {}
    assert old_blob_fragments(data_dir, holding) == {}
    opened = decrypted_text(vault)
    assert not [marker for marker in markers if marker.casefold() in opened]


def test_forget_can_be_cancelled(qtbot, context, vault):
    kit = MembersService(vault).add_member(MemberDraft("Kit"))
    page = open_members_page(qtbot, context)
    click(qtbot, page.member.leaving.forget_button)
    qtbot.waitUntil(lambda: page.dialog("forget") is not None and page.dialog("forget").isVisible())
    click(qtbot, page.dialog("forget").understand_check)
    click(qtbot, page.dialog("forget").cancel_button)
    qtbot.waitUntil(lambda: page.dialog("forget") is None)
    assert not MembersService(vault).get(kit.id).forgotten
    assert page.member.pane_title.text() == "Kit"


def test_retention_reminder_lists_who_left_long_ago_and_offers_forget(
    qtbot, context, vault, clock: ManualClock
):
    members = MembersService(vault)
    jordan = members.add_member(MemberDraft("Jordan"))
    members.archive(jordan.id)
    recent = members.add_member(MemberDraft("Rae"))
    members.add_member(MemberDraft("Bea"))
    clock.advance(400 * DAY)  # Jordan left about 13 months ago…
    members.archive(recent.id)  # …Rae only today
    page = open_members_page(qtbot, context)
    assert page.retention_banner.isVisibleTo(page)
    assert (
        page.retention_banner.text.text()
        == "1 person left more than 12 months ago. Time to review?"
    )

    click(qtbot, page.retention_banner.review_button)
    qtbot.waitUntil(
        lambda: page.dialog("retention") is not None and page.dialog("retention").isVisible()
    )
    review = page.dialog("retention")
    assert list(review.forget_buttons) == [jordan.id]  # only who is due; no more than needed
    assert review.forget_buttons[jordan.id].accessibleName() == "Forget Jordan"
    assert unnamed_buttons(review) == []
    click(qtbot, review.forget_buttons[jordan.id])
    forget_through_dialog(qtbot, page)
    qtbot.waitUntil(lambda: members.get(jordan.id).forgotten)
    qtbot.waitUntil(lambda: review.empty_label.isVisibleTo(review))
    assert review.forget_buttons == {}
    assert not page.retention_banner.isVisibleTo(page)
    assert not members.get(recent.id).forgotten
    assert RetentionService(vault).due() == []
    click(qtbot, review.close_button)
    qtbot.waitUntil(lambda: page.dialog("retention") is None)


def test_retention_period_is_set_in_group_settings(qtbot, context, vault, clock: ManualClock):
    members = MembersService(vault)
    jordan = members.add_member(MemberDraft("Jordan"))
    members.archive(jordan.id)
    clock.advance(400 * DAY)
    page = open_members_page(qtbot, context)
    assert page.retention_banner.isVisibleTo(page)

    settings = group_settings_page(context)
    show(qtbot, settings, 1000, 700)
    qtbot.waitUntil(lambda: not settings.busy_label.isVisible())
    assert settings.retention_months.value() == 12
    assert not settings.save_button.isEnabled()
    replace_text(qtbot, settings.retention_months, "24")
    assert settings.save_button.isEnabled()
    with qtbot.waitSignal(context.changes.changed):
        click(qtbot, settings.save_button)
    qtbot.waitUntil(lambda: "Saved" in settings.save_message.text())
    assert RetentionService(vault).retention_months() == 24
    assert not settings.save_button.isEnabled()
    # The Members page follows: 13 months is not yet 24.
    assert not page.retention_banner.isVisibleTo(page)
    assert unnamed_buttons(settings) == []

    settings.retention_months.setFocus()
    qtbot.keyClick(settings.retention_months, Qt.Key.Key_Down)
    assert settings.retention_months.value() == 23
    assert settings.save_button.isEnabled()
