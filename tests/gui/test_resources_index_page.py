"""The Coping resources pages read the sealed list-and-search index (issue 15): they list
the same rows in the same order as opening every row, show a resource changed behind the
index with its new title, and a member's page never lists a facilitators-only title."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.resources.model import Audience, ResourceDraft
from safespace_desktop.core.resources.search import Filters, ResourceIndex, SortBy
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.services.resources import index as resource_index
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.member_resources import member_resources_page
from safespace_desktop.ui.resources import resources_page
from safespace_desktop.ui.resources.model import ID_ROLE
from safespace_desktop.ui.session.context import SessionContext
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.journal_helpers import add_member
from tests.unit.test_resource_index import _draft, _slow

pytestmark = pytest.mark.gui
MakeContext = Callable[..., SessionContext]


def shown_ids(list_view: QListView) -> list[str]:
    model = list_view.model()
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def shown_titles(list_view: QListView) -> list[str]:
    model = list_view.model()
    return [model.index(r, 0).data().split(" · ")[0] for r in range(model.rowCount())]


def test_the_page_lists_the_same_rows_in_the_same_order_as_opening_every_row(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    rng = random.Random(7)
    added = [service.add(_draft(rng, step)) for step in range(30)]
    service.mark_checked(added[3].id, date(2026, 1, 2))
    service.delete(added[5].id)
    resource_index._CACHE.clear()  # the page decodes the stored index, as after unlock
    page = resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    slow = ResourceIndex(_slow(vault))
    expected = [r.id for r in slow.search(Filters())]
    qtbot.waitUntil(lambda: shown_ids(page.list) == expected, timeout=5000)
    sort = page.filters.sort_box
    sort.setCurrentIndex(sort.findData(SortBy.LAST_CHECKED.value))
    assert shown_ids(page.list) == [r.id for r in slow.search(Filters(sort=SortBy.LAST_CHECKED))]
    page.filters.search_edit.setText("kettle")
    assert shown_ids(page.list) == [
        r.id for r in slow.search(Filters("kettle", sort=SortBy.LAST_CHECKED))
    ]


def test_a_resource_changed_behind_the_index_shows_its_new_title(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    handout = ResourcesService(vault).add(ResourceDraft("Breathing handout", body="Slow."))
    context = make_context()
    page = resources_page(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: shown_titles(page.list) == ["Breathing handout"], timeout=5000)
    # Another unit of work writes the row without the index, as a sync import does.
    with store.transaction(vault) as (db, keyring, _principal):
        repo = db.group.resources_shared
        record = repo.get(db, keyring, handout.id)
        assert record is not None
        store.write(
            vault, db, repo, keyring.commons_key, handout.id, record.state, {"title": "Breathe"}
        )
    context.changes.publish(ChangeSet.kinds(RecordKind.RESOURCE))
    qtbot.waitUntil(lambda: shown_titles(page.list) == ["Breathe"], timeout=5000)


def test_a_members_page_never_lists_facilitators_only_titles(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    service.add(ResourceDraft("Sleep tips", body="A wind-down hour."))
    service.add(ResourceDraft("Debrief notes", body="Lighthouse.", audience=Audience.FACILITATORS))
    assert len(service.load_library().resources) == 2  # both indexes written
    add_member(vault, "sam")
    page = member_resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: shown_titles(page.list) == ["Sleep tips"], timeout=5000)
    page.filters.search_edit.setText("lighthouse")
    assert shown_titles(page.list) == []
