"""The attachments panel driven like a person (issue 11): add a text file and a picture
through the file dialog, see them listed, show each inside the app, save a copy only
after the warning, remove one; a damaged attachment says so and shows nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog
from pytestqt.qtbot import QtBot

from safespace_desktop.services.attachments import AttachmentScope, AttachmentsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.attachments import AttachmentsPanel
from safespace_desktop.ui.attachments import controller as attachments_controller
from safespace_desktop.ui.session.context import SessionContext
from tests.unit.attachment_helpers import chunk_rows, png_bytes, set_chunk

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NOTE_TEXT = "Five things you can see.\nFour things you can hear.\n"


def _panel(
    qtbot: QtBot, context: SessionContext, *, editable: bool = True, owner: str = "resource-1"
) -> AttachmentsPanel:
    panel = AttachmentsPanel(context, owner, AttachmentScope.MEMBERS, editable)
    qtbot.addWidget(panel)
    panel.resize(600, 700)
    panel.show()
    return panel


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str]) -> None:
    def fake(_parent: object, _title: str, folder: str, _filter: str = "") -> tuple[str, str]:
        seen.append(folder)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))


def _row_texts(panel: AttachmentsPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def _select(panel: AttachmentsPanel, name: str) -> None:
    row = next(i for i, text in enumerate(_row_texts(panel)) if text.startswith(name))
    panel.list.setCurrentRow(row)


def test_adding_a_text_file_and_a_picture_and_showing_them(
    qtbot: QtBot,
    vault: Vault,
    make_context: Callable[..., SessionContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    note = tmp_path / "grounding.txt"
    note.write_text(NOTE_TEXT, encoding="utf-8")
    picture = tmp_path / "calm place.png"
    picture.write_bytes(png_bytes(4, 3))
    panel = _panel(qtbot, make_context())
    qtbot.waitUntil(lambda: panel.empty_label.isVisible())
    for button in panel.findChildren(QAbstractButton):
        assert button.accessibleName().strip(), button.objectName()

    folders: list[str] = []
    _choose_file(monkeypatch, note, folders)
    qtbot.mouseClick(panel.add_button, LEFT)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    _choose_file(monkeypatch, picture, folders)
    qtbot.mouseClick(panel.add_button, LEFT)
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert folders and all(Path(f).is_dir() for f in folders)  # started somewhere sensible
    texts = _row_texts(panel)
    assert texts[0].startswith("calm place.png — PNG picture")
    assert texts[1].startswith("grounding.txt — Text")
    assert "attached" in panel.message.text()

    _select(panel, "grounding.txt")
    qtbot.mouseClick(panel.show_button, LEFT)
    qtbot.waitUntil(lambda: panel.viewer_box.isVisible() and bool(panel.text_view.toPlainText()))
    assert panel.text_view.toPlainText() == NOTE_TEXT
    assert panel.text_view.isReadOnly()

    _select(panel, "calm place.png")
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.image_label.pixmap() is not None and not panel.image_label.pixmap().isNull()
    )
    assert (panel.image_label.pixmap().width(), panel.image_label.pixmap().height()) == (4, 3)
    assert panel.text_view.toPlainText() == ""

    qtbot.mouseClick(panel.close_viewer_button, LEFT)
    assert not panel.viewer_box.isVisible()


def test_save_a_copy_only_after_the_warning_then_remove(
    qtbot: QtBot,
    vault: Vault,
    make_context: Callable[..., SessionContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    note = tmp_path / "plan.txt"
    note.write_text(NOTE_TEXT, encoding="utf-8")
    AttachmentsService(vault).add("resource-1", AttachmentScope.MEMBERS, note)
    panel = _panel(qtbot, make_context())
    qtbot.waitUntil(lambda: panel.list.count() == 1)

    warnings: list[str] = []
    answer = {"value": False}

    def fake_ask(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> bool:
        warnings.append(text)
        return answer["value"]

    saves: list[str] = []
    target = tmp_path / "chosen" / "plan copy.txt"
    target.parent.mkdir()

    def fake_save(*_args: object, **_kwargs: object) -> tuple[str, str]:
        saves.append("asked")
        return str(target), ""

    monkeypatch.setattr(attachments_controller, "ask", fake_ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(panel.save_button, LEFT)
    assert warnings and "anyone" in warnings[0] and "plan.txt" in warnings[0]
    assert saves == []  # declined: no dialog, no file
    answer["value"] = True
    qtbot.mouseClick(panel.save_button, LEFT)
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_text(encoding="utf-8") == NOTE_TEXT
    qtbot.waitUntil(lambda: "not encrypted" in panel.message.text())
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan copy.txt"]

    qtbot.mouseClick(panel.remove_button, LEFT)
    qtbot.waitUntil(lambda: panel.list.count() == 0 and panel.empty_label.isVisible())
    assert AttachmentsService(vault).list_for("resource-1", AttachmentScope.MEMBERS) == []


def test_a_read_only_panel_offers_no_add_or_remove(
    qtbot: QtBot, vault: Vault, make_context: Callable[..., SessionContext], tmp_path: Path
) -> None:
    note = tmp_path / "n.txt"
    note.write_text("hello\n", encoding="utf-8")
    AttachmentsService(vault).add("resource-1", AttachmentScope.MEMBERS, note)
    panel = _panel(qtbot, make_context(), editable=False)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert panel.add_button.isHidden() and panel.remove_button.isHidden()
    assert panel.show_button.isEnabled() and panel.save_button.isEnabled()


def test_a_damaged_attachment_is_reported_and_not_shown(
    qtbot: QtBot,
    vault: Vault,
    make_context: Callable[..., SessionContext],
    tmp_path: Path,
) -> None:
    note = tmp_path / "steps.txt"
    note.write_text(NOTE_TEXT * 3000, encoding="utf-8")
    added = AttachmentsService(vault).add("resource-1", AttachmentScope.MEMBERS, note)
    sealed = bytearray(chunk_rows(vault, added.blob_id)[1]["chunk_sealed"])
    sealed[100] ^= 0xFF
    set_chunk(vault, added.blob_id, 1, bytes(sealed))
    panel = _panel(qtbot, make_context())
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    qtbot.mouseClick(panel.show_button, LEFT)
    qtbot.waitUntil(lambda: "safety check" in panel.message.text())
    assert "steps.txt" in panel.message.text()
    assert not panel.viewer_box.isVisible()
    assert panel.text_view.toPlainText() == ""


def test_switching_owner_shows_that_records_attachments(
    qtbot: QtBot, vault: Vault, make_context: Callable[..., SessionContext], tmp_path: Path
) -> None:
    note = tmp_path / "other.txt"
    note.write_text("other\n", encoding="utf-8")
    AttachmentsService(vault).add("resource-2", AttachmentScope.FACILITATORS, note)
    panel = _panel(qtbot, make_context())
    qtbot.waitUntil(lambda: panel.empty_label.isVisible())
    panel.set_owner("resource-2", AttachmentScope.FACILITATORS)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert _row_texts(panel)[0].startswith("other.txt")


def test_a_file_over_25_mb_is_refused_with_a_clear_message_on_the_panel(
    qtbot: QtBot,
    vault: Vault,
    make_context: Callable[..., SessionContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from safespace_desktop.services.attachments import MAX_ATTACHMENT_BYTES

    big = tmp_path / "scan of the leaflet.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: costs no disk
    panel = _panel(qtbot, make_context())
    qtbot.waitUntil(lambda: panel.empty_label.isVisible())
    _choose_file(monkeypatch, big, [])
    qtbot.mouseClick(panel.add_button, LEFT)
    qtbot.waitUntil(lambda: "25 MB" in panel.message.text(), timeout=5000)
    assert panel.message.isVisible() and "26 MB" in panel.message.text()
    assert panel.list.count() == 0 and panel.add_button.isEnabled()  # nothing half-added
