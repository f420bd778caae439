"""The attachments panel inside a resource's reader (from the attach feature)."""

from __future__ import annotations

from safespace_desktop.core.resources.model import Resource
from safespace_desktop.services.resources.library import attachment_scope
from safespace_desktop.ui.attachments import AttachmentsPanel
from safespace_desktop.ui.resources.reader_view import ReaderPanel
from safespace_desktop.ui.session.context import SessionContext


class ReaderAttachments:
    """Builds the panel the first time a resource is shown, then switches its owner."""

    def __init__(self, context: SessionContext, reader: ReaderPanel, *, editable: bool) -> None:
        self.context = context
        self.reader = reader
        self.editable = editable
        self.panel: AttachmentsPanel | None = None
        self.shown: tuple[str, str] | None = None

    def show(self, resource: Resource) -> None:
        scope = attachment_scope(resource.audience)
        if self.panel is None:
            self.panel = AttachmentsPanel(self.context, resource.id, scope, self.editable)
            self.reader.extras.addWidget(self.panel)
        elif self.shown != (resource.id, scope.value):
            self.panel.set_owner(resource.id, scope)
        self.shown = (resource.id, scope.value)
