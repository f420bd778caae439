"""Typing in the follow-up form survives a lock (ui/session/kept_typing.py).

The next time this facilitator opens Home, the form shows that typing again, over the
follow-up it was typed for (so a save still states the revision it was typed over). The
draft is taken when it is shown: from then on the typing is in the form, and a later
lock keeps it again.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.services.form_drafts import FormDraft
from safespace_desktop.ui.home import wording
from safespace_desktop.ui.home.view import FormFields
from safespace_desktop.ui.session.kept_typing import KeptTyping, Values

if TYPE_CHECKING:
    from safespace_desktop.ui.home.controller import HomeController

FORM = "follow_up"
EMPTY: FormFields = ("", None, "", "")


def _to_json(fields: FormFields) -> dict[str, JsonValue]:
    text, due, member_id, meeting_id = fields
    return {
        "text": text,
        "due_on": due.isoformat() if due is not None else None,
        "member_id": member_id,
        "meeting_id": meeting_id,
    }


def _from_json(values: dict[str, JsonValue]) -> FormFields:
    due = values.get("due_on")
    try:
        due_on = date.fromisoformat(due) if isinstance(due, str) else None
    except ValueError:
        due_on = None
    return (
        str(values.get("text") or ""),
        due_on,
        str(values.get("member_id") or ""),
        str(values.get("meeting_id") or ""),
    )


class FollowUpDrafts:
    def __init__(self, controller: HomeController) -> None:
        self.controller = controller
        self.kept = KeptTyping(
            controller.context,
            controller.view,
            FORM,
            unsaved=self._unsaved,
            record_id=lambda: controller.form_item.id if controller.form_item else "",
            restore=self._restore,
            take=True,
        )
        self.offer = self.kept.offer

    def _unsaved(self) -> Values | None:
        controller = self.controller
        shown = controller.form_item
        before = controller.fields_of(shown) if shown is not None else EMPTY
        typed = controller.view.fields()
        if typed == before or (shown is None and not typed[0].strip()):
            return None
        return _to_json(typed)

    def _restore(self, draft: FormDraft) -> None:
        controller = self.controller
        row = next((i for i, item in enumerate(controller.items) if item.id == draft.record_id), -1)
        if draft.record_id and row < 0:
            return  # the follow-up is gone (done or removed elsewhere): nothing to put back
        if row >= 0:
            controller.view.list.setCurrentRow(row)
        else:
            controller.clear_form()
        controller.view.show_fields(_from_json(dict(draft.fields)), controller.today())
        controller.view.say(wording.typing_back())
