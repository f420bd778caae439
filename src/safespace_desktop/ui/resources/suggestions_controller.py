"""Decides what the suggestions dialog does. Listing collects new drops from the drop
box (a write: they become group-key records), so it runs as a collection op."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.resources.model import Suggestion
from safespace_desktop.services.resources import SuggestionsService
from safespace_desktop.ui.resources.suggestions_view import SuggestionsDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

_CHANGED = ChangeSet.kinds(RecordKind.RESOURCE_SUGGESTION)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Resources", text)


def row_text(suggestion: Suggestion, titles: dict[str, str]) -> str:
    lines = []
    if suggestion.resource_id:
        title = titles.get(suggestion.resource_id, _tr("a resource that was removed"))
        lines.append(fill(_tr("Correction to “%1”"), title))
    elif suggestion.title:
        lines.append(fill(_tr("New resource: %1"), suggestion.title))
    lines.append(suggestion.text)
    signed = suggestion.from_name or _tr("no name given")
    received = format_date(suggestion.received_on) if suggestion.received_on else ""
    status = _tr("handled") if suggestion.handled else _tr("new")
    lines.append(" · ".join(p for p in (signed, received, status) if p))
    return "\n".join(lines)


class SuggestionsController(QObject):
    def __init__(
        self, context: SessionContext, dialog: SuggestionsDialog, titles: dict[str, str]
    ) -> None:
        super().__init__(dialog)
        self.context = context
        self.dialog = dialog
        self.titles = titles
        self.service = SuggestionsService(context.vault)
        self.suggestions: list[Suggestion] = []
        dialog.handled_button.clicked.connect(self.toggle_handled)
        dialog.remove_button.clicked.connect(self.remove)
        self.load()

    def load(self) -> None:
        service = self.service
        self.context.ops.collection(self.dialog, lambda _ctx: service.inbox(), _CHANGED).on_success(
            self._show
        ).on_failure(self._failed).run()

    def _show(self, suggestions: list[Suggestion]) -> None:
        self.suggestions = suggestions
        self.dialog.show_rows([(s.id, row_text(s, self.titles)) for s in suggestions])
        if not suggestions:
            self.dialog.say(_tr("No suggestions yet."))

    def _current(self) -> Suggestion | None:
        wanted = self.dialog.current_id()
        return next((s for s in self.suggestions if s.id == wanted), None)

    def toggle_handled(self) -> None:
        current = self._current()
        if current is None:
            return
        service, handled = self.service, not current.handled
        self.context.ops.collection(
            self.dialog,
            lambda _ctx: service.set_handled(current.id, handled, expected_rev=current.rev),
            _CHANGED,
        ).on_success(lambda _r: self.load()).on_failure(self._failed).run()

    def remove(self) -> None:
        current = self._current()
        if current is None:
            return
        service = self.service
        self.context.ops.collection(
            self.dialog, lambda _ctx: service.delete(current.id), _CHANGED
        ).on_success(lambda _r: self.load()).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.dialog.say(describe(exc))


def open_suggestions(
    context: SessionContext, parent: QWidget, titles: dict[str, str] | None = None
) -> SuggestionsDialog:
    dialog = SuggestionsDialog(parent)
    SuggestionsController(context, dialog, titles or {})
    # A vault on a write-protected disk: suggestions can be read, not marked or removed.
    hold_read_only(context.vault.read_only, [dialog.handled_button, dialog.remove_button])
    dialog.setModal(True)
    dialog.show()
    return dialog
