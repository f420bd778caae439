"""What the facilitators' library and the members' resources page share: the list that
follows each keystroke and the reader that follows the selection. Each controller
adds what only its page does in ``_filtered`` and ``_resource_shown``."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex

from safespace_desktop.core.resources.model import Resource
from safespace_desktop.ui.resources import wording
from safespace_desktop.ui.resources.model import ID_ROLE
from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Resources", text)


def describe_resource(resource: Resource, today: date) -> tuple[str, str, str, str, str]:
    """(title, meta, service details, content note, body) as the reader shows them."""
    service = "\n".join(
        fill(_tr("%1: %2"), caption, value) for caption, value in wording.service_lines(resource)
    )
    note = wording.content_note_text(resource.content_note) if resource.content_note else ""
    return (
        resource.title,
        wording.meta_text(resource, today),
        service,
        note,
        resource.body,
    )


class ResourceBrowsing:
    """A mixin for a page controller with ``view``, ``index``, ``attachments`` and
    ``today()``; ``current_id`` and ``_shown`` are set up by ``_start_browsing``."""

    view: Any
    index: Any
    attachments: Any

    def _start_browsing(self) -> None:
        self.current_id: str | None = None
        self._shown: tuple[str, int, object] | None = None

    def today(self) -> date:
        raise NotImplementedError

    def _filtered(self, rows: list[Resource]) -> list[Resource]:
        return rows

    def _resource_shown(self, resource: Resource) -> None:
        """Page-specific extras once ``resource`` is in the reader."""

    def apply_filters(self) -> None:
        """One keystroke: search the in-memory index and reset the list model."""
        rows = self._filtered(self.index.search(self.view.filters.filters()))
        self.view.model.set_rows(rows, self.today())
        self.view.count_label.setText(wording.count_text(len(rows), len(self.index)))
        row = self.view.model.row_of(self.current_id) if self.current_id else -1
        if row >= 0:
            self.view.list.setCurrentIndex(self.view.model.index(row))
        self._show_current()

    def current(self) -> Resource | None:
        found: Resource | None = self.index.get(self.current_id) if self.current_id else None
        return found

    def _selected(self, index: QModelIndex, _previous: QModelIndex) -> None:
        resource_id = index.data(ID_ROLE) if index.isValid() else None
        if resource_id != self.current_id:
            self.current_id = resource_id
            self._show_current()

    def _show_current(self) -> None:
        resource = self.current()
        shown = None if resource is None else (resource.id, resource.rev, resource.audience)
        if shown is not None and shown == self._shown:
            return  # a keystroke that keeps the same resource leaves the reader as it is
        self._shown = shown
        if resource is None:
            self.view.reader.clear()
            self.view.set_resource_actions_enabled(False)
            return
        self.view.reader.show_resource(*describe_resource(resource, self.today()))
        self.attachments.show(resource)
        self._resource_shown(resource)
