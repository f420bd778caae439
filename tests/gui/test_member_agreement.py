"""Members see the current group agreement in their own space: read-only, printable,
without drafts or meeting counts. Also where both agreement pages sit in the navigation."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.agreement import agreement_page, member_agreement_page
from safespace_desktop.ui.agreement.member_view import MemberAgreementView
from safespace_desktop.ui.agreement.view import AgreementView
from safespace_desktop.ui.shell.workspace import page_specs
from tests.conftest import MEMBER_PASS
from tests.gui.agreement_helpers import (
    MakeContext,
    PrintCapture,
    assert_buttons_named,
    click,
    show,
)

pytestmark = pytest.mark.gui

V2_LINE = "We start and finish on time, and phones stay on silent."


def become_member(vault: Vault) -> None:
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sky", MEMBER_PASS, exact_handle=True)
    principal = vault.principal
    assert principal is not None and not principal.is_facilitator


def everything_shown(page: QWidget) -> str:
    texts: list[str] = []
    for label in page.findChildren(QLabel):
        texts.append(label.text())
    for kind in (QTextEdit, QPlainTextEdit):
        for edit in page.findChildren(kind):
            texts.append(edit.toPlainText())
    for line in page.findChildren(QLineEdit):
        texts.append(line.text())
    for button in page.findChildren(QAbstractButton):
        texts.append(button.text())
    return "\n".join(texts)


def test_member_sees_the_current_agreement_but_no_drafts_or_counts(
    qtbot, vault: Vault, make_context: MakeContext, tmp_path: Path, monkeypatch
) -> None:
    service = AgreementService(vault)
    v1 = service.adopt(service.start_draft("share-the-air").id)
    service.record_agreement(7, 7)
    amendment = service.amend()
    service.update_draft(amendment.id, text=v1.text + "\n" + V2_LINE)
    service.adopt(amendment.id)
    service.record_agreement(9, 8)
    # A draft still being worked on must never reach members.
    marker = f"Draft-only wording {secrets.token_hex(6)}"
    pending = service.amend()
    service.update_draft(pending.id, text=pending.text + "\n" + marker)

    become_member(vault)
    context = make_context()
    page = member_agreement_page(context)
    show(qtbot, page)
    qtbot.waitUntil(page.text_view.isVisible)
    assert [s.title for s in page_specs(context.principal) if s.key == "member_agreement"] == [
        "Group agreement"
    ]

    shown = page.text_view.toPlainText()
    assert shown.startswith("Share the air")
    assert V2_LINE in shown
    assert "Version 2, adopted" in page.meta_label.text()
    assert page.text_view.isReadOnly()
    before = shown
    page.text_view.setFocus()
    qtbot.keyClicks(page.text_view, "typed over")
    assert page.text_view.toPlainText() == before

    everything = everything_shown(page)
    assert marker not in everything
    assert "present" not in everything  # no meeting counts for members
    assert "Draft" not in everything
    editable = [
        w
        for kind in (QLineEdit, QTextEdit, QPlainTextEdit)
        for w in page.findChildren(kind)
        if w.isVisible() and not w.isReadOnly()
    ]
    assert editable == []
    assert_buttons_named(page)

    # Printing: the current agreement, without counts, after the shared-printer note.
    assert "may keep a copy" in page.print_note.text() and page.print_note.isVisible()
    pdf = tmp_path / "ours.pdf"
    printer = PrintCapture(monkeypatch, pdf)
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: bool(printer.printed_texts))
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    (printed,) = printer.printed_texts
    assert printed.startswith("Share the air")
    assert V2_LINE in printed
    assert "present" not in printed and marker not in printed


def test_member_page_has_a_friendly_empty_state(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = AgreementService(vault)
    service.start_draft("recovery")  # a draft is not an agreement yet
    become_member(vault)
    page = member_agreement_page(make_context())
    show(qtbot, page)
    qtbot.waitUntil(lambda: not page.busy_label.isVisible())
    assert page.empty_heading.isVisible()
    assert page.empty_heading.text() == (
        "Your group hasn't written its agreement in SafeSpace yet."
    )
    assert not page.print_button.isVisible()
    assert not page.text_view.isVisible()
    assert "recovery" not in everything_shown(page).casefold()


def test_members_cannot_open_the_facilitator_page(vault: Vault, make_context: MakeContext) -> None:
    become_member(vault)
    with pytest.raises(NotPermitted):
        agreement_page(make_context())


def test_both_agreement_pages_are_in_the_navigation(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    specs = page_specs(make_context().principal)
    keys = [spec.key for spec in specs]
    assert keys.index("agreement") > keys.index("members")
    assert "Group agreement" in [spec.title for spec in specs]
    page = specs[keys.index("agreement")].factory(make_context())
    qtbot.addWidget(page)
    assert isinstance(page, AgreementView)

    become_member(vault)
    member_keys = [spec.key for spec in page_specs(make_context().principal)]
    assert member_keys.index("member_agreement") < member_keys.index("account")
    assert "agreement" not in member_keys
    member_page = page_specs(make_context().principal)[member_keys.index("member_agreement")]
    built = member_page.factory(make_context())
    qtbot.addWidget(built)
    assert isinstance(built, MemberAgreementView)
