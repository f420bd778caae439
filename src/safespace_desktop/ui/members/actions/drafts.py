"""Unsaved member edits survive a lock: kept sealed, then offered back.

When the session ends (Ctrl+L, auto-lock, hand-over, closing the window) the shell
emits ``about_to_lock`` before the keys go. If the form holds unsaved typing, it is
saved as a sealed draft by an operation queued then; it runs on the worker before the
keys are wiped. Nothing is asked at that moment: an auto-lock may not wait.

The next time the facilitator opens the same member (or starts a new one, for typing
that was never saved), a strip above the form offers the draft back: Restore or
Discard. Saving the member for real discards the draft too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from safespace_desktop.services.form_drafts import FormDraft
from safespace_desktop.ui.members import wording
from safespace_desktop.ui.members.actions.editing import state_from_fields, state_to_fields

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController

FORM = "member"


class DraftActions(QObject):
    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.offered: FormDraft | None = None
        banner = controller.view.member.draft_banner
        banner.restore_button.clicked.connect(self.restore)
        banner.discard_button.clicked.connect(self.discard)

    def _record_id(self) -> str | None:
        """The record the form edits now ("" for a new member), None if no form."""
        controller = self.controller
        if not controller.view.showing_member():
            return None
        if controller.editing_new:
            return ""
        return None if controller.current is None else controller.current.id

    # ------------------------------------------------------------------ keeping
    def keep(self) -> None:
        """The session is ending: keep unsaved typing as a sealed draft (never asks)."""
        controller = self.controller
        record_id = self._record_id()
        if record_id is None or not controller.has_unsaved_changes():
            return
        drafts, fields = controller.drafts, state_to_fields(controller.form_state())
        controller.context.ops.collection(
            controller.view, lambda _ctx: drafts.save(FORM, record_id, fields)
        ).run()

    # ------------------------------------------------------------------ offering back
    def offer(self, record_id: str) -> None:
        """Look for a draft of this record; offer it if the form is still untouched."""
        self.hide_offer()
        controller, drafts = self.controller, self.controller.drafts

        def found(draft: FormDraft | None) -> None:
            if draft is None or self._record_id() != record_id:
                return
            if controller.has_unsaved_changes():
                return  # they are typing already: never overwrite it
            self.offered = draft
            banner = controller.view.member.draft_banner
            banner.say(wording.draft_offer_new() if record_id == "" else wording.draft_offer())

        controller.context.ops.query(
            controller.view, lambda _ctx: drafts.load(FORM, record_id)
        ).on_success(found).on_failure(lambda _exc: None).after_first_paint(
            controller.view.member
        ).run()

    def hide_offer(self) -> None:
        self.offered = None
        self.controller.view.member.draft_banner.say("")

    def restore(self) -> None:
        draft = self.offered
        if draft is None or self._record_id() != draft.record_id:
            self.hide_offer()
            return
        self.controller.restore_state(state_from_fields(draft.fields, self.controller.today()))
        self.hide_offer()
        self.forget(draft.record_id)
        self.controller.view.form.name_edit.setFocus()

    def discard(self) -> None:
        draft = self.offered
        self.hide_offer()
        if draft is not None:
            self.forget(draft.record_id)

    def forget(self, record_id: str) -> None:
        """Drop the kept draft of ``record_id`` (restored, discarded or saved)."""
        controller, drafts = self.controller, self.controller.drafts
        controller.context.ops.collection(
            controller.view, lambda _ctx: drafts.discard(FORM, record_id)
        ).on_failure(lambda _exc: None).run()
