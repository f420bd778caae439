"""The registry of record types is complete and matches what the app really writes:
every sealed table is registered with its scope, every field a service writes is
declared with a merge rule, and journals never travel in facilitator bundles."""

from __future__ import annotations

import shutil
from pathlib import Path

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.model import Role
from safespace_desktop.core.run.meeting import MeetingSummary
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.core.sync.record import DELETE_SEEN_FIELD, DELETED_FIELD, REDACTED_FIELD
from safespace_desktop.services.attachments import AttachmentScope, AttachmentsService
from safespace_desktop.services.follow_ups import FollowUpsService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.form_drafts import FormDraftsService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.meeting_outcome import MeetingOutcomeService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import registry
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.registry import Channel, Merge, ScopeKind
from safespace_desktop.storage.repositories import group_records
from safespace_desktop.storage.tables import JOURNAL_TABLES, SYNCED_TABLES, Base
from tests.unit.attendance_helpers import write_attendance_records
from tests.unit.meetings_helpers import write_one_of_each

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-schema1.safespace"
NOT_RECORDS = {"vault_meta", "slots", "unlock_throttle", "key_wraps"}  # account metadata
# attach (issue 11): sealed attachment content, referred to by records' blob fields.
NOT_RECORDS |= {"blob_chunks"}
NOT_RECORDS |= {"group_key_epochs"}  # devices (#12): epoch → key id, key metadata

# sync (issue 12): this PC's own sync bookkeeping, never a record that travels
NOT_RECORDS |= {"sync_local_device", "sync_import_log", "sync_export_log", "sync_peers"}
NOT_RECORDS |= {"sync_foreign_records"}  # records of types a newer app version knows
NOT_RECORDS |= {"sync_conflict_flags"}  # syncperf (#12): the conflicts inbox's index


def _sealed_table_names() -> set[str]:
    return {t.name for t in Base.metadata.sorted_tables if "payload_sealed" in t.columns}


def test_every_sealed_table_is_registered_as_sealed() -> None:
    sealed = {r.name for r in registry.sealed_types()}
    assert sealed == _sealed_table_names()


def test_every_table_is_a_registered_record_or_reviewed_account_metadata() -> None:
    tables = {t.name for t in Base.metadata.sorted_tables}
    registered = {r.name for r in registry.RECORD_TYPES}
    assert tables == registered | NOT_RECORDS
    assert not registered & NOT_RECORDS
    assert len(registered) == len(registry.RECORD_TYPES)  # no table twice


def test_scopes_agree_with_the_table_groups() -> None:
    journal = {r.name for r in registry.RECORD_TYPES if r.scope is ScopeKind.JOURNAL}
    assert journal == {t.__tablename__ for t in JOURNAL_TABLES}  # type: ignore[attr-defined]
    group_wide = {
        r.name for r in registry.RECORD_TYPES if r.scope in (ScopeKind.GROUP, ScopeKind.COMMONS)
    }
    assert {t.__tablename__ for t in SYNCED_TABLES} <= group_wide  # type: ignore[attr-defined]
    plaintext = [r for r in registry.RECORD_TYPES if r.scope is ScopeKind.PLAINTEXT]
    assert [r.name for r in plaintext] == ["crisis_lines"]


def test_journals_never_travel_in_facilitator_bundles() -> None:
    for record in registry.RECORD_TYPES:
        if record.scope is ScopeKind.JOURNAL:
            assert record.channel is not Channel.GROUP_BUNDLE, record.name
        if record.channel is Channel.PERSONAL_FILE:
            assert record.scope is ScopeKind.JOURNAL, record.name
        if record.channel is Channel.NOT_SYNCED:
            assert record.reason, f"{record.name}: say why it does not travel"
    bundle = registry.synced_types(Channel.GROUP_BUNDLE)
    assert bundle and all(r.scope in (ScopeKind.GROUP, ScopeKind.COMMONS) for r in bundle)


def test_every_record_kind_is_reported_by_some_record_type() -> None:
    assert {r.kind for r in registry.RECORD_TYPES} == set(RecordKind)


def test_fields_do_not_shadow_system_fields_and_every_merge_is_known() -> None:
    for record in registry.RECORD_TYPES:
        assert record.fields, record.name
        assert not set(record.fields) & set(registry.SYSTEM_FIELDS), record.name
        assert all(isinstance(m, Merge) for m in record.fields.values())
    # sync (issue 12): deletes also record what they had seen (_deleted_seen)
    assert set(registry.SYSTEM_FIELDS) == {DELETED_FIELD, REDACTED_FIELD, DELETE_SEEN_FIELD}


def test_crisis_line_fields_are_its_plaintext_columns() -> None:
    columns = {c.name for c in Base.metadata.tables["crisis_lines"].columns}
    assert set(registry.record_type("crisis_lines").fields) == columns - {"id", "deleted"}


def test_every_field_the_app_wrote_is_declared(tmp_path: Path) -> None:
    """Open every record of the schema-1 vault (plus a forgotten member) and check
    each stored field against the registry."""
    path = tmp_path / "v.ssvault"
    shutil.copyfile(FIXTURE, path)
    vault = Vault.open_existing(path)
    seen: dict[str, set[str]] = {}
    try:
        vault.unlock("sam", "demo kettle harbour maple")
        roster = MembersService(vault)
        hamid = next(m for m in roster.list_members() if m.name == "Hamid")
        ForgetService(vault).forget(hamid.id)
        # Kinds the schema-1 file predates get one record of their own.
        FormDraftsService(vault).save("member", "", {"name": "typed before the lock"})
        _write_resource_records(vault)  # resources (issue 11)
        _write_feedback_records(vault)  # feedback (issue 13)
        # attach (issue 11): one attachment in each scope.
        note = tmp_path / "note.txt"
        note.write_text("a note\n", encoding="utf-8")
        for scope in AttachmentScope:
            AttachmentsService(vault).add("owner", scope, note)
        write_one_of_each(vault)  # meetings (issue 9, meet)
        # Attendance, meeting record and follow-ups (issue 9, attend).
        meeting_id = write_attendance_records(vault, roster)
        # issue 10: how a run meeting went (ratings as bare numbers, pauses counted).
        MeetingOutcomeService(vault).finish(
            RunPlan(meeting_id, "", 60, (), ()),
            MeetingSummary((), 1, 0, 0, 1, 3, 4.0, (2, 90.0), 0),
            {},
            [3, 4, 5],
            "",
        )
        _write_care_records(vault)  # carekit (issue 13)
        FollowUpsService(vault).list()  # writes the follow-ups' open index (issue 15)
        for handle, secret in (
            ("sam", "demo kettle harbour maple"),
            ("river", "demo pebble meadow sparrow"),
        ):
            outcome = vault.unlock(handle, secret)
            if outcome.principal.role is Role.MEMBER:
                JournalService(vault).list_entries()  # writes the journal's index (issue 15)
            with vault.unit_of_work() as uow:
                for record in registry.sealed_types():
                    if record.scope is ScopeKind.JOURNAL:
                        repo = SlotRecords(record.table, uow.principal.slot_id)  # type: ignore[arg-type]
                    elif outcome.principal.role is Role.FACILITATOR:
                        repo = group_records(record.table, uow.group_id)  # type: ignore[arg-type]
                    else:
                        continue
                    loaded, damaged = repo.load_all(uow, uow.keys, include_deleted=True)
                    assert damaged == []
                    for item in loaded:
                        seen.setdefault(record.name, set()).update(item.state.fields)
    finally:
        vault.close()
    undeclared = {
        name: sorted(names - set(registry.record_type(name).fields) - set(registry.SYSTEM_FIELDS))
        for name, names in seen.items()
    }
    assert {k: v for k, v in undeclared.items() if v} == {}
    assert {"former_number", REDACTED_FIELD} <= seen["members"]
    assert set(seen) == {r.name for r in registry.sealed_types()}  # every type was seen


def _write_resource_records(vault: Vault) -> None:
    """Resources (issue 11): one record of each kind, a suggestion collected by a
    facilitator (its drop becomes a group-key tombstone) and river's favourites."""
    from safespace_desktop.core.resources.model import Audience, ResourceDraft, SuggestionDraft
    from safespace_desktop.services.resources import (
        FavouritesService,
        ResourcesService,
        SuggestionsService,
    )
    from safespace_desktop.services.resources.examples import add_examples

    resources = ResourcesService(vault)
    add_examples(resources)
    resources.add(ResourceDraft("Facilitators' notes", audience=Audience.FACILITATORS))
    SuggestionsService(vault).publish_box()
    vault.unlock("river", "demo pebble meadow sparrow")
    SuggestionsService(vault).suggest(SuggestionDraft("A walking group"))
    FavouritesService(vault).set_favourite("some-resource", True)
    vault.unlock("sam", "demo kettle harbour maple")
    SuggestionsService(vault).inbox()


def _write_feedback_records(vault: Vault) -> None:
    """Feedback (issue 13): a kiosk response with a topic, an evaluation, and a member's
    topic; listing the backlog collects both topics (their drops become tombstones)."""
    from datetime import date

    from safespace_desktop.core.feedback import (
        EvaluationAnswer,
        EvaluationQuestion,
        EvaluationResponse,
        FeedbackMode,
        MeetingResponse,
    )
    from safespace_desktop.services.feedback import FeedbackService
    from safespace_desktop.services.meetings import MeetingsService, TopicsService

    meeting = MeetingsService(vault).add_extra(date(2026, 3, 3), start="18:30", minutes=90).id
    service = FeedbackService(vault)
    short = service.kiosk_ticket(meeting, FeedbackMode.MEETING)
    longer = service.kiosk_ticket(meeting, FeedbackMode.EVALUATION)
    service.give_response(short, MeetingResponse(4, "helped", "better"), "a topic")
    answers = dict.fromkeys(EvaluationQuestion, EvaluationAnswer.MOSTLY)
    service.give_evaluation(longer, EvaluationResponse(answers, "change"))
    vault.unlock("river", "demo pebble meadow sparrow")
    FeedbackService(vault).suggest_topic("a member's topic")
    vault.unlock("sam", "demo kettle harbour maple")
    TopicsService(vault).topics()
    FeedbackService(vault).meeting_feedback(meeting)  # collects the answers' drops


def _write_care_records(vault: Vault) -> None:
    """carekit (issue 13): one rota entry and one checklist tick."""
    from safespace_desktop.core.care import ChecklistItem
    from safespace_desktop.core.meetings.model import Cadence
    from safespace_desktop.core.rota import RotaChoice
    from safespace_desktop.services.care import CareService
    from safespace_desktop.services.meetings import MeetingsService
    from safespace_desktop.services.rota import RotaService

    rota = RotaService(vault)
    if not rota.overview().lines:
        MeetingsService(vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    lead = rota.people()[0].id
    rota.save(rota.overview().lines[0].meeting.id, RotaChoice(lead=lead, away=frozenset({lead})))
    CareService(vault).set_ticked(ChecklistItem.ROTA, True)
