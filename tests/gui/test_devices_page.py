"""The facilitators-and-devices page (issue #12): Revoke… explains what happens, asks,
and moves the group to a new key epoch only when confirmed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.devices import controller as devices_controller
from safespace_desktop.ui.devices import devices_page
from safespace_desktop.ui.devices.view import DevicesView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui.roster_gui import session_context, show

pytestmark = pytest.mark.gui
SKY_PASS = "copper willow tundra lagoon"


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    vault.add_facilitator("sky", SKY_PASS)
    with session_context(vault) as made:
        yield made


def open_page(qtbot: QtBot, context: SessionContext) -> DevicesView:
    page = devices_page(context)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.list.count() == 2)
    return page


def choose(page: DevicesView, handle: str) -> None:
    row = next(i for i in range(page.list.count()) if page.list.item(i).text().startswith(handle))
    page.list.setCurrentRow(row)


def test_revoking_asks_first_and_explains(
    qtbot: QtBot, context: SessionContext, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [False]

    def fake_ask(_parent, _title, text, _confirm, **_kw) -> bool:  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(devices_controller, "ask", fake_ask)
    page = open_page(qtbot, context)
    choose(page, "sky")
    qtbot.keyClick(page.revoke_button, Qt.Key.Key_Space)
    assert asked and "new key" in asked[0] and "cannot be undone" in asked[0]
    assert vault.keyring_for_tests().current_epoch == 0  # declined: nothing changed

    answer[0] = True
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was removed" in page.message.text())
    assert vault.keyring_for_tests().current_epoch == 1
    qtbot.waitUntil(
        lambda: any(
            "removed from the group" in page.list.item(i).text() for i in range(page.list.count())
        )
    )


def test_you_cannot_revoke_yourself(qtbot: QtBot, context: SessionContext, vault: Vault) -> None:
    page = open_page(qtbot, context)
    choose(page, "robin")
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert "can't remove yourself" in page.message.text()
    assert vault.keyring_for_tests().current_epoch == 0
