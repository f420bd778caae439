"""Managing the group's own templates (issue 9): rename, replace with the agenda on
screen, delete. Every change runs as an operation and refreshes the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.meetings.model import TITLE_MAX, MeetingTemplate, SegmentDraft
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.meetings.dialogs import TextDialog, answered
from safespace_desktop.ui.meetings.templates_dialog import TemplatesDialog
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from collections.abc import Callable

    from safespace_desktop.ui.meetings.agenda_controller import AgendaController
    from safespace_desktop.ui.runtime.ops import OpContext

_CHANGED = ChangeSet.kinds(RecordKind.MEETING_TEMPLATE)


def parts(template: MeetingTemplate) -> str:
    count = len(template.segments)
    return wording.tr("one part") if count == 1 else fill(wording.tr("%1 parts"), count)


def manage_templates(controller: AgendaController) -> TemplatesDialog:
    dialog = TemplatesDialog(controller.view)
    own: dict[str, MeetingTemplate] = {}
    templates = controller.templates

    def load() -> None:
        def shown(found: list[MeetingTemplate]) -> None:
            own.clear()
            own.update({t.id: t for t in found if not t.builtin})
            dialog.show_templates(
                [
                    (
                        t.id,
                        fill(wording.tr("%1 — %2, %3 min"), t.name, parts(t), t.minutes),
                    )
                    for t in own.values()
                ]
            )

        controller.context.ops.query(dialog, lambda _ctx: templates.templates()).on_success(
            shown
        ).on_failure(lambda exc: dialog.say(describe(exc))).run()

    def change(work: Callable[[OpContext], object], said: str) -> None:
        def done(_result: object) -> None:
            dialog.say(said)
            load()

        def failed(exc: BaseException) -> None:
            dialog.say(describe(exc))
            load()

        controller.context.ops.collection(dialog, work, _CHANGED).on_success(done).on_failure(
            failed
        ).run()

    def rename(template_id: str) -> None:
        template = own[template_id]
        name_dialog = TextDialog(
            wording.tr("Rename the template"),
            wording.tr("A name the group will recognise."),
            wording.tr("&Name:"),
            wording.tr("&Rename"),
            dialog,
            object_name="renameTemplateDialog",
            limit=TITLE_MAX,
        )
        name_dialog.edit.setText(template.name)
        name = answered(name_dialog, lambda shown: shown.text())
        if name is None:
            return
        change(
            lambda _ctx: templates.save_template(
                name,
                template.segments,
                minutes=template.minutes,
                description=template.description,
                template_id=template.id,
                expected_rev=template.rev,
            ),
            fill(wording.tr("Renamed to “%1”."), name),
        )

    def replace_with_agenda(template_id: str) -> None:
        template, detail = own[template_id], controller.detail
        if detail is None:
            dialog.say(wording.tr("Open a meeting with an agenda first."))
            return
        drafts = tuple(
            SegmentDraft(s.title, s.minutes, s.kind, s.read_aloud, s.note, s.public, s.resource_ids)
            for s in detail.segments
        )
        change(
            lambda _ctx: templates.save_template(
                template.name,
                drafts,
                minutes=detail.meeting.minutes,
                description=template.description,
                template_id=template.id,
                expected_rev=template.rev,
            ),
            fill(wording.tr("“%1” now follows this agenda."), template.name),
        )

    def delete(template_id: str) -> None:
        template = own[template_id]
        if not ask(
            dialog,
            wording.tr("Delete the template"),
            fill(wording.tr("Delete “%1”? Agendas made from it stay as they are."), template.name),
            wording.tr("&Delete"),
        ):
            return
        change(
            lambda _ctx: templates.delete_template(template.id, expected_rev=template.rev),
            fill(wording.tr("Deleted “%1”."), template.name),
        )

    dialog.rename_requested.connect(rename)
    dialog.replace_requested.connect(replace_with_agenda)
    dialog.delete_requested.connect(delete)
    load()
    return dialog
