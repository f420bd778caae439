"""Decides what the "Coping resources" page does; every read and change is a typed
operation. The library is read once per load on the worker thread (the sealed
list-and-search index, services/resources/index.py → ``ResourceIndex``); each keystroke
then searches the index on the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit, ValidationError
from safespace_desktop.core.resources.model import Resource, ResourceDraft
from safespace_desktop.core.resources.search import ResourceIndex
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.services.resources.examples import EXAMPLES, add_examples
from safespace_desktop.ui.resources import wording
from safespace_desktop.ui.resources.actions import folders, printing
from safespace_desktop.ui.resources.actions.drafts import EditorDrafts
from safespace_desktop.ui.resources.attachments import ReaderAttachments
from safespace_desktop.ui.resources.browsing import ResourceBrowsing
from safespace_desktop.ui.resources.view import ResourcesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Resources", text)


def _changed(resource_id: str | None = None) -> ChangeSet:
    if resource_id is None:
        return ChangeSet.kinds(RecordKind.RESOURCE)
    return ChangeSet.of(RecordKind.RESOURCE, resource_id)


def load_index(service: ResourcesService) -> tuple[ResourceIndex, int]:
    """Worker thread: the search index over the sealed list-and-search index (only rows
    that changed are opened; the session's copy when nothing did)."""
    return service.load_index()


class ResourcesController(ResourceBrowsing, QObject):
    def __init__(self, context: SessionContext, view: ResourcesView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = ResourcesService(context.vault)
        self.index = ResourceIndex([])
        self._start_browsing()
        self.attachments = ReaderAttachments(
            context, view.reader, editable=not context.vault.read_only
        )
        # The resource the editor was filled from (None: a new one); its revision goes
        # with the save so an edit typed over an older version is refused, never lost.
        self.form_resource: Resource | None = None
        self.drafts = EditorDrafts(self)
        view.filters.changed.connect(self.apply_filters)
        view.list.selectionModel().currentChanged.connect(self._selected)
        view.new_button.clicked.connect(self.new)
        view.edit_button.clicked.connect(self.edit)
        view.editor.save_button.clicked.connect(self.save)
        view.editor.cancel_button.clicked.connect(self.cancel)
        view.editor.stale.reload_button.clicked.connect(self.reload)
        view.checked_button.clicked.connect(self.mark_checked)
        view.delete_button.clicked.connect(self.delete)
        view.examples_button.clicked.connect(self.add_examples)
        view.reader.link_activated.connect(self._link)
        view.print_button.clicked.connect(lambda: printing.print_handout(self))
        view.pdf_button.clicked.connect(lambda: printing.save_pdf(self))
        view.import_button.clicked.connect(lambda: folders.import_folder(self))
        view.export_button.clicked.connect(lambda: folders.export_library(self))
        view.suggestions_button.clicked.connect(self.show_suggestions)
        context.changes.follow(view, [RecordKind.RESOURCE], lambda _c: self.load())
        self.load()

    def today(self) -> date:
        return today_from(self.context.vault.clock.now())

    # ------------------------------------------------------------------ reading
    def load(self, select_id: str | None = None) -> None:
        if select_id is not None:
            self.current_id = select_id
        service = self.service
        # The first read waits for the page's first paint: reading while the new page is
        # laid out would fight the GUI thread for the interpreter lock (a stall).
        self.context.ops.query(self.view, lambda _ctx: load_index(service)).on_success(
            self._loaded
        ).on_failure(self._failed).with_busy(self.view.set_busy).after_first_paint(self.view).run()

    def _loaded(self, result: tuple[ResourceIndex, int]) -> None:
        self.index, damaged = result
        today = self.today()
        self.view.filters.set_tags(self.index.tags())
        due = sorted(
            (r for r in self.index.resources() if r.due_for_review(today)),
            key=lambda r: (r.last_checked or date.min, r.title.casefold()),
        )
        self.view.show_review(wording.review_text(due, today))
        if damaged:
            self.view.say(fill(_tr("%1 resources could not be opened (damaged)."), damaged))
        self.apply_filters()
        self.drafts.offer()

    def _resource_shown(self, resource: Resource) -> None:
        self.view.set_resource_actions_enabled(True, needs_checking=resource.needs_checking)

    def _link(self, url: str) -> None:
        self.view.reader.say_link(
            fill(
                _tr(
                    "This link points to %1. The app never opens links; if you trust it, "
                    "type it into a browser yourself."
                ),
                url,
            )
        )

    # ------------------------------------------------------------------ editing
    def new(self) -> None:
        self.form_resource = None
        self.view.editor.show_draft(ResourceDraft(""), today=self.today(), new=True)
        self.drafts.filled()
        self.view.show_editor()

    def edit(self) -> None:
        resource = self.current()
        if resource is None:
            return
        self.form_resource = resource
        self.view.editor.show_draft(resource.draft(), today=self.today(), new=False)
        self.drafts.filled()
        self.view.show_editor()

    def cancel(self) -> None:
        shown, self.form_resource = self.form_resource, None
        self.drafts.forget(shown.id if shown is not None else "")
        self.view.show_reader()

    def save(self) -> None:
        try:
            draft = self.view.editor.draft()
        except ValidationError as exc:
            self.view.editor.say(describe(exc))
            return
        service, shown = self.service, self.form_resource
        if shown is None:
            op = self.context.ops.collection(
                self.view, lambda _ctx: service.add(draft), lambda r: _changed(r.id)
            )
        else:
            resource_id, rev = shown.id, shown.rev
            op = self.context.ops.collection(
                self.view,
                lambda _ctx: service.update(resource_id, draft, expected_rev=rev),
                _changed(resource_id),
            )
        op.on_success(self._saved).on_failure(self._save_failed).run()

    def _saved(self, resource: Resource) -> None:
        shown, self.form_resource = self.form_resource, None
        self.drafts.forget(shown.id if shown is not None else "")
        self.view.show_reader()
        self.view.say(fill(_tr("Saved “%1”."), resource.title))
        self.load(resource.id)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            self.view.editor.say("")
            self.view.editor.stale.say(describe(exc))  # the typing stays as it is
        else:
            self.view.editor.say(describe(exc))

    def reload(self) -> None:
        """Reload: the saved version replaces the typing (only when the person chooses)."""
        shown = self.form_resource
        if shown is None:
            return
        service, resource_id = self.service, shown.id

        def reloaded(resource: Resource) -> None:
            self.form_resource = resource
            self.view.editor.show_draft(resource.draft(), today=self.today(), new=False)
            self.drafts.filled()

        self.context.ops.query(self.view, lambda _ctx: service.get(resource_id)).on_success(
            reloaded
        ).on_failure(self._save_failed).run()

    # ------------------------------------------------------------------ other changes
    def mark_checked(self) -> None:
        resource = self.current()
        if resource is None:
            return
        service, today, resource_id = self.service, self.today(), resource.id

        def checked(saved: Resource) -> None:
            self.view.say(fill(_tr("Marked “%1” as checked today."), saved.title))
            self.load(saved.id)

        self.context.ops.collection(
            self.view, lambda _ctx: service.mark_checked(resource_id, today), _changed(resource_id)
        ).on_success(checked).on_failure(self._failed).run()

    def delete(self) -> None:
        resource = self.current()
        if resource is None:
            return
        if not ask(
            self.view,
            _tr("Remove resource"),
            fill(_tr("Remove “%1” and its files from the library?"), resource.title),
            _tr("&Remove"),
            destructive=True,
        ):
            return
        service, resource_id, rev = self.service, resource.id, resource.rev

        def deleted(_result: None) -> None:
            self.current_id = None
            self.view.say(fill(_tr("Removed “%1”."), resource.title))
            self.load()

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.delete(resource_id, expected_rev=rev),
            _changed(resource_id) | ChangeSet.kinds(RecordKind.ATTACHMENT),
        ).on_success(deleted).on_failure(self._failed).run()

    def add_examples(self) -> None:
        service = self.service
        # Stored in the person's language (issue 14).
        worded = tuple(content.resource_example(draft) for draft in EXAMPLES)

        def added(resources: list[Resource]) -> None:
            self.view.say(fill(_tr("Added %1 example resources."), len(resources)))
            self.load()

        self.context.ops.collection(
            self.view, lambda _ctx: add_examples(service, worded), _changed()
        ).on_success(added).on_failure(self._failed).run()

    def show_suggestions(self) -> None:
        from safespace_desktop.ui.resources.suggestions_controller import open_suggestions

        titles = {r.id: r.title for r in self.index.resources()}
        open_suggestions(self.context, self.view, titles)

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
