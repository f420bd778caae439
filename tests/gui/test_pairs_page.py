"""Check-in pairs ("We Care"): only consenting, active members are ever offered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import MemberStatus
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.pairs import pairs_page
from safespace_desktop.ui.pairs.model import COL_FIRST, COL_SECOND
from safespace_desktop.ui.pairs.view import PairsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.shell.workspace import page_specs
from tests.conftest import MEMBER_PASS
from tests.gui.roster_gui import (
    choose,
    click,
    open_members_page,
    session_context,
    show,
    unnamed_buttons,
)

pytestmark = pytest.mark.gui

PAIRING = ConsentPurpose.CHECKIN_PAIRING


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


@pytest.fixture
def people(vault: Vault) -> dict[str, str]:
    """Ann and Ben agreed; Cy did not; Di agreed but is taking a break; Ed agreed and left."""
    members, consent = MembersService(vault), ConsentService(vault)
    ids = {
        name: members.add_member(MemberDraft(name)).id for name in ("Ann", "Ben", "Cy", "Di", "Ed")
    }
    for name in ("Ann", "Ben", "Di", "Ed"):
        consent.give(ids[name], PAIRING)
    members.set_status(ids["Di"], MemberStatus.PAUSED)
    members.archive(ids["Ed"])
    return ids


def open_pairs_page(qtbot, context: SessionContext) -> PairsView:
    page = pairs_page(context)
    show(qtbot, page)
    loaded(qtbot, page)
    return page


def loaded(qtbot, page: PairsView) -> None:
    """The page reads off the GUI thread, saying "Loading…" meanwhile."""
    qtbot.waitUntil(lambda: not page.busy_label.isVisible())


def offered_ids(page: PairsView) -> set[str]:
    """Everyone the two pickers offer."""
    return {
        str(combo.itemData(i))
        for combo in (page.first_combo, page.second_combo)
        for i in range(combo.count())
    }


def combo_names(page: PairsView) -> tuple[list[str], list[str]]:
    return (
        [page.first_combo.itemText(i) for i in range(page.first_combo.count())],
        [page.second_combo.itemText(i) for i in range(page.second_combo.count())],
    )


def pair_rows(page: PairsView) -> list[tuple[str, str]]:
    return [
        (page.model.index(r, COL_FIRST).data(), page.model.index(r, COL_SECOND).data())
        for r in range(page.model.rowCount())
    ]


def test_only_consenting_active_members_are_offered(qtbot, context, vault, people):
    page = open_pairs_page(qtbot, context)
    titles = [s.title for s in page_specs(context.principal) if s.key == "pairs"]
    assert titles == ["Check-in pairs"]
    assert offered_ids(page) == {people["Ann"], people["Ben"]}
    first, second = combo_names(page)
    assert first == ["Ann", "Ben"]
    assert second == ["Ben"]  # never the same person twice
    assert "2 members have said yes" in page.eligible_label.text()
    assert page.empty_label.isVisibleTo(page)
    assert unnamed_buttons(page) == []


def test_pair_then_end_with_undo(qtbot, context, vault, people):
    page = open_pairs_page(qtbot, context)
    click(qtbot, page.pair_button)
    qtbot.waitUntil(lambda: pair_rows(page) == [("Ann", "Ben")])
    (pair,) = PairingService(vault).pairs()
    assert set(pair.member_ids) == {people["Ann"], people["Ben"]}
    assert "Ann and Ben are now a check-in pair" in page.message.text()

    page.table.setFocus()
    page.table.selectRow(0)
    click(qtbot, page.unpair_button)
    qtbot.waitUntil(lambda: pair_rows(page) == [])
    assert PairingService(vault).pairs() == []
    assert "has ended" in page.undo_bar.message()
    click(qtbot, page.undo_bar.undo_button)
    qtbot.waitUntil(lambda: pair_rows(page) == [("Ann", "Ben")])
    assert len(PairingService(vault).pairs()) == 1


def test_withdrawn_consent_is_never_offered_and_ends_the_pair(qtbot, context, vault, people):
    PairingService(vault).pair(people["Ann"], people["Ben"])
    page = open_pairs_page(qtbot, context)
    assert pair_rows(page) == [("Ann", "Ben")]
    page.hide()  # the facilitator is on the Members page, where Ben withdraws
    ConsentService(vault).withdraw(people["Ben"], PAIRING)
    context.changes.publish(ChangeSet.of(RecordKind.CONSENT, people["Ben"]))
    page.show()  # coming back to the page catches up
    loaded(qtbot, page)
    assert pair_rows(page) == []
    assert people["Ben"] not in offered_ids(page)
    assert offered_ids(page) == set()  # Ann, alone, has nobody to be paired with
    assert not page.pair_button.isEnabled()
    assert not page.first_combo.isEnabled()
    assert "Fewer than two members" in page.eligible_label.text()


def test_consent_recorded_on_the_members_page_makes_someone_pairable(qtbot, context, vault, people):
    members_page = open_members_page(qtbot, context)
    row = members_page.controller.proxy.proxy_row_of(people["Cy"])
    assert row is not None
    members_page.list.table.selectRow(row)
    click(qtbot, members_page.member.consent.consent_buttons[PAIRING])
    qtbot.waitUntil(lambda: members_page.dialog("consent") is not None)
    click(qtbot, members_page.dialog("consent").record_button)
    qtbot.waitUntil(lambda: members_page.dialog("consent") is None)

    page = open_pairs_page(qtbot, context)
    assert offered_ids(page) == {people["Ann"], people["Ben"], people["Cy"]}
    choose(qtbot, page.first_combo, "Ben")
    choose(qtbot, page.second_combo, "Cy")
    click(qtbot, page.pair_button)
    qtbot.waitUntil(lambda: pair_rows(page) == [("Ben", "Cy")])
    assert "Not in a pair yet: Ann." in page.eligible_label.text()


def test_pairs_page_sits_after_members_for_facilitators_only(qtbot, context, vault):
    keys = [spec.key for spec in page_specs(context.principal)]
    # Home comes first for facilitators (issue 9); pairs sit right after members.
    assert keys[:3] == ["home", "members", "pairs"]
    assert keys.index("group_settings") > 1 and keys[-1] == "account"
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "member-one", MEMBER_PASS, exact_handle=True)
    assert vault.principal is not None and not vault.principal.is_facilitator
    with session_context(vault) as member_context:
        with pytest.raises(NotPermitted):
            pairs_page(member_context)
        assert "pairs" not in [spec.key for spec in page_specs(member_context.principal)]


def test_keyboard_reaches_everything(qtbot, context, vault, people):
    page = open_pairs_page(qtbot, context)
    page.table.setFocus()
    order = []
    widget = page.focusWidget()
    for _ in range(5):
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = page.focusWidget()
    assert page.first_combo in order and page.second_combo in order
    assert page.pair_button in order


def test_pair_them_is_off_when_nobody_is_left_to_pair(qtbot, context, vault, people):
    """Issue 8: with Ann and Ben already a pair, "Pair them" stayed enabled."""
    page = open_pairs_page(qtbot, context)
    assert page.pair_button.isEnabled()
    click(qtbot, page.pair_button)
    qtbot.waitUntil(lambda: pair_rows(page) == [("Ann", "Ben")])
    assert not page.pair_button.isEnabled()
    assert not page.first_combo.isEnabled() and not page.second_combo.isEnabled()
    assert "already paired with everyone they could be" in page.eligible_label.text()

    # Someone new agrees: they can be paired with either, but nobody twice with the same person.
    ConsentService(vault).give(people["Cy"], PAIRING)
    context.changes.publish(ChangeSet.of(RecordKind.CONSENT, people["Cy"]))
    qtbot.waitUntil(page.pair_button.isEnabled)
    choose(qtbot, page.first_combo, "Ann")
    assert combo_names(page)[1] == ["Cy"]
    assert "Not in a pair yet: Cy." in page.eligible_label.text()
