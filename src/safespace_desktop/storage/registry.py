"""The registry of record types: what the vault stores, under which scope, with which
fields, how each field merges, how it travels and which ``RecordKind`` a change to it
reports (DESIGN.md §3.2 and §4; sync.md §2).

A sync export or import enumerates ``RECORD_TYPES`` (or ``synced_types(channel)``)
instead of keeping its own list; ``tests/unit/test_record_registry.py`` fails when a
sealed table is missing here or a service writes a field that is not declared.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.storage import tables as t
from safespace_desktop.storage.record_rules import (
    SYSTEM_FIELDS,
    Channel,
    Merge,
    RecordType,
    ScopeKind,
)

__all__ = [  # the rules' vocabulary is imported from here by everyone else
    "RECORD_TYPES",
    "SYSTEM_FIELDS",
    "Channel",
    "Merge",
    "RecordType",
    "ScopeKind",
    "record_type",
    "sealed_types",
    "synced_types",
]


def _fields(**merges: Merge) -> Mapping[str, Merge]:
    return MappingProxyType(dict(merges))


KEEP, LATEST, ONCE = Merge.KEEP_BOTH, Merge.LATEST_WINS, Merge.SET_ONCE
_CONTACT = {"phone": LATEST, "email": LATEST, "best_time": LATEST, "message_ok": LATEST}
_AGREEMENT_ORIGIN = {"origin": ONCE, "origin_text": ONCE, "origin_title": ONCE, "amends": ONCE}
_PLAN_LISTS = (
    "warning_signs",
    "coping_on_my_own",
    "distractions",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
    "reasons_for_living",
)

# What an anonymous kiosk response or evaluation holds (feedback, issue 13).
_ANSWERS = dict.fromkeys(
    ("kind", "meeting_id", "meeting_on", "rating", "helped", "better")
    + ("safe", "heard", "agreement", "helps", "change"),
    ONCE,
)

G, C, J = ScopeKind.GROUP, ScopeKind.COMMONS, ScopeKind.JOURNAL
BUNDLE, PERSONAL = Channel.GROUP_BUNDLE, Channel.PERSONAL_FILE

RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(
        t.GroupSettings,
        C,
        RecordKind.GROUP_SETTINGS,
        BUNDLE,
        _fields(group_name=LATEST, facilitator_lock_seconds=LATEST, member_lock_seconds=LATEST),
    ),
    RecordType(
        t.FacilitatorRecord,
        G,
        RecordKind.ACCOUNT,
        BUNDLE,
        _fields(
            handle=LATEST, public_key=ONCE, status=LATEST, exchange_key=LATEST
        ),  # devices #12: exchange_key
    ),
    RecordType(
        t.MemberRecord,
        G,
        RecordKind.MEMBER,
        BUNDLE,
        _fields(
            name=LATEST,
            pronouns=LATEST,
            note=KEEP,
            archived=LATEST,
            status=LATEST,
            status_since=LATEST,
            joined_on=LATEST,
            role=LATEST,
            access_needs=LATEST,
            access_note=KEEP,
            journal_slot_id=LATEST,
            former_number=ONCE,
            forgotten_on=ONCE,
            **_CONTACT,
        ),
    ),
    RecordType(
        t.ConsentLogRecord,
        G,
        RecordKind.CONSENT,
        BUNDLE,
        _fields(
            purpose=ONCE,
            wording_id=ONCE,
            wording_version=ONCE,
            given_on=ONCE,
            method=ONCE,
            withdrawn_on=LATEST,
            ended=LATEST,
        ),
    ),
    RecordType(
        t.ConsentWordingRecord,
        C,
        RecordKind.CONSENT_WORDING,
        BUNDLE,
        _fields(kind=ONCE, version=ONCE, title=ONCE, text=ONCE, created_on=ONCE),
    ),
    RecordType(
        t.CheckinPairRecord,
        G,
        RecordKind.CHECKIN_PAIR,
        BUNDLE,
        _fields(member_ids=ONCE, since=ONCE, ended=LATEST, ended_on=LATEST),
    ),
    RecordType(
        t.RosterSettingsRecord,
        G,
        RecordKind.ROSTER_SETTINGS,
        BUNDLE,
        _fields(retention_months=LATEST, keep_talk_totals=LATEST),
    ),
    RecordType(
        t.AgreementDraftRecord,
        G,
        RecordKind.AGREEMENT,
        BUNDLE,
        _fields(
            title=LATEST,
            text=KEEP,
            created_on=ONCE,
            kept_title=LATEST,
            kept_text=KEEP,
            **_AGREEMENT_ORIGIN,
        ),
    ),
    RecordType(
        t.AgreementVersionRecord,
        C,
        RecordKind.AGREEMENT,
        BUNDLE,
        _fields(number=ONCE, title=ONCE, text=ONCE, adopted_on=ONCE, **_AGREEMENT_ORIGIN),
    ),
    RecordType(
        t.AgreementAffirmationRecord,
        G,
        RecordKind.AGREEMENT,
        BUNDLE,
        _fields(version=ONCE, version_id=ONCE, meeting_on=ONCE, present=ONCE, agreed=ONCE),
    ),
    RecordType(
        t.GroupPromptRecord,
        C,
        RecordKind.GROUP_PROMPT,
        BUNDLE,
        _fields(text=ONCE, date=ONCE),
    ),
    RecordType(
        t.JournalEntryRecord,
        J,
        RecordKind.JOURNAL_ENTRY,
        PERSONAL,
        _fields(entry=KEEP, created=ONCE),
    ),
    RecordType(
        t.JournalDraftRecord,
        J,
        RecordKind.JOURNAL_DRAFT,
        Channel.NOT_SYNCED,
        _fields(entry=LATEST, editing_id=LATEST),
        reason="an autosaved draft belongs to the PC it was typed on",
    ),
    RecordType(
        t.SafetyPlanRecord,
        J,
        RecordKind.SAFETY_PLAN,
        PERSONAL,
        _fields(**dict.fromkeys(_PLAN_LISTS, KEEP)),
    ),
    RecordType(
        t.JournalSettingsRecord,
        J,
        RecordKind.JOURNAL_SETTINGS,
        Channel.NOT_SYNCED,
        _fields(show_on_this_day=LATEST, receive_group_prompts=LATEST),
        reason="preferences of this PC; the personal file carries entries, plan and templates",
    ),
    RecordType(
        t.JournalTemplateRecord,
        J,
        RecordKind.JOURNAL_TEMPLATE,
        PERSONAL,
        _fields(name=LATEST, body=KEEP),
    ),
    RecordType(
        t.JournalIndexBlock,
        J,
        RecordKind.JOURNAL_ENTRY,
        Channel.NOT_SYNCED,
        _fields(rows=LATEST),
        reason="derived from the entries on this PC and checked against them; rebuilt, never sent",
        derived=True,
    ),
    RecordType(
        t.CrisisLine,
        ScopeKind.PLAINTEXT,
        RecordKind.CRISIS_LINE,
        Channel.NOT_SYNCED,
        _fields(
            name=LATEST,
            phone=LATEST,
            hours=LATEST,
            note=LATEST,
            sort_order=LATEST,
            last_verified=LATEST,
            is_example=LATEST,
        ),
        reason="plaintext rows without a version vector; bundles need sync metadata first",
    ),
    RecordType(
        t.FormDraftRecord,
        G,
        RecordKind.FORM_DRAFT,
        Channel.NOT_SYNCED,
        _fields(owner=ONCE, form=ONCE, record_id=ONCE, fields=LATEST, saved_at=LATEST),
        reason="unsaved typing kept when the app locked belongs to the PC it was typed on",
    ),
    # resources (issue 11); their files are attachment records owned by the resource id
    *(
        RecordType(
            table,
            scope,
            RecordKind.RESOURCE,
            BUNDLE,
            _fields(
                title=LATEST,
                kind=LATEST,
                body=KEEP,
                tags=LATEST,
                content_note=LATEST,
                offers=KEEP,
                phone=LATEST,
                address=LATEST,
                hours=LATEST,
                directions=KEEP,
                accessibility=KEEP,
                last_checked=LATEST,
                review_months=LATEST,
                is_example=LATEST,
                created_on=ONCE,
            ),
        )
        for table, scope in ((t.SharedResourceRecord, C), (t.FacilitatorResourceRecord, G))
    ),
    RecordType(
        t.ResourceLibraryRecord,
        C,
        RecordKind.RESOURCE,
        BUNDLE,
        _fields(drop_box_public_key=LATEST),
    ),
    RecordType(
        t.ResourceSuggestionDropRecord,
        G,
        RecordKind.RESOURCE_SUGGESTION,
        Channel.NOT_SYNCED,
        _fields(text=ONCE, title=ONCE, resource_id=ONCE, from_name=ONCE),
        reason=(
            "a member's sealed drop on this PC; a facilitator collects it into "
            "resource_suggestions, which travel"
        ),
    ),
    RecordType(
        t.ResourceSuggestionRecord,
        G,
        RecordKind.RESOURCE_SUGGESTION,
        BUNDLE,
        _fields(
            text=ONCE,
            title=ONCE,
            resource_id=ONCE,
            from_name=ONCE,
            received_on=ONCE,
            handled=LATEST,
        ),
    ),
    RecordType(
        t.ResourceFavouritesRecord,
        J,
        RecordKind.RESOURCE_FAVOURITES,
        PERSONAL,
        _fields(resource_ids=LATEST),
    ),
    # attach (issue 11): attachment records; their content travels as blobs by keyed id.
    *(
        RecordType(
            table,
            scope,
            RecordKind.ATTACHMENT,
            BUNDLE,
            _fields(
                owner_id=ONCE,
                file_name=LATEST,
                media_type=ONCE,
                size=ONCE,
                blob_id=ONCE,
                added_on=ONCE,
            ),
            blob_fields=("blob_id",),
        )
        for table, scope in ((t.AttachmentCommonsRecord, C), (t.AttachmentGroupRecord, G))
    ),
    # ---- meetings (issue 9, meet)
    RecordType(
        t.MeetingScheduleRecord,
        C,
        RecordKind.MEETING_SCHEDULE,
        BUNDLE,
        _fields(
            cadence=LATEST,
            weekday=LATEST,
            week_of_month=LATEST,
            start=LATEST,
            minutes=LATEST,
            place=LATEST,
            starts_on=LATEST,
            ends_on=LATEST,
            template_key=LATEST,
        ),
    ),
    RecordType(
        t.MeetingRecord,
        C,
        RecordKind.MEETING,
        BUNDLE,
        _fields(
            on=LATEST,
            start=LATEST,
            minutes=LATEST,
            place=LATEST,
            status=LATEST,
            cancel_reason=LATEST,
            extra=ONCE,
            title=LATEST,
            schedule_id=ONCE,
            occurs_on=ONCE,
        ),
    ),
    RecordType(
        t.AgendaSegmentRecord,
        C,
        RecordKind.AGENDA,
        BUNDLE,
        _fields(
            position=LATEST,
            title=LATEST,
            minutes=LATEST,
            kind=LATEST,
            read_aloud=KEEP,
            resource_ids=LATEST,
            starts_at=LATEST,  # meetui: a public part's start, for members' agendas
        ),
    ),
    RecordType(
        t.AgendaPrivateRecord,
        G,
        RecordKind.AGENDA,
        BUNDLE,
        _fields(
            public=LATEST,
            note=KEEP,
            position=LATEST,
            title=LATEST,
            minutes=LATEST,
            kind=LATEST,
            read_aloud=KEEP,
            resource_ids=LATEST,
            facilitator_resource_ids=LATEST,
        ),
    ),
    RecordType(
        t.MeetingTemplateRecord,
        G,
        RecordKind.MEETING_TEMPLATE,
        BUNDLE,
        _fields(name=LATEST, description=LATEST, minutes=LATEST, segments=LATEST),
    ),
    RecordType(
        t.MeetingTopicRecord,
        G,
        RecordKind.MEETING_TOPIC,
        BUNDLE,
        _fields(
            text=LATEST,
            source=ONCE,
            added_on=ONCE,
            status=LATEST,
            raised_meeting_id=ONCE,
            picked_meeting_id=LATEST,
        ),
    ),
    RecordType(
        t.MeetingIndexRecord,
        C,
        RecordKind.MEETING,
        Channel.NOT_SYNCED,
        _fields(entries=LATEST),
        reason="a local cache of the meeting rows, rebuilt from them on each PC",
        derived=True,
    ),
    # -- attendance, meeting record and follow-ups (issue 9, attend) ------------------
    RecordType(
        t.AttendanceRecord,
        G,
        RecordKind.ATTENDANCE,
        BUNDLE,
        _fields(member_id=ONCE, status=LATEST, marked_on=LATEST),
    ),
    RecordType(
        t.AttendanceCountRecord,
        G,
        RecordKind.ATTENDANCE,
        BUNDLE,
        _fields(
            meeting_id=ONCE,
            present=LATEST,
            late=LATEST,
            apologies=LATEST,
            newcomers=LATEST,
            folded=Merge.COUNTER,  # attendfix: people folded in when their rows were erased
        ),
    ),
    RecordType(
        t.MeetingNotesRecord,
        G,
        RecordKind.MEETING_RECORD,
        BUNDLE,
        _fields(
            meeting_id=ONCE, themes=KEEP, next_meeting=LATEST, volunteers=KEEP, final_notes=KEEP
        ),
    ),
    RecordType(  # issue 10: a run meeting's outcome; ratings carry no member id
        t.MeetingOutcomeRecord,
        G,
        RecordKind.MEETING_RECORD,
        BUNDLE,
        _fields(
            meeting_id=ONCE,
            held=LATEST,
            ratings=LATEST,
            safety_pauses=LATEST,
            segment_seconds=LATEST,
            talk_totals=LATEST,
        ),
    ),
    RecordType(
        t.FollowUpRecord,
        G,
        RecordKind.FOLLOW_UP,
        BUNDLE,
        _fields(
            text=KEEP,
            due_on=LATEST,
            done=LATEST,
            done_on=LATEST,
            member_id=LATEST,
            meeting_id=LATEST,
            created_on=ONCE,
        ),
    ),
    # pagesperf (issue 15): the follow-ups' open index, local like the meetings index.
    RecordType(
        t.FollowUpIndexRecord,
        G,
        RecordKind.FOLLOW_UP,
        Channel.NOT_SYNCED,
        _fields(entries=LATEST),
        reason="a local cache of which follow-up rows are open, rebuilt from them on each PC",
        derived=True,
    ),
    # resperf (issue 15): the coping resources' list-and-search index, one per audience,
    # each under its resources' key; local like the meetings index.
    *(
        RecordType(
            table,
            scope,
            RecordKind.RESOURCE,
            Channel.NOT_SYNCED,
            _fields(entries=LATEST),
            reason="a local cache of the resource rows for the list and search, rebuilt on each PC",
            derived=True,
        )
        for table, scope in (
            (t.SharedResourceIndexRecord, C),
            (t.FacilitatorResourceIndexRecord, G),
        )
    ),
    # issue 15: the roster's index, local like the follow-ups' one.
    RecordType(
        t.RosterIndexRecord,
        G,
        RecordKind.MEMBER,
        Channel.NOT_SYNCED,
        _fields(entries=LATEST),
        reason="a local cache of the member rows as last opened, rebuilt from them on each PC",
        derived=True,
    ),
    # carekit (issue 13): the co-facilitator rota and the succession checklist.
    RecordType(
        t.RotaEntryRecord,
        G,
        RecordKind.ROTA,
        BUNDLE,
        _fields(meeting_id=ONCE, lead=LATEST, support=LATEST, away=LATEST, cover=LATEST),
    ),
    RecordType(
        t.CareChecklistRecord,
        G,
        RecordKind.CARE_CHECKLIST,
        BUNDLE,
        _fields(  # one tick per checklist item
            **dict.fromkeys(
                ("join_kit", "agreement", "resources", "rota", "backups", "crisis_lines"), LATEST
            )
        ),
    ),
    # sync (issue 12): enrolled devices travel so every PC can check bundle signatures.
    RecordType(
        t.SyncDeviceRecord,
        G,
        RecordKind.SYNC_DEVICE,
        BUNDLE,
        _fields(
            replica_id=ONCE,
            public_key=ONCE,
            facilitator_id=ONCE,
            enrolled_hlc=ONCE,
            name=LATEST,
            status=LATEST,
        ),
    ),
    # feedback (issue 13): anonymous responses, evaluations and suggested topics sealed
    # to the drop box; no member id, no time (fixed writer at time 0), no rowid.
    RecordType(
        t.FeedbackDropRecord,
        G,
        RecordKind.FEEDBACK,
        Channel.NOT_SYNCED,
        _fields(**_ANSWERS, text=ONCE),
        reason=(
            "anonymous drops on the PC where they were given: sealed to the drop box with "
            "no writer or time to merge by; a facilitator's session collects topics into "
            "meeting_topics and responses and evaluations into feedback_responses, which travel"
        ),
    ),
    # The answers of collected responses and evaluations, as given (never edited).
    RecordType(t.FeedbackResponseRecord, G, RecordKind.FEEDBACK, BUNDLE, _fields(**_ANSWERS)),
)

_BY_NAME = {record.name: record for record in RECORD_TYPES}


def record_type(table: type[t.Base] | str) -> RecordType:
    name = table if isinstance(table, str) else str(table.__tablename__)
    return _BY_NAME[name]


def synced_types(channel: Channel) -> tuple[RecordType, ...]:
    """The record types a sync export or import of ``channel`` enumerates, in order."""
    return tuple(record for record in RECORD_TYPES if record.channel is channel)


def sealed_types() -> tuple[RecordType, ...]:
    return tuple(record for record in RECORD_TYPES if record.sealed)
