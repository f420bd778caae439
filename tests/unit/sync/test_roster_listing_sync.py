"""A sync import changes roster rows behind the session's cached listing (issue 15):
the next read of the roster shows what came in, hints included."""

from __future__ import annotations

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import TellApart
from safespace_desktop.services.members import MembersService
from tests.unit.sync.helpers import Replica, delete, new_id, put, send


def test_an_import_shows_on_the_next_read(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    sam, sam_again = new_id(), new_id()
    put(a, sam, name="Sam", status="active")
    send(a, b)
    on_b = MembersService(b.vault)
    first = on_b.list_members()
    assert [m.name for m in first] == ["Sam"] and first[0].disambiguation == TellApart()
    local = on_b.add_member(MemberDraft("Robin"))

    put(a, sam_again, name="Sam", pronouns="they/them", status="active")
    put(a, sam, name="Sam", pronouns="she/her")
    send(a, b)
    shown = {m.id: m for m in on_b.list_members()}
    assert set(shown) == {sam, sam_again, local.id}
    assert shown[sam].pronouns == "she/her"
    assert shown[sam].disambiguation and shown[sam_again].disambiguation

    delete(a, sam_again)
    send(a, b)
    shown = {m.id: m for m in on_b.list_members()}
    assert set(shown) == {sam, local.id} and shown[sam].disambiguation == TellApart()
