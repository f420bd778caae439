"""Choose resources to link to an agenda segment (issue 11 ↔ meetings, issue 9).

``pick_resources(parent, context, selected)`` shows the library with search and
returns the chosen resource ids in order (``None`` if the person cancelled). The
meetings feature stores them as ``resource_ids`` on the segment; members' agendas show
only the members' resources among them (``ResourcesService.summaries``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.resources.search import ResourceIndex
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.ui.resources import wording
from safespace_desktop.ui.resources.picker_view import PickerDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


class PickerController(QObject):
    def __init__(self, context: SessionContext, dialog: PickerDialog, selected: list[str]) -> None:
        super().__init__(dialog)
        self.context = context
        self.dialog = dialog
        self.index = ResourceIndex([])
        self.chosen: list[str] = list(dict.fromkeys(selected))
        dialog.filters.changed.connect(self.apply_filters)
        dialog.list.itemChanged.connect(self._toggled)
        service = ResourcesService(context.vault)
        context.ops.query(
            dialog, lambda _ctx: ResourceIndex(service.load_library().resources)
        ).on_success(self._loaded).on_failure(lambda exc: dialog.say(describe(exc))).run()

    def _loaded(self, index: ResourceIndex) -> None:
        self.index = index
        self.dialog.filters.set_tags(index.tags())
        self.apply_filters()

    def apply_filters(self) -> None:
        day = today_from(self.context.vault.clock.now())
        rows = self.index.search(self.dialog.filters.filters())
        self.dialog.show_rows([(r.id, wording.row_text(r, day), r.id in self.chosen) for r in rows])

    def _toggled(self, item: object) -> None:
        resource_id = str(item.data(Qt.ItemDataRole.UserRole))  # type: ignore[attr-defined]
        checked = item.checkState() == Qt.CheckState.Checked  # type: ignore[attr-defined]
        if checked and resource_id not in self.chosen:
            self.chosen.append(resource_id)
        elif not checked and resource_id in self.chosen:
            self.chosen.remove(resource_id)


def pick_resources(
    parent: QWidget | None, context: SessionContext, selected: list[str]
) -> list[str] | None:
    """The resource ids chosen, in the order they were ticked; None if cancelled."""
    dialog = PickerDialog(parent)
    controller = PickerController(context, dialog, selected)
    try:
        if dialog.exec() != PickerDialog.DialogCode.Accepted:
            return None
        return list(controller.chosen)
    finally:
        dialog.deleteLater()
