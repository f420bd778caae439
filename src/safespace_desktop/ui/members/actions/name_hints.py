"""While a name is typed, say (after a short pause) if someone on the roster already has
it or one like it. It never blocks saving: two people may have the same name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from safespace_desktop.core.roster import NameHint
from safespace_desktop.ui.wording.errors import name_hint_text

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController


class NameHintActions(QObject):
    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.update)
        controller.view.form.name_edit.textEdited.connect(lambda _t: self.timer.start())

    def update(self) -> None:
        controller = self.controller
        view = controller.view
        if not view.showing_member():
            return
        service, name = controller.members, view.form.name_edit.text()
        current = controller.current
        exclude = None if controller.editing_new or current is None else current.id

        def show(hint: NameHint | None) -> None:
            if name != view.form.name_edit.text():
                return  # a newer hint is on its way
            message = name_hint_text(hint)
            view.form.name_hint.setText(message)
            view.form.name_hint.setVisible(bool(message))

        controller.context.ops.query(
            view, lambda _ctx: service.name_hint(name, exclude_id=exclude)
        ).on_success(show).on_failure(lambda _exc: show(None)).run()
