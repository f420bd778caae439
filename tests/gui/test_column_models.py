"""The table models built on ``ColumnTableModel`` behave as Qt expects."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose, ConsentRecord
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import CheckinPair, ContactDetails
from safespace_desktop.services.roster_csv import PreviewRow, RowError
from safespace_desktop.ui.item_models.columns import ObjectRole
from safespace_desktop.ui.members.consent_model import COL_ENDED, COL_PURPOSE, ConsentLogModel
from safespace_desktop.ui.members.dialogs.roster_import import (
    COL_CONSENT,
    COL_CONTACT,
    COL_PROBLEMS,
    ImportPreviewModel,
)
from safespace_desktop.ui.pairs.model import (
    COL_FIRST,
    COL_SECOND,
    COL_SINCE,
    PairTableModel,
)

pytestmark = pytest.mark.gui


def test_consent_log_model(qtmodeltester) -> None:
    older = ConsentRecord(
        "c1",
        "m1",
        ConsentPurpose.CONTACT_BETWEEN_MEETINGS,
        1,
        date(2026, 1, 5),
        ConsentMethod.IN_PERSON,
        withdrawn_on=date(2026, 2, 1),
    )
    newer = ConsentRecord(
        "c2", "m1", ConsentPurpose.CHECKIN_PAIRING, 2, date(2026, 3, 1), ConsentMethod.ON_PAPER
    )
    model = ConsentLogModel()
    model.set_records([older, newer])
    qtmodeltester.check(model)
    assert model.records() == [newer, older]
    assert model.headerData(COL_PURPOSE, Qt.Orientation.Horizontal) == "Purpose"
    assert model.index(0, COL_PURPOSE).data() == "Check-in pairs\nwording version 2"
    assert model.index(0, COL_ENDED).data() == "Still given"
    assert (
        model.index(1, COL_ENDED)
        .data(Qt.ItemDataRole.AccessibleTextRole)
        .startswith("Withdrawn on")
    )
    assert model.index(1, 0).data(ObjectRole) is older


def test_pair_table_model(qtmodeltester) -> None:
    pair = CheckinPair("p1", ("m2", "m1"), ("sam", "alex"), date(2026, 4, 2))
    model = PairTableModel()
    model.set_pairs([pair], {"m2": "Sam"})
    qtmodeltester.check(model)
    assert model.headerData(COL_SECOND, Qt.Orientation.Horizontal) == "Checks in with"
    assert model.index(0, COL_FIRST).data() == "alex"
    assert model.index(0, COL_SECOND).data() == "Sam"
    assert model.index(0, COL_SINCE).data()
    assert model.pair_at(0) is pair
    assert model.pair_at(1) is None


def test_import_preview_model(qtmodeltester) -> None:
    good = PreviewRow(2, MemberDraft("Alex"), ContactDetails(phone="0700 900 123"), True)
    bad = PreviewRow(
        3, MemberDraft(""), ContactDetails(), False, (RowError(3, "name", "required"),)
    )
    model = ImportPreviewModel()
    model.set_rows((good, bad))
    qtmodeltester.check(model)
    assert model.columnCount() == 6
    assert model.index(0, COL_CONTACT).data() == "0700 900 123"
    assert model.index(0, COL_CONSENT).data() == "Yes"
    assert model.index(0, COL_PROBLEMS).data() == "Ready"
    assert model.index(1, COL_PROBLEMS).data(Qt.ItemDataRole.ToolTipRole) == (
        "⚠ No name: every row needs a first name or alias."
    )
    assert model.index(1, COL_CONTACT).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.row_at(1) is bad


def test_two_people_of_the_same_name_are_told_apart_in_words() -> None:
    from safespace_desktop.core.model import Member
    from safespace_desktop.core.roster import TellApart
    from safespace_desktop.ui.members.table_model import display_name

    alex = Member("1", "Alex", disambiguation=TellApart("he/him", date(2027, 3, 1), 2))
    assert display_name(alex) == "Alex (he/him, joined Mar 2027, no. 2)"
    assert display_name(Member("2", "Alex", disambiguation=TellApart(number=3))) == "Alex (no. 3)"
    assert display_name(Member("3", "Bea")) == "Bea"
