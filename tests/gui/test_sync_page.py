"""Workflow W9 through the Sync page on two data folders (issue 12): facilitator A
exports; B previews "3 new, 2 changed, 1 conflict", applies, the conflicting record
keeps both versions, the import is logged and can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.members import MembersService
from safespace_desktop.ui.sync import sync_page
from safespace_desktop.ui.sync.view import SyncView
from tests.gui.roster_gui import BoxAnswer, click, session_context, settle, show, unnamed_buttons
from tests.unit.sync.helpers import Replica, first_pc, join, state_of

pytestmark = pytest.mark.gui


def _page(qtbot: QtBot, context: object) -> SyncView:
    page = sync_page(context)  # type: ignore[arg-type]
    show(qtbot, page)
    settle(qtbot)
    return page


def test_w9_export_preview_apply_and_undo(qtbot: QtBot, tmp_path: Path) -> None:
    a = first_pc(tmp_path / "pc-a")
    b = join(a, tmp_path / "pc-b", "B")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        roster_a = MembersService(a.vault)
        base = [roster_a.add_member(MemberDraft(name=f"Member {i}", note="base")) for i in range(3)]
        a.sync.export_to(stick / "first.ssbundle")
        b.sync.import_bundle(b.sync.read(stick / "first.ssbundle"))
        (stick / "first.ssbundle").unlink()
        for name in ("Ana", "Ben", "Cleo"):
            roster_a.add_member(MemberDraft(name=name))
        for member, new_name in zip(
            base[:2], ("Member 0 renamed", "Member 1 renamed"), strict=True
        ):
            roster_a.update_member(member.id, MemberDraft(name=new_name, note="base"))
        third = base[2]
        roster_a.update_member(third.id, MemberDraft(name=third.name, note="A's note"))
        b.clock.advance(5)
        MembersService(b.vault).update_member(
            third.id, MemberDraft(name=third.name, note="B's note")
        )

        with session_context(a.vault) as context_a:
            page_a = _page(qtbot, context_a)
            assert unnamed_buttons(page_a) == []
            page_a.controller.choose_export_folder = lambda: stick  # type: ignore[union-attr]
            click(qtbot, page_a.export_button)
            qtbot.waitUntil(lambda: "safe to remove" in page_a.export_status.text(), timeout=10000)
        exported = list(stick.glob("*.ssbundle"))
        assert len(exported) == 1 and not list(stick.glob(".*"))  # no temporary left behind

        with session_context(b.vault) as context_b:
            page_b = _page(qtbot, context_b)
            page_b.controller.choose_import_file = lambda: exported[0]  # type: ignore[union-attr]
            click(qtbot, page_b.import_button)
            qtbot.waitUntil(page_b.preview_frame.isVisible, timeout=10000)
            assert page_b.preview_summary.text().startswith("3 new, 2 changed, 1 conflict")
            rows = [page_b.preview_list.item(i).text() for i in range(page_b.preview_list.count())]
            assert any("Ana" in row for row in rows) and any(third.name in row for row in rows)
            assert len(MembersService(b.vault).list_members()) == 3  # nothing applied yet
            click(qtbot, page_b.apply_button)
            qtbot.waitUntil(lambda: page_b.log_list.count() == 2, timeout=10000)
            assert len(MembersService(b.vault).list_members()) == 6
            state = state_of(Replica("B", b.vault, b.clock), third.id)
            assert state is not None and {v.value for v in state.fields["note"]} == {
                "A's note",
                "B's note",
            }
            assert page_b.undo_button.isEnabled()
            answer = BoxAnswer("Undo the import")
            click(qtbot, page_b.undo_button)
            qtbot.waitUntil(lambda: "undone" in page_b.import_status.text(), timeout=10000)
            assert answer.clicked
            assert len(MembersService(b.vault).list_members()) == 3
    finally:
        a.vault.close()
        b.vault.close()


def test_a_join_kit_made_on_the_sync_page_lets_a_new_pc_join(qtbot: QtBot, tmp_path: Path) -> None:
    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
    from safespace_desktop.services.sync.joinkit import join_from_kit
    from safespace_desktop.ui.sync.join_kit_dialog import JoinKitDialog

    a = first_pc(tmp_path / "pc-a")
    MembersService(a.vault).add_member(MemberDraft(name="Alex"))
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        with session_context(a.vault) as context:
            page = _page(qtbot, context)
            controller = page.controller
            controller.choose_export_folder = lambda: stick  # type: ignore[union-attr]
            click(qtbot, page.join_kit_button)
            dialog = controller.join_kit_dialog  # type: ignore[union-attr]
            assert isinstance(dialog, JoinKitDialog)
            assert not dialog.ok_button.isEnabled()
            qtbot.keyClicks(dialog.name_edit, "Sam's laptop")
            secret = "juniper window candle autumn"
            qtbot.keyClicks(dialog.new_passphrase.passphrase.edit, secret)
            qtbot.keyClicks(dialog.new_passphrase.confirm.edit, secret)
            assert dialog.ok_button.isEnabled()
            click(qtbot, dialog.ok_button)
            qtbot.waitUntil(lambda: "Join kit saved" in page.export_status.text(), timeout=10000)
        kit = stick / "safespace-join-kit.ssjoin"
        vault, _account = join_from_kit(
            tmp_path / "pc-b" / "group.ssvault",
            kit.read_bytes(),
            handle="sam",
            secret=secret,
            params=FAST_TEST_PROFILE,
            clock=a.clock,
        )
        try:
            assert [m.name for m in MembersService(vault).list_members()] == ["Alex"]
        finally:
            vault.close()
    finally:
        a.vault.close()


def test_a_new_pc_joins_from_the_welcome_screens_join_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
    from safespace_desktop.paths import AppPaths
    from safespace_desktop.services.directory import VaultDirectory
    from safespace_desktop.services.sync.joinkit import make_join_kit
    from safespace_desktop.ui.runtime.tasks import TaskRunner
    from safespace_desktop.ui.screens.welcome import WelcomeScreen
    from safespace_desktop.ui.sync.join_group_dialog import JoinGroupDialog
    from tests.gui.test_account_pages import confirm_recovery_code

    welcome = WelcomeScreen()
    qtbot.addWidget(welcome)
    with qtbot.waitSignal(welcome.join_requested, timeout=2000):
        welcome.join_button.click()
    assert welcome.join_button.accessibleName() == "Join a group from a join kit"

    a = first_pc(tmp_path / "pc-a")
    MembersService(a.vault).add_member(MemberDraft(name="Alex"))
    kit = tmp_path / "sam.ssjoin"
    make_join_kit(a.vault, kit, "juniper window candle autumn", device_name="Sam's laptop")
    a.vault.close()
    runner = TaskRunner()
    directory = VaultDirectory(AppPaths.portable(tmp_path / "pc-b"), clock=a.clock)
    directory.paths.vaults_dir.mkdir(parents=True, exist_ok=True)
    dialog = JoinGroupDialog(directory, runner, lambda progress=None: FAST_TEST_PROFILE)
    qtbot.addWidget(dialog)
    joined: list[object] = []
    dialog.joined.connect(lambda vault, _account: joined.append(vault))
    try:
        dialog.choose_kit = lambda: kit
        dialog.show()
        assert not dialog.ok_button.isEnabled()
        click(qtbot, dialog.kit_button)
        qtbot.keyClicks(dialog.handle_edit, "sam")
        qtbot.keyClicks(dialog.passphrase.edit, "not the kit passphrase at all")
        click(qtbot, dialog.ok_button)
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10000)
        assert "passphrase" in dialog.message.text().lower()
        assert directory.list_vaults() == []  # a wrong passphrase leaves nothing behind
        dialog.passphrase.edit.clear()
        qtbot.keyClicks(dialog.passphrase.edit, "juniper window candle autumn")
        click(qtbot, dialog.ok_button)
        qtbot.waitUntil(lambda: dialog.recovery_dialog is not None, timeout=10000)
        assert dialog.recovery_dialog is not None
        confirm_recovery_code(qtbot, dialog.recovery_dialog)
        qtbot.waitUntil(lambda: bool(joined), timeout=5000)
        vault = joined[0]
        assert [m.name for m in MembersService(vault).list_members()] == ["Alex"]  # type: ignore[arg-type]
        vault.close()  # type: ignore[attr-defined]
    finally:
        runner.shutdown()
