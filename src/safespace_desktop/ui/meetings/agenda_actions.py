"""The Agenda tab's less frequent actions: templates, moving and cancelling the
meeting, saving a template, and printing the agenda and the group agreement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from safespace_desktop.core.agreement import AgreementVersion
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.meetings.model import (
    TITLE_MAX,
    Meeting,
    MeetingDetail,
    MeetingTemplate,
)
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.meetings.dialogs import MeetingDialog, MeetingValues, TextDialog, answered
from safespace_desktop.ui.meetings.printing import LARGE_PRINT_SCALE, agenda_document
from safespace_desktop.ui.printing.documents import PRINT_SCALE, agreement_document, print_document
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.widgets.headings import scaled_font
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.meetings.agenda_controller import AgendaController

MEETING_CHANGES = ChangeSet.kinds(RecordKind.MEETING)


# ---------------------------------------------------------------------------- templates
def fill_templates_menu(controller: AgendaController) -> None:
    """The templates (built in, then the group's own), as last read, when the menu opens."""
    menu = controller.panel.templates_menu
    menu.clear()
    for template in controller.template_list:
        action = menu.addAction(template.name)
        action.setObjectName(f"template:{template.key}")
        action.triggered.connect(lambda _checked=False, t=template: apply_template(controller, t))


def apply_template(controller: AgendaController, template: MeetingTemplate) -> None:
    detail = controller.detail
    if (
        detail is not None
        and detail.segments
        and not ask(
            controller.view,
            wording.tr("Fill from a template"),
            fill(
                wording.tr("Replace the %1 segments of this agenda with “%2”?"),
                len(detail.segments),
                template.name,
            ),
            wording.tr("&Replace agenda"),
        )
    ):
        return
    service = controller.service

    def filled(result: MeetingDetail) -> None:
        controller.panel.say(fill(wording.tr("The agenda now follows “%1”."), template.name))
        controller.meetings_controller.stored(result.meeting)
        controller._show_detail(result)
        controller.panel.segments.setFocus()

    controller.run_on_meeting(
        lambda meeting_id: service.apply_template(meeting_id, template), MEETING_CHANGES, filled
    )


def save_as_template(controller: AgendaController) -> None:
    meeting = controller.meeting
    if meeting is None or not meeting.stored:
        return
    dialog = TextDialog(
        wording.tr("Save as template"),
        wording.tr("The group can use this agenda again for later meetings."),
        wording.tr("&Name:"),
        wording.tr("&Save template"),
        controller.view,
        object_name="saveTemplateDialog",
        limit=TITLE_MAX,
    )
    name = answered(dialog, lambda shown: shown.text())
    if name is None:
        return
    templates = controller.templates
    controller.context.ops.collection(
        controller.view,
        lambda _ctx: templates.save_from_meeting(meeting.id, name),
        ChangeSet.kinds(RecordKind.MEETING_TEMPLATE),
    ).on_success(
        lambda t: controller.panel.say(fill(wording.tr("Saved the template “%1”."), t.name))
    ).on_failure(controller.fail).run()


# ---------------------------------------------------------------------------- the meeting
def _changed_meeting(controller: AgendaController, meeting: Meeting, said: str) -> None:
    controller.panel.say(said)
    controller.meetings_controller.stored(meeting)


def move_meeting(controller: AgendaController) -> None:
    meeting = controller.meeting
    if meeting is None:
        return
    dialog = MeetingDialog(
        wording.tr("Move this meeting"),
        wording.tr("&Move meeting"),
        MeetingValues(meeting.on, meeting.start, meeting.minutes, meeting.place, meeting.title),
        controller.view,
        object_name="moveMeetingDialog",
    )
    values = answered(dialog, lambda shown: shown.values())
    if values is None:
        return
    meetings = controller.meetings
    rev = meeting.rev if meeting.stored else None

    def work(meeting_id: str) -> Meeting:
        return meetings.update(
            meeting_id,
            on=values.on,
            start=values.start,
            minutes=values.minutes,
            place=values.place,
            title=values.title,
            expected_rev=rev,
        )

    controller.run_on_meeting(
        work,
        MEETING_CHANGES,
        lambda m: _changed_meeting(controller, m, wording.tr("The meeting is changed.")),
    )


def cancel_meeting(controller: AgendaController) -> None:
    meeting = controller.meeting
    if meeting is None:
        return
    dialog = TextDialog(
        wording.tr("Cancel this meeting"),
        wording.tr("Members will see this reason next to the meeting."),
        wording.tr("&Reason:"),
        wording.tr("&Cancel meeting"),
        controller.view,
        object_name="cancelMeetingDialog",
    )
    reason = answered(dialog, lambda shown: shown.text())
    if reason is None:
        return
    meetings = controller.meetings
    rev = meeting.rev if meeting.stored else None
    controller.run_on_meeting(
        lambda meeting_id: meetings.cancel(meeting_id, reason, expected_rev=rev),
        MEETING_CHANGES,
        lambda m: _changed_meeting(controller, m, wording.tr("The meeting is cancelled.")),
    )


def restore_meeting(controller: AgendaController) -> None:
    meeting = controller.meeting
    if meeting is None or not meeting.stored:
        return
    meetings = controller.meetings
    controller.run_on_meeting(
        lambda meeting_id: meetings.restore(meeting_id, expected_rev=meeting.rev),
        MEETING_CHANGES,
        lambda m: _changed_meeting(controller, m, wording.tr("The meeting is planned again.")),
    )


# ---------------------------------------------------------------------------- printing
def _send(controller: AgendaController, document: QTextDocument) -> None:
    try:
        printed = print_document(document, controller.view)
    finally:
        document.clear()
        document.deleteLater()
    if printed:
        controller.panel.say(wording.tr("Sent to the printer."))


def print_agenda(controller: AgendaController) -> None:
    meeting = controller.meeting
    panel = controller.panel
    if meeting is None:
        return
    large = panel.large_print_box.isChecked()
    facilitator_copy = panel.facilitator_copy_box.isChecked()
    if not meeting.stored:
        _send(
            controller,
            agenda_document(
                MeetingDetail(meeting), panel.font(), large_print=large, facilitator_copy=False
            ),
        )
        return
    service, meeting_id = controller.service, meeting.id
    controller.context.ops.query(panel, lambda _ctx: service.detail(meeting_id)).on_success(
        lambda detail: _send(
            controller,
            agenda_document(
                detail, panel.font(), large_print=large, facilitator_copy=facilitator_copy
            ),
        )
    ).on_failure(controller.fail).run()


def print_agreement(controller: AgendaController) -> None:
    panel = controller.panel
    large = panel.large_print_box.isChecked()
    service = AgreementService(controller.context.vault)

    def send(version: AgreementVersion) -> None:
        font = panel.font()
        if large:
            font = scaled_font(font, LARGE_PRINT_SCALE / PRINT_SCALE)
        _send(controller, agreement_document(version, font))

    controller.context.ops.query(panel, lambda _ctx: service.printable()).on_success(
        send
    ).on_failure(controller.fail).run()
