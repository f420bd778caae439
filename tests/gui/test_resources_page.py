"""Coping resources through the GUI (issue 11, "How it will be checked"): a facilitator
adds a handout, a local service with a phone number and a facilitators-only resource;
a member sees the first two and not the third; the content note comes before the body;
search finds each by a word in its body; the review reminder lists a resource whose
check is older than its interval; favourites and suggestions; printable handouts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QListView, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.resources.model import Audience, ResourceDraft, ResourceKind
from safespace_desktop.services.resources import ResourcesService, SuggestionsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.attachments import AttachmentsPanel
from safespace_desktop.ui.member_resources import member_resources_page
from safespace_desktop.ui.member_resources.view import MemberResourcesView
from safespace_desktop.ui.resources import resources_page
from safespace_desktop.ui.resources.actions.printing import handout_document, write_pdf
from safespace_desktop.ui.resources.picker import PickerController
from safespace_desktop.ui.resources.picker_view import PickerDialog
from safespace_desktop.ui.resources.view import ResourcesView
from safespace_desktop.ui.session.context import SessionContext
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.attachment_helpers import pdf_file, png_bytes
from tests.unit.journal_helpers import add_member

pytestmark = pytest.mark.gui
MakeContext = Callable[..., SessionContext]


def titles(list_view: QListView) -> list[str]:
    model = list_view.model()
    return [model.index(r, 0).data().split(" · ")[0] for r in range(model.rowCount())]


def choose(qtbot: QtBot, list_view: QListView, title: str) -> None:
    row = titles(list_view).index(title)
    rect = list_view.visualRect(list_view.model().index(row, 0))
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_through_editor(
    qtbot: QtBot,
    page: ResourcesView,
    title: str,
    body: str,
    *,
    kind: ResourceKind = ResourceKind.HANDOUT,
    audience: Audience = Audience.MEMBERS,
    note: str = "",
    phone: str = "",
    checked: QDate | None = None,
    months: int = 6,
) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert page.editing()
    qtbot.keyClicks(editor.title_edit, title)
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(kind.value))
    editor.audience_box.setCurrentIndex(editor.audience_box.findData(audience.value))
    qtbot.keyClicks(editor.note_edit, note)
    qtbot.keyClicks(editor.body_edit, body)
    qtbot.keyClicks(editor.phone_edit, phone)
    if checked is not None:
        editor.checked_box.setChecked(True)
        editor.checked_date.setDate(checked)
        editor.review_spin.setValue(months)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editing() and title in titles(page.list), timeout=5000)


def attach_file(
    qtbot: QtBot, reader_owner: QWidget, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    panel = reader_owner.findChild(AttachmentsPanel)
    assert panel is not None
    qtbot.waitUntil(panel.add_button.isEnabled, timeout=5000)  # its list has loaded
    before = panel.list.count()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == before + 1, timeout=5000)


def test_facilitator_adds_three_and_a_member_sees_two(
    qtbot: QtBot,
    vault: Vault,
    make_context: MakeContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    page = resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    add_through_editor(
        qtbot,
        page,
        "Grounding handout",
        "Name five things you can see, like a teapot.",
        note="mentions panic",
    )
    # the local service is visible with its service fields; the handout hides them
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.editor.hours_edit.isHidden()
    page.editor.kind_box.setCurrentIndex(
        page.editor.kind_box.findData(ResourceKind.LOCAL_SERVICE.value)
    )
    assert not page.editor.hours_edit.isHidden()
    qtbot.mouseClick(page.editor.cancel_button, Qt.MouseButton.LeftButton)
    add_through_editor(
        qtbot,
        page,
        "Riverside drop-in",
        "Friendly chats over a cup of cocoa.",
        kind=ResourceKind.LOCAL_SERVICE,
        phone="01632 960123",
        checked=QDate(2020, 1, 1),
        months=3,
    )
    add_through_editor(
        qtbot,
        page,
        "Debrief notes",
        "For us only: the lighthouse method.",
        audience=Audience.FACILITATORS,
    )
    assert sorted(titles(page.list)) == ["Debrief notes", "Grounding handout", "Riverside drop-in"]

    # the quiet review reminder names the service checked too long ago
    qtbot.waitUntil(lambda: page.review_frame.isVisibleTo(page), timeout=3000)
    assert "Riverside drop-in" in page.review_label.text()
    assert "Grounding" not in page.review_label.text()

    # search as you type finds each by a word in its body
    for word, title in (
        ("teapot", "Grounding handout"),
        ("cocoa", "Riverside drop-in"),
        ("LIGHTHOUSE", "Debrief notes"),
    ):
        page.filters.search_edit.clear()
        qtbot.keyClicks(page.filters.search_edit, word)
        assert titles(page.list) == [title]
    page.filters.search_edit.clear()

    # the content note comes first; the body waits until the reader opens it
    choose(qtbot, page.list, "Grounding handout")
    reader = page.reader
    assert reader.note_frame.isVisibleTo(page) and "mentions panic" in reader.note_label.text()
    assert reader.body.isHidden()
    assert reader.extras_box.isHidden()  # files wait behind the content note too
    qtbot.mouseClick(reader.open_button, Qt.MouseButton.LeftButton)
    assert not reader.body.isHidden() and "teapot" in reader.body.toPlainText()
    # the handout gets a PDF and a picture through the attachments panel
    pdf = tmp_path / "steps.pdf"
    pdf_file(pdf, 3000)
    picture = tmp_path / "calm place.png"
    picture.write_bytes(png_bytes(4, 3))
    attach_file(qtbot, page, monkeypatch, pdf)
    attach_file(qtbot, page, monkeypatch, picture)
    choose(qtbot, page.list, "Riverside drop-in")
    assert not reader.body.isHidden() and "01632 960123" in reader.service.text()

    # a member sees the first two and not the third
    add_member(vault, "sam")
    member_page = member_resources_page(make_context())
    qtbot.addWidget(member_page)
    member_page.show()
    qtbot.waitUntil(lambda: len(titles(member_page.list)) == 2, timeout=5000)
    assert sorted(titles(member_page.list)) == ["Grounding handout", "Riverside drop-in"]
    choose(qtbot, member_page.list, "Grounding handout")
    assert member_page.reader.body.isHidden()  # the content note first, for members too
    qtbot.mouseClick(member_page.reader.open_button, Qt.MouseButton.LeftButton)
    panel = member_page.findChild(AttachmentsPanel)
    assert panel is not None and panel.add_button.isHidden()  # members only read
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=5000)
    qtbot.keyClicks(member_page.filters.search_edit, "lighthouse")
    assert titles(member_page.list) == []


def test_member_favourites_and_an_anonymous_suggestion(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    service.add(ResourceDraft("Breathing", body="In for four, out for six."))
    service.add(ResourceDraft("Sleep tips", body="A wind-down hour."))
    SuggestionsService(vault).publish_box()
    add_member(vault, "sam")
    page: MemberResourcesView = member_resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(titles(page.list)) == 2, timeout=5000)
    choose(qtbot, page.list, "Sleep tips")
    qtbot.mouseClick(page.favourite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Remove" in page.favourite_button.text(), timeout=3000)
    page.favourites_only.setChecked(True)
    assert titles(page.list) == ["Sleep tips"]

    qtbot.mouseClick(page.correction_button, Qt.MouseButton.LeftButton)
    controller = page.controller
    dialog = controller.dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=2000)
    qtbot.keyClicks(dialog.text_edit, "The wind-down hour could mention music.")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Thank you" in page.message.text(), timeout=3000)

    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    inbox = SuggestionsService(vault).inbox()
    assert [(s.text, s.from_name) for s in inbox] == [
        ("The wind-down hour could mention music.", "")
    ]


def test_handout_prints_to_pdf_in_large_print(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    from datetime import date

    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    resource = ResourcesService(vault).add(
        ResourceDraft(
            "Drop-in centre",
            kind=ResourceKind.LOCAL_SERVICE,
            body="Warm **room**.",
            last_checked=date(2026, 1, 5),
        )
    )
    from PySide6.QtGui import QFont

    normal = handout_document(resource, QFont(), large=False)
    large = handout_document(resource, QFont(), large=True)
    text = normal.toPlainText()
    assert "Drop-in centre" in text and "Warm room." in text and "Last checked" in text
    assert large.defaultFont().pointSizeF() > normal.defaultFont().pointSizeF()
    path = tmp_path / "handout.pdf"
    write_pdf(large, path)
    assert path.read_bytes().startswith(b"%PDF")


def test_picker_returns_ticked_resources(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    first = service.add(ResourceDraft("Breathing", body="slow"))
    second = service.add(ResourceDraft("Walking", body="outside"))
    dialog = PickerDialog()
    qtbot.addWidget(dialog)
    controller = PickerController(make_context(), dialog, [first.id])
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    ticked = [dialog.list.item(i).checkState() == Qt.CheckState.Checked for i in range(2)]
    assert ticked == [True, False]
    qtbot.keyClicks(dialog.filters.search_edit, "outside")
    assert dialog.list.count() == 1
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert controller.chosen == [first.id, second.id]
    assert [s.title for s in service.summaries(controller.chosen)] == ["Breathing", "Walking"]


def test_a_stale_save_keeps_the_typing_and_reload_shows_the_saved_version(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    resource = service.add(ResourceDraft("Breathing", body="slow"))
    page = resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: titles(page.list) == ["Breathing"], timeout=5000)
    choose(qtbot, page.list, "Breathing")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.editing() and page.editor.title_edit.text() == "Breathing"
    # a co-facilitator saves first
    service.update(resource.id, ResourceDraft("Breathing together", body="slow"))
    page.editor.title_edit.clear()
    qtbot.keyClicks(page.editor.title_edit, "My version")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.stale.isVisibleTo(page), timeout=5000)
    assert page.editing() and page.editor.title_edit.text() == "My version"
    assert service.get(resource.id).title == "Breathing together"
    qtbot.mouseClick(page.editor.stale.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.title_edit.text() == "Breathing together", timeout=5000)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editing(), timeout=5000)


def test_every_control_has_a_name(qtbot: QtBot, vault: Vault, make_context: MakeContext) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton

    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    page = resources_page(make_context())
    qtbot.addWidget(page)
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QPushButton | QCheckBox):
            assert widget.text().strip() or widget.accessibleName().strip(), widget
        elif isinstance(widget, QComboBox | QLineEdit | QPlainTextEdit | QListView):
            ancestor = widget.parentWidget()
            while ancestor is not None and not isinstance(ancestor, QComboBox):
                ancestor = ancestor.parentWidget()
            if ancestor is not None or widget.objectName().startswith("qt_"):
                continue  # a combo box's own popup, or the inside of a spin or date box
            assert widget.accessibleName().strip(), widget.objectName()


def test_facilitators_read_and_mark_suggestions(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    from safespace_desktop.core.resources.model import SuggestionDraft
    from safespace_desktop.ui.resources.suggestions_view import SuggestionsDialog

    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    breathing = ResourcesService(vault).add(ResourceDraft("Breathing", body="slow"))
    SuggestionsService(vault).publish_box()
    add_member(vault, "sam")
    SuggestionsService(vault).suggest(
        SuggestionDraft("Add the count of four.", resource_id=breathing.id)
    )
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    page = resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: titles(page.list) == ["Breathing"], timeout=5000)
    qtbot.mouseClick(page.suggestions_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SuggestionsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    text = dialog.list.item(0).text()
    assert "Correction to “Breathing”" in text and "no name given" in text and "new" in text
    qtbot.mouseClick(dialog.handled_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "handled" in dialog.list.item(0).text(), timeout=5000)
    dialog.accept()


def answer_question(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """When the page's question box opens, note its text and press ``button_text``
    (what a person reads on the button, without the mnemonic)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def act() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        boxes = [box for box in boxes if box.isVisible()]
        if not boxes:
            QTimer.singleShot(20, act)
            return
        seen.append(boxes[0].text())
        (button,) = [b for b in boxes[0].buttons() if b.text().replace("&", "") == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_a_handout_prints_and_saves_and_the_library_exports_and_imports_through_the_page(
    qtbot: QtBot,
    vault: Vault,
    make_context: MakeContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The reader's Print… and Save as PDF… buttons, and the page's Export the library…
    and Import a folder… buttons, as a facilitator uses them: every readable file only
    after the warning, only where the person chose; the handout's times and text read
    back from the PDF."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from safespace_desktop.ui.runtime.application import install_translations
    from tests.gui.agreement_helpers import PrintCapture
    from tests.gui.pdf_text import pdf_text

    install_translations(QApplication.instance())  # English plurals, as the app has them
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service = ResourcesService(vault)
    service.add(
        ResourceDraft(
            "Drop-in centre",
            kind=ResourceKind.LOCAL_SERVICE,
            body="A warm room with a kettle.",
            last_checked=date(2026, 1, 5),
        )
    )
    service.add(ResourceDraft("Debrief notes", body="For us only.", audience=Audience.FACILITATORS))
    page = resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(titles(page.list)) == 2, timeout=5000)
    choose(qtbot, page.list, "Drop-in centre")
    assert "may keep a copy" in page.print_note.text()  # the shared-printer warning

    # Print…: the system dialog (stubbed: "Print to PDF") gets the handout
    printed = PrintCapture(monkeypatch, tmp_path / "printed.pdf")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "printed.pdf").exists(), timeout=5000)
    text = " ".join(pdf_text(tmp_path / "printed.pdf").split())
    assert "Drop-in centre" in text and "A warm room with a kettle." in text
    assert "Last checked" in text and printed.dialogs == 1

    # Save as PDF…: cancelling the warning asks for no place and writes nothing
    places: list[tuple[str, ...]] = []
    chosen = tmp_path / "stick" / "handout.pdf"
    chosen.parent.mkdir()

    def save_name(_parent, caption: str, start: str, _filter: str = ""):  # type: ignore[no-untyped-def]
        places.append((caption, start))
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    warnings: list[str] = []
    answer_question(qtbot, "Cancel", warnings)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=5000)
    assert "readable copy" in warnings[0] and places == [] and not chosen.exists()
    page.large_print.setChecked(True)
    answer_question(qtbot, "Choose where to save…", warnings)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chosen.exists() and "Saved the handout" in page.message.text())
    assert len(places) == 1 and Path(places[0][1]).name == "handout.pdf"
    saved = " ".join(pdf_text(chosen).split())
    assert "Drop-in centre" in saved and "Last checked" in saved

    # Export the library…: the warning names facilitators-only resources, then a folder
    folders: list[str] = []
    out = tmp_path / "out"
    out.mkdir()

    def pick_folder(_parent, caption: str, _start: str = ""):  # type: ignore[no-untyped-def]
        folders.append(caption)
        return str(out if "export" in caption else pack)

    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "walks.md").write_text(
        "---\ntitle: Sunday walks\nkind: local service\nphone: 01632 960999\n---\n"
        "We meet by the library gate.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick_folder))
    answer_question(qtbot, "Cancel", warnings)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(warnings) == 3, timeout=5000)
    assert "facilitators only" in warnings[2] and folders == []
    answer_question(qtbot, "Choose where to export…", warnings)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported 2 resources (2 files)" in page.message.text(), timeout=10000)
    written = sorted(p.name for p in out.rglob("*.md"))
    assert len(written) == 2
    assert "For us only." in "".join(p.read_text("utf-8") for p in out.rglob("*.md"))

    # Import a folder…: the Markdown pack's resource joins the list
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported 1 resource." in page.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: "Sunday walks" in titles(page.list), timeout=5000)
    page.filters.search_edit.clear()
    qtbot.keyClicks(page.filters.search_edit, "library gate")
    assert titles(page.list) == ["Sunday walks"]


def mnemonic_letters(root: QWidget) -> list[str]:
    """The Alt+letter of every visible control with one (labels, buttons, check boxes)."""
    letters: list[str] = []
    for widget in root.findChildren(QWidget):
        text = getattr(widget, "text", None)
        if not widget.isVisibleTo(root) or not callable(text):
            continue
        try:
            value = text()
        except TypeError:
            continue
        plain = value.replace("&&", "") if isinstance(value, str) else ""
        if "&" in plain:
            letters.append(plain[plain.index("&") + 1].lower())
    return letters


def test_every_alt_letter_on_the_resources_pages_is_used_once(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    """Alt+letter reaches one control, not the first of two (facilitator and member,
    with a resource open and its files panel showing)."""
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    ResourcesService(vault).add(ResourceDraft("Breathing", body="In for four, out for six."))
    SuggestionsService(vault).publish_box()
    page = resources_page(make_context())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(titles(page.list)) == 1, timeout=5000)
    choose(qtbot, page.list, "Breathing")
    panel = page.findChild(AttachmentsPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisibleTo(page), timeout=5000)
    letters = mnemonic_letters(page)
    assert len(letters) == len(set(letters)), sorted(letters)

    add_member(vault, "sam")
    member_page = member_resources_page(make_context())
    qtbot.addWidget(member_page)
    member_page.show()
    qtbot.waitUntil(lambda: len(titles(member_page.list)) == 1, timeout=5000)
    choose(qtbot, member_page.list, "Breathing")
    qtbot.waitUntil(lambda: member_page.correction_button.isVisibleTo(member_page), timeout=5000)
    letters = mnemonic_letters(member_page)
    assert len(letters) == len(set(letters)), sorted(letters)


def test_the_example_services_details_do_not_repeat_their_captions(vault: Vault) -> None:
    """The reader shows "How to get there: …": an example's text must not say it again
    ("How to get there: How to get there: …", seen on the demo's screen)."""
    from safespace_desktop.services.resources.examples import add_examples
    from safespace_desktop.ui.resources.wording import service_lines

    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    lines = [
        (caption, value)
        for resource in add_examples(ResourcesService(vault))
        for caption, value in service_lines(resource)
    ]
    assert lines
    assert [c for c, v in lines if v.casefold().startswith(c.casefold())] == []
