"""Attachments of one record (issue 11): a panel a feature page embeds.

``AttachmentsPanel(context, owner_id, scope, editable)`` is the view with its
controller; ``set_owner(owner_id, scope)`` switches it to another record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from safespace_desktop.services.attachments import AttachmentScope
from safespace_desktop.ui.attachments.controller import AttachmentsController
from safespace_desktop.ui.attachments.view import AttachmentsView
from safespace_desktop.ui.session.context import SessionContext

__all__ = ["AttachmentScope", "AttachmentsPanel"]


class AttachmentsPanel(AttachmentsView):
    """The attachments of ``owner_id`` in ``scope``; ``editable`` offers Add and Remove
    (facilitators). Everyone who can see the record can show and save a copy."""

    def __init__(
        self,
        context: SessionContext,
        owner_id: str,
        scope: AttachmentScope,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel_controller = AttachmentsController(context, self, owner_id, scope, editable)
        self.controller = self.panel_controller

    def set_owner(self, owner_id: str, scope: AttachmentScope) -> None:
        self.panel_controller.set_owner(owner_id, scope)
