"""Decides what the attachments panel does; every read and change is a typed operation.

Files are added from a path the person chose (the dialog starts where
``ui/runtime/file_locations`` says), shown from memory (a picture as a QImage made
from bytes, text as text), and saved as a readable copy only after a clear warning,
to a place the person chooses. Nothing is ever written to a temporary file or opened
"with" another program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.attachments import AttachmentDamaged
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import NotFound
from safespace_desktop.services.attachments import (
    Attachment,
    AttachmentScope,
    AttachmentsService,
    ShownAttachment,
)
from safespace_desktop.ui.attachments import wording
from safespace_desktop.ui.attachments.view import AttachmentsView
from safespace_desktop.ui.runtime.file_locations import start_folder, suggested_path
from safespace_desktop.ui.runtime.ops import OpContext
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe


def _changed(attachment_id: str | None = None) -> ChangeSet:
    if attachment_id is None:
        return ChangeSet.kinds(RecordKind.ATTACHMENT)
    return ChangeSet.of(RecordKind.ATTACHMENT, attachment_id)


class AttachmentsController(QObject):
    def __init__(
        self,
        context: SessionContext,
        view: AttachmentsView,
        owner_id: str,
        scope: AttachmentScope,
        editable: bool,
    ) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = AttachmentsService(context.vault)
        self.owner_id = owner_id
        self.scope = scope
        self.editable = editable
        self.attachments: list[Attachment] = []
        self._select_after_load: str | None = None
        self._shown_id: str | None = None  # the attachment in the viewer
        view.set_editable(editable)
        view.list.currentRowChanged.connect(self._selected)
        view.list.itemDoubleClicked.connect(lambda _item: self.show_current())
        view.list.activated_by_key.connect(self.show_current)
        view.add_button.clicked.connect(self.add)
        view.show_button.clicked.connect(self.show_current)
        view.save_button.clicked.connect(self.save_copy)
        view.remove_button.clicked.connect(self.remove)
        view.close_viewer_button.clicked.connect(view.close_viewer)
        context.changes.follow(view, [RecordKind.ATTACHMENT], lambda _c: self.load())
        self.load()

    def set_owner(self, owner_id: str, scope: AttachmentScope) -> None:
        """Show the attachments of another record (or of the same one, moved to the
        other audience)."""
        self.owner_id, self.scope = owner_id, scope
        self.view.close_viewer()
        self.view.say("")
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self, select_id: str | None = None) -> None:
        service, owner_id, scope = self.service, self.owner_id, self.scope
        self._select_after_load = select_id
        self.context.ops.query(
            self.view, lambda _ctx: service.list_for(owner_id, scope)
        ).on_success(self._show_list).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show_list(self, attachments: list[Attachment]) -> None:
        select_id = self._select_after_load or self.view.current_id()
        self.attachments = attachments
        rows = [(a.id, wording.row_text(a), wording.row_description(a)) for a in attachments]
        self.view.show_rows(rows, select_id)
        self._selected(self.view.list.currentRow())
        shown_ids = {a.id for a in attachments}
        if self.view.viewer_box.isVisible() and self._shown_id not in shown_ids:
            self.view.close_viewer()

    def current(self) -> Attachment | None:
        row = self.view.list.currentRow()
        return self.attachments[row] if 0 <= row < len(self.attachments) else None

    def _selected(self, _row: int) -> None:
        current = self.current()
        usable = current is not None and current.stored
        self.view.set_selection_actions(
            current is not None, shown=usable and current is not None and current.shown_in_app
        )
        self.view.save_button.setEnabled(usable)

    # ------------------------------------------------------------------ showing
    def show_current(self) -> None:
        current = self.current()
        if current is None:
            return
        if not current.stored:
            self.view.say(wording.not_here(current.file_name))
            return
        if not current.shown_in_app:
            self.view.say(wording.not_shown(current.file_name))
            return
        service, scope = self.service, self.scope
        self.context.ops.query(
            self.view, lambda _ctx: service.read_for_display(current.id, scope)
        ).on_success(self._show_content).on_failure(
            lambda exc: self._content_failed(current, exc)
        ).with_busy(self.view.set_busy).run()

    def _show_content(self, shown: ShownAttachment) -> None:
        attachment = shown.attachment
        caption = wording.shown_caption(attachment.file_name)
        self._shown_id = attachment.id
        self.view.say("")
        if shown.text is not None:
            self.view.show_text(caption, shown.text)
            return
        image = QImage.fromData(bytes(shown.data))
        if image.isNull():
            self.view.close_viewer()
            self.view.say(wording.picture_unreadable(attachment.file_name))
            return
        self.view.show_image(caption, image)

    def _content_failed(self, attachment: Attachment, exc: BaseException) -> None:
        if isinstance(exc, AttachmentDamaged):
            self.view.close_viewer()
            self.view.say(wording.damaged(exc.file_name or attachment.file_name))
        elif isinstance(exc, NotFound) and exc.code == "attachment_not_here":
            self.view.say(wording.not_here(attachment.file_name))
        else:
            self._failed(exc)

    # ------------------------------------------------------------------ adding
    def add(self) -> None:
        if not self.editable:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.view, wording.choose_title(), str(start_folder()), wording.file_filter()
        )
        if not chosen:
            return
        path = Path(chosen)
        service, owner_id, scope = self.service, self.owner_id, self.scope

        def work(ctx: OpContext) -> Attachment:
            return service.add(owner_id, scope, path, lambda done, total: ctx.progress(done, total))

        def added(attachment: Attachment) -> None:
            self.load(attachment.id)
            self.view.say(wording.added(attachment.file_name))

        self.context.ops.collection(self.view, work, lambda a: _changed(a.id)).on_success(
            added
        ).on_failure(self._failed).with_progress(wording.adding(path.name), cancellable=True).run()

    # ------------------------------------------------------------------ saving a copy
    def save_copy(self) -> None:
        current = self.current()
        if current is None or not current.stored:
            return
        if not ask(
            self.view,
            wording.save_warning_title(),
            wording.save_warning(current.file_name),
            wording.save_warning_button(),
        ):
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view, wording.save_title(), suggested_path(current.file_name)
        )
        if not chosen:
            return
        target = Path(chosen)
        service, scope = self.service, self.scope

        def work(ctx: OpContext) -> Path:
            return service.save_copy(
                current.id, scope, target, lambda done, total: ctx.progress(done, total)
            )

        def saved(path: Path) -> None:
            self.view.say(wording.saved(current.file_name, str(path.parent)))

        self.context.ops.query(self.view, work).on_success(saved).on_failure(
            lambda exc: self._content_failed(current, exc)
        ).with_progress(wording.saving(current.file_name), cancellable=True).run()

    # ------------------------------------------------------------------ removing
    def remove(self) -> None:
        current = self.current()
        if current is None or not self.editable:
            return
        if not ask(
            self.view,
            wording.remove_title(),
            wording.remove_question(current.file_name),
            wording.remove_button(),
            destructive=True,
        ):
            return
        service, scope = self.service, self.scope

        def removed(_result: None) -> None:
            if self._shown_id == current.id:
                self.view.close_viewer()
            self.load()
            self.view.say(wording.removed(current.file_name))

        self.context.ops.collection(
            self.view, lambda _ctx: service.remove(current.id, scope), _changed(current.id)
        ).on_success(removed).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
