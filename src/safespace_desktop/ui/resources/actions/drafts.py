"""Typing in the resource editor survives a lock.

When the session ends (``about_to_lock``) with unsaved typing in the editor, it is kept
as a sealed form draft (services/form_drafts.py, group key, never synced). The next time
this facilitator opens the Resources page, the editor opens again with that typing, over
the resource as it is saved now, so a save still states the revision it was typed over.
Saving or cancelling lets the draft go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.resources.model import ResourceDraft
from safespace_desktop.services.form_drafts import FormDraft, FormDraftsService

if TYPE_CHECKING:
    from safespace_desktop.ui.resources.controller import ResourcesController

FORM = "resource"


class EditorDrafts:
    def __init__(self, controller: ResourcesController) -> None:
        self.controller = controller
        self.service = FormDraftsService(controller.context.vault)
        self.filled_with: dict[str, str | int | bool] | None = None
        self._offered = False
        controller.context.signals.about_to_lock.connect(self.keep)

    def filled(self) -> None:
        """The editor was just filled: typing is what differs from this."""
        self.filled_with = self.controller.view.editor.typed()

    def keep(self) -> None:
        view = self.controller.view
        if not view.editing() or self.filled_with is None:
            return
        typed = view.editor.typed()
        if typed == self.filled_with:
            return
        shown = self.controller.form_resource
        record_id = shown.id if shown is not None else ""
        service = self.service
        self.controller.context.ops.collection(
            view, lambda _ctx: service.save(FORM, record_id, typed)
        ).run()

    def offer(self) -> None:
        """Once per page: bring back typing kept at the last lock, if there is any."""
        if self._offered:
            return
        self._offered = True
        service = self.service
        self.controller.context.ops.query(
            self.controller.view, lambda _ctx: service.latest(FORM)
        ).on_success(self._restore).run()

    def _restore(self, draft: FormDraft | None) -> None:
        controller, view = self.controller, self.controller.view
        if draft is None or view.editing():
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

    def forget(self, record_id: str) -> None:
        """Saved or cancelled: the kept typing is no longer needed."""
        service = self.service
        self.controller.context.ops.collection(
            self.controller.view,
            lambda _ctx: service.discard(FORM, record_id),
            ChangeSet.of(RecordKind.FORM_DRAFT),
        ).run()
