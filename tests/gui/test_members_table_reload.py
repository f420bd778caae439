"""A reload of the roster table is one pass over the rows (issue 15: Members at M).

The proxy hands the model the roster already in the shown order, so the model's reset
is the only time every row is filtered; sorting after it would map and filter all of
them again.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import MemberStatus
from safespace_desktop.ui.members.table_model import COL_NAME, MemberFilterProxy, MemberTableModel

pytestmark = pytest.mark.gui


def person(member_id: str, name: str, *, left: bool = False) -> Member:
    return Member(
        member_id,
        name,
        archived=left,
        status=MemberStatus.LEFT if left else MemberStatus.ACTIVE,
        joined_on=date(2026, 1, 5),
    )


class CountingProxy(MemberFilterProxy):
    def __init__(self) -> None:
        super().__init__()
        self.filtered = 0

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # type: ignore[no-untyped-def]
        self.filtered += 1
        return super().filterAcceptsRow(source_row, source_parent)


def shown(proxy: MemberFilterProxy) -> list[str]:
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_a_reload_is_shown_in_order_after_one_pass(qapp: object) -> None:
    model, proxy = MemberTableModel(), CountingProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    roster = [person("3", "cleo"), person("1", "Ana"), person("2", "Bo", left=True)]
    roster += [person(f"x{i}", f"Zed {i:02}") for i in range(20)]

    proxy.replace_all(roster)
    assert shown(proxy)[:2] == ["Ana", "cleo"] and "Bo" not in shown(proxy)
    assert proxy.filtered == len(roster)  # the reset's pass only

    proxy.set_show_archived(True)
    assert shown(proxy)[:3] == ["Ana", "Bo", "cleo"]
    proxy.set_query("ZED 1")
    assert shown(proxy) == [f"Zed {i}" for i in range(10, 20)]
    proxy.set_query("")
    proxy.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    proxy.replace_all(list(reversed(roster)))
    assert shown(proxy)[-3:] == ["cleo", "Bo", "Ana"]
    assert [m.id for m in model.members()][-1] == "1"
