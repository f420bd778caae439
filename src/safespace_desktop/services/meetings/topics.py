"""The topic backlog: topics raised at a meeting or added by facilitators, picked into
a later agenda as a discussion segment (group key)."""

from __future__ import annotations

from safespace_desktop.core.errors import NotFound, NotPermitted
from safespace_desktop.core.meetings.model import (
    TOPIC_MAX,
    Segment,
    SegmentDraft,
    SegmentKind,
    Topic,
    TopicSource,
    TopicStatus,
)
from safespace_desktop.core.roster import parse_date
from safespace_desktop.core.sync.record import JsonValue, RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.meetings.agenda import AgendaService
from safespace_desktop.services.meetings.records import check_minutes, check_title
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord

DEFAULT_TOPIC_MINUTES = 15


def _to_topic(record: LoadedRecord) -> Topic:
    s = record.state
    return Topic(
        id=record.id,
        text=str(s.get("text", "")),
        source=store.enum_or(TopicSource, s.get("source"), TopicSource.FACILITATOR),
        added_on=parse_date(s.get("added_on")),
        status=store.enum_or(TopicStatus, s.get("status"), TopicStatus.OPEN),
        raised_meeting_id=str(s.get("raised_meeting_id") or ""),
        picked_meeting_id=str(s.get("picked_meeting_id") or ""),
        rev=record.rev,
    )


class TopicsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def topics(self, *, include_closed: bool = False) -> list[Topic]:
        """Open topics (oldest first); with ``include_closed`` picked and dropped ones too."""
        self._vault.require_facilitator()
        # feedback (issue 13): topics suggested at the kiosk or by members join first.
        from safespace_desktop.services.feedback import FeedbackService

        with store.transaction(self._vault) as (db, keyring, _principal):
            FeedbackService(self._vault).collect_topics(db, keyring)
            loaded, _damaged = db.group.meeting_topics.load_all(db, keyring)
        # Oldest first: by the day added, then by when it was written.
        ordered = sorted(
            loaded, key=lambda r: (r.state.get("added_on") or "", store.first_hlc(r.state))
        )
        found = [_to_topic(r) for r in ordered]
        if not include_closed:
            found = [t for t in found if t.status is TopicStatus.OPEN]
        return found

    def add(self, text: str, *, raised_meeting_id: str = "") -> Topic:
        """A topic for the backlog; with ``raised_meeting_id`` it was raised at that meeting."""
        self._vault.require_facilitator()
        changes: dict[str, JsonValue] = {
            "text": check_title("text", text, TOPIC_MAX),
            "source": (
                TopicSource.RAISED_AT_MEETING if raised_meeting_id else TopicSource.FACILITATOR
            ).value,
            "added_on": store.today(self._vault).isoformat(),
            "status": TopicStatus.OPEN.value,
            "raised_meeting_id": raised_meeting_id,
            "picked_meeting_id": "",
        }
        record_id = store.new_id()
        with store.transaction(self._vault) as (db, keyring, _principal):
            repo = db.group.meeting_topics
            state = store.write(
                self._vault, db, repo, keyring.group_key, record_id, RecordState(), changes
            )
            return _to_topic(
                LoadedRecord(record_id, repo.stored_rev(db, record_id) or 0, state, {})
            )

    def _set(self, topic_id: str, changes: dict[str, JsonValue], expected_rev: int | None) -> Topic:
        with store.transaction(self._vault) as (db, keyring, _principal):
            repo = db.group.meeting_topics
            record = repo.get(db, keyring, topic_id)
            if record is None or record.state.deleted:
                raise NotFound("topic_gone")
            store.check_revision(record, expected_rev, "meeting_topic")
            state = store.write(
                self._vault, db, repo, keyring.group_key, topic_id, record.state, changes
            )
            return _to_topic(LoadedRecord(topic_id, repo.stored_rev(db, topic_id) or 0, state, {}))

    def pick(
        self,
        topic_id: str,
        meeting_id: str,
        *,
        minutes: int = DEFAULT_TOPIC_MINUTES,
        expected_rev: int | None = None,
    ) -> Segment:
        """Put the topic on a meeting's agenda as a discussion segment."""
        self._vault.require_facilitator()
        check_minutes("minutes", minutes)
        topic = next((t for t in self.topics(include_closed=True) if t.id == topic_id), None)
        if topic is None:
            raise NotFound("topic_gone")
        if topic.status is not TopicStatus.OPEN:
            raise NotPermitted("topic_closed")
        draft = SegmentDraft(topic.text, minutes, SegmentKind.DISCUSSION)
        agenda = AgendaService(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            agenda.check_meeting(db, keyring, meeting_id)
            record = db.group.meeting_topics.get(db, keyring, topic_id)
            if record is None or record.state.deleted:
                raise NotFound("topic_gone")
            store.check_revision(record, expected_rev, "meeting_topic")
            (segment_id,) = agenda.insert_in(db, keyring, meeting_id, [draft], None)
            store.write(
                self._vault,
                db,
                db.group.meeting_topics,
                keyring.group_key,
                topic_id,
                record.state,
                {"status": TopicStatus.PICKED.value, "picked_meeting_id": meeting_id},
            )
            return agenda.segment_in(db, keyring, segment_id)

    def drop(self, topic_id: str, *, expected_rev: int | None = None) -> Topic:
        self._vault.require_facilitator()
        return self._set(topic_id, {"status": TopicStatus.DROPPED.value}, expected_rev)

    def reopen(self, topic_id: str, *, expected_rev: int | None = None) -> Topic:
        self._vault.require_facilitator()
        return self._set(
            topic_id, {"status": TopicStatus.OPEN.value, "picked_meeting_id": ""}, expected_rev
        )
