"""Decides what the Agenda tab does: shows the selected meeting's agenda with its
times, and adds, edits, reorders and removes segments, fills the agenda from a
template, picks topics from the backlog, moves and cancels the meeting. Every call is
a typed operation; a scheduled occurrence is stored (``ensure``) inside the same
operation as the first change that needs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.core.meetings.agenda import move, timing
from safespace_desktop.core.meetings.model import (
    Meeting,
    MeetingDetail,
    MeetingTemplate,
    Segment,
    SegmentDraft,
    SegmentKind,
    Topic,
)
from safespace_desktop.core.resources.model import ResourceSummary
from safespace_desktop.services.meetings import (
    AgendaService,
    MeetingsService,
    MeetingTemplatesService,
    TopicsService,
)
from safespace_desktop.services.resources.library import ResourcesService
from safespace_desktop.ui.meetings import agenda_actions, run_action, template_actions, wording
from safespace_desktop.ui.meetings.agenda_panel import SegmentFields
from safespace_desktop.ui.meetings.view import MeetingsView
from safespace_desktop.ui.resources.picker import pick_resources
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.meetings.controller import MeetingsController

T = TypeVar("T")
AGENDA_CHANGES = ChangeSet.kinds(RecordKind.AGENDA, RecordKind.MEETING)
TOPIC_CHANGES = ChangeSet.kinds(RecordKind.MEETING_TOPIC, RecordKind.AGENDA, RecordKind.MEETING)


def segment_fields(segment: Segment) -> SegmentFields:
    return (
        segment.title,
        segment.minutes,
        segment.kind,
        segment.public,
        segment.read_aloud,
        segment.note,
    )


class AgendaController(QObject):
    def __init__(
        self, context: SessionContext, view: MeetingsView, meetings: MeetingsController
    ) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.panel = view.agenda
        self.meetings_controller = meetings
        self.meetings = MeetingsService(context.vault)
        self.service = AgendaService(context.vault)
        self.templates = MeetingTemplatesService(context.vault)
        self.topics = TopicsService(context.vault)
        self.meeting: Meeting | None = None
        self.detail: MeetingDetail | None = None
        self.topic_list: list[Topic] = []
        self.template_list: list[MeetingTemplate] = []
        # The segment the form was filled from: its revision goes with the save.
        self.form_segment: Segment | None = None
        self._select_after_load: str | None = None
        self._focus_title_after_load = False
        self.running_console: QWidget | None = None  # the meeting console, once opened
        p = self.panel
        p.segments.currentRowChanged.connect(self._segment_selected)
        p.segments.move_requested.connect(self.move_selected)
        p.segments.order_dropped.connect(self.reorder)
        p.segments.add_requested.connect(self.add_segment)
        p.segments.remove_requested.connect(self.remove_segment)
        p.add_button.clicked.connect(self.add_segment)
        p.remove_button.clicked.connect(self.remove_segment)
        p.up_button.clicked.connect(lambda: self.move_selected(-1))
        p.down_button.clicked.connect(lambda: self.move_selected(1))
        p.save_button.clicked.connect(self.save_segment)
        p.run_button.clicked.connect(lambda: run_action.run_meeting(self))
        p.link_resources_button.clicked.connect(self.link_resources)
        p.stale.reload_button.clicked.connect(self.reload_segment)
        p.add_topic_button.clicked.connect(self.add_topic)
        p.topic_edit.returnPressed.connect(self.add_topic)
        p.pick_topic_button.clicked.connect(self.pick_topic)
        p.drop_topic_button.clicked.connect(self.drop_topic)
        p.move_button.clicked.connect(lambda: agenda_actions.move_meeting(self))
        p.cancel_button.clicked.connect(lambda: agenda_actions.cancel_meeting(self))
        p.restore_button.clicked.connect(lambda: agenda_actions.restore_meeting(self))
        p.save_template_button.clicked.connect(lambda: agenda_actions.save_as_template(self))
        p.manage_templates_button.clicked.connect(self.manage_templates)
        p.print_agenda_button.clicked.connect(lambda: agenda_actions.print_agenda(self))
        p.print_agreement_button.clicked.connect(lambda: agenda_actions.print_agreement(self))
        p.templates_menu.aboutToShow.connect(lambda: agenda_actions.fill_templates_menu(self))
        context.changes.follow(
            view,
            [RecordKind.AGENDA, RecordKind.AGREEMENT],
            lambda _c: self.load_detail(),
        )
        context.changes.follow(view, [RecordKind.MEETING_TOPIC], lambda _c: self.load_topics())
        context.changes.follow(
            view, [RecordKind.MEETING_TEMPLATE], lambda _c: self.load_templates()
        )
        p.show_fields(None)
        agenda_actions.fill_templates_menu(self)
        # The topic backlog and the templates are read by ``load_lists``, once the
        # meetings list and the selected meeting's agenda have been asked for.

    def load_lists(self) -> None:
        """The topic backlog and the templates (after the page's first rows)."""
        self.load_topics()
        self.load_templates()

    # ------------------------------------------------------------------ reading
    def show(self, meeting: Meeting | None) -> None:
        changed = self.meeting is None or meeting is None or self.meeting.id != meeting.id
        self.meeting = meeting
        if meeting is None:
            self.detail = None
            return
        self.panel.show_meeting(
            wording.meeting_heading(meeting),
            wording.status_text(meeting),
            cancelled=meeting.cancelled,
            stored=meeting.stored,
        )
        if changed:
            self.form_segment = None
            self.panel.stale.say("")
        if meeting.stored:
            self.load_detail()
        else:
            self._show_detail(MeetingDetail(meeting))

    def load_detail(self, select_id: str | None = None) -> None:
        meeting = self.meeting
        if meeting is None or not meeting.stored:
            return
        if select_id is not None:
            self._select_after_load = select_id
        service, meeting_id = self.service, meeting.id
        self.context.ops.query(self.view, lambda _ctx: service.detail(meeting_id)).on_success(
            self._show_detail
        ).on_failure(self.fail).run()

    def _show_detail(self, detail: MeetingDetail) -> None:
        if self.meeting is None or detail.meeting.id != self.meeting.id:
            return  # an answer for a meeting no longer shown
        self.detail = detail
        meeting = detail.meeting
        times = timing(meeting.start, meeting.minutes, [s.minutes for s in detail.segments])
        over = times.over_from()
        rows = []
        for i, s in enumerate(detail.segments):
            late = over is not None and i >= over
            text = wording.segment_row(times.starts[i], s.title, s.minutes, s.public, late)
            if s.kind is SegmentKind.AGREEMENT:
                text = wording.agreement_row(text, detail.agreement_version)
            rows.append((s.id, text, late))
        select_id = self._select_after_load or (self.form_segment.id if self.form_segment else None)
        self._select_after_load = None
        ids = [s.id for s in detail.segments]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self.panel.show_segments(rows, row)
        self.panel.show_total(wording.total_text(times))
        if self._focus_title_after_load and row >= 0:
            self._focus_title_after_load = False
            self.panel.title_edit.setFocus()
            self.panel.title_edit.selectAll()

    def current_segment(self) -> Segment | None:
        row = self.panel.segments.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.segments):
            return None
        return self.detail.segments[row]

    def _segment_selected(self, _row: int) -> None:
        segment = self.current_segment()
        shown = self.form_segment
        if segment is None:
            self.form_segment = None
            self.panel.show_fields(None)
            return
        if (
            shown is not None
            and shown.id == segment.id
            and self.panel.fields() != segment_fields(shown)
        ):
            # Unsaved typing stays, tied to the revision it was typed over.
            return
        self.form_segment = segment
        resources = (
            fill(wording.tr("Linked resources: %1"), len(segment.resource_ids))
            if segment.resource_ids
            else ""
        )
        self.panel.show_fields(segment_fields(segment), resources)
        self.panel.stale.say("")
        if segment.resource_ids:
            self._show_resource_titles(segment)

    def _show_resource_titles(self, segment: Segment) -> None:
        """Name the linked resources (only those this person may read)."""
        library, ids = ResourcesService(self.context.vault), list(segment.resource_ids)

        def shown(summaries: list[ResourceSummary]) -> None:
            current = self.current_segment()
            if current is None or current.id != segment.id:
                return
            titles = ", ".join(s.title for s in summaries)
            self.panel.resources.setText(fill(wording.tr("Linked resources: %1"), titles))

        self.context.ops.query(self.view, lambda _ctx: library.summaries(ids)).on_success(
            shown
        ).run()

    def manage_templates(self) -> None:
        dialog = template_actions.manage_templates(self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def link_resources(self) -> None:
        """Choose coping resources for the selected segment (the resources' picker)."""
        segment = self.current_segment()
        if segment is None:
            return
        chosen = pick_resources(self.view, self.context, list(segment.resource_ids))
        if chosen is not None and chosen != list(segment.resource_ids):
            self.set_resource_ids(chosen)

    def load_topics(self) -> None:
        topics = self.topics
        self.context.ops.query(self.view, lambda _ctx: topics.topics()).on_success(
            self._show_topics
        ).on_failure(self.fail).run()

    def load_templates(self) -> None:
        templates = self.templates

        def show(found: list[MeetingTemplate]) -> None:
            # Built-in templates in the person's language, so an agenda filled from one
            # is stored in that language (issue 14).
            self.template_list = [content.meeting_template(t) for t in found]
            agenda_actions.fill_templates_menu(self)

        self.context.ops.query(self.view, lambda _ctx: templates.templates()).on_success(
            show
        ).on_failure(self.fail).run()

    def _show_topics(self, topics: list[Topic]) -> None:
        self.topic_list = topics
        self.panel.show_topics([(t.id, t.text) for t in topics])

    # ------------------------------------------------------------------ helpers
    def run_on_meeting(
        self,
        work: Callable[[str], T],
        changes: ChangeSet,
        done: Callable[[T], None],
    ) -> None:
        """Run ``work(meeting_id)`` in one operation, storing a scheduled occurrence
        first when it has no record yet."""
        meeting = self.meeting
        if meeting is None:
            return
        meetings = self.meetings

        def job(_ctx: object) -> tuple[Meeting, T]:
            stored = meeting if meeting.stored else meetings.ensure(meeting)
            return stored, work(stored.id)

        def finished(result: tuple[Meeting, T]) -> None:
            stored, value = result
            if not meeting.stored:
                self.meeting = stored
                self.meetings_controller.stored(stored)
            done(value)

        self.context.ops.collection(self.view, job, changes | AGENDA_CHANGES).on_success(
            finished
        ).on_failure(self.fail).run()

    # ------------------------------------------------------------------ segments
    def add_segment(self) -> None:
        current = self.current_segment()
        position = None
        if current is not None and self.detail is not None:
            position = self.detail.segments.index(current) + 1
        service = self.service
        draft = SegmentDraft(wording.tr("New segment"), 10, SegmentKind.DISCUSSION)

        def added(segment: Segment) -> None:
            self.form_segment = None
            self._focus_title_after_load = True
            self.load_detail(segment.id)
            self.panel.say(wording.tr("Segment added. Type its title, then Ctrl+S."))

        self.run_on_meeting(
            lambda meeting_id: service.add_segment(meeting_id, draft, position=position),
            AGENDA_CHANGES,
            added,
        )

    def save_segment(self) -> None:
        segment = self.current_segment()
        shown = self.form_segment
        if segment is None:
            return
        expected = shown.rev if shown is not None and shown.id == segment.id else segment.rev
        title, minutes, kind, public, read_aloud, note = self.panel.fields()
        service = self.service

        def saved(updated: Segment) -> None:
            self.form_segment = updated
            self.panel.stale.say("")
            self.panel.show_fields(segment_fields(updated))
            self.panel.say(fill(wording.tr("Saved “%1”."), updated.title))
            self.load_detail(updated.id)

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.update_segment(
                segment.id,
                title=title,
                minutes=minutes,
                kind=kind,
                public=public,
                read_aloud=read_aloud,
                note=note,
                expected_rev=expected,
            ),
            ChangeSet.of(RecordKind.AGENDA, segment.id),
        ).on_success(saved).on_failure(self._save_failed).run()

    def set_resource_ids(self, resource_ids: list[str]) -> None:
        """Link coping resources to the selected segment (the resources picker calls this)."""
        segment = self.current_segment()
        if segment is None:
            return
        service = self.service
        self.context.ops.collection(
            self.view,
            lambda _ctx: service.update_segment(
                segment.id, resource_ids=resource_ids, expected_rev=segment.rev
            ),
            ChangeSet.of(RecordKind.AGENDA, segment.id),
        ).on_success(lambda s: self.load_detail(s.id)).on_failure(self._save_failed).run()

    def reload_segment(self) -> None:
        self.form_segment = None
        self.panel.stale.say("")
        self.load_detail()

    def remove_segment(self) -> None:
        segment = self.current_segment()
        if segment is None:
            return
        if not ask(
            self.view,
            wording.tr("Remove segment"),
            fill(wording.tr("Remove “%1” from this agenda?"), segment.title),
            wording.tr("&Remove"),
            destructive=True,
        ):
            return
        service = self.service

        def removed(_result: None) -> None:
            self.form_segment = None
            self.panel.say(fill(wording.tr("Removed “%1”."), segment.title))
            self.load_detail()

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.remove_segment(segment.id, expected_rev=segment.rev),
            ChangeSet.of(RecordKind.AGENDA, segment.id),
        ).on_success(removed).on_failure(self.fail).run()

    def move_selected(self, offset: int) -> None:
        segment = self.current_segment()
        if segment is None or self.detail is None:
            return
        order = move([s.id for s in self.detail.segments], segment.id, offset)
        self.reorder(order, keep=segment.id)

    def reorder(self, order: list[str], keep: str | None = None) -> None:
        if self.detail is None or self.meeting is None:
            return
        current = self.current_segment()
        selected = keep or (current.id if current is not None else None)
        if order == [s.id for s in self.detail.segments]:
            return
        service, meeting_id = self.service, self.meeting.id

        def moved(_segments: object) -> None:
            self.load_detail(selected)
            self.panel.segments.setFocus()

        self.context.ops.collection(
            self.view, lambda _ctx: service.reorder(meeting_id, order), AGENDA_CHANGES
        ).on_success(moved).on_failure(self.fail).run()

    # ------------------------------------------------------------------ topics
    def add_topic(self) -> None:
        text = self.panel.topic_edit.text()
        if not text.strip():
            return
        topics = self.topics
        meeting = self.meeting
        today = (
            self.meetings_controller.overview.today if self.meetings_controller.overview else None
        )
        # Typed while a meeting that has happened is open: it was raised at that meeting.
        raised = (
            meeting.id
            if meeting is not None and meeting.stored and today is not None and meeting.on <= today
            else ""
        )

        def added(topic: Topic) -> None:
            self.panel.topic_edit.clear()
            self.panel.say(fill(wording.tr("“%1” is in the topic backlog."), topic.text))
            self.load_topics()

        self.context.ops.collection(
            self.view,
            lambda _ctx: topics.add(text, raised_meeting_id=raised),
            ChangeSet.kinds(RecordKind.MEETING_TOPIC),
        ).on_success(added).on_failure(self.fail).run()

    def pick_topic(self) -> None:
        topic_id = self.panel.current_topic()
        topic = next((t for t in self.topic_list if t.id == topic_id), None)
        if topic is None:
            return
        topics = self.topics

        def picked(segment: Segment) -> None:
            self.panel.say(fill(wording.tr("“%1” is on the agenda."), segment.title))
            self.load_topics()
            self.load_detail(segment.id)

        self.run_on_meeting(
            lambda meeting_id: topics.pick(topic.id, meeting_id, expected_rev=topic.rev),
            TOPIC_CHANGES,
            picked,
        )

    def drop_topic(self) -> None:
        topic_id = self.panel.current_topic()
        topic = next((t for t in self.topic_list if t.id == topic_id), None)
        if topic is None:
            return
        topics = self.topics
        self.context.ops.collection(
            self.view,
            lambda _ctx: topics.drop(topic.id, expected_rev=topic.rev),
            ChangeSet.kinds(RecordKind.MEETING_TOPIC),
        ).on_success(lambda _t: self.load_topics()).on_failure(self.fail).run()

    # ------------------------------------------------------------------ failures
    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            self.panel.say("")
            self.panel.stale.say(describe(exc))  # the typed fields stay as they are
        else:
            self.fail(exc)

    def fail(self, exc: BaseException) -> None:
        self.panel.say(describe(exc))
