"""Repositories per record family, built from the record registry.

Each is a ``SealedRecords`` (or, for a person's own rows, ``SlotRecords``) whose
methods take the unit of work; the scope comes from ``registry.RECORD_TYPES``, so a
family can never be read or written under the wrong scope.
"""

from __future__ import annotations

from dataclasses import dataclass

from safespace_desktop.storage import tables as t
from safespace_desktop.storage.blobs import BlobStore
from safespace_desktop.storage.journal_index import JournalIndex
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.registry import ScopeKind, record_type
from safespace_desktop.storage.resource_drops import DropBoxRecords  # feedback (issue 13)


def group_records(table: type[t.SealedRecordMixin], group_id: str) -> SealedRecords:
    if table is t.FeedbackDropRecord:  # feedback (issue 13): opened through the drop box
        return DropBoxRecords(group_id, table, derive_box=True)
    scope_kind = record_type(table.__tablename__).scope  # type: ignore[attr-defined]
    if scope_kind is ScopeKind.COMMONS:
        return SealedRecords(table, Scope.commons(group_id))
    if scope_kind is ScopeKind.GROUP:
        return SealedRecords(table, Scope.group(group_id))
    raise ValueError(f"{table.__tablename__} is not a group-wide table")  # type: ignore[attr-defined]


@dataclass(frozen=True)
class GroupRepositories:
    """The group-wide families. Field names match the roster services' old ``Repos``."""

    group_id: str
    members: SealedRecords
    consents: SealedRecords
    wordings: SealedRecords
    pairs: SealedRecords
    settings: SealedRecords
    drafts: SealedRecords
    versions: SealedRecords
    affirmations: SealedRecords
    group_settings: SealedRecords
    facilitators: SealedRecords
    prompts: SealedRecords
    form_drafts: SealedRecords
    # resources (issue 11); the drop box is reached through storage/resource_drops.py
    resources_shared: SealedRecords
    resources_facilitators: SealedRecords
    resource_library: SealedRecords
    resource_suggestions: SealedRecords
    # attach (issue 11): attachment records by scope, and their chunked content.
    attachments_commons: SealedRecords
    attachments_group: SealedRecords
    blobs: BlobStore
    # meetings (issue 9, meet)
    meeting_schedules: SealedRecords
    meetings: SealedRecords
    agenda_segments: SealedRecords
    agenda_private: SealedRecords
    meeting_templates: SealedRecords
    meeting_topics: SealedRecords
    meeting_index: SealedRecords
    # attendance, meeting record and follow-ups (issue 9, attend)
    attendance: SealedRecords
    attendance_counts: SealedRecords
    meeting_records: SealedRecords
    meeting_outcomes: SealedRecords  # issue 10: how a run meeting went
    follow_ups: SealedRecords
    # carekit (issue 13): the co-facilitator rota and the succession checklist
    rota_entries: SealedRecords
    care_checklist: SealedRecords
    # pagesperf (issue 15): which follow-ups are open (local index)
    follow_up_index: SealedRecords
    # resperf (issue 15): the coping resources' list-and-search index (local, per audience)
    resource_index_shared: SealedRecords
    resource_index_facilitators: SealedRecords
    roster_index: SealedRecords  # issue 15: the roster's sealed index
    feedback_responses: SealedRecords  # collected kiosk responses and evaluations

    @classmethod
    def for_group(cls, group_id: str) -> GroupRepositories:
        def repo(table: type[t.SealedRecordMixin]) -> SealedRecords:
            return group_records(table, group_id)

        return cls(
            group_id=group_id,
            members=repo(t.MemberRecord),
            consents=repo(t.ConsentLogRecord),
            wordings=repo(t.ConsentWordingRecord),
            pairs=repo(t.CheckinPairRecord),
            settings=repo(t.RosterSettingsRecord),
            drafts=repo(t.AgreementDraftRecord),
            versions=repo(t.AgreementVersionRecord),
            affirmations=repo(t.AgreementAffirmationRecord),
            group_settings=repo(t.GroupSettings),
            facilitators=repo(t.FacilitatorRecord),
            prompts=repo(t.GroupPromptRecord),
            form_drafts=repo(t.FormDraftRecord),
            # resources (issue 11)
            resources_shared=repo(t.SharedResourceRecord),
            resources_facilitators=repo(t.FacilitatorResourceRecord),
            resource_library=repo(t.ResourceLibraryRecord),
            resource_suggestions=repo(t.ResourceSuggestionRecord),
            # attach (issue 11)
            attachments_commons=repo(t.AttachmentCommonsRecord),
            attachments_group=repo(t.AttachmentGroupRecord),
            blobs=BlobStore(group_id),
            # meetings (issue 9, meet)
            meeting_schedules=repo(t.MeetingScheduleRecord),
            meetings=repo(t.MeetingRecord),
            agenda_segments=repo(t.AgendaSegmentRecord),
            agenda_private=repo(t.AgendaPrivateRecord),
            meeting_templates=repo(t.MeetingTemplateRecord),
            meeting_topics=repo(t.MeetingTopicRecord),
            meeting_index=repo(t.MeetingIndexRecord),
            # attendance, meeting record and follow-ups (issue 9, attend)
            attendance=repo(t.AttendanceRecord),
            attendance_counts=repo(t.AttendanceCountRecord),
            meeting_records=repo(t.MeetingNotesRecord),
            meeting_outcomes=repo(t.MeetingOutcomeRecord),
            follow_ups=repo(t.FollowUpRecord),
            # carekit (issue 13)
            rota_entries=repo(t.RotaEntryRecord),
            care_checklist=repo(t.CareChecklistRecord),
            # pagesperf (issue 15)
            follow_up_index=repo(t.FollowUpIndexRecord),
            # resperf (issue 15)
            resource_index_shared=repo(t.SharedResourceIndexRecord),
            resource_index_facilitators=repo(t.FacilitatorResourceIndexRecord),
            roster_index=repo(t.RosterIndexRecord),
            feedback_responses=repo(t.FeedbackResponseRecord),
        )

    # feedback (issue 13): anonymous responses, evaluations and topics sealed to the
    # drop box; only a group-key holder opens them (storage/resource_drops.py).
    @property
    def feedback_drops(self) -> DropBoxRecords:
        return DropBoxRecords(self.group_id, t.FeedbackDropRecord, derive_box=True)


@dataclass(frozen=True)
class JournalRepositories:
    """One person's own families, sealed under their journal key."""

    slot_id: str
    entries: SlotRecords
    drafts: SlotRecords
    safety_plans: SlotRecords
    settings: SlotRecords
    templates: SlotRecords
    index: JournalIndex
    resource_favourites: SlotRecords  # resources (issue 11)

    @classmethod
    def for_slot(cls, slot_id: str) -> JournalRepositories:
        return cls(
            slot_id=slot_id,
            entries=SlotRecords(t.JournalEntryRecord, slot_id),
            drafts=SlotRecords(t.JournalDraftRecord, slot_id),
            safety_plans=SlotRecords(t.SafetyPlanRecord, slot_id),
            settings=SlotRecords(t.JournalSettingsRecord, slot_id),
            templates=SlotRecords(t.JournalTemplateRecord, slot_id),
            index=JournalIndex(slot_id),
            resource_favourites=SlotRecords(t.ResourceFavouritesRecord, slot_id),  # issue 11
        )
