"""Drafts of the group agreement: start, amend, save, discard, adopt, drop kept typing.

Each function takes the page's controller and runs its change as a CollectionOp.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from safespace_desktop.core.agreement import AgreementDraft, AgreementVersion
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.services.agreement import BLANK_TITLE
from safespace_desktop.ui.agreement import wording
from safespace_desktop.ui.agreement.controller import DRAFT, VERSION, changed
from safespace_desktop.ui.agreement.template_dialog import AgreementTemplateDialog
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe

if TYPE_CHECKING:
    from safespace_desktop.ui.agreement.controller import AgreementController

CONFIRM_NAME = "agreementConfirm"


def confirm(
    parent: QWidget, title: str, text: str, action_text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """A non-blocking question with Cancel as the default; ``on_yes`` runs on the action."""
    for old in parent.findChildren(QMessageBox, CONFIRM_NAME):
        old.deleteLater()
    box = QMessageBox(parent)
    box.setObjectName(CONFIRM_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    yes = box.addButton(action_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def finished() -> None:
        if shiboken6.isValid(box) and box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def choose_template(controller: AgreementController) -> None:
    view = controller.view
    for old in view.findChildren(AgreementTemplateDialog):
        old.deleteLater()
    templates = tuple(map(content.agreement_template, controller.service.templates()))
    dialog = AgreementTemplateDialog(templates, view)

    def start() -> None:
        service, key = controller.service, dialog.chosen_key()
        # Stored as the person reads it: a Spanish template starts a Spanish draft.
        worded = next((t for t in templates if t.key == key), None)
        title = worded.title if worded is not None else content.content_text(BLANK_TITLE)
        text = worded.text if worded is not None else None
        controller.run_change(
            lambda: service.start_draft(key, title=title, text=text),
            changed(),
            lambda draft: _started(controller, draft),
        )

    dialog.accepted.connect(start)
    dialog.open()


def _started(controller: AgreementController, draft: object, amendment: bool = False) -> None:
    assert isinstance(draft, AgreementDraft)
    controller.view.say("")
    controller.load((DRAFT, draft.id), then=controller.view.text_edit.setFocus)
    controller.status(wording.amendment_started() if amendment else wording.draft_started())


def amend(controller: AgreementController) -> None:
    current = controller.overview.current
    if current is None:
        return
    existing = next((d for d in controller.overview.drafts if d.amends == current.number), None)
    if existing is not None:
        controller.load((DRAFT, existing.id))
        controller.view.say(wording.amendment_exists())
        return
    service = controller.service
    controller.run_change(
        service.amend, changed(), lambda draft: _started(controller, draft, amendment=True)
    )


def save(
    controller: AgreementController, *, quiet: bool = False, then: Callable[[], None] | None = None
) -> None:
    """Save the shown draft; ``then`` runs once it is saved (not if it was refused)."""
    draft = controller.shown_draft
    if draft is None:
        return
    service, (title, text) = controller.service, controller.view.typed()

    def saved(result: object) -> None:
        assert isinstance(result, AgreementDraft)
        controller.overview = controller.overview.__class__(
            controller.overview.versions,
            tuple(result if d.id == result.id else d for d in controller.overview.drafts),
        )
        if controller.shown_draft is not None and controller.shown_draft.id == result.id:
            controller.shown_draft = result
            controller.view.kept_bar.setVisible(False)
        if then is not None:
            then()
            return
        if not quiet:
            controller.view.say("")
            controller.update_draft_state(saved_now=True)
            controller.status(wording.draft_saved())

    def refused(exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            # Someone else saved first: the typing stays, and Reload offers their version.
            controller.view.say("")
            controller.view.show_stale(describe(exc))
        else:
            controller.fail_in_field(exc, wording.not_saved)

    controller.run_change(
        lambda: service.update_draft(draft.id, title=title, text=text, expected_rev=draft.rev),
        changed(draft.id),
        saved,
        refused,
    )


def reload_draft(controller: AgreementController) -> None:
    """Reload: show the draft as saved now, replacing what was typed (only ever because
    the person chose it)."""
    draft = controller.shown_draft
    if draft is None:
        return
    controller.shown_draft = None  # the editor's typing is being let go on purpose
    controller.view.show_stale("")
    controller.load((DRAFT, draft.id))


def drop_kept(controller: AgreementController) -> None:
    draft = controller.shown_draft
    if draft is None:
        return
    service = controller.service

    def dropped(result: object) -> None:
        assert isinstance(result, AgreementDraft)
        controller.load((DRAFT, result.id))
        controller.view.say(wording.kept_dropped())

    controller.shown_draft = None  # the editor's typing is being let go on purpose
    controller.run_change(lambda: service.drop_kept_edits(draft.id), changed(draft.id), dropped)


def ask_discard(controller: AgreementController) -> None:
    if controller.shown_draft is None:
        return
    confirm(
        controller.view,
        wording.discard_title(),
        wording.discard_text(),
        wording.discard_button(),
        lambda: discard(controller),
    )


def discard(controller: AgreementController) -> None:
    draft = controller.shown_draft
    if draft is None:
        return
    service = controller.service

    def discarded(_result: object) -> None:
        controller.shown_draft = None
        controller.view.say("")
        controller.load()
        controller.status(wording.discarded())

    controller.run_change(lambda: service.discard_draft(draft.id), changed(draft.id), discarded)


def ask_adopt(controller: AgreementController) -> None:
    if controller.shown_draft is None:
        return
    number = controller.overview.next_number
    confirm(
        controller.view,
        wording.adopt_title(number),
        wording.adopt_text(),
        wording.adopt_confirm(number),
        lambda: adopt(controller),
    )


def adopt(controller: AgreementController) -> None:
    """Save unsaved typing first, then adopt the draft as the next version."""
    draft = controller.shown_draft
    if draft is None:
        return
    if controller.draft_is_dirty():
        save(controller, quiet=True, then=lambda: adopt(controller))
        return
    service = controller.service

    def adopted(version: object) -> None:
        assert isinstance(version, AgreementVersion)
        controller.shown_draft = None
        controller.load((VERSION, version.number))
        controller.view.say(wording.adopted(version.number))
        controller.status(wording.adopted_status(version.number))

    controller.run_change(
        lambda: service.adopt(draft.id),
        changed(),
        adopted,
        lambda exc: controller.fail_in_field(exc, wording.not_adopted),
    )
