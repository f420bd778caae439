"""A save refused because someone else changed the entry first (StaleEdit).

The form keeps every typed field and the strip above Save says what happened. Only
when the person chooses Reload is the entry read again and shown as saved now,
replacing what they typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from safespace_desktop.core.model import Member

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController


class StaleActions(QObject):
    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        controller.view.member.stale_banner.reload_button.clicked.connect(self.reload)

    def reload(self) -> None:
        controller = self.controller
        current = controller.current
        if current is None or controller.editing_new:
            return
        service, member_id = controller.members, current.id

        def show(member: Member) -> None:
            if controller.current is None or controller.current.id != member_id:
                return  # the person chose someone else meanwhile
            if controller.editing_new:
                return
            controller.model.replace_member(member)
            row = controller.model.row_of(member_id)
            controller.show_member(controller.model.member_at(row) if row is not None else member)
            controller.view.form.name_edit.setFocus()

        controller.context.ops.query(
            controller.view, lambda _ctx: service.get(member_id)
        ).on_success(show).on_failure(controller.failed).run()
