"""Export my journal / Import a journal backup, from My account, like a person would.

- (a) A private backup file: the passphrase is typed twice, the sealing runs on the
  worker thread, the file is saved where the person chooses; imported into another
  vault by another account it brings every entry and the safety plan. A wrong
  passphrase, a damaged file and a foreign file are explained kindly and change nothing.
- (b) A readable copy: written only after the "NOT encrypted" warning is accepted;
  cancelling writes nothing. Markdown holds the chosen dates only; a PDF starts with
  %PDF and no other file appears next to it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.model import JournalEntryInput, SafetyPlan
from safespace_desktop.crypto import journal_file
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.account import account_page as build_account_page
from safespace_desktop.ui.account.view import AccountView
from safespace_desktop.ui.journal import journal_page as make_journal_page
from safespace_desktop.ui.journal.export_dialog import JournalExportDialog
from safespace_desktop.ui.journal.import_dialog import JournalImportDialog
from safespace_desktop.ui.session.context import SessionContext
from tests.unit.journal_helpers import add_member, facilitator, today

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
FILE_PASS = "a separate passphrase for my backup"
ASH_PASS = "ash has yet another passphrase"
MakeContext = Callable[[Vault], SessionContext]


@pytest.fixture
def second_vault(tmp_path: Path, clock: ManualClock) -> Iterator[Vault]:
    created, _account = Vault.create(
        tmp_path / "pc2" / "other.ssvault",
        label="Thursday group",
        group_name="Hillside",
        handle="ash",
        passphrase_text=ASH_PASS,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    yield created
    created.close()


def member_on_second_vault(vault: Vault, handle: str) -> None:
    vault.unlock("ash", ASH_PASS)
    invitation = vault.invite_member()
    vault.claim_invitation(
        invitation.code, handle, f"{handle} keeps a long passphrase here", exact_handle=True
    )


def account_page(qtbot: QtBot, context: SessionContext) -> AccountView:
    page = build_account_page(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


KEEP: list[QWidget] = []  # the pages stay alive while their dialogs are driven


@pytest.fixture(autouse=True)
def _release_pages() -> Iterator[None]:
    yield
    KEEP.clear()


def open_export(qtbot: QtBot, context: SessionContext) -> JournalExportDialog:
    page = account_page(qtbot, context)
    KEEP.append(page)
    qtbot.mouseClick(page.export_button, LEFT)
    (dialog,) = page.findChildren(JournalExportDialog)
    assert dialog.isVisible()
    return dialog


def open_import(qtbot: QtBot, context: SessionContext) -> JournalImportDialog:
    page = account_page(qtbot, context)
    KEEP.append(page)
    qtbot.mouseClick(page.import_button, LEFT)
    (dialog,) = page.findChildren(JournalImportDialog)
    assert dialog.isVisible()
    return dialog


def assert_buttons_named(widget: QWidget) -> None:
    for button in widget.findChildren(QAbstractButton):
        assert button.text().strip() or button.accessibleName().strip(), button


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path | None, asked: list[str]) -> None:
    def fake(_parent: QWidget, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def open_from(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def answer_warning(monkeypatch: pytest.MonkeyPatch, button_text: str, seen: list[str]) -> None:
    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return 0
        raise AssertionError(f"no button {button_text!r}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def click_choice(qtbot: QtBot, radio: QAbstractButton) -> None:
    """Click a choice on its circle, as a person would (the row is wider than its text)."""
    qtbot.mouseClick(
        radio, LEFT, pos=QPoint(radio.fontMetrics().height() // 2 + 2, radio.height() // 2)
    )


def make_backup(
    qtbot: QtBot, dialog: JournalExportDialog, monkeypatch: pytest.MonkeyPatch, target: Path
) -> Path:
    assert dialog.backup_radio.isChecked()  # the private backup is the default
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.file_passphrase.passphrase.edit, FILE_PASS)
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.file_passphrase.confirm.edit, FILE_PASS)
    assert dialog.export_button.isEnabled()
    asked: list[str] = []
    save_to(monkeypatch, target, asked)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10000)
    assert asked and asked[0].endswith(".ssjournal")
    assert dialog.saved_path is not None
    return dialog.saved_path


# --------------------------------------------------------------------------- (a) backup
def test_backup_then_import_on_another_vault_round_trips(
    qtbot: QtBot,
    vault: Vault,
    second_vault: Vault,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marker = secrets.token_hex(8)
    add_member(vault, "sam")
    journal = JournalService(vault)
    journal.add(JournalEntryInput(f"First {marker}", title="One", mood=2, tags=("work",)))
    journal.add(JournalEntryInput("Second é ✓", feelings=("calm",), starred=True))
    journal.add(JournalEntryInput("Third", entry_date=today(vault) - timedelta(days=40)))
    SafetyPlanService(vault).save(SafetyPlan(reasons_for_living=("My dog",)))
    original = journal.list_entries()

    dialog = open_export(qtbot, make_context(vault))
    assert_buttons_named(dialog)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    saved = make_backup(qtbot, dialog, monkeypatch, stick / "sam-backup")
    assert saved == stick / "sam-backup.ssjournal"
    data = saved.read_bytes()
    assert data.startswith(journal_file.MAGIC)
    assert marker.encode() not in data and "é ✓".encode() not in data
    assert sorted(p.name for p in stick.iterdir()) == ["sam-backup.ssjournal"]
    assert "sam-backup.ssjournal" in dialog.message.text()
    assert dialog.file_passphrase.text() == ""  # forgotten once used

    # On the other PC, another account imports it.
    member_on_second_vault(second_vault, "sam2")
    context2 = make_context(second_vault)
    journal_page = make_journal_page(context2)  # open alongside, as in the real workspace
    qtbot.addWidget(journal_page)
    dialog2 = open_import(qtbot, context2)
    assert_buttons_named(dialog2)
    assert not dialog2.import_button.isEnabled()
    open_from(monkeypatch, saved)
    qtbot.mouseClick(dialog2.choose_button, LEFT)
    assert dialog2.file_edit.text() == str(saved)

    # A wrong passphrase first: explained, nothing changes.
    qtbot.keyClicks(dialog2.passphrase.edit, "not the right passphrase at all")
    qtbot.mouseClick(dialog2.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog2.message.isVisible(), timeout=10000)
    assert "doesn't open this file" in dialog2.message.text()
    assert "Nothing in your journal was changed." in dialog2.message.text()
    assert dialog2.passphrase.text() == ""
    assert JournalService(second_vault).list_entries() == []

    qtbot.keyClicks(dialog2.passphrase.edit, FILE_PASS)
    qtbot.keyClick(dialog2.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog2.imported is not None, timeout=10000)
    assert dialog2.message.text() == "Done: 3 entries added or updated."
    # The journal page hears about the import: it catches up when it is next shown.
    assert journal_page.entries.model.rowCount() == 0
    journal_page.show()
    qtbot.waitUntil(lambda: journal_page.entries.model.rowCount() == 3, timeout=3000)
    arrived = JournalService(second_vault).list_entries()
    assert [
        (e.body, e.title, e.mood, e.tags, e.feelings, e.starred, e.entry_date) for e in arrived
    ] == [(e.body, e.title, e.mood, e.tags, e.feelings, e.starred, e.entry_date) for e in original]
    assert SafetyPlanService(second_vault).get().reasons_for_living == ("My dog",)

    # The same file again changes nothing.
    qtbot.keyClicks(dialog2.passphrase.edit, FILE_PASS)
    qtbot.mouseClick(dialog2.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog2.imported == 0, timeout=10000)
    assert "already had everything" in dialog2.message.text()


def test_damaged_and_foreign_files_are_refused_kindly(
    qtbot: QtBot,
    vault: Vault,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("Mine"))
    saved = make_backup(qtbot, open_export(qtbot, make_context(vault)), monkeypatch, tmp_path / "b")
    damaged = tmp_path / "damaged.ssjournal"
    data = bytearray(saved.read_bytes())
    data[-5] ^= 0x01
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "holiday.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0" + bytes(300))
    before = JournalService(vault).list_entries()

    dialog = open_import(qtbot, make_context(vault))
    for path in (damaged, foreign):
        open_from(monkeypatch, path)
        qtbot.mouseClick(dialog.choose_button, LEFT)
        dialog.message.clear()
        qtbot.keyClicks(dialog.passphrase.edit, FILE_PASS)
        qtbot.mouseClick(dialog.import_button, LEFT)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10000)
        text = dialog.message.text()
        assert "may be damaged, or it may not be a SafeSpace journal backup" in text
        assert "Nothing in your journal was changed." in text
        assert "Something went wrong" not in text
    assert JournalService(vault).list_entries() == before


def test_backup_passphrase_must_meet_the_policy(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    add_member(vault, "sam")
    dialog = open_export(qtbot, make_context(vault))
    qtbot.keyClicks(dialog.file_passphrase.passphrase.edit, "too short")
    qtbot.keyClicks(dialog.file_passphrase.confirm.edit, "too short")
    assert not dialog.export_button.isEnabled()
    assert "this has 9" in dialog.file_passphrase.feedback.text()


# --------------------------------------------------------------------------- (b) readable
def test_readable_markdown_only_after_the_warning(
    qtbot: QtBot,
    vault: Vault,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    day = today(vault)
    journal.add(
        JournalEntryInput(
            "Recent thoughts", title="Recent", entry_date=day - timedelta(days=3), mood=2
        )
    )
    journal.add(JournalEntryInput("Old thoughts", title="Old", entry_date=day - timedelta(days=60)))
    dialog = open_export(qtbot, make_context(vault))
    click_choice(qtbot, dialog.readable_radio)
    assert dialog.readable_panel.isVisible() and not dialog.backup_panel.isVisible()
    assert "NOT encrypted" in " ".join(
        label.text() for label in dialog.readable_warning.findChildren(type(dialog.message))
    )
    qtbot.waitUntil(lambda: dialog.count_label.text() == "1 entry between these dates.")
    # (the last 4 weeks)
    assert dialog.export_button.isEnabled()
    assert_buttons_named(dialog)
    stick = tmp_path / "stick"
    stick.mkdir()

    # Cancelled at the warning: no file dialog, nothing written.
    seen: list[str] = []
    asked: list[str] = []
    answer_warning(monkeypatch, "Cancel", seen)
    save_to(monkeypatch, stick / "journal.md", asked)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert len(seen) == 1 and "NOT encrypted" in seen[0]
    assert asked == []
    assert list(stick.iterdir()) == []
    assert dialog.message.text() == "Nothing was saved."

    # Cancelled at the file dialog: nothing written either.
    answer_warning(monkeypatch, "Save the readable copy", seen)
    save_to(monkeypatch, None, asked)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert list(stick.iterdir()) == []

    # Accepted: the Markdown holds the chosen dates only.
    save_to(monkeypatch, stick / "journal", asked)
    qtbot.mouseClick(dialog.export_button, LEFT)
    target = stick / "journal.md"
    qtbot.waitUntil(target.exists, timeout=5000)
    assert sorted(p.name for p in stick.iterdir()) == ["journal.md"]
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# My journal")
    assert "Recent thoughts" in text and "Old thoughts" not in text
    assert "NOT encrypted" in text
    assert dialog.saved_path == target
    assert "not encrypted" in dialog.message.text()


def test_readable_pdf_is_made_in_memory(
    qtbot: QtBot,
    vault: Vault,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    day = today(vault)
    for n in range(12):
        journal.add(
            JournalEntryInput(
                f"Entry {n}\n\n" + "A line of text. " * 80, entry_date=day - timedelta(days=n)
            )
        )
    # Typed Markdown must not make the export read anything from disk.
    secret_file = tmp_path / "elsewhere.png"
    picture = QImage(40, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 30, 30))
    assert picture.save(str(secret_file))
    journal.add(
        JournalEntryInput(f"![x]({secret_file.as_uri()}) <img src='{secret_file}'>", entry_date=day)
    )
    dialog = open_export(qtbot, make_context(vault))
    click_choice(qtbot, dialog.readable_radio)
    qtbot.mouseClick(dialog.pdf_radio, LEFT)
    seen: list[str] = []
    asked: list[str] = []
    answer_warning(monkeypatch, "Save the readable copy", seen)
    stick = tmp_path / "stick"
    stick.mkdir()
    save_to(monkeypatch, stick / "for-my-counsellor", asked)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10000)
    assert asked and asked[0].endswith(".pdf")
    assert sorted(p.name for p in stick.iterdir()) == ["for-my-counsellor.pdf"]
    pdf = (stick / "for-my-counsellor.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert b"/Width 40" not in pdf  # the picture on disk was not pulled in
    assert len(seen) == 1


def test_a_facilitator_has_the_journal_section_too(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    facilitator(vault)
    page = account_page(qtbot, make_context(vault))
    assert page.export_button.isVisible() and page.import_button.isVisible()
    assert_buttons_named(page)
