"""CSV import of a paper sign-up sheet and CSV export, from the Members page.

The file dialogs are stood in for (they are the operating system's); everything
after choosing a file is the real dialog, clicked like a person would.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import ContactDetails
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.members.dialogs.roster_import import COL_NAME as PREVIEW_NAME
from safespace_desktop.ui.members.dialogs.roster_import import COL_PROBLEMS, COL_ROW
from safespace_desktop.ui.members.table_model import COL_NAME
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui.roster_gui import choose, click, open_members_page, session_context, unnamed_buttons
from tests.unit.security_helpers import raw_rows

pytestmark = pytest.mark.gui

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS

GOOD = (
    "First name,Pronouns,Phone,Email,Notes,OK to contact?\r\n"
    "Sam R.,they/them,0123 456 789,,first time,yes\r\n"
    'Bea,she/her,,bea@example.org,"likes tea, not coffee",Y\r\n'
    "Kit,,,,,\r\n"
)
ROW_PROBLEMS = (
    "First name,Pronouns,Phone,Email,Notes,OK to contact?\n"
    ",they/them,,,,\n"  # 2: no name
    "Bea,,,bea at example,,yes\n"  # 3: not an email address
    "Cy,,0123 456,,,no\n"  # 4: contact without a tick
    "Ed,,,,,\n"  # 5: fine
)
MALFORMED = (
    "First name,Pronouns,Phone\n"
    "Sam,they/them,0123 456 789,extra,cells\n"  # 2: too many cells
    "Bea\n"  # 3: too few
    "Kit,,\n"  # 4: fine, but the file as a whole cannot be imported
)


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


def saved(vault: Vault) -> int:
    return len(raw_rows(vault, "members")) + len(raw_rows(vault, "consents"))


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    titles: list[str] = []

    def get_open_file_name(_parent, title, *_args, **_kwargs):
        titles.append(title)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    return titles


def open_import(qtbot, page: MembersView, monkeypatch, tmp_path: Path, text: str):
    sheet = tmp_path / "signup.csv"
    sheet.write_text(text, encoding="utf-8")
    choose_file(monkeypatch, sheet)
    click(qtbot, page.list.import_button)
    qtbot.waitUntil(lambda: page.dialog("import") is not None and page.dialog("import").isVisible())
    dialog = page.dialog("import")
    assert dialog is not None
    return dialog


def preview(dialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        (
            model.index(r, COL_ROW).data(),
            model.index(r, PREVIEW_NAME).data(),
            model.index(r, COL_PROBLEMS).data(),
        )
        for r in range(model.rowCount())
    ]


def test_malformed_file_shows_row_errors_and_saves_nothing(
    qtbot, context, vault, monkeypatch, tmp_path
):
    MembersService(vault).add_member(MemberDraft("Robin"))
    page = open_members_page(qtbot, context)
    before = saved(vault)
    dialog = open_import(qtbot, page, monkeypatch, tmp_path, MALFORMED)

    assert dialog.file_problems.isVisibleTo(dialog)
    assert dialog.file_problems_title.text() == "This file can't be imported as it is"
    problems = dialog.file_problems_text.text()
    assert "Row 2: This row has 5 cells but the header has 3." in problems
    assert "Row 3: This row has 1 cells but the header has 3." in problems
    assert "Nothing has been saved" in problems
    assert not dialog.import_button.isEnabled()
    assert not dialog.skip_check.isVisibleTo(dialog)  # a broken file cannot be part-imported
    assert unnamed_buttons(dialog) == []
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: page.dialog("import") is None)
    assert saved(vault) == before
    assert [m.name for m in MembersService(vault).list_members()] == ["Robin"]


def test_not_a_csv_at_all_is_explained_kindly(qtbot, context, vault, monkeypatch, tmp_path):
    page = open_members_page(qtbot, context)
    sheet = tmp_path / "photo.csv"
    sheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00")
    choose_file(monkeypatch, sheet)
    click(qtbot, page.list.import_button)
    qtbot.waitUntil(lambda: page.dialog("import") is not None)
    dialog = page.dialog("import")
    assert "not readable text" in dialog.file_problems_text.text() or "binary" in (
        dialog.file_problems_text.text()
    )
    assert not dialog.import_button.isEnabled()
    assert saved(vault) == 0


def test_row_problems_are_listed_and_nothing_is_saved_until_confirmed(
    qtbot, context, vault, monkeypatch, tmp_path
):
    page = open_members_page(qtbot, context)
    dialog = open_import(qtbot, page, monkeypatch, tmp_path, ROW_PROBLEMS)
    assert not dialog.file_problems.isVisibleTo(dialog)
    rows = preview(dialog)
    assert [r[0] for r in rows] == ["2", "3", "4", "5"]
    assert "No name" in rows[0][2]
    assert "email address does not look complete" in rows[1][2]
    assert "without a tick in the consent column" in rows[2][2]
    assert rows[3][2] == "Ready"
    assert "3 of 4 rows have a problem" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert saved(vault) == 0

    click(qtbot, dialog.skip_check)
    assert dialog.import_button.text().replace("&", "") == "Import 1 person"
    assert saved(vault) == 0  # still nothing until the button
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: page.dialog("import") is None)
    assert [m.name for m in MembersService(vault).list_members()] == ["Ed"]
    assert "Rows left out: 2, 3, 4." in page.notice.text.text()


def test_a_good_file_imports_after_confirm(qtbot, context, vault, monkeypatch, tmp_path):
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    page = open_members_page(qtbot, context)
    dialog = open_import(qtbot, page, monkeypatch, tmp_path, GOOD)
    # The columns were recognised from the header row.
    assert dialog.combos["name"].currentText() == "First name"
    assert dialog.combos["contact_consent"].currentText() == "OK to contact?"
    assert dialog.combos["best_time"].currentText() == "(not in this sheet)"
    assert [r[1] for r in preview(dialog)] == ["Sam R.", "Bea", "Kit"]
    assert dialog.import_button.text().replace("&", "") == "Import 3 people"
    assert saved(vault) == 0

    # Choosing no name column is explained, and blocks the import.
    choose(qtbot, dialog.combos["name"], "(not in this sheet)")
    assert "Please choose which column holds the name." in dialog.file_problems_text.text()
    assert not dialog.import_button.isEnabled()
    choose(qtbot, dialog.combos["name"], "First name")
    assert dialog.import_button.isEnabled()

    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: page.dialog("import") is None)
    by_name = {m.name: m for m in MembersService(vault).list_members()}
    assert set(by_name) == {"Sam R.", "Bea", "Kit"}
    assert by_name["Sam R."].contact == ContactDetails(phone="0123 456 789")
    assert by_name["Bea"].note == "likes tea, not coffee"
    assert by_name["Kit"].consents == frozenset()
    (record,) = ConsentService(vault).log(by_name["Bea"].id)
    assert record.purpose is CONTACT and record.method is ConsentMethod.ON_PAPER
    shown = sorted(
        page.controller.proxy.index(r, COL_NAME).data()
        for r in range(page.controller.proxy.rowCount())
    )
    assert shown == ["Bea", "Kit", "Sam R."]
    assert "3 people were added from the sheet." in messages


def test_cancelling_the_file_choice_opens_nothing(qtbot, context, monkeypatch):
    page = open_members_page(qtbot, context)
    titles = choose_file(monkeypatch, None)
    click(qtbot, page.list.import_button)
    assert titles == ["Choose a sign-up sheet"]
    assert page.dialog("import") is None


# ---------------------------------------------------------------------------- export
def save_to(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    asked: list[str] = []

    def get_save_file_name(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def test_export_warns_then_writes_the_file_atomically(qtbot, context, vault, monkeypatch, tmp_path):
    members, consent = MembersService(vault), ConsentService(vault)
    sam = members.add_member(MemberDraft("Sam R.", "they/them", "private note"))
    consent.give(sam.id, CONTACT)
    members.set_contact(sam.id, ContactDetails(phone="0123 456 789"))
    bea = members.add_member(MemberDraft("Bea"))
    members.archive(bea.id)
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    page = open_members_page(qtbot, context)
    folder = tmp_path / "usb"
    folder.mkdir()
    asked = save_to(monkeypatch, folder / "roster")

    click(qtbot, page.list.export_button)
    qtbot.waitUntil(lambda: page.dialog("export") is not None and page.dialog("export").isVisible())
    dialog = page.dialog("export")
    assert dialog is not None
    warning_text = " ".join(
        label.text() for label in dialog.warning.findChildren(type(page.list.count_label))
    )
    assert "This file is not encrypted. Anyone who can open it can read" in warning_text
    assert not dialog.save_button.isEnabled()  # not before the warning is acknowledged
    assert unnamed_buttons(dialog) == []
    click(qtbot, dialog.understand_check)
    click(qtbot, dialog.include_contact_check)
    assert not dialog.save_button.isEnabled()  # more in the file: acknowledge again
    click(qtbot, dialog.understand_check)
    click(qtbot, dialog.save_button)

    target = folder / "roster.csv"
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(lambda: any("not encrypted" in m for m in messages))
    assert asked == ["Save the roster as"]
    assert sorted(p.name for p in folder.iterdir()) == ["roster.csv"]  # no temporary file left
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    assert header[0] == "Name" and "Phone" in header and "Facilitator note" not in header
    assert [r[0] for r in rows[1:]] == ["Sam R."]  # people who left are not included
    assert rows[1][header.index("Phone")] == "0123 456 789"
    assert "private note" not in target.read_text(encoding="utf-8-sig")


def test_export_cancelled_at_the_file_choice_writes_nothing(
    qtbot, context, vault, monkeypatch, tmp_path
):
    MembersService(vault).add_member(MemberDraft("Sam"))
    page = open_members_page(qtbot, context)
    save_to(monkeypatch, None)
    click(qtbot, page.list.export_button)
    qtbot.waitUntil(lambda: page.dialog("export") is not None)
    click(qtbot, page.dialog("export").understand_check)
    click(qtbot, page.dialog("export").save_button)
    qtbot.waitUntil(lambda: page.dialog("export") is None)
    assert list(tmp_path.rglob("*.csv")) == []


# ---------------------------------------------------------------- real exports (issue 17)
SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "roster_sheets"


def open_sheet(qtbot, page: MembersView, monkeypatch, name: str):
    choose_file(monkeypatch, SHEETS / name)
    click(qtbot, page.list.import_button)
    qtbot.waitUntil(lambda: page.dialog("import") is not None and page.dialog("import").isVisible())
    return page.dialog("import")


def test_an_excel_windows_sheet_shows_its_names_and_says_how_it_was_read(
    qtbot, context, vault, monkeypatch
):
    page = open_members_page(qtbot, context)
    dialog = open_sheet(qtbot, page, monkeypatch, "excel_windows_csv_semicolon_es.csv")
    assert not dialog.file_problems.isVisibleTo(dialog)
    note = dialog.findChild(type(dialog.summary), "encodingNote")
    assert note is dialog.encoding_note and note.isVisibleTo(dialog)
    assert "Western European (Windows)" in note.text() and "check" in note.text()
    assert note.accessibleName() == "How the file was read"
    # Spanish column titles were recognised; the family-name column was left alone.
    assert dialog.combos["name"].currentText() == "Nombre"
    assert dialog.combos["email"].currentText() == "Correo electrónico"
    assert dialog.combos["phone"].currentText() == "Teléfono"
    assert dialog.combos["pronouns"].currentText() == "Pronombres"
    assert dialog.combos["contact_consent"].currentText() == "Acepta contacto"
    assert [r[1] for r in preview(dialog)] == ["José", "Zoë", "Begoña", "Ángel"]
    assert dialog.import_button.text().replace("&", "") == "Import 4 people"

    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: page.dialog("import") is None)
    names = sorted(m.name for m in MembersService(vault).list_members())
    assert names == sorted(["José", "Zoë", "Begoña", "Ángel"])


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("excel_unicode_text.txt", ["Łucja", "François", "Zoë", "Anaïs"]),
        ("libreoffice_calc_fr.csv", ["Łucja", "François", "Zoë", "Hélène"]),
        ("google_sheets_forms_es.csv", ["José", "Zoë", "Begoña", "Łucja"]),
    ],
)
def test_a_sheet_that_says_its_encoding_needs_no_note(
    qtbot, context, monkeypatch, name: str, people: list[str]
):
    page = open_members_page(qtbot, context)
    dialog = open_sheet(qtbot, page, monkeypatch, name)
    assert not dialog.encoding_note.isVisibleTo(dialog)
    assert [r[1] for r in preview(dialog)] == people
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: page.dialog("import") is None)


def test_unmarked_unicode_text_is_read_and_the_guess_is_said(qtbot, context, monkeypatch, tmp_path):
    sheet = tmp_path / "signup.txt"
    sheet.write_bytes("Name\tPronouns\r\nŁucja\tshe/her\r\nZoë\t\r\n".encode("utf-16-le"))
    page = open_members_page(qtbot, context)
    choose_file(monkeypatch, sheet)
    click(qtbot, page.list.import_button)
    qtbot.waitUntil(lambda: page.dialog("import") is not None and page.dialog("import").isVisible())
    dialog = page.dialog("import")
    assert dialog.encoding_note.isVisibleTo(dialog)
    assert "Unicode (UTF-16)" in dialog.encoding_note.text()
    assert [r[1] for r in preview(dialog)] == ["Łucja", "Zoë"]
