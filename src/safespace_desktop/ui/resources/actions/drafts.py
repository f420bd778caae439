"""Typing in the resource editor survives a lock (ui/session/kept_typing.py).

The next time this facilitator opens the Resources page, the editor opens again with
the typing, over the resource as it is saved now, so a save still states the revision
it was typed over. Saving or cancelling lets the draft go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.resources.model import ResourceDraft
from safespace_desktop.services.form_drafts import FormDraft
from safespace_desktop.ui.session.kept_typing import KeptTyping, Values

if TYPE_CHECKING:
    from safespace_desktop.ui.resources.controller import ResourcesController

FORM = "resource"


class EditorDrafts:
    def __init__(self, controller: ResourcesController) -> None:
        self.controller = controller
        self.filled_with: dict[str, str | int | bool] | None = None
        self.kept = KeptTyping(
            controller.context,
            controller.view,
            FORM,
            unsaved=self._unsaved,
            record_id=self._record_id,
            restore=self._restore,
        )
        self.offer, self.forget = self.kept.offer, self.kept.forget

    def filled(self) -> None:
        """The editor was just filled: typing is what differs from this."""
        self.filled_with = self.controller.view.editor.typed()

    def _unsaved(self) -> Values | None:
        view = self.controller.view
        if not view.editing() or self.filled_with is None:
            return None
        typed = view.editor.typed()
        return None if typed == self.filled_with else typed

    def _record_id(self) -> str:
        shown = self.controller.form_resource
        return shown.id if shown is not None else ""

    def _restore(self, draft: FormDraft) -> None:
        controller, view = self.controller, self.controller.view
        if view.editing():
            return
        resource = controller.index.get(draft.record_id) if draft.record_id else None
        controller.form_resource = resource
        start = resource.draft() if resource is not None else ResourceDraft("")
        view.editor.show_draft(start, today=controller.today(), new=resource is None)
        self.filled()
        view.editor.show_typed(dict(draft.fields))
        view.show_editor()
        view.editor.say(
            QCoreApplication.translate(
                "Resources",
                "Your unsaved typing from before SafeSpace locked is back. Save it, "
                "or choose Cancel to let it go.",
            )
        )
