"""Unsaved typing in a page's form, kept as a sealed draft when the session ends.

A page gives three small callables: what to keep now (``None``: nothing unsaved), the
record the form edits ("" for a new one), and how to put a draft back. At
``about_to_lock`` the typing is saved as a form draft (services/form_drafts.py: group
key, never synced); the first time the page loads after an unlock, this facilitator's
newest draft of that form is offered back. ``take=True`` lets the draft go as it is shown
(the typing is in the form again, and a later lock keeps it again); otherwise the page
calls ``forget`` when the typing is saved or given up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.services.form_drafts import FormDraft, FormDraftsService
from safespace_desktop.ui.session.context import SessionContext

Values = Mapping[str, JsonValue]


class KeptTyping(QObject):
    """A QObject child of the page's view, so its connection to ``about_to_lock`` goes
    with the page (a language switch rebuilds pages within the same session)."""

    def __init__(
        self,
        context: SessionContext,
        view: QWidget,
        form: str,
        *,
        unsaved: Callable[[], Values | None],
        record_id: Callable[[], str],
        restore: Callable[[FormDraft], None],
        take: bool = False,
    ) -> None:
        super().__init__(view)
        self.context, self.view, self.form = context, view, form
        self._unsaved, self._record_id, self._restore = unsaved, record_id, restore
        self._take = take
        self._offered = False
        self.service = FormDraftsService(context.vault)
        context.signals.about_to_lock.connect(self.keep)

    def keep(self) -> None:
        values = self._unsaved()
        if values is None:
            return
        service, form, record_id = self.service, self.form, self._record_id()
        self.context.ops.collection(
            self.view, lambda _ctx: service.save(form, record_id, dict(values))
        ).run()

    def offer(self) -> None:
        """Once per page: bring back typing kept at the last lock, if there is any."""
        if self._offered:
            return
        self._offered = True
        service, form, take = self.service, self.form, self._take

        def read(_ctx: object) -> FormDraft | None:
            draft = service.latest(form)
            if draft is not None and take:
                service.discard(form, draft.record_id)
            return draft

        self.context.ops.query(self.view, read).on_success(self._shown).run()

    def _shown(self, draft: FormDraft | None) -> None:
        if draft is not None:
            self._restore(draft)

    def forget(self, record_id: str) -> None:
        """The typing was saved or given up: its draft is no longer needed."""
        service, form = self.service, self.form
        self.context.ops.collection(
            self.view,
            lambda _ctx: service.discard(form, record_id),
            ChangeSet.of(RecordKind.FORM_DRAFT),
        ).run()
