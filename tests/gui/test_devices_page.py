"""The facilitators-and-devices page (issue #12): Revoke… explains what happens, asks,
and moves the group to a new key epoch only when confirmed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from safespace_desktop.services.sync.joinkit import make_join_kit
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


def test_removing_a_computer_and_passing_on_the_key(
    qtbot: QtBot,
    context: SessionContext,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    make_join_kit(vault, tmp_path / "kit.ssjoin", SKY_PASS, device_name="Sky's laptop")
    answers: list[str] = []

    def fake_ask(_parent, title, _text, _confirm, **_kw) -> bool:  # type: ignore[no-untyped-def]
        answers.append(title)
        return True

    monkeypatch.setattr(devices_controller, "ask", fake_ask)
    page = open_page(qtbot, context)
    qtbot.waitUntil(lambda: page.device_list.count() == 2)
    row = next(
        i
        for i in range(page.device_list.count())
        if page.device_list.item(i).text().startswith("Sky's laptop")
    )
    page.device_list.setCurrentRow(row)
    qtbot.keyClick(page.revoke_device_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "group now uses key number 1" in page.message.text())
    qtbot.waitUntil(lambda: "sync files are refused" in page.device_list.item(row).text())
    assert vault.keyring_for_tests().current_epoch == 1

    key_file = tmp_path / "group-key.sskeys"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(key_file), ""))
    )
    qtbot.mouseClick(page.save_keys_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "key file was saved" in page.message.text())
    assert key_file.exists() and b"Sky" not in key_file.read_bytes()

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(key_file), ""))
    )
    qtbot.mouseClick(page.open_keys_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already had this key" in page.message.text())
    assert answers[-1] == "Use the new group key?"
