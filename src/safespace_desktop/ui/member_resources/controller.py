"""Decides what a member's resources page does. Members read only the commons-key
resources; favourites live under their journal key; suggestions go into the drop box."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.resources.model import Resource
from safespace_desktop.core.resources.search import ResourceIndex
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.resources import (
    FavouritesService,
    ResourcesService,
    SuggestionsService,
)
from safespace_desktop.ui.member_resources.suggest_view import SuggestDialog
from safespace_desktop.ui.member_resources.view import MemberResourcesView
from safespace_desktop.ui.resources.attachments import ReaderAttachments
from safespace_desktop.ui.resources.browsing import ResourceBrowsing
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Resources", text)


def _load(
    resources: ResourcesService, favourites: FavouritesService
) -> tuple[ResourceIndex, list[str]]:
    """Worker thread: the members' resources (from their sealed index, kept for the
    session) and this member's favourites."""
    return resources.load_index()[0], favourites.ids()


class MemberResourcesController(ResourceBrowsing, QObject):
    def __init__(self, context: SessionContext, view: MemberResourcesView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.resources = ResourcesService(context.vault)
        self.favourites = FavouritesService(context.vault)
        self.suggestions = SuggestionsService(context.vault)
        self.index = ResourceIndex([])
        self.favourite_ids: list[str] = []
        self._start_browsing()
        self.attachments = ReaderAttachments(context, view.reader, editable=False)
        self.dialog: SuggestDialog | None = None
        view.filters.changed.connect(self.apply_filters)
        view.favourites_only.toggled.connect(self.apply_filters)
        view.list.selectionModel().currentChanged.connect(self._selected)
        view.favourite_button.clicked.connect(self.toggle_favourite)
        view.suggest_button.clicked.connect(lambda: self.open_suggest(""))
        view.correction_button.clicked.connect(lambda: self.open_suggest(self.current_id or ""))
        view.reader.link_activated.connect(
            lambda url: view.reader.say_link(
                fill(_tr("This link points to %1. The app never opens links."), url)
            )
        )
        context.changes.follow(
            view, [RecordKind.RESOURCE, RecordKind.RESOURCE_FAVOURITES], lambda _c: self.load()
        )
        self.load()

    def today(self) -> date:
        return today_from(self.context.vault.clock.now())

    def load(self) -> None:
        resources, favourites = self.resources, self.favourites
        # The first read waits for the page's first paint (no fight for the interpreter
        # lock while the new page is laid out).
        self.context.ops.query(self.view, lambda _ctx: _load(resources, favourites)).on_success(
            self._loaded
        ).on_failure(self._failed).with_busy(self.view.set_busy).after_first_paint(self.view).run()

    def _loaded(self, result: tuple[ResourceIndex, list[str]]) -> None:
        self.index, self.favourite_ids = result
        self.view.filters.set_tags(self.index.tags())
        self.apply_filters()

    def _filtered(self, rows: list[Resource]) -> list[Resource]:
        if self.view.favourites_only.isChecked():
            return [r for r in rows if r.id in self.favourite_ids]
        return rows

    def _resource_shown(self, resource: Resource) -> None:
        self.view.set_resource_actions_enabled(True)
        self.view.set_favourite(resource.id in self.favourite_ids)

    def toggle_favourite(self) -> None:
        resource = self.current()
        if resource is None:
            return
        service, wanted = self.favourites, resource.id not in self.favourite_ids

        def saved(ids: list[str]) -> None:
            self.favourite_ids = ids
            self.view.set_favourite(wanted)
            self.view.say(
                _tr("Added to your favourites.") if wanted else _tr("Removed from your favourites.")
            )

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.set_favourite(resource.id, wanted),
            ChangeSet.of(RecordKind.RESOURCE_FAVOURITES),
        ).on_success(saved).on_failure(self._failed).run()

    def open_suggest(self, resource_id: str) -> None:
        dialog = SuggestDialog(resource_id, self.view)
        self.dialog = dialog
        dialog.send_button.clicked.connect(lambda: self.send(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.setModal(True)
        dialog.show()

    def send(self, dialog: SuggestDialog) -> None:
        draft = dialog.draft(dialog.correction_of)
        service = self.suggestions

        def sent(_result: None) -> None:
            dialog.accept()
            self.view.say(_tr("Thank you. Your suggestion was sent to the facilitators."))

        self.context.ops.collection(
            dialog,
            lambda _ctx: service.suggest(draft),
            ChangeSet.of(RecordKind.RESOURCE_SUGGESTION),
        ).on_success(sent).on_failure(lambda exc: dialog.say(describe(exc))).run()

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
