"""A change read back into the Members page brings everyone's name hints with it
(issue 15): the GUI thread does not work them out again for the whole roster."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.members import controller as controller_module
from safespace_desktop.ui.members.table_model import COL_NAME
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui.roster_gui import open_members_page, session_context, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


def names(page: MembersView) -> list[str]:
    proxy = page.controller.proxy  # type: ignore[attr-defined]
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_a_rename_elsewhere_brings_the_hints(qtbot, context, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = MembersService(vault)
    alex = service.add_member(MemberDraft("Alex", "he/him"))
    sam = service.add_member(MemberDraft("Sam", "they/them"))
    page = open_members_page(qtbot, context)
    assert names(page) == ["Alex", "Sam"]

    on_gui: list[int] = []
    real = controller_module.disambiguate

    def watched(members: list[Member], **kwargs: object) -> list[Member]:
        if threading.current_thread() is threading.main_thread():
            on_gui.append(len(members))
        return real(members, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(controller_module, "disambiguate", watched)
    service.update_member(sam.id, MemberDraft("Alex", "they/them"))  # another page
    page.controller.refresh_rows({sam.id})  # type: ignore[attr-defined]
    settle(qtbot)
    assert names(page) == ["Alex (he/him, joined Jan 2027)", "Alex (they/them, joined Jan 2027)"]

    service.update_member(alex.id, MemberDraft("Ali", "he/him"))
    page.controller.refresh_rows({alex.id})  # type: ignore[attr-defined]
    settle(qtbot)
    assert names(page) == ["Alex", "Ali"]  # the other Alex's hint went with the name
    assert on_gui == []
